#include "CostChartView.h"

#include "projection/CostChartRenderer.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
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
// The same colours as the package chart (CostChartRenderer), so both look alike.
struct Palette
{
    QColor coupon;
    QColor own;
    QColor line;
    Qt::PenStyle lineStyle;
};
const Palette kPalettes[] = {
    {QColor(0x2e, 0x9e, 0x6a), QColor(0x3b, 0x6e, 0xb5), QColor(0x1a, 0x1a, 0x1a), Qt::SolidLine},
    {QColor(0x9a, 0xd8, 0xb8), QColor(0xa6, 0xbf, 0xe3), QColor(0x8a, 0x4b, 0x08), Qt::DashLine},
};
const QColor kCapColour(0xc0, 0x1c, 0x28);

const Palette &paletteFor(qsizetype index)
{
    return kPalettes[std::min<qsizetype>(index, std::size(kPalettes) - 1)];
}

double yuan(const Money &money)
{
    return double(money.fen()) / 100.0;
}

// The unit the axes count in, as the package chart chooses it: 万元 (or 亿元) for Chinese
// readers of yuan amounts, thousands or millions of the currency otherwise.
std::pair<double, QString> unitFor(double maxYuan, const QString &currency, const QLocale &locale)
{
    if (locale.language() == QLocale::Chinese && currency == QLatin1String("CNY")) {
        if (maxYuan >= 1e8)
            return {1e8, CostChartRenderer::tr("亿元")};
        return {1e4, CostChartRenderer::tr("万元")};
    }
    if (maxYuan >= 1e6)
        return {1e6, CostChartRenderer::tr("million %1").arg(currency)};
    if (maxYuan >= 1e4)
        return {1e3, CostChartRenderer::tr("thousand %1").arg(currency)};
    return {1, currency};
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
    clearProjection(CostChartRenderer::tr("Nothing to project: no GPU time with a price."));
}

void CostChartView::setProjection(const CostProjection &projection, const QLocale &locale)
{
    m_projection = projection;
    m_locale = locale;
    rebuild();
}

void CostChartView::clearProjection(const QString &text)
{
    m_projection = CostProjection();
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
    return month * std::max<qsizetype>(1, m_projection.scenarios.size()) + scenario;
}

void CostChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && hasProjection())
        rebuild();
    ChartWidget::changeEvent(event);
}

