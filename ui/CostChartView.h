// The cost projection as an interactive QtCharts chart on the costs page: monthly columns
// stacked as coupon-covered and own share (one column per scenario side by side), the cumulative
// cost on a second axis, the MFU 30–50 % band and a dashed line in the month the annual cap binds.
// Runs longer than three years are drawn in quarters or years: hundreds of month columns are
// unreadable and take QtCharts longer to paint than a responsive page allows.
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
    // What the columns show: projection() grouped into quarters or years when it is long.
    const CostProjection &shownProjection() const { return m_shown; }
    bool hasProjection() const { return !m_projection.isEmpty(); }
    // The amounts on both axes are in this unit (10,000 for 万元); bar and line values × this =
    // yuan.
    double yuanPerUnit() const { return m_yuanPerUnit; }
    QString unitName() const { return m_unitName; }
    // Chart columns per shown period: one per scenario, interleaved (period i, scenario s →
    // column i × scenarioCount + s).
    qsizetype columnOf(qsizetype month, qsizetype scenario) const;

    // The colour of scenario `scenario`'s cumulative line (light on a dark palette).
    QColor lineColour(qsizetype scenario) const;

protected:
    void changeEvent(QEvent *event) override;
    void themeChanged() override;

private:
    void rebuild();
    QString legendHtml() const;
    QString periodName(const QDate &first, bool spansYears) const;

    CostProjection m_projection;
    CostProjection m_shown;
    QLocale m_locale;
    double m_yuanPerUnit = 1;
    QString m_unitName;
};

} // namespace cd
