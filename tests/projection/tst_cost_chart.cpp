// CostChartRenderer: PNG of the requested size with the coupon, own and cap colours where the
// projection has them, deterministic SVG with the translated title and the locale's units.
#include "domain/ApplicationJson.h"
#include "projection/ChartPng.h"
#include "projection/CostChartRenderer.h"
#include "projection/CostProjection.h"
#include "projection/GpuCatalog.h"
#include "projection/TrainingComputeEstimator.h"
#include "rules/Estimator.h"
#include "rules/ProgramCatalog.h"

#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTranslator>
#include <QtTest>

using namespace cd;

namespace {
Money cny(const char *text)
{
    return Money::parse(QString::fromLatin1(text)).value();
}

CostProjection projection(std::optional<Money> capHeadroom, bool compare = false)
{
    const GpuCatalog catalog = GpuCatalog::builtIn();
    TrainingPlan plan;
    plan.params = 7e9;
    plan.tokens = 2e12;
    plan.gpu = *catalog.find(QStringLiteral("A100"));
    plan.gpuCount = 64;
    plan.price = GpuHourPrice::typed(cny("10.00"));
    QList<ScenarioInput> inputs;
    const QDate start(2025, 1, 1);
    const Rate half = Rate::fromPartsPerMillion(500000);
    inputs.append(CostProjection::planScenario(TrainingComputeEstimator::estimate(plan).value(),
                                               start, half, capHeadroom)
                      .value());
    if (compare) {
        plan.gpu = *catalog.find(QStringLiteral("910B"));
        inputs.append(CostProjection::planScenario(TrainingComputeEstimator::estimate(plan).value(),
                                                   start, half, capHeadroom)
                          .value());
    }
    return CostProjection::build(inputs).value();
}

int countColour(const QImage &anyFormat, QRgb colour)
{
    // A decoded chart PNG may be Indexed8 (ChartPng writes a palette for few colours).
    const QImage image = anyFormat.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += (line[x] & 0xffffff) == (colour & 0xffffff) ? 1 : 0;
    }
    return count;
}

// Stands in for the Chinese translation so the test does not depend on the .ts file's state.
class TitleTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "cd::CostChartRenderer") == 0 &&
            qstrcmp(sourceText, "Projected GPU cost and coupon share") == 0)
            return QStringLiteral("预计 GPU 费用与算力券覆盖");
        return {};
    }
    bool isEmpty() const override { return false; }
};

const QRgb kCoupon = qRgb(0x2e, 0x9e, 0x6a);
const QRgb kOwn = qRgb(0x3b, 0x6e, 0xb5);
const QRgb kCap = qRgb(0xc0, 0x1c, 0x28);
} // namespace

class TestCostChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pngOfRequestedSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("package size 1200×700") << QSize(1200, 700);
        QTest::newRow("small 800×450") << QSize(800, 450);
        QTest::newRow("large 2400×1400") << QSize(2400, 1400);
    }
    void pngOfRequestedSize()
    {
        QFETCH(QSize, size);
        const QByteArray png = CostChartRenderer::renderPng(projection(cny("800000.00")),
                                                            QLocale(QLocale::English), size);
        QVERIFY(png.startsWith("\x89PNG"));
        const QImage image = QImage::fromData(png, "PNG");
        QCOMPARE(image.size(), size);
        QVERIFY(countColour(image, kCoupon) > 100);
        QVERIFY(countColour(image, kOwn) > 100);
        QVERIFY(countColour(image, kCap) > 10);
    }

    void capLineOnlyWhenCapBinds()
    {
        const QImage image =
            CostChartRenderer::renderImage(projection(std::nullopt), QLocale(QLocale::English));
        QCOMPARE(countColour(image, kCap), 0);
        // Without a cap the coupon pays half of every month.
        QVERIFY(countColour(image, kCoupon) > 1000);
    }

    void deterministic()
    {
        const CostProjection data = projection(cny("800000.00"), true);
        const QLocale locale(QLocale::Chinese, QLocale::China);
        QCOMPARE(CostChartRenderer::renderPng(data, locale),
                 CostChartRenderer::renderPng(data, locale));
        QCOMPARE(CostChartRenderer::renderSvg(data, locale),
                 CostChartRenderer::renderSvg(data, locale));
    }

    void svgHasTitleAndUnits_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("total");
        // QSvgGenerator writes one text run per font, so "186.97" (DejaVu) and "万元" (Noto)
        // are separate elements.
        QTest::newRow("Chinese: 万元") << QLocale(QLocale::Chinese, QLocale::China)
                                       << QStringLiteral("万元") << QStringLiteral("186.97");
        QTest::newRow("English: million CNY")
            << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("million CNY")
            << QStringLiteral("CNY 1,869,658.12");
        QTest::newRow("German: million CNY")
            << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("million CNY")
            << QStringLiteral("1.869.658,12");
    }
    void svgHasTitleAndUnits()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, unit);
        QFETCH(QString, total);
        const QString svg =
            QString::fromUtf8(CostChartRenderer::renderSvg(projection(cny("800000.00")), locale));
        QVERIFY(svg.contains(QLatin1String("<svg")));
        QVERIFY(svg.contains(QStringLiteral("viewBox=\"0 0 1200 700\"")));
        QVERIFY(svg.contains(CostChartRenderer::title()));
        QVERIFY2(svg.contains(unit), qPrintable(unit));
        QVERIFY2(svg.contains(total), qPrintable(total));
    }

    void svgTitleIsTranslated()
    {
        TitleTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const QString svg = QString::fromUtf8(CostChartRenderer::renderSvg(
            projection(std::nullopt), QLocale(QLocale::Chinese, QLocale::China)));
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(svg.contains(QStringLiteral("预计 GPU 费用与算力券覆盖")));
        QVERIFY(!svg.contains(QStringLiteral("Projected GPU cost and coupon share")));
    }

    // What the application package calls: the sample 05 contracts, whose coupon stops at the cap.
    void packageChartFromApplication()
    {
        auto application = ApplicationJson::readFile(
            QStringLiteral(COUPONDESK_SAMPLES_DIR "/applications/05-cap-reached.json"));
        QVERIFY(application.ok());
        const auto estimate = Estimator::estimate(
            application.value(), *ProgramCatalog::load().find(application->program));
        QVERIFY(estimate.ok());
        const auto data = CostProjection::fromApplication(application.value(), estimate.value());
        QVERIFY(data.ok());
        const QLocale locale(QLocale::Chinese, QLocale::China);
        const QImage image =
            QImage::fromData(CostChartRenderer::renderPng(data.value(), locale), "PNG");
        QCOMPARE(image.size(), CostChartRenderer::kDefaultSize);
        QVERIFY(countColour(image, kCap) > 10);
        QVERIFY(countColour(image, kCoupon) > 100);
        const QString svg = QString::fromUtf8(CostChartRenderer::renderSvg(data.value(), locale));
        QVERIFY(svg.contains(QStringLiteral("Huawei Ascend 910B")));
        QVERIFY(svg.contains(QStringLiteral("400.00"))); // 400.00万元 in the subtitle
    }

    void emptyProjectionSaysSo()
    {
        const QImage image = QImage::fromData(
            CostChartRenderer::renderPng(CostProjection(), QLocale::c(), QSize(600, 400)), "PNG");
        QCOMPARE(image.size(), QSize(600, 400));
        QCOMPARE(countColour(image, kCoupon), 0);
        const QString svg =
            QString::fromUtf8(CostChartRenderer::renderSvg(CostProjection(), QLocale::c()));
        QVERIFY(svg.contains(QStringLiteral("Nothing to project")));
    }

    // ChartPng: what it writes decodes (Qt's reader, libpng) to exactly the pixels drawn, for the
    // package chart and for awkward sizes and noisy pixels that the Sub filter wraps around.
    void pngRoundTrip_data()
    {
        QTest::addColumn<QImage>("image");
        const QLocale locale(QLocale::Chinese, QLocale::China);
        auto application = ApplicationJson::readFile(
            QStringLiteral(COUPONDESK_SAMPLES_DIR "/applications/05-cap-reached.json"));
        const auto estimate = Estimator::estimate(
            application.value(), *ProgramCatalog::load().find(application->program));
        const auto data = CostProjection::fromApplication(application.value(), estimate.value());
        QTest::newRow("chart") << CostChartRenderer::renderImage(data.value(), locale);
        QImage one(1, 1, QImage::Format_RGB32);
        one.fill(QColor(0x12, 0x34, 0x56));
        QTest::newRow("1x1") << one;
        QImage noise(7, 5, QImage::Format_ARGB32);
        QRandomGenerator random(42);
        for (int y = 0; y < noise.height(); ++y)
            for (int x = 0; x < noise.width(); ++x)
                noise.setPixel(x, y, 0xff000000u | (random.generate() & 0xffffffu));
        QTest::newRow("noise 7x5") << noise;
        QImage manyColours(40, 30, QImage::Format_RGB32); // 1,200 colours: no palette
        for (int y = 0; y < manyColours.height(); ++y)
            for (int x = 0; x < manyColours.width(); ++x)
                manyColours.setPixel(x, y, 0xff000000u | (random.generate() & 0xffffffu));
        QTest::newRow("noise 40x30") << manyColours;
    }
    void pngRoundTrip()
    {
        QFETCH(QImage, image);
        const QByteArray png = ChartPng::encode(image);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QCOMPARE(ChartPng::encode(image), png); // the same bytes every time
        const QImage decoded = QImage::fromData(png, "PNG");
        QVERIFY(!decoded.isNull());
        QCOMPARE(decoded.size(), image.size());
        QCOMPARE(decoded.convertToFormat(QImage::Format_RGB32),
                 image.convertToFormat(QImage::Format_RGB32));
    }

    // Up to 256 colours the PNG has a palette (colour type 3), above that it is RGB (type 2).
    // (The charts of the batch sample's rows have about 200 colours, those of the sample
    // applications with scenarios about 800.)
    void pngPaletteWhenFewColours()
    {
        auto colourType = [](const QImage &image) {
            return int(ChartPng::encode(image).at(8 + 4 + 4 + 4 + 4 + 1)); // in IHDR
        };
        QImage exactly256(16, 16, QImage::Format_RGB32);
        QImage over256(17, 16, QImage::Format_RGB32);
        for (int i = 0; i < 17 * 16; ++i) {
            if (i < 256)
                exactly256.setPixel(i % 16, i / 16, 0xff000000u | quint32(i * 65));
            over256.setPixel(i % 17, i / 17, 0xff000000u | quint32(i * 65));
        }
        QCOMPARE(colourType(exactly256), 3);
        QCOMPARE(colourType(over256), 2);
        for (const QImage &image : {exactly256, over256})
            QCOMPARE(QImage::fromData(ChartPng::encode(image), "PNG")
                         .convertToFormat(QImage::Format_RGB32),
                     image);
    }

    void pngOfAChartIsCompressed()
    {
        const QImage image = CostChartRenderer::renderImage(CostProjection(), QLocale::c());
        const QByteArray png = ChartPng::encode(image);
        // 1200×700 RGB is 2.5 MB raw; a mostly white chart must compress far below that.
        QVERIFY2(png.size() < 100 * 1024, qPrintable(QString::number(png.size())));
        QVERIFY(ChartPng::encode(QImage()).isEmpty());
    }
};

QTEST_MAIN(TestCostChart)
#include "tst_cost_chart.moc"