void CostChartView::rebuild()
{
    if (m_projection.isEmpty()) {
        clearProjection(CostChartRenderer::tr("Nothing to project: no GPU time with a price."));
        return;
    }
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }

    const qsizetype scenarioCount = m_projection.scenarios.size();
    const qsizetype monthCount = m_projection.months.size();
    double maxMonthly = 0;
    double maxCumulative = 0;
    for (const ProjectionScenario &scenario : m_projection.scenarios) {
        for (const ProjectionMonth &month : scenario.months) {
            maxMonthly = std::max(maxMonthly, yuan(month.cost));
            maxCumulative = std::max(
                {maxCumulative, yuan(month.cumulativeCost), yuan(month.cumulativeCostHigh)});
        }
    }
    const auto [perUnit, unitLabel] = unitFor(maxCumulative, m_projection.currency, m_locale);
    m_yuanPerUnit = perUnit;
    m_unitName = unitLabel;

    c->setTitle(CostChartRenderer::title());

    // Categories: one column per month and scenario, side by side; a month's label carries the
    // scenario number when there are several (category names must be unique).
    QStringList categories;
    const bool spansYears = m_projection.months.first().year() != m_projection.months.last().year();
    for (const QDate &month : std::as_const(m_projection.months)) {
        const QString name =
            m_locale.toString(month, spansYears ? QStringLiteral("MMM yy") : QStringLiteral("MMM"));
        for (qsizetype s = 0; s < scenarioCount; ++s)
            categories << (scenarioCount > 1 ? QStringLiteral("%1 (%2)").arg(name).arg(s + 1)
                                             : name);
    }
    auto *axisX = new QBarCategoryAxis;
    axisX->setCategories(categories);
    if (categories.size() > 8)
        axisX->setLabelsAngle(-60);
    auto *axisLeft = new QValueAxis;
    //: Left axis title; %1 is the unit, e.g. 万元 or million CNY
    axisLeft->setTitleText(CostChartRenderer::tr("per month (%1)").arg(m_unitName));
    axisLeft->setLabelFormat(QStringLiteral("%.4g"));
    auto *axisRight = new QValueAxis;
    //: Right axis title; %1 is the unit, e.g. 万元 or million CNY
    axisRight->setTitleText(CostChartRenderer::tr("cumulative (%1)").arg(m_unitName));
    axisRight->setLabelFormat(QStringLiteral("%.4g"));
    c->addAxis(axisX, Qt::AlignBottom);
    c->addAxis(axisLeft, Qt::AlignLeft);
    c->addAxis(axisRight, Qt::AlignRight);

    // The MFU band first, under the columns and lines.
    for (qsizetype s = 0; s < scenarioCount; ++s) {
        const ProjectionScenario &scenario = m_projection.scenarios.at(s);
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
        area->setName(scenarioPrefix(s, scenarioCount) + CostChartRenderer::tr("MFU 30–50 %"));
        QColor fill = paletteFor(s).line;
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
        const ProjectionScenario &scenario = m_projection.scenarios.at(s);
        auto *coupon =
            new QBarSet(scenarioPrefix(s, scenarioCount) + CostChartRenderer::tr("coupon share"));
        auto *own =
            new QBarSet(scenarioPrefix(s, scenarioCount) + CostChartRenderer::tr("own share"));
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
        const ProjectionScenario &scenario = m_projection.scenarios.at(s);
        auto *line = new QLineSeries;
        line->setObjectName(QStringLiteral("cumulative-%1").arg(s));
        line->setName(scenarioPrefix(s, scenarioCount) + CostChartRenderer::tr("cumulative cost"));
        line->append(-0.5, 0);
        for (qsizetype i = 0; i < monthCount; ++i)
            line->append(double(scenarioCount * (i + 1)) - 0.5,
                         yuan(scenario.months.at(i).cumulativeCost) / m_yuanPerUnit);
        line->setPen(
            QPen(paletteFor(s).line, 2.5, paletteFor(s).lineStyle, Qt::RoundCap, Qt::RoundJoin));
        c->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisRight);
    }

    axisX->setRange(categories.first(), categories.last());
    axisLeft->setRange(0, std::max(maxMonthly / m_yuanPerUnit, 1e-6) * 1.05);
    axisLeft->applyNiceNumbers();
    axisRight->setRange(0, std::max(maxCumulative / m_yuanPerUnit, 1e-6) * 1.05);
    axisRight->applyNiceNumbers();

    // Where the annual cap binds: a dashed vertical line through that month's columns.
    for (qsizetype s = 0; s < scenarioCount; ++s) {
        const ProjectionScenario &scenario = m_projection.scenarios.at(s);
        if (!scenario.capBindsIn)
            continue;
        const qsizetype index = m_projection.months.indexOf(*scenario.capBindsIn);
        if (index < 0)
            continue;
        auto *cap = new QLineSeries;
        cap->setObjectName(QStringLiteral("capLine-%1").arg(s));
        cap->setName(scenarioPrefix(s, scenarioCount) +
                     CostChartRenderer::tr("annual cap reached"));
        const double x = double(columnOf(index, s));
        cap->append(x, 0);
        cap->append(x, axisLeft->max());
        cap->setPen(QPen(kCapColour, 2, Qt::DashLine));
        c->addSeries(cap);
        cap->attachAxis(axisX);
        cap->attachAxis(axisLeft);
    }

    c->legend()->setVisible(true);
    c->legend()->setAlignment(Qt::AlignBottom);
    showChart();
}

} // namespace cd
