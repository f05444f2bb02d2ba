// The costs page (wizard step 4) driven through its named widgets: the chart's columns and lines
// hold what the projection engine computes for the same inputs (and the hand-computed 7B/140B
// tokens/64 H800 case), the cap line appears where the cap binds, invalid input is shown
// inline, PNG and SVG export, the event loop stays responsive while inputs change, screenshots.
#include "ApplicationWizard.h"
#include "ApplicationWizardCostsPage.h"
#include "CostChartView.h"
#include "Dialogs.h"
#include "GuiTestSupport.h"

#include "core/Translations.h"
#include "domain/ApplicationJson.h"
#include "domain/MoneyFormat.h"
#include "projection/CostChartRenderer.h"
#include "projection/CostProjection.h"

#include <QAbstractItemView>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace cd;

namespace {
using test::child;

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// With a pause between keys, so the event loop runs while typing, as it does for a person.
void typeSlowly(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace, Qt::NoModifier, 10);
    QTest::keyClicks(edit, text, Qt::NoModifier, 10);
}

void chooseGpu(QComboBox *combo, const QString &name)
{
    const int index = combo->findText(name, Qt::MatchStartsWith);
    if (index < 0)
        qFatal("GPU not in the combo");
    combo->setCurrentIndex(index);
}

Application sample(const QString &name)
{
    auto application = ApplicationJson::readFile(QStringLiteral(COUPONDESK_SAMPLES_DIR) +
                                                 QStringLiteral("/applications/") + name);
    if (!application)
        qFatal("sample missing");
    return application.value();
}

double yuan(const Money &money)
{
    return double(money.fen()) / 100.0;
}

// The wizard on sample `name`, shown and active, at the costs page.
struct Fixture
{
    std::unique_ptr<ApplicationWizard> wizard;
    ApplicationWizardCostsPage *page = nullptr;
    CostChartView *chart = nullptr;
};

Fixture openCostsPage(const QString &name)
{
    Fixture f;
    f.wizard = std::make_unique<ApplicationWizard>(sample(name));
    f.wizard->show();
    f.wizard->goToStep(ApplicationWizard::CostsPage);
    f.page = qobject_cast<ApplicationWizardCostsPage *>(f.wizard->currentPage());
    f.chart = f.wizard->findChild<CostChartView *>(QStringLiteral("costChart"));
    return f;
}

QBarSet *barSet(CostChartView *chart, const QString &name)
{
    for (QAbstractSeries *series : chart->chart()->series()) {
        if (auto *bars = qobject_cast<QStackedBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                if (set->objectName() == name)
                    return set;
            }
        }
    }
    return nullptr;
}

template <typename T> T *series(CostChartView *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->chart()->series()) {
        if (s->objectName() == name)
            return qobject_cast<T *>(s);
    }
    return nullptr;
}

void compareColumns(CostChartView *chart, const CostProjection &expected);

// Every column, the cumulative line and the band of the chart against the engine's months.
void compareChart(CostChartView *chart, const CostProjection &expected)
{
    QCOMPARE(chart->projection().months, expected.months);
    // Long runs are drawn in quarters or years: the columns hold the engine's grouped sums.
    const CostProjection columns =
        expected.grouped(CostProjection::columnMonthsFor(expected.months.size()));
    compareColumns(chart, columns);
}

