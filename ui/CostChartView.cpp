#include "CostChartView.h"

#include "projection/CostChartRenderer.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <iterator>

namespace cd {

namespace {
// The same colours as the package chart, so both look alike.
using Palette = CostChartRenderer::ScenarioColours;
const Palette &paletteFor(qsizetype index)
{
    return CostChartRenderer::scenarioColours(index);
}

double yuan(const Money &money)
{
    return double(money.fen()) / 100.0;
}

QString scenarioPrefix(qsizetype scenario, qsizetype count)
{
    return count > 1 ? QStringLiteral("(%1) ").arg(scenario + 1) : QString();
}
} // namespace

CostChartView::CostChartView(QWidget *parent)
    : ChartWidget(parent)
{
    setObjectName(QStringLiteral("costChart"));
    setMinimumSize(360, 260);
    clearProjection(CostChartRenderer::text(CostChartRenderer::Text::NothingToProject));
}

void CostChartView::setProjection(const CostProjection &projection, const QLocale &locale)
{
    m_projection = projection;
    m_shown = projection.grouped(CostProjection::columnMonthsFor(projection.months.size()));
    m_locale = locale;
    rebuild();
}

void CostChartView::clearProjection(const QString &text)
{
    m_projection = CostProjection();
    m_shown = CostProjection();
    chart()->removeAllSeries();
    const auto axes = chart()->axes();
    for (QAbstractAxis *axis : axes) {
        chart()->removeAxis(axis);
        delete axis;
    }
    showMessage(text);
}

qsizetype CostChartView::columnOf(qsizetype month, qsizetype scenario) const
{
    return month * std::max<qsizetype>(1, m_shown.scenarios.size()) + scenario;
}

QString CostChartView::legendHtml() const
{
    const auto swatch = [](const QColor &colour, const QString &symbol, const QString &text) {
        return QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
            .arg(colour.name(), symbol, text.toHtmlEscaped());
    };
    const qsizetype count = m_shown.scenarios.size();
    QStringList rows;
    for (qsizetype s = 0; s < count; ++s) {
        const ProjectionScenario &scenario = m_shown.scenarios.at(s);
        const Palette &palette = paletteFor(s);
        QStringList entries;
        entries << swatch(palette.coupon, QStringLiteral("■"),
                          CostChartRenderer::text(CostChartRenderer::Text::CouponShare))
                << swatch(palette.own, QStringLiteral("■"),
                          CostChartRenderer::text(CostChartRenderer::Text::OwnShare))
                << swatch(lineColour(s),
                          palette.lineStyle == Qt::SolidLine ? QStringLiteral("━")
                                                             : QStringLiteral("╍"),
                          CostChartRenderer::text(CostChartRenderer::Text::CumulativeCost));
        if (scenario.hasBand)
            entries << swatch(QColor(0x9a, 0x9a, 0x9a), QStringLiteral("▒"),
                              CostChartRenderer::text(CostChartRenderer::Text::MfuBand));
        if (scenario.capBindsIn)
            entries << swatch(CostChartRenderer::capColour(), QStringLiteral("┆"),
                              CostChartRenderer::text(CostChartRenderer::Text::CapReached));
        const QString name = scenarioPrefix(s, count) + scenario.label;
        rows << QStringLiteral("<b>%1</b> %2")
                    .arg(name.trimmed().toHtmlEscaped(), entries.join(QStringLiteral(" &nbsp; ")));
    }
    return rows.join(QStringLiteral("<br>"));
}

QString CostChartView::periodName(const QDate &first, bool spansYears) const
{
    switch (m_shown.monthsPerColumn) {
    case 12:
        return QString::number(first.year());
    case 3:
        //: A quarter on the chart's axis: %1 quarter number, %2 two-digit year, e.g. "Q3 25"
        return tr("Q%1 %2")
            .arg((first.month() - 1) / 3 + 1)
            .arg(first.year() % 100, 2, 10, QLatin1Char('0'));
    default:
        return m_locale.toString(first,
                                 spansYears ? QStringLiteral("MMM yy") : QStringLiteral("MMM"));
    }
}

void CostChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && hasProjection())
        rebuild();
    ChartWidget::changeEvent(event);
}

