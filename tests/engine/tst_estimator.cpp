// The eligibility engine and subsidy calculator: the six sample applications against
// expected.json, then a table of cases covering every rule and limit at its boundaries.
#include "domain/ApplicationJson.h"
#include "rules/EstimateJson.h"
#include "rules/Estimator.h"
#include "rules/ProgramCatalog.h"

#include <QJsonDocument>
#include <QtTest>

using namespace cd;

namespace {
const ProgramCatalog &catalog()
{
    static const ProgramCatalog instance = ProgramCatalog::load();
    return instance;
}

const RulePack &pack(const QString &id)
{
    const RulePack *found = catalog().find(id);
    if (!found)
        qFatal("program missing");
    return *found;
}

Money cny(const char *text)
{
    return Money::parse(QString::fromLatin1(text)).value();
}

// An established Shenzhen enterprise with one CNY 3.2 M training contract: every rule passes.
Application baseApplication()
{
    Application app;
    app.program = QStringLiteral("shenzhen-training-2024");
    app.applicationDate = QDate(2025, 4, 1);
    app.applicant.name = QStringLiteral("深圳星河智算科技有限公司");
    app.applicant.entityType = EntityType::Enterprise;
    app.applicant.registeredCity = QStringLiteral("Shenzhen");
    app.applicant.independentLegalPerson = true;
    app.applicant.foundedDate = QDate(2019, 5, 20);
    app.priorSubsidyThisYear = cny("0.00");
    ContractEntry contract;
    contract.provider = QStringLiteral("深圳某某云计算有限公司");
    contract.providerRegistered = true;
    contract.providerAffiliated = false;
    contract.signingDate = QDate(2025, 3, 1);
    contract.periodStart = QDate(2025, 3, 15);
    contract.periodEnd = QDate(2026, 3, 14);
    contract.amount = cny("3200000.00");
    contract.otherPublicFunding = cny("0.00");
    contract.use = ComputeUse::Training;
    app.contracts.append(contract);
    return app;
}

std::optional<bool> boolOrNull(const QString &value)
{
    if (value == QLatin1String("null"))
        return std::nullopt;
    return value == QLatin1String("true");
}

std::optional<QDate> dateOrNull(const QString &value)
{
    if (value == QLatin1String("null"))
        return std::nullopt;
    return QDate::fromString(value, Qt::ISODate);
}

// Applies "key=value; key=value" changes to the base application. Keys name the field;
// "contract2.amount" adds a second contract (a copy of the first) when needed.
Application applyChanges(const QString &changes)
{
    Application app = baseApplication();
    for (const QString &change : changes.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        QString key = change.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = change.section(QLatin1Char('='), 1).trimmed();
        int index = 0;
        if (key.startsWith(QLatin1String("contract2."))) {
            if (app.contracts.size() < 2)
                app.contracts.append(app.contracts.first());
            index = 1;
            key = key.mid(10);
        }
        ContractEntry &c = app.contracts[index];
        if (key == QLatin1String("application_date"))
            app.applicationDate = dateOrNull(value);
        else if (key == QLatin1String("founded"))
            app.applicant.foundedDate = dateOrNull(value);
        else if (key == QLatin1String("entity"))
            app.applicant.entityType =
                value == QLatin1String("null") ? std::nullopt : entityTypeFromName(value);
        else if (key == QLatin1String("city"))
            app.applicant.registeredCity = value == QLatin1String("null") ? QString() : value;
        else if (key == QLatin1String("legal_person"))
            app.applicant.independentLegalPerson = boolOrNull(value);
        else if (key == QLatin1String("prior"))
            app.priorSubsidyThisYear = value == QLatin1String("null")
                                           ? std::nullopt
                                           : std::optional<Money>(cny(qPrintable(value)));
        else if (key == QLatin1String("amount"))
            c.amount = value == QLatin1String("null")
                           ? std::nullopt
                           : std::optional<Money>(cny(qPrintable(value)));
        else if (key == QLatin1String("other_funding"))
            c.otherPublicFunding = cny(qPrintable(value));
        else if (key == QLatin1String("signed"))
            c.signingDate = dateOrNull(value);
        else if (key == QLatin1String("registered"))
            c.providerRegistered = boolOrNull(value);
        else if (key == QLatin1String("affiliated"))
            c.providerAffiliated = boolOrNull(value);
        else if (key == QLatin1String("use"))
            c.use = value == QLatin1String("null") ? std::nullopt : computeUseFromName(value);
        else if (key == QLatin1String("contracts") && value == QLatin1String("none"))
            app.contracts.clear();
        else
            qFatal("unknown change key");
    }
    return app;
}
} // namespace

