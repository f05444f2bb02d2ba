// The rule-pack loader: every shipped pack loads; each kind of invalid pack is refused whole
// with every problem and its JSON path; the catalog prefers a newer installed version.
#include "rules/ProgramCatalog.h"
#include "rules/RulePackLoader.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;

namespace {
QJsonObject shippedPack(const QString &id)
{
    QFile file(QStringLiteral(":/programs/") + id + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("shipped pack missing");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject setParameterField(QJsonObject pack, const QString &parameter, const QString &field,
                              const QJsonValue &value)
{
    QJsonObject parameters = pack.value(QStringLiteral("parameters")).toObject();
    QJsonObject p = parameters.value(parameter).toObject();
    if (value.isUndefined())
        p.remove(field);
    else
        p.insert(field, value);
    parameters.insert(parameter, p);
    pack.insert(QStringLiteral("parameters"), parameters);
    return pack;
}

QJsonObject removeParameter(QJsonObject pack, const QString &parameter)
{
    QJsonObject parameters = pack.value(QStringLiteral("parameters")).toObject();
    parameters.remove(parameter);
    pack.insert(QStringLiteral("parameters"), parameters);
    return pack;
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}
} // namespace

class TestRulePackLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyShippedPackLoads_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id :
             {"shenzhen-training-2024", "shenzhen-model-2024", "shenzhen-corpus-2024",
              "beijing-compute-2023", "hangzhou-compute-2024"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void everyShippedPackLoads()
    {
        QFETCH(QString, id);
        const RulePackLoadResult result =
            RulePackLoader::loadFile(QStringLiteral(":/programs/") + id + QStringLiteral(".json"));
        for (const Error &e : result.problems)
            qWarning() << e.describe();
        QVERIFY(result.pack.has_value());
        QCOMPARE(result.pack->id, id);
        // Every parameter cites a listed source and says how sure it is.
        for (const Parameter &p : result.pack->parameters) {
            QVERIFY2(result.pack->sources.contains(p.citation.sourceId), qPrintable(p.name));
            QVERIFY2(!p.citation.text.isEmpty(), qPrintable(p.name));
        }
        QVERIFY(!result.pack->requiredDocuments.isEmpty());
    }

    void catalogHasFivePrograms()
    {
        const ProgramCatalog catalog = ProgramCatalog::load();
        QCOMPARE(catalog.programs().size(), 5);
        QVERIFY(catalog.problems().isEmpty());
        QVERIFY(catalog.find(QStringLiteral("shenzhen-training-2024")));
        QCOMPARE(catalog.require(QStringLiteral("nope")).error().code, ErrorCode::UnknownProgram);
    }

    void shenzhenTrainingFacts()
    {
        const ProgramCatalog catalog = ProgramCatalog::load();
        const RulePack *pack = catalog.find(QStringLiteral("shenzhen-training-2024"));
        QVERIFY(pack);
        QCOMPARE(pack->rate(QStringLiteral("standard_rate"))->toString(), QStringLiteral("0.50"));
        QCOMPARE(pack->rate(QStringLiteral("startup_rate"))->toString(), QStringLiteral("0.60"));
        QCOMPARE(pack->money(QStringLiteral("annual_cap"))->toDecimalString(),
                 QStringLiteral("10000000.00"));
        QCOMPARE(pack->money(QStringLiteral("min_annual_spend"))->toDecimalString(),
                 QStringLiteral("500000.00"));
        QCOMPARE(pack->money(QStringLiteral("annual_budget"))->toDecimalString(),
                 QStringLiteral("500000000.00"));
        QCOMPARE(*pack->date(QStringLiteral("valid_from")), QDate(2024, 12, 18));
        QCOMPARE(*pack->date(QStringLiteral("valid_to")), QDate(2026, 12, 17));
        QCOMPARE(pack->parameter(QStringLiteral("startup_max_age_months"))->confidence,
                 Confidence::Medium);
        QCOMPARE(pack->parameter(QStringLiteral("uncertain_uses"))->confidence, Confidence::Low);
    }

    void invalidPack_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        const QJsonObject base = shippedPack(QStringLiteral("shenzhen-training-2024"));
        QTest::newRow("not json") << QByteArrayLiteral("{\"id\": ") << QString();
        QTest::newRow("not an object") << QByteArrayLiteral("[]") << QString();
        QTest::newRow("missing rate")
            << bytes(removeParameter(base, QStringLiteral("standard_rate")))
            << QStringLiteral("parameters.standard_rate");
        QTest::newRow("rate as number")
            << bytes(setParameterField(base, QStringLiteral("standard_rate"),
                                       QStringLiteral("value"), 0.5))
            << QStringLiteral("parameters.standard_rate.value");
        QTest::newRow("rate above one")
            << bytes(setParameterField(base, QStringLiteral("standard_rate"),
                                       QStringLiteral("value"), QStringLiteral("1.5")))
            << QStringLiteral("parameters.standard_rate.value");
        QTest::newRow("cap garbage")
            << bytes(setParameterField(base, QStringLiteral("annual_cap"), QStringLiteral("value"),
                                       QStringLiteral("ten million")))
            << QStringLiteral("parameters.annual_cap.value");
        QTest::newRow("bad date") << bytes(setParameterField(base, QStringLiteral("valid_from"),
                                                             QStringLiteral("value"),
                                                             QStringLiteral("2024-13-01")))
                                  << QStringLiteral("parameters.valid_from.value");
        QTest::newRow("ends before start")
            << bytes(setParameterField(base, QStringLiteral("valid_to"), QStringLiteral("value"),
                                       QStringLiteral("2020-01-01")))
            << QStringLiteral("parameters.valid_to.value");
        QTest::newRow("unknown parameter")
            << bytes(setParameterField(base, QStringLiteral("stardard_rate"),
                                       QStringLiteral("value"), QStringLiteral("0.5")))
            << QStringLiteral("parameters.stardard_rate");
        QTest::newRow("no citation")
            << bytes(setParameterField(base, QStringLiteral("annual_cap"),
                                       QStringLiteral("citation"), QJsonValue::Undefined))
            << QStringLiteral("parameters.annual_cap.citation");
        QTest::newRow("citation of unknown source")
            << bytes(setParameterField(
                   base, QStringLiteral("annual_cap"), QStringLiteral("citation"),
                   QJsonObject{{QStringLiteral("source"), QStringLiteral("rumour")},
                               {QStringLiteral("text"), QStringLiteral("x")}}))
            << QStringLiteral("parameters.annual_cap.citation.source");
        QTest::newRow("bad confidence")
            << bytes(setParameterField(base, QStringLiteral("annual_cap"),
                                       QStringLiteral("confidence"), QStringLiteral("certain")))
            << QStringLiteral("parameters.annual_cap.confidence");
        QTest::newRow("bad entity type")
            << bytes(setParameterField(
                   base, QStringLiteral("eligible_entity_types"), QStringLiteral("value"),
                   QJsonArray{QStringLiteral("enterprise"), QStringLiteral("ngo")}))
            << QStringLiteral("parameters.eligible_entity_types.value");
        QTest::newRow("startup rate without age")
            << bytes(removeParameter(base, QStringLiteral("startup_max_age_months")))
            << QStringLiteral("parameters.startup_max_age_months");
        QTest::newRow("bad cap scope")
            << bytes(setParameterField(base, QStringLiteral("cap_scope"), QStringLiteral("value"),
                                       QStringLiteral("forever")))
            << QStringLiteral("parameters.cap_scope.value");
        QJsonObject noId = base;
        noId.remove(QStringLiteral("id"));
        QTest::newRow("no id") << bytes(noId) << QStringLiteral("id");
        QJsonObject badVersion = base;
        badVersion.insert(QStringLiteral("version"), QStringLiteral("latest"));
        QTest::newRow("bad version") << bytes(badVersion) << QStringLiteral("version");
        QJsonObject noEnglish = base;
        noEnglish.insert(QStringLiteral("name"),
                         QJsonObject{{QStringLiteral("zh_CN"), QStringLiteral("训力券")}});
        QTest::newRow("no English name") << bytes(noEnglish) << QStringLiteral("name.en");
    }

    void invalidPack()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        const RulePackLoadResult result = RulePackLoader::load(json);
        QVERIFY(!result.pack.has_value());
        QVERIFY(!result.problems.isEmpty());
        if (!path.isEmpty()) {
            QStringList paths;
            for (const Error &e : result.problems)
                paths.append(e.field);
            QVERIFY2(paths.contains(path), qPrintable(paths.join(QStringLiteral(", "))));
            QCOMPARE(result.problems.first().code, ErrorCode::InvalidRulePack);
        }
    }

