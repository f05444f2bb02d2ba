// Base of every chart widget: a QtCharts view that gives way to a plain message when there is
// nothing to draw, so the user reads why instead of looking at empty axes (STYLE.md §9).
#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedLayout;

namespace cd {

class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);

    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    bool isShowingChart() const;
    QString message() const;

    // The legend under the chart (rich text that wraps), empty when the chart has none.
    QString legendText() const;
    // True when the widget's palette is dark (the chart then uses QtCharts' dark theme).
    bool darkPalette() const;

protected:
    void changeEvent(QEvent *event) override;
    // Called after the theme changed with the palette; charts redraw their series here.
    virtual void themeChanged() {}
    // QChart's own legend elides every entry to its marker when the chart is narrow; a label
    // under the chart wraps instead.
    void setLegendText(const QString &html);
    void showChart();
    void showMessage(const QString &text);

private:
    void applyTheme();

    QStackedLayout *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_legend = nullptr;
    bool m_themeApplied = false;
};

} // namespace cd
