// SealInkFilter: the red ring of a company seal disappears from the image OCR reads, the black
// text under it stays. The pictures are drawn here like a scan: a seal stamped over text
// (multiplied), saved as JPEG (colour at half resolution) and rendered at twice the resolution.
#include "contracts/SealInkFilter.h"

#include <QBuffer>
#include <QPainter>
#include <QtTest>

using namespace cd;

namespace {

const QColor kSealRed(226, 38, 44);
const QPoint kCentre(150, 100);
constexpr int kRingRadius = 60;

// A 300×200 "page" at 150 dpi: a horizontal black stroke that runs under the ring's left edge
// and a vertical one outside it; with `seal`, a red ring stamped over both.
QImage drawPage(bool seal)
{
    QImage page(300, 200, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.fillRect(QRect(60, 98, 80, 4), Qt::black); // crosses the ring at x = 90
    painter.fillRect(QRect(20, 40, 4, 60), Qt::black);
    if (seal) {
        painter.setCompositionMode(QPainter::CompositionMode_Multiply);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(kSealRed, 5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(kCentre, kRingRadius, kRingRadius);
    }
    return page;
}

// Through JPEG, as a scanner writes it, and up to 300 dpi, as the reader renders it for OCR.
QImage asScannedAndRendered(const QImage &page)
{
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (!page.save(&buffer, "JPG", 85))
        return {};
    QImage decoded = QImage::fromData(jpeg, "JPG");
    return decoded.scaled(decoded.size() * 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

int at(const QImage &gray, QPoint pageAt150Dpi)
{
    return gray.pixelColor(pageAt150Dpi * 2).value();
}

// Dark pixels on the ring, away from the strokes.
int darkOnRing(const QImage &gray)
{
    int dark = 0;
    for (int degree = 20; degree < 160; degree += 2) {
        const double angle = qDegreesToRadians(double(degree));
        const QPoint p = kCentre + QPoint(qRound(kRingRadius * std::cos(angle)),
                                          qRound(kRingRadius * std::sin(angle)));
        if (at(gray, p) < 128)
            ++dark;
    }
    return dark;
}

} // namespace

class TestSealInkFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageWithoutSealIsPlainGray()
    {
        QImage page = drawPage(false);
        {
            // A blue heading and a red tick from a pen: not a seal.
            QPainter painter(&page);
            painter.fillRect(QRect(200, 20, 60, 10), QColor(20, 40, 160));
            painter.fillRect(QRect(200, 150, 4, 4), kSealRed);
        }
        const QImage rendered = asScannedAndRendered(page);
        QVERIFY(!rendered.isNull());
        const QImage filtered = SealInkFilter::grayWithoutSeals(rendered, 300);
        QCOMPARE(filtered.format(), QImage::Format_Grayscale8);
        QCOMPARE(filtered, rendered.convertToFormat(QImage::Format_Grayscale8));
    }

    void ringDisappears()
    {
        const QImage rendered = asScannedAndRendered(drawPage(true));
        QVERIFY(!rendered.isNull());
        // In a plain grayscale render the ring is as dark as text: what OCR stumbled over.
        const QImage plain = rendered.convertToFormat(QImage::Format_Grayscale8);
        QCOMPARE(darkOnRing(plain), 70);

        const QImage filtered = SealInkFilter::grayWithoutSeals(rendered, 300);
        QCOMPARE(darkOnRing(filtered), 0);
        QVERIFY(at(filtered, kCentre + QPoint(0, kRingRadius)) > 200);
        QVERIFY(at(filtered, kCentre) > 240); // paper inside the ring

        // Poppler's renders are 32-bit with alpha; they are read in place, with the same result.
        QCOMPARE(SealInkFilter::grayWithoutSeals(
                     rendered.convertToFormat(QImage::Format_ARGB32_Premultiplied), 300),
                 filtered);
    }

    void textUnderTheRingStays()
    {
        const QImage filtered =
            SealInkFilter::grayWithoutSeals(asScannedAndRendered(drawPage(true)), 300);
        QVERIFY(!filtered.isNull());
        // Where the horizontal stroke runs under the ring, and beside it.
        QVERIFY2(at(filtered, QPoint(90, 100)) < 100,
                 qPrintable(QString::number(at(filtered, QPoint(90, 100)))));
        QVERIFY(at(filtered, QPoint(100, 100)) < 100);
        QVERIFY(at(filtered, QPoint(70, 100)) < 100);
        // The stroke away from the seal is untouched.
        QVERIFY(at(filtered, QPoint(22, 70)) < 60);
    }

    void emptyImage() { QVERIFY(SealInkFilter::grayWithoutSeals(QImage(), 300).isNull()); }
};

QTEST_GUILESS_MAIN(TestSealInkFilter)
#include "tst_seal_ink_filter.moc"
