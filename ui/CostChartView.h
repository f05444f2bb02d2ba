// The cost projection as an interactive QtCharts chart on the costs page: monthly columns
// stacked as coupon-covered and own share (one column per scenario side by side), the cumulative
// cost on a second axis, the MFU 30–50 % band and a dashed line in the month the annual cap binds.
#pragma once

#include "ChartWidget.h"

#include "projection/CostProjection.h"

#include <QLocale>

class QBarSet;

namespace cd {

class CostChartView : public ChartWidget
{
    Q_OBJECT

public:
    explicit CostChartView(QWidget *parent = nullptr);

    // Rebuilds the chart; an empty projection shows the "nothing to project" message.
    void setProjection(const CostProjection &projection, const QLocale &locale = QLocale());
    // Shows `text` instead of a chart (why there is nothing to draw) and forgets the projection.
    void clearProjection(const QString &text);

    const CostProjection &projection() const { return m_projection; }
    bool hasProjection() const { return !m_projection.isEmpty(); }
    // The amounts on both axes are in this unit (10,000 for 万元); bar and line values × this =
    // yuan.
    double yuanPerUnit() const { return m_yuanPerUnit; }
    QString unitName() const { return m_unitName; }
    // Chart columns per month: one per scenario, interleaved (month i, scenario s → column
    // i × scenarioCount + s).
    qsizetype columnOf(qsizetype month, qsizetype scenario) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    CostProjection m_projection;
    QLocale m_locale;
    double m_yuanPerUnit = 1;
    QString m_unitName;
};

} // namespace cd
