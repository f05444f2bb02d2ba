// The projection engine against hand-computed cases: the GPU catalog (aliases, GPUS.md figures,
// broken user catalogs), the training-compute estimate, prices derived from contracts, and the
// monthly projection (pro-rating, cap binding month, MFU band, a second scenario).
#include "domain/ApplicationJson.h"
#include "projection/CostProjection.h"
#include "projection/GpuCatalog.h"
#include "projection/TrainingComputeEstimator.h"
#include "rules/Estimator.h"
#include "rules/ProgramCatalog.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

#include <cmath>

using namespace cd;

namespace {
Money cny(const char *text)
{
    return Money::parse(QString::fromLatin1(text)).value();
}

const GpuSpec &gpu(const char *name)
{
    static const GpuCatalog catalog = GpuCatalog::builtIn();
    const GpuSpec *found = catalog.find(QString::fromLatin1(name));
    if (!found)
        qFatal("GPU missing from the built-in catalog");
    return *found;
}

// Relative comparison for the floating-point compute figures (not money).
bool near(double actual, double expected, double relative = 1e-12)
{
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

void writeUserCatalog(const QByteArray &content)
{
    const QString path = GpuCatalog::userFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the user catalog");
    file.write(content);
}

const QByteArray kValidCatalog = R"({"schema": "coupondesk.gpus/1", "gpus": [
  {"name": "NVIDIA H800 SXM5 80 GB", "aliases": ["H800"], "peak_tflops_16bit_dense": 1000,
   "memory_gb": 80, "domestic": false, "source": "edited by the user", "confidence": "low"},
  {"name": "Test Accelerator", "aliases": ["TA1"], "peak_tflops_16bit_dense": 100,
   "memory_gb": 16, "domestic": true, "source": "lab measurement", "confidence": "medium"}]})";

// An application with the A01 sample contract: CNY 6,336,000 for 64 H800, 2024-04-01..09-30.
Application a01Application()
{
    Application application;
    application.program = QStringLiteral("shenzhen-training-2024");
    ContractEntry contract;
    contract.amount = cny("6336000.00");
    contract.periodStart = QDate(2024, 4, 1);
    contract.periodEnd = QDate(2024, 9, 30);
    contract.gpuModel = QStringLiteral("NVIDIA H800");
    contract.gpuCount = 64;
    application.contracts.append(contract);
    return application;
}

Estimate halfRateEstimate(const Money &subsidy, BindingLimit binding)
{
    Estimate estimate;
    estimate.verdict = Verdict::Yes;
    estimate.rate = Rate::fromPartsPerMillion(500000);
    estimate.subsidy = subsidy;
    estimate.bindingLimit = binding;
    ContractEstimate contract;
    contract.index = 0;
    contract.counted = true;
    contract.rate = Rate::fromPartsPerMillion(500000);
    estimate.contracts.append(contract);
    return estimate;
}

// The INTERFACES.md example run: 7e9 parameters, 2e12 tokens, 64 A100, 40 % MFU, CNY 10.00.
TrainingEstimate a100Run()
{
    TrainingPlan plan;
    plan.params = 7e9;
    plan.tokens = 2e12;
    plan.gpu = gpu("A100");
    plan.gpuCount = 64;
    plan.price = GpuHourPrice::typed(cny("10.00"));
    return TrainingComputeEstimator::estimate(plan).value();
}
} // namespace

class TestProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QFile::remove(GpuCatalog::userFilePath()); }

    void catalogAlias_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("name");
        const QString h800 = QStringLiteral("NVIDIA H800 SXM5 80 GB");
        const QString ascend = QStringLiteral("Huawei Ascend 910B");
        QTest::newRow("vendor and model") << QStringLiteral("NVIDIA H800") << h800;
        QTest::newRow("lower case") << QStringLiteral("h800") << h800;
        QTest::newRow("padded") << QStringLiteral("  H800 ") << h800;
        QTest::newRow("form factor") << QStringLiteral("H800 SXM5") << h800;
        QTest::newRow("full name") << QStringLiteral("nvidia h800 sxm5 80gb") << h800;
        QTest::newRow("Huawei Ascend 910B") << QStringLiteral("Huawei Ascend 910B") << ascend;
        QTest::newRow("Ascend 910B") << QStringLiteral("Ascend 910B") << ascend;
        QTest::newRow("910B") << QStringLiteral("910B") << ascend;
        QTest::newRow("910b hyphenated") << QStringLiteral("Ascend-910b") << ascend;
        QTest::newRow("Ascend 910 is not 910B")
            << QStringLiteral("Ascend 910") << QStringLiteral("Huawei Ascend 910 (2019)");
        QTest::newRow("A100") << QStringLiteral("A100") << QStringLiteral("NVIDIA A100 SXM 80 GB");
        QTest::newRow("A100 80 GB")
            << QStringLiteral("A100 80GB") << QStringLiteral("NVIDIA A100 SXM 80 GB");
        QTest::newRow("H100 SXM") << QStringLiteral("H100 SXM")
                                  << QStringLiteral("NVIDIA H100 SXM5 80 GB");
        QTest::newRow("RTX 4090") << QStringLiteral("RTX 4090")
                                  << QStringLiteral("NVIDIA GeForce RTX 4090 24 GB");
        QTest::newRow("GeForce RTX 4090") << QStringLiteral("NVIDIA GeForce RTX 4090")
                                          << QStringLiteral("NVIDIA GeForce RTX 4090 24 GB");
    }
    void catalogAlias()
    {
        QFETCH(QString, query);
        QFETCH(QString, name);
        const GpuCatalog catalog = GpuCatalog::load();
        const GpuSpec *found = catalog.find(query);
        QVERIFY2(found, qPrintable(query));
        QCOMPARE(found->name, name);
    }

    void catalogUnknown()
    {
        const GpuCatalog catalog = GpuCatalog::builtIn();
        QVERIFY(!catalog.find(QStringLiteral("X100")));
        QVERIFY(!catalog.find(QString()));
        QVERIFY(!catalog.find(QStringLiteral("NVIDIA")));
        const auto result = catalog.require(QStringLiteral("X100"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().codeName(), QStringLiteral("unknown_gpu"));
        QCOMPARE(exitCodeFor(result.error().code), 3);
        QVERIFY(result.error().message.contains(QStringLiteral("NVIDIA H800 SXM5 80 GB")));
    }

    // Every row of GPUS.md is in the catalog with the same figures, and nothing else is.
    void catalogMatchesGpusMd()
    {
        QFile file(QStringLiteral(COUPONDESK_SAMPLES_DIR "/../policy/GPUS.md"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("GPUS.md is not next to the samples");
        const GpuCatalog catalog = GpuCatalog::builtIn();
        static const QRegularExpression number(QStringLiteral("([0-9][0-9,]*)"));
        int rows = 0;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            const QStringList cells = line.split(QLatin1Char('|'));
            if (cells.size() != 7 ||
                !cells.at(2).contains(QRegularExpression(QStringLiteral("[0-9]"))))
                continue;
            const QString name = cells.at(1).trimmed();
            if (name == QLatin1String("GPU")) // the header row
                continue;
            const GpuSpec *spec = catalog.find(name);
            QVERIFY2(spec, qPrintable(name));
            QCOMPARE(spec->name, name);
            QCOMPARE(spec->peakTflops16,
                     number.match(cells.at(2)).captured(1).remove(QLatin1Char(',')).toDouble());
            QCOMPARE(spec->memoryGb, number.match(cells.at(3)).captured(1).toDouble());
            QCOMPARE(spec->domestic, cells.at(4).trimmed() == QLatin1String("yes"));
            const QString confidence = cells.at(5).trimmed().section(QLatin1Char(' '), -1);
            QCOMPARE(confidenceName(spec->confidence), confidence);
            QVERIFY(!spec->source.isEmpty());
            ++rows;
        }
        QCOMPARE(rows, 10);
        QCOMPARE(catalog.gpus().size(), rows);
    }

    void catalogErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        const QByteArray gpuTail =
            R"("memory_gb": 80, "domestic": false, "source": "s", "confidence": "high")";
        QTest::newRow("not JSON") << QByteArray("{ gpus: ") << QStringLiteral("invalid_json");
        QTest::newRow("a list") << QByteArray("[]") << QStringLiteral("schema_violation");
        QTest::newRow("wrong schema")
            << QByteArray(R"({"schema": "coupondesk.gpus/9", "gpus": []})")
            << QStringLiteral("schema_violation");
        QTest::newRow("no gpus") << QByteArray(R"({"schema": "coupondesk.gpus/1"})")
                                 << QStringLiteral("missing_required");
        QTest::newRow("peak as text")
            << QByteArray(R"({"schema": "coupondesk.gpus/1", "gpus": [{"name": "G",
                          "peak_tflops_16bit_dense": "989", )" +
                          gpuTail + "}]}")
            << QStringLiteral("wrong_type");
        QTest::newRow("negative peak")
            << QByteArray(R"({"schema": "coupondesk.gpus/1", "gpus": [{"name": "G",
                          "peak_tflops_16bit_dense": -5, )" +
                          gpuTail + "}]}")
            << QStringLiteral("out_of_range");
        QTest::newRow("FLOPS instead of TFLOPS")
            << QByteArray(R"({"schema": "coupondesk.gpus/1", "gpus": [{"name": "G",
                          "peak_tflops_16bit_dense": 9.89e14, )" +
                          gpuTail + "}]}")
            << QStringLiteral("out_of_range");
        QTest::newRow("no source")
            << QByteArray(R"({"schema": "coupondesk.gpus/1", "gpus": [{"name": "G",
                          "peak_tflops_16bit_dense": 1, "memory_gb": 1, "domestic": false,
                          "confidence": "high"}]})")
            << QStringLiteral("missing_required");
        QTest::newRow("bad confidence")
            << QByteArray(R"({"schema": "coupondesk.gpus/1", "gpus": [{"name": "G",
                          "peak_tflops_16bit_dense": 1, "memory_gb": 1, "domestic": false,
                          "source": "s", "confidence": "sure"}]})")
            << QStringLiteral("invalid_enum");
        QTest::newRow("alias used twice") << QByteArray(R"({"schema": "coupondesk.gpus/1", "gpus": [
                          {"name": "G1", "aliases": ["X"], "peak_tflops_16bit_dense": 1, )" +
                                                        gpuTail + R"(},
                          {"name": "G2", "aliases": ["x"], "peak_tflops_16bit_dense": 1, )" +
                                                        gpuTail + "}]}")
                                          << QStringLiteral("schema_violation");
        QTest::newRow("unknown key")
            << QByteArray(R"({"schema": "coupondesk.gpus/1", "gpus": [{"name": "G",
                          "tflops": 5, "peak_tflops_16bit_dense": 1, )" +
                          gpuTail + "}]}")
            << QStringLiteral("schema_violation");
    }
    void catalogErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        const auto result = GpuCatalog::fromJson(json);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().codeName(), code);
        QVERIFY(!result.error().message.isEmpty());
    }

    void userCatalogOverrides()
    {
        writeUserCatalog(kValidCatalog);
        const GpuCatalog catalog = GpuCatalog::load();
        QVERIFY(catalog.problems().isEmpty());
        QCOMPARE(catalog.origin(), GpuCatalog::userFilePath());
        QCOMPARE(catalog.gpus().size(), 2);
        QCOMPARE(catalog.find(QStringLiteral("h800"))->peakTflops16, 1000.0);
        QCOMPARE(catalog.find(QStringLiteral("ta1"))->name, QStringLiteral("Test Accelerator"));
    }

    void brokenUserCatalogFallsBack_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("code");
        QTest::newRow("truncated") << kValidCatalog.left(60) << QStringLiteral("invalid_json");
        QTest::newRow("old schema") << QByteArray(kValidCatalog).replace("gpus/1", "gpus/0")
                                    << QStringLiteral("schema_violation");
        QTest::newRow("zero peak")
            << QByteArray(kValidCatalog).replace("1000", "0") << QStringLiteral("out_of_range");
    }
    void brokenUserCatalogFallsBack()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, code);
        writeUserCatalog(content);
        const GpuCatalog catalog = GpuCatalog::load();
        QCOMPARE(catalog.problems().size(), 1);
        QCOMPARE(catalog.problems().first().codeName(), code);
        QVERIFY(catalog.problems().first().message.contains(GpuCatalog::userFilePath()));
        QCOMPARE(catalog.origin(), GpuCatalog::builtInPath());
        QCOMPARE(catalog.find(QStringLiteral("H800"))->peakTflops16, 989.0);
        QVERIFY(!catalog.find(QStringLiteral("TA1")));
    }

    void estimate_data()
    {
        QTest::addColumn<double>("params");
        QTest::addColumn<double>("tokens"); // 0: default 20 · N
        QTest::addColumn<QString>("gpuName");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<double>("mfu");
        QTest::addColumn<QString>("price"); // empty: none
        QTest::addColumn<double>("flops");
        QTest::addColumn<double>("gpuHours");
        QTest::addColumn<QString>("cost"); // empty: none

        // 6 × 7e9 × 1.4e11 = 5.88e21 FLOPs; 989e12 × 0.40 × 3600 = 1.42416e18 FLOP per GPU-hour;
        // 5.88e21 / 1.42416e18 = 12,250,000 / 2,967 = 4128.7495787 GPU-hours (wall: ÷ 64 =
        // 64.51 h); × 12.50 = 51,609.3697 → 51,609.37 (half up to the fen).
        QTest::newRow("7B on 140B tokens, 64 H800, 40 %")
            << 7e9 << 1.4e11 << QStringLiteral("H800") << 64 << 0.40 << QStringLiteral("12.50")
            << 5.88e21 << 12250000.0 / 2967.0 << QStringLiteral("51609.37");
        // INTERFACES.md: 6 × 7e9 × 2e12 = 8.4e22; 312e12 × 0.40 × 3600 = 4.4928e17;
        // 8.4e22 / 4.4928e17 = 186,965.81 GPU-hours, 2,921.34 wall hours on 64.
        QTest::newRow("INTERFACES example, 64 A100, no price")
            << 7e9 << 2e12 << QStringLiteral("A100 80 GB") << 64 << 0.40 << QString() << 8.4e22
            << 8.4e22 / 4.4928e17 << QString();
        // D = 20 × 1e9 = 2e10; 6 × 1e9 × 2e10 = 1.2e20; 989e12 × 0.5 × 3600 = 1.7802e18;
        // 1.2e20 / 1.7802e18 = 67.4081564 GPU-hours × 2.00 = 134.8163 → 134.82.
        QTest::newRow("Chinchilla default tokens, 1 H100, 50 %")
            << 1e9 << 0.0 << QStringLiteral("H100") << 1 << 0.50 << QStringLiteral("2.00") << 1.2e20
            << 1.2e20 / 1.7802e18 << QStringLiteral("134.82");
        // 320e12 × 0.30 × 3600 = 3.456e17; 5.88e21 / 3.456e17 = 17,013.89 GPU-hours;
        // × 8.00 = 136,111.11.
        QTest::newRow("7B on 140B tokens, 8 Ascend 910B, 30 %")
            << 7e9 << 1.4e11 << QStringLiteral("910B") << 8 << 0.30 << QStringLiteral("8.00")
            << 5.88e21 << 5.88e21 / 3.456e17 << QStringLiteral("136111.11");
    }
    void estimate()
    {
        QFETCH(double, params);
        QFETCH(double, tokens);
        QFETCH(QString, gpuName);
        QFETCH(int, gpus);
        QFETCH(double, mfu);
        QFETCH(QString, price);
        QFETCH(double, flops);
        QFETCH(double, gpuHours);
        QFETCH(QString, cost);

        TrainingPlan plan;
        plan.params = params;
        if (tokens > 0)
            plan.tokens = tokens;
        plan.gpu = gpu(gpuName.toLatin1().constData());
        plan.gpuCount = gpus;
        plan.mfu = mfu;
        if (!price.isEmpty())
            plan.price = GpuHourPrice::typed(Money::parse(price).value());
        const auto result = TrainingComputeEstimator::estimate(plan);
        QVERIFY(result.ok());
        QCOMPARE(result->tokensDefaulted, tokens <= 0);
        QVERIFY(near(result->tokens, tokens > 0 ? tokens : 20 * params));
        QVERIFY(near(result->flops, flops));
        QVERIFY2(near(result->gpuHours, gpuHours),
                 qPrintable(QString::number(result->gpuHours, 'f', 6)));
        QVERIFY(near(result->wallHours, gpuHours / gpus));
        QCOMPARE(result->cost.has_value(), !cost.isEmpty());
        if (result->cost)
            QCOMPARE(result->cost->toDecimalString(), cost);
        QCOMPARE(result->price.source(), price.isEmpty() ? PriceSource::None : PriceSource::Typed);
    }

    void interfacesExampleToShownPrecision()
    {
        const TrainingEstimate run = a100Run();
        QCOMPARE(std::round(run.gpuHours * 10) / 10, 186965.8);
        QCOMPARE(std::round(run.wallHours * 10) / 10, 2921.3);
        QCOMPARE(run.flops, 8.4e22);
    }

    void estimateRejects_data()
    {
        QTest::addColumn<double>("params");
        QTest::addColumn<double>("tokens");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<double>("mfu");
        QTest::addColumn<QString>("field");
        QTest::newRow("zero params") << 0.0 << 1e9 << 1 << 0.4 << QStringLiteral("params");
        QTest::newRow("negative params") << -7e9 << 1e9 << 1 << 0.4 << QStringLiteral("params");
        QTest::newRow("NaN params") << std::nan("") << 1e9 << 1 << 0.4 << QStringLiteral("params");
        QTest::newRow("huge params") << 1e30 << 1e9 << 1 << 0.4 << QStringLiteral("params");
        QTest::newRow("zero tokens") << 7e9 << 0.0 << 1 << 0.4 << QStringLiteral("tokens");
        QTest::newRow("no GPUs") << 7e9 << 1e9 << 0 << 0.4 << QStringLiteral("gpus");
        QTest::newRow("zero MFU") << 7e9 << 1e9 << 1 << 0.0 << QStringLiteral("mfu");
        QTest::newRow("MFU as percent") << 7e9 << 1e9 << 1 << 40.0 << QStringLiteral("mfu");
    }
    void estimateRejects()
    {
        QFETCH(double, params);
        QFETCH(double, tokens);
        QFETCH(int, gpus);
        QFETCH(double, mfu);
        QFETCH(QString, field);
        TrainingPlan plan;
        plan.params = params;
        plan.tokens = tokens;
        plan.gpuCount = gpus;
        plan.mfu = mfu;
        plan.gpu = gpu("H800");
        const auto result = TrainingComputeEstimator::estimate(plan);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().codeName(), QStringLiteral("out_of_range"));
        QCOMPARE(result.error().field, field);
    }

    // A01: CNY 6,336,000 for 64 H800 from 2024-04-01 to 2024-09-30 (both included): 183 days ×
    // 24 h = 4,392 h; 64 × 4,392 = 281,088 GPU-hours; 6,336,000 / 281,088 = 22.5409836… CNY
    // (= 137,500/61 fen) per GPU-hour, shown as 22.54.
    void priceFromContractA01()
    {
        const ContractEntry contract = a01Application().contracts.first();
        const auto price = priceFromContract(contract);
        QVERIFY(price.ok());
        QCOMPARE(price->source(), PriceSource::Contract);
        QCOMPARE(servicePeriodHours(*contract.periodStart, *contract.periodEnd), qint64(4392));
        QCOMPARE(price->denominatorHours(), qint64(281088));
        QCOMPARE(price->numeratorFen(), qint64(633600000));
        QCOMPARE(price->perHour().toDecimalString(), QStringLiteral("22.54"));
        // The exact fraction is kept: the whole period costs the contract amount to the fen.
        QCOMPARE(price->costOf(281088).toDecimalString(), QStringLiteral("6336000.00"));

        // The 7B run (12,250,000/2,967 GPU-hours) at 137,500/61 fen per GPU-hour:
        // 9,306,607.657 fen → 93,066.08 CNY.
        TrainingPlan plan;
        plan.params = 7e9;
        plan.tokens = 1.4e11;
        plan.gpu = gpu("H800");
        plan.gpuCount = 64;
        plan.price = price.value();
        const auto run = TrainingComputeEstimator::estimate(plan);
        QVERIFY(run.ok());
        QCOMPARE(run->cost->toDecimalString(), QStringLiteral("93066.08"));
        QCOMPARE(priceSourceName(run->price.source()), QStringLiteral("contract"));
    }

    void priceFromIncompleteContract()
    {
        ContractEntry contract = a01Application().contracts.first();
        contract.gpuCount.reset();
        QCOMPARE(priceFromContract(contract).error().code, ErrorCode::MissingField);
        contract = a01Application().contracts.first();
        contract.periodEnd = QDate(2024, 3, 31);
        QCOMPARE(priceFromContract(contract).error().code, ErrorCode::InvalidDate);
        contract = a01Application().contracts.first();
        contract.gpuCount = 0;
        QCOMPARE(priceFromContract(contract).error().code, ErrorCode::OutOfRange);
        QVERIFY(!GpuHourPrice().known());
        QCOMPARE(priceSourceName(GpuHourPrice().source()), QStringLiteral("none"));
    }

    // Whole months: each month costs amount × days / 183, rounded on the cumulative figure:
    // April 633,600,000 × 30/183 = 103,868,852.46 → 103,868,852 fen; April+May = 61/183 = exactly
    // a third = 211,200,000 fen, so May = 107,331,148 fen; the six months add up to the amount.
    void projectContractA01()
    {
        const auto input = CostProjection::contractScenario(
            a01Application(), halfRateEstimate(cny("3168000.00"), BindingLimit::Rate),
            GpuCatalog::builtIn());
        QVERIFY(input.ok());
        QCOMPARE(input->gpuName, QStringLiteral("NVIDIA H800 SXM5 80 GB"));
        QCOMPARE(input->price.perHour().toDecimalString(), QStringLiteral("22.54"));
        const auto projection = CostProjection::build({input.value()});
        QVERIFY(projection.ok());
        QCOMPARE(projection->months.size(), 6);
        QCOMPARE(projection->months.first(), QDate(2024, 4, 1));
        const ProjectionScenario &scenario = projection->scenarios.first();
        const QList<qint64> fen = {103868852, 107331148, 103868852,
                                   107331148, 107331148, 103868852};
        const QList<int> days = {30, 31, 30, 31, 31, 30};
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(scenario.months.at(i).cost.fen(), fen.at(i));
            QCOMPARE(scenario.months.at(i).days, days.at(i));
            QCOMPARE(scenario.months.at(i).gpuHours, days.at(i) * 24.0 * 64);
            QCOMPARE(scenario.months.at(i).coupon + scenario.months.at(i).own,
                     scenario.months.at(i).cost);
        }
        QCOMPARE(scenario.totalCost.toDecimalString(), QStringLiteral("6336000.00"));
        QCOMPARE(scenario.totalCoupon.toDecimalString(), QStringLiteral("3168000.00"));
        QCOMPARE(scenario.months.at(1).cumulativeCost.fen(), qint64(211200000));
        QCOMPARE(scenario.months.at(1).cumulativeCoupon.fen(), qint64(105600000));
        QVERIFY(!scenario.capBindsIn);
        QVERIFY(!scenario.hasBand);
        QCOMPARE(scenario.months.last().cumulativeCostHigh, scenario.totalCost);
    }

    // Sample 05: CNY 4,000,000 from 2025-03-15 to 2026-03-14 (365 days) at 50 %, but only
    // CNY 800,000 left under the annual cap. March has 17 days: 400,000,000 × 17/365 =
    // 18,630,136.99 → 18,630,137 fen. The coupon (half of the cumulative cost, truncated) passes
    // 800,000 once the cumulative cost passes 1,600,000, i.e. after 146 days: in August 2025
    // (end of July: 139 days, 1,523,287.67 → coupon 761,643.83; August pays the 38,356.17 left).
    void projectSample05CapBinds()
    {
        auto application = ApplicationJson::readFile(
            QStringLiteral(COUPONDESK_SAMPLES_DIR "/applications/05-cap-reached.json"));
        QVERIFY(application.ok());
        const ProgramCatalog programs = ProgramCatalog::load();
        const auto estimate =
            Estimator::estimate(application.value(), *programs.find(application->program));
        QVERIFY(estimate.ok());
        QCOMPARE(estimate->subsidy.toDecimalString(), QStringLiteral("800000.00"));

        const auto projection =
            CostProjection::fromApplication(application.value(), estimate.value());
        QVERIFY(projection.ok());
        QCOMPARE(projection->months.size(), 13);
        const ProjectionScenario &scenario = projection->scenarios.first();
        QVERIFY(scenario.domestic);
        QCOMPARE(scenario.months.first().days, 17);
        QCOMPARE(scenario.months.first().cost.fen(), qint64(18630137));
        QCOMPARE(scenario.months.last().month, QDate(2026, 3, 1));
        QCOMPARE(scenario.months.last().days, 14);
        QCOMPARE(scenario.months.last().cost.fen(), qint64(15342466));
        QVERIFY(scenario.capBindsIn.has_value());
        QCOMPARE(*scenario.capBindsIn, QDate(2025, 8, 1));
        QCOMPARE(scenario.months.at(4).cumulativeCoupon.fen(), qint64(76164383)); // end of July
        QCOMPARE(scenario.months.at(5).coupon.fen(), qint64(3835617));            // August
        for (int i = 6; i < 13; ++i) {
            QVERIFY(scenario.months.at(i).coupon.isZero());
            QCOMPARE(scenario.months.at(i).own, scenario.months.at(i).cost);
        }
        QCOMPARE(scenario.totalCost.toDecimalString(), QStringLiteral("4000000.00"));
        QCOMPARE(scenario.totalCoupon.toDecimalString(), QStringLiteral("800000.00"));
        QCOMPARE(scenario.totalOwn.toDecimalString(), QStringLiteral("3200000.00"));
    }

    // Sample 05 (March 2025 to March 2026) in quarters and years: sums per column, cumulative
    // values at the column's end, the cap in the quarter of August.
    void groupedIntoQuartersAndYears()
    {
        auto application = ApplicationJson::readFile(
            QStringLiteral(COUPONDESK_SAMPLES_DIR "/applications/05-cap-reached.json"));
        const ProgramCatalog programs = ProgramCatalog::load();
        const auto estimate =
            Estimator::estimate(application.value(), *programs.find(application->program));
        const auto monthly =
            CostProjection::fromApplication(application.value(), estimate.value()).value();

        const CostProjection quarters = monthly.grouped(3);
        QCOMPARE(quarters.monthsPerColumn, 3);
        QCOMPARE(quarters.months,
                 (QList<QDate>{QDate(2025, 1, 1), QDate(2025, 4, 1), QDate(2025, 7, 1),
                               QDate(2025, 10, 1), QDate(2026, 1, 1)}));
        const ProjectionScenario &q = quarters.scenarios.first();
        QCOMPARE(q.months.size(), 5);
        QCOMPARE(q.months.first().cost.fen(), qint64(18630137)); // March 2025 alone
        QCOMPARE(q.months.first().days, 17);
        const QList<ProjectionMonth> &m = monthly.scenarios.first().months;
        QCOMPARE(q.months.at(1).cost, m.at(1).cost + m.at(2).cost + m.at(3).cost);
        QCOMPARE(q.months.at(2).coupon, m.at(4).coupon + m.at(5).coupon + m.at(6).coupon);
        QCOMPARE(q.months.at(2).cumulativeCoupon, m.at(6).cumulativeCoupon);
        QCOMPARE(q.months.last().cumulativeCost.toDecimalString(), QStringLiteral("4000000.00"));
        QCOMPARE(q.capBindsIn, std::optional<QDate>(QDate(2025, 7, 1)));
        Money sum = Money::zero();
        for (const ProjectionMonth &column : q.months)
            sum += column.cost;
        QCOMPARE(sum, q.totalCost);

        const CostProjection years = monthly.grouped(12);
        QCOMPARE(years.months, (QList<QDate>{QDate(2025, 1, 1), QDate(2026, 1, 1)}));
        QCOMPARE(years.scenarios.first().months.first().cumulativeCost, m.at(9).cumulativeCost);
        QCOMPARE(years.scenarios.first().capBindsIn, std::optional<QDate>(QDate(2025, 1, 1)));
        QCOMPARE(quarters.grouped(3).months, quarters.months); // already grouped: unchanged

        QCOMPARE(CostProjection::columnMonthsFor(36), 1);
        QCOMPARE(CostProjection::columnMonthsFor(37), 3);
        QCOMPARE(CostProjection::columnMonthsFor(108), 3);
        QCOMPARE(CostProjection::columnMonthsFor(292), 12);
    }

    void capNotMarkedWhenRateLimits()
    {
        // The same contract with the whole subsidy payable: the coupon never stops early.
        const auto input = CostProjection::contractScenario(
            a01Application(), halfRateEstimate(cny("1000000.00"), BindingLimit::CombinedFunding),
            GpuCatalog::builtIn());
        const auto projection = CostProjection::build({input.value()});
        const ProjectionScenario &scenario = projection->scenarios.first();
        QCOMPARE(scenario.totalCoupon.toDecimalString(), QStringLiteral("1000000.00"));
        QVERIFY(!scenario.capBindsIn); // limited, but not by the cap: no cap line
    }

    // The INTERFACES run from 2025-01-01 at CNY 10.00: 64 GPUs spend 64 × 24 × 10 = 15,360 CNY a
    // day. At 40 % it runs 2,921.34 h = 121.7 days (to 2 May); at 50 % 97.4 days, at 30 % 162.3
    // days (to 12 June). January: 31 days = 476,160.00 CNY in all three.
    void projectPlanWithMfuBand()
    {
        const auto input = CostProjection::planScenario(a100Run(), QDate(2025, 1, 1),
                                                        Rate::fromPartsPerMillion(500000));
        QVERIFY(input.ok());
        const auto projection = CostProjection::build({input.value()});
        QVERIFY(projection.ok());
        QCOMPARE(projection->months.size(), 6); // January to June (the 30 % run)
        const ProjectionScenario &scenario = projection->scenarios.first();
        QVERIFY(scenario.hasBand);
        QCOMPARE(scenario.end, QDate(2025, 5, 2));
        const ProjectionMonth &january = scenario.months.first();
        QCOMPARE(january.cost.toDecimalString(), QStringLiteral("476160.00"));
        QCOMPARE(january.coupon.toDecimalString(), QStringLiteral("238080.00"));
        QCOMPARE(january.cumulativeCostLow, january.cumulativeCost);
        QCOMPARE(january.cumulativeCostHigh, january.cumulativeCost);
        QCOMPARE(scenario.months.at(4).days, 2);
        QVERIFY(scenario.months.at(5).cost.isZero());
        // 186,965.81 GPU-hours × 10 = 1,869,658.12; 149,572.65 → 1,495,726.50;
        // 249,287.75 → 2,492,877.49.
        QCOMPARE(scenario.totalCost.toDecimalString(), QStringLiteral("1869658.12"));
        QCOMPARE(scenario.totalCostLow.toDecimalString(), QStringLiteral("1495726.50"));
        QCOMPARE(scenario.totalCostHigh.toDecimalString(), QStringLiteral("2492877.49"));
        QVERIFY(near(scenario.totalGpuHours, 8.4e22 / 4.4928e17, 1e-9));
        // The band opens once the 50 % run is done (in April) and the 30 % run goes on after the
        // 40 % run ends (2 May).
        QCOMPARE(scenario.months.at(3).cumulativeCostLow, scenario.totalCostLow);
        QVERIFY(scenario.months.at(3).cumulativeCostLow < scenario.months.at(3).cumulativeCost);
        QCOMPARE(scenario.months.at(4).cumulativeCost, scenario.totalCost);
        QVERIFY(scenario.months.at(4).cumulativeCostHigh > scenario.months.at(4).cumulativeCost);
    }

    // Cap headroom CNY 800,000 at 50 %: end of March (90 days) 1,382,400 → coupon 691,200; end of
    // April (120 days) 1,843,200 → 921,600 > 800,000: the cap binds in April.
    void planCapBindingMonth()
    {
        const auto input = CostProjection::planScenario(
            a100Run(), QDate(2025, 1, 1), Rate::fromPartsPerMillion(500000), cny("800000.00"));
        const auto projection = CostProjection::build({input.value()});
        const ProjectionScenario &scenario = projection->scenarios.first();
        QCOMPARE(scenario.capBindsIn, std::optional<QDate>(QDate(2025, 4, 1)));
        QCOMPARE(scenario.months.at(2).cumulativeCoupon.toDecimalString(),
                 QStringLiteral("691200.00"));
        QCOMPARE(scenario.months.at(3).coupon.toDecimalString(), QStringLiteral("108800.00"));
        QCOMPARE(scenario.totalCoupon.toDecimalString(), QStringLiteral("800000.00"));
    }

    void secondScenarioSharesMonths()
    {
        TrainingPlan plan;
        plan.params = 7e9;
        plan.tokens = 2e12;
        plan.gpu = gpu("910B");
        plan.gpuCount = 64;
        plan.price = GpuHourPrice::typed(cny("8.00"));
        const auto domestic = TrainingComputeEstimator::estimate(plan);
        const QDate start(2025, 1, 1);
        const auto first = CostProjection::planScenario(a100Run(), start, Rate());
        const auto second = CostProjection::planScenario(domestic.value(), start, Rate());
        const auto projection = CostProjection::build({first.value(), second.value()});
        QVERIFY(projection.ok());
        QCOMPARE(projection->scenarios.size(), 2);
        QCOMPARE(projection->scenarios.at(1).months.size(), projection->months.size());
        QVERIFY(projection->scenarios.at(1).domestic);
        QVERIFY(!projection->scenarios.at(0).domestic);
        // 8.4e22 / (320e12 × 0.4 × 3600) = 182,291.67 GPU-hours × 8.00 = 1,458,333.33.
        QVERIFY(near(projection->scenarios.at(1).totalGpuHours, 8.4e22 / 4.608e17, 1e-9));
        QCOMPARE(projection->scenarios.at(1).totalCost.toDecimalString(),
                 QStringLiteral("1458333.33"));
        QVERIFY(projection->scenarios.at(1).totalCoupon.isZero());
    }

    void horizon()
    {
        const auto input = CostProjection::planScenario(a100Run(), QDate(2025, 1, 15), Rate());
        const auto three = CostProjection::build({input.value()}, 3);
        QVERIFY(three.ok());
        QCOMPARE(three->months.size(), 3);
        QCOMPARE(three->months.first(), QDate(2025, 1, 1));
        QCOMPARE(three->scenarios.first().months.first().days, 17);
        // 17 + 28 + 31 = 76 days × 15,360 = 1,167,360.00 within the horizon.
        QCOMPARE(three->scenarios.first().totalCost.toDecimalString(),
                 QStringLiteral("1167360.00"));
        QCOMPARE(CostProjection::build({input.value()}, 0).error().code, ErrorCode::OutOfRange);
        QCOMPARE(CostProjection::build({}).error().code, ErrorCode::MissingField);
    }

    void planWithoutPriceIsRefused()
    {
        TrainingPlan plan;
        plan.params = 7e9;
        plan.gpu = gpu("H800");
        const auto run = TrainingComputeEstimator::estimate(plan);
        QVERIFY(run.ok());
        QVERIFY(!run->cost);
        QCOMPARE(CostProjection::planScenario(run.value(), QDate(2025, 1, 1), Rate()).error().code,
                 ErrorCode::MissingField);
    }

    void applicationWithoutUsableContract()
    {
        Application application = a01Application();
        application.contracts.first().periodEnd.reset();
        const auto projection = CostProjection::fromApplication(
            application, halfRateEstimate(cny("0.00"), BindingLimit::None));
        QVERIFY(!projection.ok());
        QCOMPARE(projection.error().code, ErrorCode::MissingField);
    }
};

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