void CostChartView::themeChanged()
{
    if (hasProjection())
        rebuild();
}

QColor CostChartView::lineColour(qsizetype scenario) const
{
    // The plan's black line would vanish on the dark theme's background.
    if (scenario == 0 && darkPalette())
        return QColor(0xe8, 0xe8, 0xe8);
    return paletteFor(scenario).line;
}

void CostChartView::rebuild()
{
    if (m_shown.isEmpty()) {
        clearProjection(CostChartRenderer::text(CostChartRenderer::Text::NothingToProject));
        return;
    }
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }

    const qsizetype scenarioCount = m_shown.scenarios.size();
    const qsizetype monthCount = m_shown.months.size();
    double maxMonthly = 0;
    double maxCumulative = 0;
    for (const ProjectionScenario &scenario : m_shown.scenarios) {
        for (const ProjectionMonth &month : scenario.months) {
            maxMonthly = std::max(maxMonthly, yuan(month.cost));
            maxCumulative = std::max(
                {maxCumulative, yuan(month.cumulativeCost), yuan(month.cumulativeCostHigh)});
        }
    }
    const auto unit = CostChartRenderer::axisUnit(maxCumulative, m_shown.currency, m_locale);
    m_yuanPerUnit = unit.yuanPerUnit;
    m_unitName = unit.name;

    c->setTitle(CostChartRenderer::title());

    // Columns 0, 1, … (one per period and scenario, side by side) on a value axis that names
    // every n-th period under its columns: a category axis would have to name each column and
    // elides them all once they no longer fit.
    const bool spansYears = m_shown.months.first().year() != m_shown.months.last().year();
    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setGridLineVisible(false);
    const qsizetype columnCount = monthCount * scenarioCount;
    const qsizetype every = std::max<qsizetype>(1, (monthCount + 4) / 5); // at most 5 names
    for (qsizetype i = 0; i < monthCount; i += every)
        axisX->append(periodName(m_shown.months.at(i), spansYears),
                      double(columnOf(i, 0)) + double(scenarioCount - 1) / 2.0);
    auto *axisLeft = new QValueAxis;
    //: Left axis title; %1 is the unit, e.g. 万元 or million CNY
    axisLeft->setTitleText(CostChartRenderer::perMonthAxis(m_unitName));
    axisLeft->setLabelFormat(QStringLiteral("%.4g"));
    auto *axisRight = new QValueAxis;
    //: Right axis title; %1 is the unit, e.g. 万元 or million CNY
    axisRight->setTitleText(CostChartRenderer::cumulativeAxis(m_unitName));
    axisRight->setLabelFormat(QStringLiteral("%.4g"));
    c->addAxis(axisX, Qt::AlignBottom);
    c->addAxis(axisLeft, Qt::AlignLeft);
    c->addAxis(axisRight, Qt::AlignRight);

    // The MFU band first, under the columns and lines.
    for (qsizetype s = 0; s < scenarioCount; ++s) {
        const ProjectionScenario &scenario = m_shown.scenarios.at(s);
        if (!scenario.hasBand)
            continue;
        auto *area = new QAreaSeries;
        auto *upper = new QLineSeries(area);
        auto *lower = new QLineSeries(area);
        upper->append(-0.5, 0);
        lower->append(-0.5, 0);
        for (qsizetype i = 0; i < monthCount; ++i) {
            const double x = double(scenarioCount * (i + 1)) - 0.5;
            upper->append(x, yuan(scenario.months.at(i).cumulativeCostHigh) / m_yuanPerUnit);
            lower->append(x, yuan(scenario.months.at(i).cumulativeCostLow) / m_yuanPerUnit);
        }
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setObjectName(QStringLiteral("mfuBand-%1").arg(s));
        area->setName(scenarioPrefix(s, scenarioCount) +
                      CostChartRenderer::text(CostChartRenderer::Text::MfuBand));
        QColor fill = lineColour(s);
        fill.setAlpha(s == 0 ? 40 : 30);
        area->setColor(fill);
        area->setBorderColor(Qt::transparent);
        c->addSeries(area);
        area->attachAxis(axisX);
        area->attachAxis(axisRight);
    }

    // Columns: coupon and own share per scenario; a scenario's sets are zero in the other
    // scenarios' columns, so the stacks stand side by side.
    auto *bars = new QStackedBarSeries;
    bars->setObjectName(QStringLiteral("costBars"));
    bars->setBarWidth(0.8);
    for (qsizetype s = 0; s < scenarioCount; ++s) {
        const ProjectionScenario &scenario = m_shown.scenarios.at(s);
        auto *coupon = new QBarSet(scenarioPrefix(s, scenarioCount) +
                                   CostChartRenderer::text(CostChartRenderer::Text::CouponShare));
        auto *own = new QBarSet(scenarioPrefix(s, scenarioCount) +
                                CostChartRenderer::text(CostChartRenderer::Text::OwnShare));
        coupon->setObjectName(QStringLiteral("coupon-%1").arg(s));
        own->setObjectName(QStringLiteral("own-%1").arg(s));
        coupon->setColor(paletteFor(s).coupon);
        own->setColor(paletteFor(s).own);
        coupon->setBorderColor(paletteFor(s).coupon);
        own->setBorderColor(paletteFor(s).own);
        for (qsizetype i = 0; i < monthCount; ++i) {
            for (qsizetype t = 0; t < scenarioCount; ++t) {
                const ProjectionMonth &month = scenario.months.at(i);
                coupon->append(t == s ? yuan(month.coupon) / m_yuanPerUnit : 0.0);
                own->append(t == s ? yuan(month.own) / m_yuanPerUnit : 0.0);
            }
        }
        bars->append(coupon);
        bars->append(own);
    }
    c->addSeries(bars);
    bars->attachAxis(axisX);
    bars->attachAxis(axisLeft);

    // Cumulative cost from 0 at the start to the end of each month.
    for (qsizetype s = 0; s < scenarioCount; ++s) {
        const ProjectionScenario &scenario = m_shown.scenarios.at(s);
        auto *line = new QLineSeries;
        line->setObjectName(QStringLiteral("cumulative-%1").arg(s));
        line->setName(scenarioPrefix(s, scenarioCount) +
                      CostChartRenderer::text(CostChartRenderer::Text::CumulativeCost));
        line->append(-0.5, 0);
        for (qsizetype i = 0; i < monthCount; ++i)
            line->append(double(scenarioCount * (i + 1)) - 0.5,
                         yuan(scenario.months.at(i).cumulativeCost) / m_yuanPerUnit);
        line->setPen(
            QPen(lineColour(s), 2.5, paletteFor(s).lineStyle, Qt::RoundCap, Qt::RoundJoin));
        c->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisRight);
    }

    axisX->setRange(-0.5, double(columnCount) - 0.5);
    axisLeft->setRange(0, std::max(maxMonthly / m_yuanPerUnit, 1e-6) * 1.05);
    axisLeft->applyNiceNumbers();
    axisRight->setRange(0, std::max(maxCumulative / m_yuanPerUnit, 1e-6) * 1.05);
    axisRight->applyNiceNumbers();

    // Where the annual cap binds: a dashed vertical line through that month's columns.
    for (qsizetype s = 0; s < scenarioCount; ++s) {
        const ProjectionScenario &scenario = m_shown.scenarios.at(s);
        if (!scenario.capBindsIn)
            continue;
        const qsizetype index = m_shown.months.indexOf(*scenario.capBindsIn);
        if (index < 0)
            continue;
        auto *cap = new QLineSeries;
        cap->setObjectName(QStringLiteral("capLine-%1").arg(s));
        cap->setName(scenarioPrefix(s, scenarioCount) +
                     CostChartRenderer::text(CostChartRenderer::Text::CapReached));
        const double x = double(columnOf(index, s));
        cap->append(x, 0);
        cap->append(x, axisLeft->max());
        cap->setPen(QPen(CostChartRenderer::capColour(), 2, Qt::DashLine));
        c->addSeries(cap);
        cap->attachAxis(axisX);
        cap->attachAxis(axisLeft);
    }

    c->legend()->setVisible(false);
    setLegendText(legendHtml());
    showChart();
}

} // namespace cd
