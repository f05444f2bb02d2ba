// Reading and writing application files: the samples, a lossless round trip, and every kind of
// bad input named in the engine issue, each with its code and the JSON path of the field.
#include "domain/ApplicationJson.h"

#include <QDir>
#include <QJsonDocument>
#include <QtTest>

using namespace cd;

namespace {
QString samplePath(const QString &name)
{
    return QStringLiteral(COUPONDESK_SAMPLES_DIR "/applications/") + name;
}

QJsonObject sampleObject()
{
    QFile file(samplePath(QStringLiteral("01-enterprise-basic.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("sample missing");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Sets a value at a dotted path such as "contracts.0.amount" or "applicant.founded_date"; an
// undefined QJsonValue removes the key.
QJsonValue withValue(QJsonValue node, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        array[index] = path.isEmpty() ? value : withValue(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty()) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
    } else {
        object.insert(key, withValue(object.value(key), path, value));
    }
    return object;
}
} // namespace

class TestApplicationJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEverySample()
    {
        const QDir dir(QStringLiteral(COUPONDESK_SAMPLES_DIR "/applications"));
        const QStringList files = dir.entryList({QStringLiteral("0*.json")}, QDir::Files);
        QCOMPARE(files.size(), 6);
        for (const QString &file : files) {
            const auto application = ApplicationJson::readFile(dir.filePath(file));
            QVERIFY2(application.ok(),
                     qPrintable(file + QLatin1Char(' ') +
                                (application ? QString() : application.error().describe())));
            QCOMPARE(application->program, QStringLiteral("shenzhen-training-2024"));
            QCOMPARE(application->contracts.size(), 1);
        }
    }

    void readsFields()
    {
        const auto application =
            ApplicationJson::readFile(samplePath(QStringLiteral("01-enterprise-basic.json")));
        QVERIFY(application.ok());
        QCOMPARE(application->applicationDate, QDate(2025, 4, 1));
        QCOMPARE(application->applicant.name, QStringLiteral("深圳星河智算科技有限公司"));
        QCOMPARE(application->applicant.entityType, EntityType::Enterprise);
        QCOMPARE(application->applicant.foundedDate, QDate(2019, 5, 20));
        QCOMPARE(application->priorSubsidyThisYear->fen(), 0);
        const ContractEntry &contract = application->contracts.first();
        QCOMPARE(contract.amount->fen(), qint64(320000000));
        QCOMPARE(contract.providerRegistered, true);
        QCOMPARE(contract.providerAffiliated, false);
        QCOMPARE(contract.use, ComputeUse::Training);
        QCOMPARE(contract.gpuCount, 64);
        QVERIFY(!contract.gpuHours.has_value());
    }

    void roundTripIsLossless()
    {
        const auto first =
            ApplicationJson::readFile(samplePath(QStringLiteral("02-startup-young.json")));
        QVERIFY(first.ok());
        const QByteArray written = ApplicationJson::write(first.value());
        const auto second = ApplicationJson::read(written);
        QVERIFY(second.ok());
        QCOMPARE(ApplicationJson::write(second.value()), written);
        QCOMPARE(second->contracts.first().amount->fen(), qint64(320000000));
    }

    void keepsUnknownTopLevelKeys()
    {
        QJsonObject object = sampleObject();
        object.insert(QStringLiteral("estimate"),
                      QJsonObject{{QStringLiteral("subsidy"), QStringLiteral("1.00")}});
        const auto application = ApplicationJson::readObject(object);
        QVERIFY(application.ok());
        QVERIFY(ApplicationJson::toJsonObject(application.value())
                    .contains(QStringLiteral("estimate")));
    }

    void nullMeansUnanswered()
    {
        QJsonObject object =
            withValue(sampleObject(), {QStringLiteral("applicant"), QStringLiteral("founded_date")},
                      QJsonValue::Null)
                .toObject();
        const auto application = ApplicationJson::readObject(object);
        QVERIFY(application.ok());
        QVERIFY(!application->applicant.foundedDate.has_value());
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QJsonValue removed(QJsonValue::Undefined);
        QTest::newRow("amount as number")
            << QStringLiteral("contracts.0.amount") << QJsonValue(3200000.0)
            << QStringLiteral("wrong_type") << QStringLiteral("contracts[0].amount");
        QTest::newRow("amount garbage")
            << QStringLiteral("contracts.0.amount") << QJsonValue(QStringLiteral("3.2 Mio"))
            << QStringLiteral("non_numeric_amount") << QStringLiteral("contracts[0].amount");
        QTest::newRow("amount negative")
            << QStringLiteral("contracts.0.amount") << QJsonValue(QStringLiteral("-1.00"))
            << QStringLiteral("negative_amount") << QStringLiteral("contracts[0].amount");
        QTest::newRow("amount overflow")
            << QStringLiteral("contracts.0.amount")
            << QJsonValue(QStringLiteral("123456789012345678901234567890.00"))
            << QStringLiteral("amount_overflow") << QStringLiteral("contracts[0].amount");
        QTest::newRow("prior negative")
            << QStringLiteral("prior_subsidy_this_year") << QJsonValue(QStringLiteral("-5"))
            << QStringLiteral("negative_amount") << QStringLiteral("prior_subsidy_this_year");
        QTest::newRow("impossible date")
            << QStringLiteral("application_date") << QJsonValue(QStringLiteral("2025-02-30"))
            << QStringLiteral("malformed_date") << QStringLiteral("application_date");
        // A regular expression's "$" also matches before a final line break.
        QTest::newRow("date with line break")
            << QStringLiteral("application_date") << QJsonValue(QStringLiteral("2025-04-01\n"))
            << QStringLiteral("malformed_date") << QStringLiteral("application_date");
        QTest::newRow("amount with line break")
            << QStringLiteral("contracts.0.amount") << QJsonValue(QStringLiteral("3200000.00\n"))
            << QStringLiteral("non_numeric_amount") << QStringLiteral("contracts[0].amount");
        QTest::newRow("currency with line break")
            << QStringLiteral("contracts.0.currency") << QJsonValue(QStringLiteral("CNY\n"))
            << QStringLiteral("invalid_enum") << QStringLiteral("contracts[0].currency");
        QTest::newRow("german date")
            << QStringLiteral("contracts.0.signing_date")
            << QJsonValue(QStringLiteral("01.03.2025")) << QStringLiteral("malformed_date")
            << QStringLiteral("contracts[0].signing_date");
        QTest::newRow("period reversed")
            << QStringLiteral("contracts.0.period_end") << QJsonValue(QStringLiteral("2025-01-01"))
            << QStringLiteral("malformed_date") << QStringLiteral("contracts[0].period_end");
        QTest::newRow("entity type")
            << QStringLiteral("applicant.entity_type") << QJsonValue(QStringLiteral("company"))
            << QStringLiteral("invalid_enum") << QStringLiteral("applicant.entity_type");
        QTest::newRow("bool as text")
            << QStringLiteral("contracts.0.provider_registered")
            << QJsonValue(QStringLiteral("yes")) << QStringLiteral("wrong_type")
            << QStringLiteral("contracts[0].provider_registered");
        QTest::newRow("gpu count fraction")
            << QStringLiteral("contracts.0.gpu_count") << QJsonValue(1.5)
            << QStringLiteral("wrong_type") << QStringLiteral("contracts[0].gpu_count");
        QTest::newRow("no applicant")
            << QStringLiteral("applicant") << removed << QStringLiteral("missing_required")
            << QStringLiteral("applicant");
        QTest::newRow("no program")
            << QStringLiteral("program") << removed << QStringLiteral("missing_required")
            << QStringLiteral("program");
        QTest::newRow("wrong schema")
            << QStringLiteral("schema") << QJsonValue(QStringLiteral("other/1"))
            << QStringLiteral("schema_violation") << QStringLiteral("schema");
        QTest::newRow("unknown contract key")
            << QStringLiteral("contracts.0.amout") << QJsonValue(QStringLiteral("1.00"))
            << QStringLiteral("schema_violation") << QStringLiteral("contracts[0].amout");
        QTest::newRow("contracts not a list")
            << QStringLiteral("contracts") << QJsonValue(QStringLiteral("none"))
            << QStringLiteral("wrong_type") << QStringLiteral("contracts");
        QTest::newRow("currency") << QStringLiteral("contracts.0.currency")
                                  << QJsonValue(QStringLiteral("yuan"))
                                  << QStringLiteral("invalid_enum")
                                  << QStringLiteral("contracts[0].currency");
    }

    void badInput()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const QJsonObject object =
            withValue(sampleObject(), path.split(QLatin1Char('.')), value).toObject();
        const auto application = ApplicationJson::readObject(object);
        QVERIFY(!application.ok());
        QCOMPARE(application.error().codeName(), code);
        QCOMPARE(application.error().field, field);
        QVERIFY(!application.error().message.isEmpty());
    }

    void malformedJson()
    {
        const auto application = ApplicationJson::read(QByteArrayLiteral("{\"schema\": "));
        QCOMPARE(application.error().code, ErrorCode::InvalidJson);
        QCOMPARE(ApplicationJson::read(QByteArrayLiteral("[1,2]")).error().code,
                 ErrorCode::SchemaViolation);
        QCOMPARE(ApplicationJson::read(QByteArray()).error().code, ErrorCode::InvalidJson);
    }

    void missingFile()
    {
        QCOMPARE(ApplicationJson::readFile(QStringLiteral("/nonexistent/app.json")).error().code,
                 ErrorCode::FileNotFound);
    }
};

QTEST_GUILESS_MAIN(TestApplicationJson)
#include "tst_application_json.moc"
