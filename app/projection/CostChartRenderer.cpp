#include "CostChartRenderer.h"

#include "ChartPng.h"
#include "domain/MoneyFormat.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace cd {

namespace {
// Colours per scenario: coupon share, own share, cumulative line.
using Palette = CostChartRenderer::ScenarioColours;
const Palette kPalettes[] = {
    {QColor(0x2e, 0x9e, 0x6a), QColor(0x3b, 0x6e, 0xb5), QColor(0x1a, 0x1a, 0x1a), Qt::SolidLine},
    {QColor(0x9a, 0xd8, 0xb8), QColor(0xa6, 0xbf, 0xe3), QColor(0x8a, 0x4b, 0x08), Qt::DashLine},
};
const QColor kCapColour(0xc0, 0x1c, 0x28);
const QColor kGridColour(0xdd, 0xdd, 0xdd);
const QColor kTextColour(0x22, 0x22, 0x22);

const Palette &paletteFor(qsizetype index)
{
    return kPalettes[std::min<qsizetype>(index, std::size(kPalettes) - 1)];
}

QFont chartFont(qreal pixelSize, bool bold = false)
{
    QFont font;
    // A Latin font first keeps digits intact; Noto covers Chinese (TOOLCHAIN.md).
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setPixelSize(qRound(pixelSize));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

using AxisUnit = CostChartRenderer::AxisUnit;

AxisUnit unitFor(double maxYuan, const QString &currency, const QLocale &locale)
{
    if (locale.language() == QLocale::Chinese && currency == QLatin1String("CNY")) {
        if (maxYuan >= 1e8)
            //: Axis unit for Chinese readers: hundred million yuan
            return {1e8, CostChartRenderer::tr("亿元")};
        //: Axis unit for Chinese readers: ten thousand yuan
        return {1e4, CostChartRenderer::tr("万元")};
    }
    if (maxYuan >= 1e6)
        //: Axis unit: %1 is the currency code, e.g. "million CNY"
        return {1e6, CostChartRenderer::tr("million %1").arg(currency)};
    if (maxYuan >= 1e4)
        //: Axis unit: %1 is the currency code, e.g. "thousand CNY"
        return {1e3, CostChartRenderer::tr("thousand %1").arg(currency)};
    return {1, currency};
}

double yuan(const Money &money)
{
    return double(money.fen()) / 100.0;
}

// A "nice" step (1, 2 or 5 × 10^k) that splits [0, max] into about `ticks` parts.
double niceStep(double max, int ticks)
{
    if (!(max > 0))
        return 1;
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    const double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return nice * magnitude;
}

int decimalsFor(double step)
{
    if (step >= 1)
        return 0;
    return std::min(6, int(std::ceil(-std::log10(step))));
}

struct Axis
{
    double max = 1; // in yuan
    double step = 1;
    AxisUnit unit;
};

Axis axisFor(double maxYuan, const QString &currency, const QLocale &locale)
{
    Axis axis;
    axis.unit = unitFor(maxYuan, currency, locale);
    const double inUnits = std::max(maxYuan / axis.unit.yuanPerUnit, 1e-9);
    const double step = niceStep(inUnits, 5);
    axis.step = step * axis.unit.yuanPerUnit;
    axis.max = std::ceil(inUnits / step - 1e-9) * step * axis.unit.yuanPerUnit;
    if (!(axis.max > 0))
        axis.max = axis.step;
    return axis;
}

QString tickText(double valueYuan, const Axis &axis, const QLocale &locale)
{
    return locale.toString(valueYuan / axis.unit.yuanPerUnit, 'f',
                           decimalsFor(axis.step / axis.unit.yuanPerUnit));
}

QString monthText(const QDate &month, bool withYear, const QLocale &locale)
{
    const QString name = locale.standaloneMonthName(month.month(), QLocale::ShortFormat);
    if (!withYear)
        return name;
    return name + QLatin1Char('\n') + QString::number(month.year());
}

void drawLegendItem(QPainter &painter, QPointF &at, const QString &text, const QBrush &brush,
                    const QPen &pen, bool line, qreal scale)
{
    const QFontMetricsF metrics(painter.font());
    const qreal width = (26 + 6 + 18) * scale + metrics.horizontalAdvance(text);
    const QRectF swatch(at.x(), at.y() + metrics.height() / 2 - 7 * scale, 26 * scale, 14 * scale);
    painter.save();
    if (line) {
        painter.setPen(pen);
        painter.drawLine(QPointF(swatch.left(), swatch.center().y()),
                         QPointF(swatch.right(), swatch.center().y()));
    } else {
        painter.setPen(pen);
        painter.setBrush(brush);
        painter.drawRect(swatch);
    }
    painter.restore();
    painter.setPen(kTextColour);
    painter.drawText(QPointF(swatch.right() + 6 * scale, at.y() + metrics.ascent()), text);
    at.rx() += width;
}
} // namespace

CostChartRenderer::AxisUnit CostChartRenderer::axisUnit(double maxYuan, const QString &currency,
                                                        const QLocale &locale)
{
    return unitFor(maxYuan, currency, locale);
}

QString CostChartRenderer::text(Text which)
{
    switch (which) {
    case Text::NothingToProject:
        return tr("Nothing to project: no GPU time with a price.");
    case Text::CouponShare:
        return tr("coupon share");
    case Text::OwnShare:
        return tr("own share");
    case Text::CumulativeCost:
        return tr("cumulative cost");
    case Text::MfuBand:
        return tr("MFU 30–50 %");
    case Text::CapReached:
        return tr("annual cap reached");
    }
    return QString();
}

QString CostChartRenderer::perMonthAxis(const QString &unit)
{
    //: Left axis title; %1 is the unit, e.g. 万元 or million CNY
    return tr("per month (%1)").arg(unit);
}

QString CostChartRenderer::cumulativeAxis(const QString &unit)
{
    //: Right axis title; %1 is the unit, e.g. 万元 or million CNY
    return tr("cumulative (%1)").arg(unit);
}

QString CostChartRenderer::title()
{
    //: Title of the cost chart (GUI, package and CLI)
    return tr("Projected GPU cost and coupon share");
}

void CostChartRenderer::paint(QPainter &painter, QSize size, const CostProjection &projection,
                              const QLocale &locale)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), Qt::white);
    const qreal scale = std::min(size.width() / 1200.0, size.height() / 700.0);
    const qreal w = size.width();
    const qreal h = size.height();

    painter.setPen(kTextColour);
    painter.setFont(chartFont(24 * scale, true));
    const QFontMetricsF titleMetrics(painter.font());
    painter.drawText(QRectF(0, 10 * scale, w, titleMetrics.height()), Qt::AlignHCenter, title());

    if (projection.isEmpty()) {
        painter.setFont(chartFont(16 * scale));
        painter.drawText(QRectF(0, 0, w, h), Qt::AlignCenter, text(Text::NothingToProject));
        painter.restore();
        return;
    }

    // Subtitle: what each scenario costs in total and what the coupon pays.
    painter.setFont(chartFont(14 * scale));
    const QFontMetricsF smallMetrics(painter.font());
    qreal y = 10 * scale + titleMetrics.height() + 2 * scale;
    for (const ProjectionScenario &scenario : projection.scenarios) {
        //: %1 scenario (GPU × count), %2 total cost, %3 paid by the coupon, %4 paid by the
        //: applicant
        QString line = tr("%1: total %2, coupon %3, own %4")
                           .arg(scenario.label, formatMoney(scenario.totalCost, locale),
                                formatMoney(scenario.totalCoupon, locale),
                                formatMoney(scenario.totalOwn, locale));
        if (scenario.price.known())
            line += QStringLiteral(" · ") +
                    tr("%1 per GPU-hour (%2)")
                        .arg(formatMoney(scenario.price.perHour(), locale, MoneyStyle::Full),
                             scenario.price.source() == PriceSource::Contract ? tr("from contract")
                                                                              : tr("typed in"));
        painter.drawText(QRectF(0, y, w, smallMetrics.height() * 1.3), Qt::AlignHCenter, line);
        // CJK fallback glyphs are taller than the Latin font's metrics say.
        y += smallMetrics.height() * 1.3;
    }

    const qsizetype monthCount = projection.months.size();
    const qsizetype scenarioCount = projection.scenarios.size();
    double maxMonthly = 0;
    double maxCumulative = 0;
    for (const ProjectionScenario &scenario : projection.scenarios) {
        for (const ProjectionMonth &month : scenario.months) {
            maxMonthly = std::max(maxMonthly, yuan(month.cost));
            maxCumulative = std::max(
                {maxCumulative, yuan(month.cumulativeCost), yuan(month.cumulativeCostHigh)});
        }
    }
    const Axis left = axisFor(maxMonthly, projection.currency, locale);
    const Axis right = axisFor(maxCumulative, projection.currency, locale);

    painter.setFont(chartFont(13 * scale));
    const QFontMetricsF metrics(painter.font());
    const qreal lineHeight = metrics.height() * 1.3;
    const qreal legendHeight = lineHeight * (scenarioCount + 0.5);
    const QRectF plot(QPointF(100 * scale, y + lineHeight + 12 * scale),
                      QPointF(w - 100 * scale, h - legendHeight - 2.4 * lineHeight - 8 * scale));
    const auto yLeft = [&](double value) {
        return plot.bottom() - value / left.max * plot.height();
    };
    const auto yRight = [&](double value) {
        return plot.bottom() - value / right.max * plot.height();
    };
    const qreal group = plot.width() / monthCount;
    const auto groupLeft = [&](qsizetype i) { return plot.left() + i * group; };

    // Grid and the two axes' ticks (left: per month, right: cumulative).
    const int ticks = int(std::llround(left.max / left.step));
    for (int i = 0; i <= ticks; ++i) {
        const qreal ty = plot.bottom() - plot.height() * i / ticks;
        painter.setPen(QPen(kGridColour, 1));
        painter.drawLine(QPointF(plot.left(), ty), QPointF(plot.right(), ty));
        painter.setPen(kTextColour);
        painter.drawText(
            QRectF(0, ty - metrics.height() / 2, plot.left() - 8 * scale, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, tickText(left.step * i, left, locale));
    }
    const int rightTicks = int(std::llround(right.max / right.step));
    for (int i = 0; i <= rightTicks; ++i) {
        const qreal ty = yRight(right.step * i);
        painter.drawText(QRectF(plot.right() + 8 * scale, ty - metrics.height() / 2,
                                w - plot.right() - 8 * scale, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, tickText(right.step * i, right, locale));
    }
    painter.drawText(QRectF(8 * scale, plot.top() - lineHeight - 4 * scale, w / 2, lineHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, perMonthAxis(left.unit.name));
    painter.drawText(
        QRectF(w / 2, plot.top() - lineHeight - 4 * scale, w / 2 - 8 * scale, lineHeight),
        Qt::AlignRight | Qt::AlignVCenter, cumulativeAxis(right.unit.name));

    // MFU band first, so the columns and lines stay readable on top of it.
    for (qsizetype s = 0; s < scenarioCount; ++s) {
        const ProjectionScenario &scenario = projection.scenarios.at(s);
        if (!scenario.hasBand)
            continue;
        QPolygonF band;
        for (qsizetype i = 0; i < monthCount; ++i)
            band << QPointF(groupLeft(i + 1),
                            yRight(yuan(scenario.months.at(i).cumulativeCostHigh)));
        for (qsizetype i = monthCount - 1; i >= 0; --i)
            band << QPointF(groupLeft(i + 1),
                            yRight(yuan(scenario.months.at(i).cumulativeCostLow)));
        band.prepend(QPointF(plot.left(), plot.bottom()));
        band.append(QPointF(plot.left(), plot.bottom()));
        QColor fill = paletteFor(s).line;
        fill.setAlpha(s == 0 ? 40 : 30);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawPolygon(band);
    }

    // Columns: per month, one stacked column per scenario side by side.
    const qreal columnWidth = group * 0.72 / scenarioCount;
    for (qsizetype s = 0; s < scenarioCount; ++s) {
        const ProjectionScenario &scenario = projection.scenarios.at(s);
        const Palette &palette = paletteFor(s);
        for (qsizetype i = 0; i < monthCount; ++i) {
            const ProjectionMonth &month = scenario.months.at(i);
            const qreal x = groupLeft(i) + group * 0.14 + s * columnWidth;
            const qreal couponTop = yLeft(yuan(month.coupon));
            const qreal ownTop = yLeft(yuan(month.coupon) + yuan(month.own));
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette.coupon);
            painter.drawRect(
                QRectF(QPointF(x, couponTop), QPointF(x + columnWidth, plot.bottom())));
            painter.setBrush(palette.own);
            painter.drawRect(QRectF(QPointF(x, ownTop), QPointF(x + columnWidth, couponTop)));
        }
    }

    // Cumulative cost lines on the right axis, from 0 at the start to each month's end.
    for (qsizetype s = 0; s < scenarioCount; ++s) {
        const ProjectionScenario &scenario = projection.scenarios.at(s);
        const Palette &palette = paletteFor(s);
        QPolygonF line;
        line << QPointF(plot.left(), plot.bottom());
        for (qsizetype i = 0; i < monthCount; ++i)
            line << QPointF(groupLeft(i + 1), yRight(yuan(scenario.months.at(i).cumulativeCost)));
        painter.setPen(
            QPen(palette.line, 2.5 * scale, palette.lineStyle, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(line);
    }

    // Where the annual cap binds: a dashed vertical line through that month.
    QList<qsizetype> labelled;
    for (qsizetype s = 0; s < scenarioCount; ++s) {
        const ProjectionScenario &scenario = projection.scenarios.at(s);
        if (!scenario.capBindsIn)
            continue;
        const qsizetype index = projection.months.indexOf(*scenario.capBindsIn);
        if (index < 0)
            continue;
        const qreal x = groupLeft(index) + group / 2 + (s - (scenarioCount - 1) / 2.0) * 3 * scale;
        painter.setPen(QPen(kCapColour, 2 * scale, Qt::DashLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (labelled.contains(index))
            continue;
        labelled.append(index);
        painter.setPen(kCapColour);
        painter.drawText(
            QPointF(x + 4 * scale, plot.top() + metrics.ascent() + 2 * scale),
            //: Marks the month in which the coupon stops because the annual cap is reached
            tr("cap reached"));
    }

    // Axes and month labels (every n-th month when there are many).
    painter.setPen(QPen(kTextColour, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.topLeft(), plot.bottomLeft());
    painter.drawLine(plot.topRight(), plot.bottomRight());
    const qreal labelWidth = metrics.horizontalAdvance(QStringLiteral("0000")) + 8 * scale;
    const qsizetype every = std::max<qsizetype>(1, qsizetype(std::ceil(labelWidth / group)));
    for (qsizetype i = 0; i < monthCount; i += every) {
        const QDate &month = projection.months.at(i);
        const bool withYear = i == 0 || month.month() <= every;
        painter.drawText(QRectF(groupLeft(i) - group * (every - 1) / 2.0, plot.bottom() + 4 * scale,
                                group * every, 2.4 * lineHeight),
                         Qt::AlignHCenter | Qt::AlignTop, monthText(month, withYear, locale));
    }

    // Legend: one row per scenario, led by the scenario's name when there are several.
    for (qsizetype s = 0; s < scenarioCount; ++s) {
        const ProjectionScenario &scenario = projection.scenarios.at(s);
        const Palette &palette = paletteFor(s);
        QPointF at(plot.left(), h - legendHeight + s * lineHeight);
        if (scenarioCount > 1) {
            painter.setPen(kTextColour);
            const QString name = QStringLiteral("(%1) %2").arg(s + 1).arg(scenario.label);
            painter.drawText(QPointF(8 * scale, at.y() + metrics.ascent()), name);
            at.setX(
                std::max(plot.left(), 8 * scale + metrics.horizontalAdvance(name) + 16 * scale));
        }
        drawLegendItem(painter, at, text(Text::CouponShare), palette.coupon, Qt::NoPen, false,
                       scale);
        drawLegendItem(painter, at, text(Text::OwnShare), palette.own, Qt::NoPen, false, scale);
        drawLegendItem(painter, at, text(Text::CumulativeCost), Qt::NoBrush,
                       QPen(palette.line, 2.5 * scale, palette.lineStyle), true, scale);
        if (scenario.hasBand) {
            QColor fill = palette.line;
            fill.setAlpha(s == 0 ? 40 : 30);
            drawLegendItem(painter, at, text(Text::MfuBand), fill, Qt::NoPen, false, scale);
        }
        if (scenario.capBindsIn)
            drawLegendItem(painter, at, text(Text::CapReached), Qt::NoBrush,
                           QPen(kCapColour, 2 * scale, Qt::DashLine), true, scale);
    }
    painter.restore();
}

QImage CostChartRenderer::renderImage(const CostProjection &projection, const QLocale &locale,
                                      QSize size)
{
    // One canvas per thread, reused: a batch draws a chart for every package, and a fresh 3 MB
    // buffer costs a page fault per 4 KB before the first pixel. When a caller still holds the
    // previous chart, fill() detaches and that chart stays as it was.
    thread_local QImage canvas;
    if (canvas.size() != size)
        canvas = QImage(size, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    QPainter painter(&canvas);
    paint(painter, size, projection, locale);
    painter.end();
    return canvas;
}

QByteArray CostChartRenderer::encodePng(const QImage &image)
{
    return ChartPng::encode(image);
}

QByteArray CostChartRenderer::renderPng(const CostProjection &projection, const QLocale &locale,
                                        QSize size)
{
    return encodePng(renderImage(projection, locale, size));
}

QByteArray CostChartRenderer::renderSvg(const CostProjection &projection, const QLocale &locale,
                                        QSize size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(title());
    generator.setDescription(tr("Monthly GPU cost, coupon share and cumulative cost"));
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    paint(painter, size, projection, locale);
    painter.end();
    return bytes;
}

const CostChartRenderer::ScenarioColours &CostChartRenderer::scenarioColours(qsizetype scenario)
{
    return paletteFor(scenario);
}

QColor CostChartRenderer::capColour()
{
    return kCapColour;
}

} // namespace cd