class TestEstimator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samples_data()
    {
        QTest::addColumn<QString>("name");
        QFile file(QStringLiteral(COUPONDESK_SAMPLES_DIR "/applications/expected.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(expected.size(), 6);
        for (const QString &name : expected.keys())
            QTest::newRow(qPrintable(name)) << name;
    }

    void samples()
    {
        QFETCH(QString, name);
        QFile file(QStringLiteral(COUPONDESK_SAMPLES_DIR "/applications/expected.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject expected =
            QJsonDocument::fromJson(file.readAll()).object().value(name).toObject();
        const auto application =
            ApplicationJson::readFile(QStringLiteral(COUPONDESK_SAMPLES_DIR "/applications/") +
                                      name + QStringLiteral(".json"));
        QVERIFY(application.ok());
        const auto estimate = Estimator::estimate(application.value(), pack(application->program));
        QVERIFY(estimate.ok());
        const QJsonObject json = EstimateJson::toJson(estimate.value());
        for (const QString &key : expected.keys())
            QCOMPARE(json.value(key), expected.value(key));
    }

    void rules_data()
    {
        QTest::addColumn<QString>("changes");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("subsidy");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("binding"); // "" for none expected (verdict no)
        QTest::addColumn<QString>("headroom");
        QTest::addColumn<QString>("missing"); // a path that must be listed as open, or ""

        QTest::newRow("all rules pass") << ""
                                        << "yes"
                                        << "1600000.00"
                                        << "0.50"
                                        << "rate"
                                        << "8400000.00"
                                        << "";
        // Start-up age: the start-up rate until the day before the first anniversary.
        QTest::newRow("start-up 6 months") << "founded=2024-10-08"
                                           << "yes"
                                           << "1920000.00"
                                           << "0.60"
                                           << "rate"
                                           << "8080000.00"
                                           << "";
        QTest::newRow("exactly 12 months old") << "founded=2024-04-01"
                                               << "yes"
                                               << "1600000.00"
                                               << "0.50"
                                               << "rate"
                                               << "8400000.00"
                                               << "";
        QTest::newRow("one day under 12 months") << "founded=2024-04-02"
                                                 << "yes"
                                                 << "1920000.00"
                                                 << "0.60"
                                                 << "rate"
                                                 << "8080000.00"
                                                 << "";
        QTest::newRow("declared start-up too old") << "entity=startup; founded=2023-01-15"
                                                   << "yes"
                                                   << "1600000.00"
                                                   << "0.50"
                                                   << "rate"
                                                   << "8400000.00"
                                                   << "";
        QTest::newRow("young university: no start-up rate")
            << "entity=university; founded=2024-10-01"
            << "yes"
            << "1600000.00"
            << "0.50"
            << "rate"
            << "8400000.00"
            << "";
        QTest::newRow("research institute") << "entity=research_institute"
                                            << "yes"
                                            << "1600000.00"
                                            << "0.50"
                                            << "rate"
                                            << "8400000.00"
                                            << "";
        QTest::newRow("founding date open: start-up rate assumed") << "founded=null"
                                                                   << "undetermined"
                                                                   << "1920000.00"
                                                                   << "0.60"
                                                                   << "rate"
                                                                   << "8080000.00"
                                                                   << "applicant.founded_date";
        QTest::newRow("entity type open") << "entity=null"
                                          << "undetermined"
                                          << "1600000.00"
                                          << "0.50"
                                          << "rate"
                                          << "8400000.00"
                                          << "applicant.entity_type";
        // Minimum annual spend.
        QTest::newRow("exactly CNY 500,000") << "amount=500000.00"
                                             << "yes"
                                             << "250000.00"
                                             << "0.50"
                                             << "rate"
                                             << "9750000.00"
                                             << "";
        QTest::newRow("one fen below minimum") << "amount=499999.99"
                                               << "no"
                                               << "0.00"
                                               << "0.50"
                                               << ""
                                               << "10000000.00"
                                               << "";
        QTest::newRow("two contracts reach minimum")
            << "amount=300000.00; contract2.amount=200000.00"
            << "yes"
            << "250000.00"
            << "0.50"
            << "rate"
            << "9750000.00"
            << "";
        // Annual cap.
        QTest::newRow("cap reached exactly") << "prior=8400000.00"
                                             << "yes"
                                             << "1600000.00"
                                             << "0.50"
                                             << "rate"
                                             << "0.00"
                                             << "";
        QTest::newRow("cap binds") << "prior=9200000.00"
                                   << "yes"
                                   << "800000.00"
                                   << "0.50"
                                   << "annual_cap"
                                   << "0.00"
                                   << "";
        QTest::newRow("prior equals cap") << "prior=10000000.00"
                                          << "yes"
                                          << "0.00"
                                          << "0.50"
                                          << "annual_cap"
                                          << "0.00"
                                          << "";
        QTest::newRow("prior above cap") << "prior=12000000.00"
                                         << "yes"
                                         << "0.00"
                                         << "0.50"
                                         << "annual_cap"
                                         << "0.00"
                                         << "";
        QTest::newRow("large contracts hit the cap") << "amount=30000000.00"
                                                     << "yes"
                                                     << "10000000.00"
                                                     << "0.50"
                                                     << "annual_cap"
                                                     << "0.00"
                                                     << "";
        QTest::newRow("prior subsidy open") << "prior=null"
                                            << "yes"
                                            << "1600000.00"
                                            << "0.50"
                                            << "rate"
                                            << "8400000.00"
                                            << "prior_subsidy_this_year";
        // Truncation to the fen.
        QTest::newRow("odd fen truncated at 50 %") << "amount=1000000.01"
                                                   << "yes"
                                                   << "500000.00"
                                                   << "0.50"
                                                   << "rate"
                                                   << "9500000.00"
                                                   << "";
        QTest::newRow("odd fen truncated at 60 %") << "founded=2024-10-08; amount=999999.99"
                                                   << "yes"
                                                   << "599999.99"
                                                   << "0.60"
                                                   << "rate"
                                                   << "9400000.01"
                                                   << "";
        // Program validity.
        QTest::newRow("day before the program") << "application_date=2024-12-17; signed=2024-12-18"
                                                << "no"
                                                << "0.00"
                                                << "0.50"
                                                << ""
                                                << "10000000.00"
                                                << "";
        QTest::newRow("first day of the program")
            << "application_date=2024-12-18; signed=2024-12-18"
            << "yes"
            << "1600000.00"
            << "0.50"
            << "rate"
            << "8400000.00"
            << "";
        QTest::newRow("last day of the program") << "application_date=2026-12-17"
                                                 << "yes"
                                                 << "1600000.00"
                                                 << "0.50"
                                                 << "rate"
                                                 << "8400000.00"
                                                 << "";
        QTest::newRow("day after the program") << "application_date=2026-12-18"
                                               << "no"
                                               << "0.00"
                                               << "0.50"
                                               << ""
                                               << "10000000.00"
                                               << "";
        QTest::newRow("application date open") << "application_date=null"
                                               << "undetermined"
                                               << "1920000.00"
                                               << "0.60"
                                               << "rate"
                                               << "8080000.00"
                                               << "application_date";
        // Applicant.
        QTest::newRow("registered in Dongguan") << "city=Dongguan"
                                                << "no"
                                                << "0.00"
                                                << "0.50"
                                                << ""
                                                << "10000000.00"
                                                << "";
        QTest::newRow("Shenzhen-Shantou zone") << "city=深汕特别合作区"
                                               << "yes"
                                               << "1600000.00"
                                               << "0.50"
                                               << "rate"
                                               << "8400000.00"
                                               << "";
        QTest::newRow("city written 深圳市") << "city=深圳市"
                                             << "yes"
                                             << "1600000.00"
                                             << "0.50"
                                             << "rate"
                                             << "8400000.00"
                                             << "";
        QTest::newRow("city open") << "city=null"
                                   << "undetermined"
                                   << "1600000.00"
                                   << "0.50"
                                   << "rate"
                                   << "8400000.00"
                                   << "applicant.registered_city";
        QTest::newRow("not an independent legal person") << "legal_person=false"
                                                         << "no"
                                                         << "0.00"
                                                         << "0.50"
                                                         << ""
                                                         << "10000000.00"
                                                         << "";
        // Contract conditions.
        QTest::newRow("provider not registered") << "registered=false"
                                                 << "no"
                                                 << "0.00"
                                                 << "0.50"
                                                 << ""
                                                 << "10000000.00"
                                                 << "";
        QTest::newRow("provider registration open") << "registered=null"
                                                    << "undetermined"
                                                    << "1600000.00"
                                                    << "0.50"
                                                    << "rate"
                                                    << "8400000.00"
                                                    << "contracts[0].provider_registered";
        QTest::newRow("affiliated provider") << "affiliated=true"
                                             << "no"
                                             << "0.00"
                                             << "0.50"
                                             << ""
                                             << "10000000.00"
                                             << "";
        QTest::newRow("signed the day before") << "signed=2024-12-17"
                                               << "no"
                                               << "0.00"
                                               << "0.50"
                                               << ""
                                               << "10000000.00"
                                               << "";
        QTest::newRow("signed on the first day") << "signed=2024-12-18"
                                                 << "yes"
                                                 << "1600000.00"
                                                 << "0.50"
                                                 << "rate"
                                                 << "8400000.00"
                                                 << "";
        QTest::newRow("signing date open") << "signed=null"
                                           << "undetermined"
                                           << "1600000.00"
                                           << "0.50"
                                           << "rate"
                                           << "8400000.00"
                                           << "contracts[0].signing_date";
        QTest::newRow("inference only: low confidence") << "use=inference"
                                                        << "undetermined"
                                                        << "1600000.00"
                                                        << "0.50"
                                                        << "rate"
                                                        << "8400000.00"
                                                        << "contracts[0].use";
        QTest::newRow("training and inference") << "use=training_and_inference"
                                                << "yes"
                                                << "1600000.00"
                                                << "0.50"
                                                << "rate"
                                                << "8400000.00"
                                                << "";
        QTest::newRow("model purchase is not compute") << "use=model_purchase"
                                                       << "no"
                                                       << "0.00"
                                                       << "0.50"
                                                       << ""
                                                       << "10000000.00"
                                                       << "";
        QTest::newRow("one of two contracts affiliated")
            << "contract2.amount=1000000.00; contract2.affiliated=true"
            << "yes"
            << "1600000.00"
            << "0.50"
            << "rate"
            << "8400000.00"
            << "";
        QTest::newRow("amount open") << "amount=null"
                                     << "undetermined"
                                     << "0.00"
                                     << "0.50"
                                     << "none"
                                     << "10000000.00"
                                     << "contracts[0].amount";
        QTest::newRow("no contracts yet") << "contracts=none"
                                          << "undetermined"
                                          << "0.00"
                                          << "0.50"
                                          << "none"
                                          << "10000000.00"
                                          << "contracts";
        // Other public funding on the same contract.
        QTest::newRow("other public funding deducted") << "other_funding=100000.00"
                                                       << "yes"
                                                       << "1500000.00"
                                                       << "0.50"
                                                       << "combined_funding"
                                                       << "8500000.00"
                                                       << "";
        QTest::newRow("other funding above the share") << "other_funding=2000000.00"
                                                       << "yes"
                                                       << "0.00"
                                                       << "0.50"
                                                       << "combined_funding"
                                                       << "10000000.00"
                                                       << "";
        QTest::newRow("funding and cap: cap binds") << "other_funding=100000.00; prior=9000000.00"
                                                    << "yes"
                                                    << "1000000.00"
                                                    << "0.50"
                                                    << "annual_cap"
                                                    << "0.00"
                                                    << "";
    }

    void rules()
    {
        QFETCH(QString, changes);
        QFETCH(QString, verdict);
        QFETCH(QString, subsidy);
        QFETCH(QString, rate);
        QFETCH(QString, binding);
        QFETCH(QString, headroom);
        QFETCH(QString, missing);
        const auto estimate = Estimator::estimate(applyChanges(changes),
                                                  pack(QStringLiteral("shenzhen-training-2024")));
        QVERIFY(estimate.ok());
        QCOMPARE(verdictName(estimate->verdict), verdict);
        QCOMPARE(estimate->subsidy.toDecimalString(), subsidy);
        QCOMPARE(estimate->rate.toString(), rate);
        QCOMPARE(estimate->bindingLimit ? bindingLimitName(*estimate->bindingLimit) : QString(),
                 binding);
        QCOMPARE(estimate->capHeadroom->toDecimalString(), headroom);
        if (!missing.isEmpty())
            QVERIFY2(estimate->missing.contains(missing),
                     qPrintable(estimate->missing.join(QStringLiteral(", "))));
        else if (verdict != QLatin1String("undetermined") && missing.isEmpty() &&
                 !changes.contains(QLatin1String("prior=null")))
            QVERIFY2(estimate->missing.isEmpty(),
                     qPrintable(estimate->missing.join(QStringLiteral(", "))));
        // Every step explains itself.
        for (const TraceStep &step : estimate->trace)
            QVERIFY2(!step.explanation.isEmpty(), qPrintable(step.rule));
    }

    void traceExplainsTheStartupNote()
    {
        const auto estimate =
            Estimator::estimate(applyChanges(QStringLiteral("entity=startup; founded=2023-01-15")),
                                pack(QStringLiteral("shenzhen-training-2024")));
        QVERIFY(estimate.ok());
        bool found = false;
        for (const TraceStep &step : estimate->trace) {
            if (step.rule == QLatin1String("applicant.startup_rate")) {
                found = true;
                QVERIFY(step.explanation.contains(QStringLiteral("Declared a start-up")));
                QCOMPARE(step.citation.sourceId, QStringLiteral("guide-2026"));
                QCOMPARE(step.confidence, Confidence::Medium);
            }
        }
        QVERIFY(found);
    }

    void inferenceIsMarkedLowConfidence()
    {
        const auto estimate = Estimator::estimate(applyChanges(QStringLiteral("use=inference")),
                                                  pack(QStringLiteral("shenzhen-training-2024")));
        QVERIFY(estimate.ok());
        for (const TraceStep &step : estimate->trace) {
            if (step.rule == QLatin1String("contract.use")) {
                QCOMPARE(step.result, TraceResult::Unknown);
                QCOMPARE(step.confidence, Confidence::Low);
                QVERIFY(step.assumption);
                return;
            }
        }
        QFAIL("no use step");
    }

    void foreignCurrencyNeedsExchangeRate()
    {
        Application app = baseApplication();
        app.contracts[0].currency = QStringLiteral("EUR");
        app.contracts[0].amount =
            Money::parse(QStringLiteral("1036800.00"), QStringLiteral("EUR")).value();
        app.contracts[0].otherPublicFunding = Money::zero(QStringLiteral("EUR"));
        const RulePack &shenzhen = pack(QStringLiteral("shenzhen-training-2024"));
        const auto refused = Estimator::estimate(app, shenzhen);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::CurrencyMismatch);
        QCOMPARE(refused.error().field, QStringLiteral("contracts[0].amount"));

        EstimateOptions options;
        options.exchangeRates.insert(QStringLiteral("EUR"),
                                     Rate::parse(QStringLiteral("7.8")).value());
        const auto converted = Estimator::estimate(app, shenzhen, options);
        QVERIFY(converted.ok());
        QCOMPARE(converted->contracts.first().base.toDecimalString(), QStringLiteral("8087040.00"));
        QCOMPARE(converted->subsidy.toDecimalString(), QStringLiteral("4043520.00"));
    }

    void hangzhouDomesticAndOtherRates()
    {
        Application app = baseApplication();
        app.program = QStringLiteral("hangzhou-compute-2024");
        app.contracts.append(app.contracts.first());
        app.contracts[0].domesticCompute = true;
        app.contracts[1].domesticCompute = false;
        const auto estimate =
            Estimator::estimate(app, pack(QStringLiteral("hangzhou-compute-2024")));
        QVERIFY(estimate.ok());
        QCOMPARE(verdictName(estimate->verdict), QStringLiteral("yes"));
        QCOMPARE(estimate->contracts[0].rate.toString(), QStringLiteral("0.30"));
        QCOMPARE(estimate->contracts[1].rate.toString(), QStringLiteral("0.20"));
        QCOMPARE(estimate->subsidy.toDecimalString(),
                 QStringLiteral("1600000.00")); // 960,000 + 640,000
        QCOMPARE(estimate->capHeadroom->toDecimalString(), QStringLiteral("6400000.00"));

        app.contracts[1].domesticCompute.reset();
        const auto open = Estimator::estimate(app, pack(QStringLiteral("hangzhou-compute-2024")));
        QCOMPARE(verdictName(open->verdict), QStringLiteral("undetermined"));
        QVERIFY(open->missing.contains(QStringLiteral("contracts[1].domestic_compute")));
        QCOMPARE(open->subsidy.toDecimalString(),
                 QStringLiteral("1920000.00")); // favourable: both domestic
    }

    void beijingTermSectorAndExclusivity()
    {
        Application app = baseApplication();
        app.program = QStringLiteral("beijing-compute-2023");
        app.applicationDate = QDate(2024, 6, 1);
        app.applicant.registeredCity = QStringLiteral("Beijing");
        app.applicant.sector = QStringLiteral("software_it");
        app.contracts[0].signingDate = QDate(2024, 1, 10);
        app.contracts[0].periodStart = QDate(2024, 2, 1);
        app.contracts[0].periodEnd = QDate(2025, 1, 31);
        const RulePack &beijing = pack(QStringLiteral("beijing-compute-2023"));
        auto estimate = Estimator::estimate(app, beijing);
        QCOMPARE(verdictName(estimate->verdict), QStringLiteral("yes"));
        QCOMPARE(estimate->subsidy.toDecimalString(), QStringLiteral("640000.00"));

        app.contracts[0].periodEnd = QDate(2025, 2, 1); // one day longer than a year
        QCOMPARE(verdictName(Estimator::estimate(app, beijing)->verdict), QStringLiteral("no"));
        app.contracts[0].periodEnd = QDate(2025, 1, 31);
        app.contracts[0].otherPublicFunding = cny("1.00");
        QCOMPARE(verdictName(Estimator::estimate(app, beijing)->verdict), QStringLiteral("no"));
        app.contracts[0].otherPublicFunding = cny("0.00");
        app.applicant.sector = QStringLiteral("retail");
        QCOMPARE(verdictName(Estimator::estimate(app, beijing)->verdict), QStringLiteral("no"));
    }

    void modelCouponSoftCapIsAnAssumption()
    {
        Application app = baseApplication();
        app.program = QStringLiteral("shenzhen-model-2024");
        app.contracts[0].use = ComputeUse::ModelPurchase;
        app.contracts[0].modelFiled = true;
        app.contracts[0].amount = cny("5000000.00");
        const auto estimate = Estimator::estimate(app, pack(QStringLiteral("shenzhen-model-2024")));
        QVERIFY(estimate.ok());
        QCOMPARE(estimate->subsidy.toDecimalString(), QStringLiteral("1500000.00"));
        bool softCapNoted = false;
        for (const TraceStep &step : estimate->trace)
            softCapNoted = softCapNoted ||
                           (step.rule == QLatin1String("application.soft_cap") && step.assumption);
        QVERIFY(softCapNoted);
    }

    void checkJsonHasNoMoney()
    {
        const auto estimate =
            Estimator::estimate(baseApplication(), pack(QStringLiteral("shenzhen-training-2024")));
        const QJsonObject check = EstimateJson::toJson(estimate.value(), false);
        QVERIFY(!check.contains(QStringLiteral("subsidy")));
        QVERIFY(!check.contains(QStringLiteral("cap_headroom")));
        QCOMPARE(check.value(QStringLiteral("eligible")).toString(), QStringLiteral("yes"));
    }
};

QTEST_GUILESS_MAIN(TestEstimator)
#include "tst_estimator.moc"
