// coupondesk-cli extract end to end: the JSON of INTERFACES.md and the exit codes 0, 2, 3, 4.
#include "ContractSamples.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd::test;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COUPONDESK_CLI_PATH),
                  QStringList{QStringLiteral("extract")} + arguments);
    process.waitForFinished(60000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
} // namespace

class TestExtractCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json()
    {
        const Run run = runCli({contractPath(QStringLiteral("A03_en_gpu_services_agreement.pdf")),
                                QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError); // stdout holds the JSON and nothing else
        QCOMPARE(json.value(QStringLiteral("file")).toString(),
                 QStringLiteral("A03_en_gpu_services_agreement.pdf"));
        QCOMPARE(json.value(QStringLiteral("pages")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("text_layer")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("ocr")).toBool(), false);
        const QJsonObject fields = json.value(QStringLiteral("fields")).toObject();
        for (const char *name : {"amount", "signing_date", "period_start", "period_end", "party_a",
                                 "party_b", "gpu_model", "gpu_count", "gpu_hours", "unit_price"}) {
            QVERIFY2(fields.contains(QLatin1String(name)), name);
            const QJsonValue field = fields.value(QLatin1String(name));
            QVERIFY(field.isNull() || field.isObject());
        }
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        const QString encrypted = contractPath(QStringLiteral("A08_zh_encrypted.pdf"));
        QTest::newRow("right password")
            << QStringList{encrypted, QStringLiteral("--password"), QStringLiteral("Moyan#2024")}
            << 0 << QString();
        QTest::newRow("no password")
            << QStringList{encrypted} << 4 << QStringLiteral("password_required");
        QTest::newRow("wrong password")
            << QStringList{encrypted, QStringLiteral("--password"), QStringLiteral("guess")} << 4
            << QStringLiteral("wrong_password");
        QTest::newRow("truncated")
            << QStringList{contractPath(QStringLiteral("A10_zh_truncated.pdf"))} << 3
            << QStringLiteral("corrupt_pdf");
        QTest::newRow("scan, no OCR")
            << QStringList{contractPath(QStringLiteral("A09_zh_scanned.pdf")),
                           QStringLiteral("--no-ocr")}
            << 3 << QStringLiteral("no_text_layer");
        QTest::newRow("not a PDF") << QStringList{contractPath(QStringLiteral("truth.json"))} << 3
                                   << QStringLiteral("not_a_pdf");
        QTest::newRow("missing") << QStringList{QStringLiteral("/nonexistent/contract.pdf")} << 3
                                 << QStringLiteral("file_not_found");
        QTest::newRow("no file") << QStringList{} << 2 << QString();
        QTest::newRow("unknown option")
            << QStringList{encrypted, QStringLiteral("--bogus")} << 2 << QString();
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        const Run run = runCli(arguments + QStringList{QStringLiteral("--json")});
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode == 0 || exitCode == 2)
            return;
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(
            json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            code);
        QVERIFY(!run.err.isEmpty()); // and a message for people on stderr
    }

    void humanOutput()
    {
        const Run run =
            runCli({QStringLiteral(COUPONDESK_SAMPLES_DIR "/contracts/算力服务订单-数镜空间.pdf")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Pages: 1"));
        QVERIFY(run.out.contains("算力服务订单-数镜空间.pdf"));
    }
};

QTEST_GUILESS_MAIN(TestExtractCli)
#include "tst_extract_cli.moc"
