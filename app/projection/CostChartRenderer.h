// Paints a CostProjection as a chart (monthly columns split into coupon and own share, the
// cumulative line, the MFU 30–50 % band, where the annual cap binds) into PNG or SVG bytes, for
// the application package and the CLI. Needs a QGuiApplication (fonts); offscreen is enough.
#pragma once

#include "projection/CostProjection.h"

#include <QByteArray>
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
    // Paints into `size` at the painter's origin; the two render functions share this.
    static void paint(QPainter &painter, QSize size, const CostProjection &projection,
                      const QLocale &locale);

    static QString title();
};

} // namespace cd
