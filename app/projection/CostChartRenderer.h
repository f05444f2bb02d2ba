// Paints a CostProjection as a chart (monthly columns split into coupon and own share, the
// cumulative line, the MFU 30–50 % band, where the annual cap binds) into PNG or SVG bytes, for
// the application package and the CLI. Needs a QGuiApplication (fonts); offscreen is enough.
#pragma once

#include "projection/CostProjection.h"

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QSize>

class QPainter;

namespace cd {

class CostChartRenderer
{
    Q_DECLARE_TR_FUNCTIONS(cd::CostChartRenderer)

public:
    static constexpr QSize kDefaultSize{1200, 700};

    // Texts come from the installed translation, numbers and units from `locale` (万元 in
    // Chinese). The same projection, locale and size always give the same bytes.
    static QByteArray renderPng(const CostProjection &projection, const QLocale &locale,
                                QSize size = kDefaultSize);
    static QByteArray renderSvg(const CostProjection &projection, const QLocale &locale,
                                QSize size = kDefaultSize);
    static QImage renderImage(const CostProjection &projection, const QLocale &locale,
                              QSize size = kDefaultSize);
    // PNG bytes of a rendered chart (ChartPng: written for speed, a batch writes thousands).
    static QByteArray encodePng(const QImage &image);
    // Paints into `size` at the painter's origin; the two render functions share this.
    static void paint(QPainter &painter, QSize size, const CostProjection &projection,
                      const QLocale &locale);

    static QString title();

    // The names of the chart's parts, shared with the GUI chart so both say the same.
    enum class Text
    {
        NothingToProject,
        CouponShare,
        OwnShare,
        CumulativeCost,
        MfuBand,
        CapReached
    };
    static QString text(Text which);
    // Axis titles; `unit` from axisUnit().
    static QString perMonthAxis(const QString &unit);
    static QString cumulativeAxis(const QString &unit);

    // The unit the axes count in for amounts up to `maxYuan`: 万元 (or 亿元) for Chinese readers
    // of yuan, thousands or millions of the currency otherwise. The GUI chart uses it too.
    struct AxisUnit
    {
        double yuanPerUnit = 1;
        QString name;
    };
    static AxisUnit axisUnit(double maxYuan, const QString &currency, const QLocale &locale);

    // The colours of a scenario (0: the plan, 1: the second scenario), shared with the GUI chart
    // so that the package chart and the window look alike.
    struct ScenarioColours
    {
        QColor coupon;
        QColor own;
        QColor line;
        Qt::PenStyle lineStyle;
    };
    static const ScenarioColours &scenarioColours(qsizetype scenario);
    static QColor capColour();
};

} // namespace cd