void compareColumns(CostChartView *chart, const CostProjection &expected)
{
    const CostProjection &shown = chart->shownProjection();
    QCOMPARE(shown.monthsPerColumn, expected.monthsPerColumn);
    QCOMPARE(shown.months, expected.months);
    QCOMPARE(shown.scenarios.size(), expected.scenarios.size());
    const double unit = chart->yuanPerUnit();
    for (qsizetype s = 0; s < expected.scenarios.size(); ++s) {
        const ProjectionScenario &scenario = expected.scenarios.at(s);
        QBarSet *coupon = barSet(chart, QStringLiteral("coupon-%1").arg(s));
        QBarSet *own = barSet(chart, QStringLiteral("own-%1").arg(s));
        auto *line = series<QLineSeries>(chart, QStringLiteral("cumulative-%1").arg(s));
        QVERIFY(coupon && own && line);
        QCOMPARE(line->count(), expected.months.size() + 1);
        for (qsizetype i = 0; i < expected.months.size(); ++i) {
            const ProjectionMonth &month = scenario.months.at(i);
            const qsizetype column = chart->columnOf(i, s);
            QVERIFY2(
                qAbs(coupon->at(column) * unit - yuan(month.coupon)) < 0.005,
                qPrintable(QStringLiteral("month %1 scenario %2: chart %3, engine %4 (own %5/%6)")
                               .arg(i)
                               .arg(s)
                               .arg(coupon->at(column) * unit, 0, 'f', 2)
                               .arg(yuan(month.coupon), 0, 'f', 2)
                               .arg(own->at(column) * unit, 0, 'f', 2)
                               .arg(yuan(month.own), 0, 'f', 2)));
            QVERIFY(qAbs(own->at(column) * unit - yuan(month.own)) < 0.005);
            QVERIFY(qAbs(line->at(int(i + 1)).y() * unit - yuan(month.cumulativeCost)) < 0.005);
        }
        QCOMPARE(series<QAreaSeries>(chart, QStringLiteral("mfuBand-%1").arg(s)) != nullptr,
                 scenario.hasBand);
    }
}

// The projection the engine makes for a plan typed on the page.
CostProjection engineProjection(const ApplicationWizard &wizard, const QDate &start,
                                const QList<TrainingPlan> &plans)
{
    const Estimate &estimate = *wizard.estimate();
    QList<ScenarioInput> inputs;
    for (const TrainingPlan &plan : plans) {
        auto trained = TrainingComputeEstimator::estimate(plan);
        if (!trained)
            qFatal("plan rejected");
        inputs.append(CostProjection::planScenario(trained.value(), start, estimate.rate,
                                                   estimate.capHeadroom)
                          .value());
    }
    return CostProjection::build(inputs).value();
}

void typePlan(ApplicationWizardCostsPage *page, const QString &params, const QString &tokens,
              const QString &gpu, const QString &count, const QString &mfu, const QString &price)
{

    child<QComboBox>(page, "chartSourceCombo")->setCurrentIndex(1);
    typeInto(child<QLineEdit>(page, "paramsEdit"), params);
    typeInto(child<QLineEdit>(page, "tokensEdit"), tokens);
    chooseGpu(child<QComboBox>(page, "gpuCombo"), gpu);
    typeInto(child<QLineEdit>(page, "gpuCountEdit"), count);
    typeInto(child<QLineEdit>(page, "mfuEdit"), mfu);
    child<QComboBox>(page, "priceSourceCombo")->setCurrentIndex(0);
    typeInto(child<QLineEdit>(page, "priceEdit"), price);
}
} // namespace

class TestCostsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::pinFonts();
        Translations::install(QStringLiteral("en"));
    }

    void planChartHoldsProjectedValues_data()
    {
        QTest::addColumn<QString>("params");
        QTest::addColumn<QString>("tokens");
        QTest::addColumn<QString>("gpu");
        QTest::addColumn<QString>("count");
        QTest::addColumn<QString>("price");
        QTest::addColumn<double>("params_");
        QTest::addColumn<double>("tokens_");
        QTest::addColumn<int>("count_");
        QTest::addColumn<QString>("price_");
        QTest::addColumn<double>("handGpuHours"); // 0: no hand-computed figure for this row
        QTest::addColumn<int>("columnMonths");
        // 6 · 7e9 · 1.4e11 = 5.88e21 FLOP ÷ (989.4e12 FLOP/s × 0.40 × 3600 s) = 4128.7496 h.
        QTest::newRow("7B, 140B tokens, 64 H800, MFU 40 %")
            << QStringLiteral("7e9") << QStringLiteral("140B") << QStringLiteral("NVIDIA H800")
            << QStringLiteral("64") << QStringLiteral("10.00") << 7e9 << 1.4e11 << 64
            << QStringLiteral("10.00") << 4128.7496 << 1;
        QTest::newRow("70B on 20·N tokens, 512 Ascend 910B, long run")
            << QStringLiteral("70B") << QString() << QStringLiteral("Huawei Ascend 910B")
            << QStringLiteral("512") << QStringLiteral("12.50") << 7e10 << 1.4e12 << 512
            << QStringLiteral("12.50") << 0.0 << 1;
        // 6 · 7e10 · 1.4e12 = 5.88e23 FLOP ÷ (320e12 × 0.40 × 3600) = 1,276,041.67 GPU-hours;
        // on 24 GPUs 53,168 h = 2,215 days, and the MFU 30 % band runs 2,954 days (97 months):
        // drawn in quarters.
        QTest::newRow("70B, 1.4T tokens, 24 Ascend 910B: quarters")
            << QStringLiteral("70B") << QStringLiteral("1.4T")
            << QStringLiteral("Huawei Ascend 910B") << QStringLiteral("24")
            << QStringLiteral("12.50") << 7e10 << 1.4e12 << 24 << QStringLiteral("12.50")
            << 1276041.6667 << 3;
    }
    void planChartHoldsProjectedValues()
    {
        QFETCH(QString, params);
        QFETCH(QString, tokens);
        QFETCH(QString, gpu);
        QFETCH(QString, count);
        QFETCH(QString, price);
        QFETCH(double, params_);
        QFETCH(double, tokens_);
        QFETCH(int, count_);
        QFETCH(QString, price_);
        QFETCH(double, handGpuHours);
        QFETCH(int, columnMonths);

        Fixture f = openCostsPage(QStringLiteral("01-enterprise-basic.json"));
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(f.wizard.get()));
        QVERIFY(f.page);
        typePlan(f.page, params, tokens, gpu, count, QStringLiteral("40"), price);
        QTRY_VERIFY(!f.page->updatePending());

        QVERIFY(f.page->planEstimate().has_value());
        if (handGpuHours > 0)
            QVERIFY2(qAbs(f.page->planEstimate()->gpuHours - handGpuHours) < 1e-4,
                     qPrintable(QString::number(f.page->planEstimate()->gpuHours, 'f', 6)));
        const GpuCatalog catalog = GpuCatalog::load();
        TrainingPlan plan;
        plan.params = params_;
        plan.tokens = tokens_;
        plan.gpu = *catalog.find(gpu);
        plan.gpuCount = count_;
        plan.mfu = 0.40;
        plan.price = GpuHourPrice::typed(Money::parse(price_).value());
        const CostProjection expected =
            engineProjection(*f.wizard, child<QDateEdit>(f.page, "startDateEdit")->date(), {plan});
        QVERIFY(f.chart->isShowingChart());
        compareChart(f.chart, expected);
        QCOMPARE(f.chart->shownProjection().monthsPerColumn, columnMonths);
        // The cost shown with its formula is the engine's.
        const auto trained = TrainingComputeEstimator::estimate(plan).value();
        QVERIFY(f.page->planEstimate()->cost == trained.cost);
        QCOMPARE(child<QLabel>(f.page, "costPlanLabel")->text(),
                 formatMoney(*trained.cost, QLocale(), MoneyStyle::Full));
        QCOMPARE(child<QLabel>(f.page, "gpuHoursPlanLabel")->text(),
                 QLocale().toString(trained.gpuHours, 'f', 2));
        if (handGpuHours > 0)
            QCOMPARE(child<QLabel>(f.page, "gpuHoursPlanLabel")->text(),
                     QLocale().toString(handGpuHours, 'f', 2));

        // A second scenario side by side: the same run on another GPU at another price.
        child<QCheckBox>(f.page, "compareCheck")->setChecked(true);
        chooseGpu(child<QComboBox>(f.page, "compareGpuCombo"), QStringLiteral("NVIDIA A800"));
        typeInto(child<QLineEdit>(f.page, "comparePriceEdit"), QStringLiteral("7.00"));
        QTRY_VERIFY(!f.page->updatePending());
        QVERIFY(f.page->comparisonEstimate().has_value());
        TrainingPlan other = plan;
        other.gpu = *catalog.find(QStringLiteral("NVIDIA A800"));
        other.price = GpuHourPrice::typed(Money::parse(QStringLiteral("7.00")).value());
        compareChart(f.chart,
                     engineProjection(*f.wizard, child<QDateEdit>(f.page, "startDateEdit")->date(),
                                      {plan, other}));
    }

    void contractChart_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<bool>("capBinds");
        QTest::newRow("01 enterprise, cap not reached")
            << QStringLiteral("01-enterprise-basic.json") << false;
        QTest::newRow("05 cap reached") << QStringLiteral("05-cap-reached.json") << true;
    }
    void contractChart()
    {
        QFETCH(QString, sample);
        QFETCH(bool, capBinds);
        Fixture f = openCostsPage(sample);
        QVERIFY(f.page);
        QCOMPARE(child<QComboBox>(f.page, "chartSourceCombo")->currentIndex(), 0);
        QVERIFY(f.wizard->estimate().has_value());
        const CostProjection expected =
            CostProjection::fromApplication(f.wizard->application(), *f.wizard->estimate()).value();
        QVERIFY(f.chart->isShowingChart());
        compareChart(f.chart, expected);
        auto *cap = series<QLineSeries>(f.chart, QStringLiteral("capLine-0"));
        QCOMPARE(cap != nullptr, capBinds);
        // The legend names the scenario and says what the colours mean.
        const QString legend = f.chart->legendText();
        QVERIFY(legend.contains(expected.scenarios.first().label.toHtmlEscaped()));
        QVERIFY(legend.contains(QStringLiteral("coupon share")));
        QCOMPARE(legend.contains(QStringLiteral("annual cap reached")), capBinds);
        QCOMPARE(expected.scenarios.first().capBindsIn.has_value(), capBinds);
        if (capBinds) {
            const qsizetype month = expected.months.indexOf(*expected.scenarios.first().capBindsIn);
            QCOMPARE(cap->at(0).x(), double(f.chart->columnOf(month, 0)));
            QVERIFY(cap->pen().style() == Qt::DashLine);
        }
        // The price from the contract, with its source shown.
        QVERIFY(child<QComboBox>(f.page, "priceSourceCombo")->currentData().toInt() == 0);
        const GpuHourPrice price =
            priceFromContract(f.wizard->application().contracts.first()).value();
        QCOMPARE(child<QLineEdit>(f.page, "priceEdit")->text(), price.perHour().toDecimalString());
        QVERIFY(child<QLabel>(f.page, "priceSourceLabel")
                    ->text()
                    .contains(QStringLiteral("contract 1")));
        QVERIFY(!child<QLabel>(f.page, "priceSourceLabel")
                     ->text()
                     .contains(QStringLiteral("not confirmed")));
        // The provider's whole name stays readable: in the tooltip, and in a list as wide as it.
        auto *source = child<QComboBox>(f.page, "priceSourceCombo");
        const QString provider = f.wizard->application().contracts.first().provider;
        QVERIFY(source->toolTip().contains(provider));
        QCOMPARE(source->itemData(source->currentIndex(), Qt::ToolTipRole).toString(),
                 source->currentText());
        QCOMPARE(source->view()->textElideMode(), Qt::ElideNone);
        QVERIFY(source->view()->minimumWidth() >= source->view()->sizeHintForColumn(0));
    }

    // A price taken from a contract says which of the values it rests on were read from the
    // PDF and not confirmed yet; confirming one on the contracts page takes it off the list.
    void unconfirmedContractValuesAreNamed()
    {
        auto wizard =
            std::make_unique<ApplicationWizard>(sample(QStringLiteral("01-enterprise-basic.json")));
        const QString amount = QStringLiteral("contracts[0].amount");
        wizard->setProvenanceMap(
            {{amount, Provenance::Extracted},
             {QStringLiteral("contracts[0].gpu_count"), Provenance::Extracted},
             {QStringLiteral("contracts[0].period_start"), Provenance::Confirmed},
             {QStringLiteral("contracts[0].gpu_model"), Provenance::Extracted}});
        wizard->show();
        wizard->goToStep(ApplicationWizard::CostsPage);
        auto *page = qobject_cast<ApplicationWizardCostsPage *>(wizard->currentPage());
        QVERIFY(page);
        QCOMPARE(child<QComboBox>(page, "priceSourceCombo")->currentData().toInt(), 0);
        auto *note = child<QLabel>(page, "priceSourceLabel");
        // The GPU model is not part of the price: not named.
        QVERIFY2(note->text().contains(QStringLiteral(
                     "Read from the PDF and not confirmed yet: Amount and GPU count.")),
                 qPrintable(note->text()));

        wizard->goToStep(ApplicationWizard::ContractsPage);
        QVERIFY(wizard->applyField(amount, QStringLiteral("3200000.00"), Provenance::Confirmed));
        wizard->goToStep(ApplicationWizard::CostsPage);
        QTRY_VERIFY2(note->text().contains(QStringLiteral("not confirmed yet: GPU count.")),
                     qPrintable(note->text()));
    }

    void nothingToShowSaysWhy()
    {
        Fixture f = openCostsPage(QStringLiteral("01-enterprise-basic.json"));
        child<QComboBox>(f.page, "chartSourceCombo")->setCurrentIndex(1);
        child<QLineEdit>(f.page, "paramsEdit")->clear();
        f.page->recompute();
        QVERIFY(!f.chart->isShowingChart());
        QVERIFY(f.chart->message().contains(QStringLiteral("parameters")));
        QVERIFY(!child<QPushButton>(f.page, "exportPngButton")->isEnabled());
    }

    void invalidInputIsShownInline_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("parameters") << QByteArray("paramsEdit") << QStringLiteral("seven");
        QTest::newRow("GPU count zero") << QByteArray("gpuCountEdit") << QStringLiteral("0");
        QTest::newRow("MFU") << QByteArray("mfuEdit") << QStringLiteral("lots");
        QTest::newRow("MFU above 100 %") << QByteArray("mfuEdit") << QStringLiteral("150");
        QTest::newRow("price") << QByteArray("priceEdit") << QStringLiteral("ten yuan");
    }
    void invalidInputIsShownInline()
    {
        QFETCH(QByteArray, field);
        QFETCH(QString, text);
        Fixture f = openCostsPage(QStringLiteral("01-enterprise-basic.json"));
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(f.wizard.get()));
        typePlan(f.page, QStringLiteral("7e9"), QString(), QStringLiteral("NVIDIA H800"),
                 QStringLiteral("64"), QStringLiteral("40"), QStringLiteral("10.00"));
        f.page->recompute();
        QVERIFY(f.page->planEstimate().has_value());
        auto *banner = child<QLabel>(f.page, "costsBanner");
        QVERIFY(banner->isHidden());
        typeInto(child<QLineEdit>(f.page, field.constData()), text);
        QTRY_VERIFY(!f.page->updatePending());
        QVERIFY(banner->isVisible());
        QVERIFY(!f.page->planEstimate().has_value());
        QVERIFY(!banner->text().isEmpty());
        if (text.at(0).isLetter())
            QVERIFY(banner->text().contains(text));
        QVERIFY(!f.chart->isShowingChart());
        QVERIFY(f.wizard->validateCurrentPage()); // the plan is optional: Next still works
    }

    void exportWritesPngAndSvg()
    {
        Fixture f = openCostsPage(QStringLiteral("05-cap-reached.json"));
        QVERIFY(f.chart->hasProjection());
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        const QString svg = dir.filePath(QStringLiteral("chart.svg"));
        Dialogs::setNextSaveFileAnswer(png);
        QTest::mouseClick(child<QPushButton>(f.page, "exportPngButton"), Qt::LeftButton);
        Dialogs::setNextSaveFileAnswer(svg);
        QTest::mouseClick(child<QPushButton>(f.page, "exportSvgButton"), Qt::LeftButton);

        QImage image(png);
        QCOMPARE(image.size(), CostChartRenderer::kDefaultSize);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgBytes = svgFile.readAll();
        QVERIFY(svgBytes.contains("<svg"));
        // The same bytes the package renderer makes for this projection.
        QCOMPARE(svgBytes, CostChartRenderer::renderSvg(f.chart->projection(), QLocale()));
        QVERIFY(child<QLabel>(f.page, "exportStatusLabel")
                    ->text()
                    .contains(QStringLiteral("chart.svg")));

        // Cancelled: nothing written.
        const QString other = dir.filePath(QStringLiteral("other.png"));
        Dialogs::setNextSaveFileAnswer(QString());
        QTest::mouseClick(child<QPushButton>(f.page, "exportPngButton"), Qt::LeftButton);
        QVERIFY(!QFile::exists(other));
    }

    void eventLoopNeverBlocked()
    {
        Fixture f = openCostsPage(QStringLiteral("05-cap-reached.json"));
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(f.wizard.get()));
        // A probe timer that notes the longest gap between its ticks while inputs change.
        test::EventLoopProbe probe;
        probe.start();
        const auto settle = [&] { QTRY_VERIFY_WITH_TIMEOUT(!f.page->updatePending(), 2000); };
        child<QComboBox>(f.page, "chartSourceCombo")->setCurrentIndex(1);
        child<QComboBox>(f.page, "priceSourceCombo")->setCurrentIndex(0);
        const std::pair<const char *, const char *> inputs[] = {{"paramsEdit", "70e9"},
                                                                {"tokensEdit", "1.4T"},
                                                                {"gpuCountEdit", "256"},
                                                                {"mfuEdit", "35"},
                                                                {"priceEdit", "9.50"}};
        for (const auto &[name, text] : inputs)
            typeSlowly(child<QLineEdit>(f.page, name), QLatin1String(text));
        settle();
        QVERIFY(f.page->planEstimate().has_value());
        child<QCheckBox>(f.page, "compareCheck")->setChecked(true);
        for (const char *gpu : {"Huawei Ascend 910B", "NVIDIA A100", "NVIDIA H20"}) {
            chooseGpu(child<QComboBox>(f.page, "compareGpuCombo"), QLatin1String(gpu));
            QTest::qWait(200);
        }
        QLineEdit *count = child<QLineEdit>(f.page, "gpuCountEdit");
        for (const char *k : {"8", "16", "1024", "64"}) {
            typeSlowly(count, QLatin1String(k));
            QTest::qWait(200);
        }
        child<QComboBox>(f.page, "chartSourceCombo")->setCurrentIndex(0);
        settle();
        child<QComboBox>(f.page, "chartSourceCombo")->setCurrentIndex(1);
        settle();
        QTest::qWait(50);
        probe.stop();
        QVERIFY(probe.ticks() > 50);
        QVERIFY(f.chart->isShowingChart());
        const qint64 longest = probe.longestBlockedMs();
        qInfo("longest gap between probe ticks: %lld ms, blocked %lld ms", probe.longestGapMs(),
              longest);
        QVERIFY2(longest <= test::kMaxStallMs,
                 qPrintable(QStringLiteral("blocked for %1 ms").arg(longest)));
    }

    // A dark desktop: the chart switches to QtCharts' dark theme (also when the palette changes
    // while the page is open) and the cumulative line stays visible.
    void followsDarkPalette()
    {
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        {
            Fixture f = openCostsPage(QStringLiteral("05-cap-reached.json"));
            QCOMPARE(f.chart->chart()->theme(), QChart::ChartThemeLight);
            QApplication::setPalette(dark);
            QTRY_COMPARE(f.chart->chart()->theme(), QChart::ChartThemeDark);
            auto *line = series<QLineSeries>(f.chart, QStringLiteral("cumulative-0"));
            QVERIFY(line);
            QVERIFY(line->pen().color().lightness() > 200);
            compareChart(f.chart, f.chart->projection()); // the values survive the rebuild
            QTest::qWait(50);
            QVERIFY(f.wizard->grab().save(QDir::currentPath() +
                                          QStringLiteral("/screenshots/costs-dark-en.png")));
        }
        {
            Fixture f = openCostsPage(QStringLiteral("05-cap-reached.json"));
            QCOMPARE(f.chart->chart()->theme(), QChart::ChartThemeDark);
        }
        QApplication::setPalette(light);
    }

    void screenshots_data() { test::screenshotLanguages(); }
    void screenshots()
    {
        QFETCH(QString, language);
        Translations::install(language);
        const QString dir = test::screenshotDir();
        {
            Fixture f = openCostsPage(QStringLiteral("05-cap-reached.json"));
            QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(f.wizard.get()));
            typeInto(child<QLineEdit>(f.page, "paramsEdit"), QStringLiteral("7e9"));
            typeInto(child<QLineEdit>(f.page, "tokensEdit"), QStringLiteral("140B"));
            child<QCheckBox>(f.page, "compareCheck")->setChecked(true);
            typeInto(child<QLineEdit>(f.page, "comparePriceEdit"), QStringLiteral("4.20"));
            f.page->recompute();
            QVERIFY(f.chart->isShowingChart());
            QTest::qWait(50); // let the chart's scene lay out its new axes before the grab
            QVERIFY(f.wizard->grab().save(dir +
                                          QStringLiteral("/costs-contracts-%1.png").arg(language)));
            child<QComboBox>(f.page, "chartSourceCombo")->setCurrentIndex(1);
            f.page->recompute();
            QVERIFY(f.chart->isShowingChart());
            QTest::qWait(50);
            QVERIFY(
                f.wizard->grab().save(dir + QStringLiteral("/costs-plan-%1.png").arg(language)));
        }
        Translations::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestCostsPage)
#include "tst_costs_page.moc"