    void reportsEveryProblemAtOnce()
    {
        QJsonObject pack = shippedPack(QStringLiteral("shenzhen-training-2024"));
        pack = setParameterField(pack, QStringLiteral("standard_rate"), QStringLiteral("value"), 2);
        pack = setParameterField(pack, QStringLiteral("annual_cap"), QStringLiteral("confidence"),
                                 QStringLiteral("sure"));
        pack = removeParameter(pack, QStringLiteral("valid_from"));
        const RulePackLoadResult result = RulePackLoader::load(bytes(pack));
        QVERIFY(!result.pack.has_value());
        QCOMPARE(result.problems.size(), 3);
    }

    void newerUserPackWinsAndBrokenOneIsSkipped()
    {
        const QString dir = ProgramCatalog::userProgramsDir();
        QVERIFY(QDir().mkpath(dir));
        QJsonObject newer = shippedPack(QStringLiteral("shenzhen-training-2024"));
        newer.insert(QStringLiteral("version"), QStringLiteral("2099.1"));
        QFile file(dir + QStringLiteral("/newer.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes(newer));
        file.close();
        QFile broken(dir + QStringLiteral("/broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{not json");
        broken.close();

        const ProgramCatalog catalog = ProgramCatalog::load();
        QCOMPARE(catalog.find(QStringLiteral("shenzhen-training-2024"))->versionText,
                 QStringLiteral("2099.1"));
        QCOMPARE(catalog.programs().size(), 5);
        QCOMPARE(catalog.problems().size(), 1);
        QVERIFY(QDir(dir).removeRecursively());
    }

    void schemaFileDocumentsEveryParameter()
    {
        QFile file(QStringLiteral(":/schemas/rulepack.schema.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject properties = QJsonDocument::fromJson(file.readAll())
                                           .object()
                                           .value(QStringLiteral("properties"))
                                           .toObject()
                                           .value(QStringLiteral("parameters"))
                                           .toObject()
                                           .value(QStringLiteral("properties"))
                                           .toObject();
        QStringList documented = properties.keys();
        QStringList known = RulePackLoader::knownParameterNames();
        documented.sort();
        known.sort();
        QCOMPARE(documented, known);
    }

    void oversizedFileRefusedBeforeParsing()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("big.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.resize(RulePackLoader::kMaxFileBytes + 1);
        file.close();
        QCOMPARE(RulePackLoader::loadFile(file.fileName()).problems.first().code,
                 ErrorCode::FileTooLarge);
    }
};

QTEST_GUILESS_MAIN(TestRulePackLoader)
#include "tst_rulepack_loader.moc"
