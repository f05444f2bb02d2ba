// coupondesk-cli end to end: the built binary on the sample files and on bad files, checking
// stdout JSON, stderr text and the exit codes of INTERFACES.md.
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 milliseconds = 0;
};

Run runCli(const QStringList &arguments, const QByteArray &language = "C.UTF-8")
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(language));
    environment.insert(QStringLiteral("LANGUAGE"),
                       QString::fromLatin1(language).section(QLatin1Char('.'), 0, 0));
    environment.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(COUPONDESK_CLI_PATH), arguments);
    process.waitForFinished(30000);
    Run run;
    run.milliseconds = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString sample(const QString &name)
{
    return QStringLiteral(COUPONDESK_SAMPLES_DIR "/applications/") + name;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write test file");
        file.write(content);
        return file.fileName();
    }

private Q_SLOTS:
    void version()
    {
        const Run run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("coupondesk-cli "));
    }

    void usageErrors()
    {
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("estimate")}).exitCode, 2);
        QCOMPARE(
            runCli({QStringLiteral("estimate"), sample(QStringLiteral("01-enterprise-basic.json")),
                    QStringLiteral("--bogus")})
                .exitCode,
            2);
    }

    void estimateMatchesExpected_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"01-enterprise-basic", "02-startup-young", "03-startup-too-old",
                                 "04-university", "05-cap-reached", "06-below-min-spend"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void estimateMatchesExpected()
    {
        QFETCH(QString, name);
        QFile file(sample(QStringLiteral("expected.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject expected =
            QJsonDocument::fromJson(file.readAll()).object().value(name).toObject();
        const Run run = runCli({QStringLiteral("estimate"), sample(name + QStringLiteral(".json")),
                                QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error,
                 QJsonParseError::NoError); // stdout holds one JSON document and nothing else
        for (const QString &key : expected.keys())
            QCOMPARE(json.value(key), expected.value(key));
        QVERIFY(!json.value(QStringLiteral("trace")).toArray().isEmpty());
    }

    void checkHasNoMoney()
    {
        const Run run =
            runCli({QStringLiteral("check"), sample(QStringLiteral("06-below-min-spend.json")),
                    QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QStringLiteral("eligible")).toString(), QStringLiteral("no"));
        QVERIFY(!json.contains(QStringLiteral("subsidy")));
    }

    void humanOutputIsReadable()
    {
        const Run run = runCli(
            {QStringLiteral("estimate"), sample(QStringLiteral("01-enterprise-basic.json"))});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(QStringLiteral("CNY 1,600,000.00")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("shenzhen-training-2024")));
    }

    void chineseOutputUsesWan()
    {
        const Run run =
            runCli({QStringLiteral("estimate"), sample(QStringLiteral("01-enterprise-basic.json"))},
                   "zh_CN.UTF-8");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QString::fromUtf8(run.out).contains(QStringLiteral("160.00万元")),
                 run.out.constData());
    }

    void programs()
    {
        const Run run = runCli({QStringLiteral("programs"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray programs =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("programs")).toArray();
        QCOMPARE(programs.size(), 5);
        const Run text = runCli({QStringLiteral("programs")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("hangzhou-compute-2024"));
    }

    void validateRulePack()
    {
        const QString good =
            QStringLiteral(COUPONDESK_SOURCE_DIR "/resources/programs/beijing-compute-2023.json");
        QCOMPARE(runCli({QStringLiteral("programs"), QStringLiteral("--validate"), good}).exitCode,
                 0);
        const QString bad = writeFile(
            QStringLiteral("bad-pack.json"),
            R"({"schema": "coupondesk.rulepack/1", "id": "Bad Id", "version": "1", "parameters": {}})");
        const Run run = runCli({QStringLiteral("programs"), QStringLiteral("--validate"), bad,
                                QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 3);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QStringLiteral("valid")).toBool(), false);
        QVERIFY(json.value(QStringLiteral("problems")).toArray().size() >=
                4); // id, name, sources, parameters...
    }

    void rulesFromFile()
    {
        const QString rules =
            QStringLiteral(COUPONDESK_SOURCE_DIR "/resources/programs/shenzhen-training-2024.json");
        const Run run =
            runCli({QStringLiteral("estimate"), sample(QStringLiteral("02-startup-young.json")),
                    QStringLiteral("--rules"), rules, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("subsidy")).toString(),
            QStringLiteral("1920000.00"));
    }

    void badInputs_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QFile file(sample(QStringLiteral("01-enterprise-basic.json")));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("sample missing");
        const QByteArray good = file.readAll();
        QByteArray amountNumber = good;
        amountNumber.replace("\"amount\": \"3200000.00\"", "\"amount\": 3200000");
        QByteArray garbage = good;
        garbage.replace("\"3200000.00\"", "\"lots\"");
        QByteArray negative = good;
        negative.replace("\"3200000.00\"", "\"-3200000.00\"");
        QByteArray overflow = good;
        overflow.replace("\"3200000.00\"", "\"99999999999999999999999.00\"");
        QByteArray badDate = good;
        badDate.replace("\"2025-04-01\"", "\"2025-02-29\"");
        QByteArray unknownProgram = good;
        unknownProgram.replace("\"shenzhen-training-2024\"", "\"atlantis-2030\"");
        QTest::newRow("malformed json")
            << QByteArray("{\"schema\":") << QStringList() << 3 << "invalid_json"
            << "";
        QTest::newRow("empty file") << QByteArray() << QStringList() << 3 << "invalid_json"
                                    << "";
        QTest::newRow("binary garbage")
            << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << QStringList() << 3 << "invalid_json"
            << "";
        QTest::newRow("amount as number") << amountNumber << QStringList() << 3 << "wrong_type"
                                          << "contracts[0].amount";
        QTest::newRow("amount garbage") << garbage << QStringList() << 3 << "non_numeric_amount"
                                        << "contracts[0].amount";
        QTest::newRow("negative amount") << negative << QStringList() << 3 << "negative_amount"
                                         << "contracts[0].amount";
        QTest::newRow("overflowing amount") << overflow << QStringList() << 3 << "amount_overflow"
                                            << "contracts[0].amount";
        QTest::newRow("impossible date") << badDate << QStringList() << 3 << "malformed_date"
                                         << "application_date";
        QTest::newRow("unknown program")
            << unknownProgram << QStringList() << 3 << "unknown_program"
            << "program";
        QTest::newRow("unknown --program")
            << good << QStringList{QStringLiteral("--program"), QStringLiteral("nope")} << 3
            << "unknown_program"
            << "program";
        QTest::newRow("invalid --rules")
            << good << QStringList{QStringLiteral("--rules"), QStringLiteral("/nonexistent.json")}
            << 3 << "file_not_found"
            << "";
    }

    void badInputs()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const QString path = writeFile(QStringLiteral("bad.json"), content);
        const Run run =
            runCli(QStringList{QStringLiteral("estimate"), path, QStringLiteral("--json")} + extra);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.milliseconds < 5000, "bad input must be answered well under a second or so");
        const QJsonObject error =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(error.value(QStringLiteral("field")).toString(), field);
        QVERIFY(run.err.contains(code.toUtf8()));
        if (!field.isEmpty())
            QVERIFY(run.err.contains(field.toUtf8())); // the message names the field
    }

    void draftsExport()
    {
        const QString database =
            QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("drafts.sqlite"));
        const Run imported =
            runCli({QStringLiteral("drafts"), QStringLiteral("import"),
                    sample(QStringLiteral("01-enterprise-basic.json")),
                    QStringLiteral("--database"), database, QStringLiteral("--json")});
        QCOMPARE(imported.exitCode, 0);
        const QString id = QString::number(
            QJsonDocument::fromJson(imported.out).object().value(QStringLiteral("id")).toInteger());
        const QString package = m_dir.filePath(QStringLiteral("draft.zip"));
        const QStringList exportArgs{QStringLiteral("drafts"),
                                     QStringLiteral("export"),
                                     id,
                                     QStringLiteral("--out"),
                                     package,
                                     QStringLiteral("--database"),
                                     database,
                                     QStringLiteral("--json")};
        const Run exported = runCli(exportArgs);
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(exported.out)
                     .object()
                     .value(QStringLiteral("subsidy"))
                     .toString(),
                 QStringLiteral("1600000.00"));
        QCOMPARE(runCli({QStringLiteral("verify"), package}).exitCode, 0);
        // An existing package is not replaced without --force.
        QCOMPARE(runCli(exportArgs).exitCode, 3);
        QCOMPARE(runCli(exportArgs + QStringList{QStringLiteral("--force")}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("drafts"), QStringLiteral("export"), id,
                         QStringLiteral("--database"), database})
                     .exitCode,
                 2);
    }

    void missingFile()
    {
        const Run run =
            runCli({QStringLiteral("estimate"), QStringLiteral("/nonexistent/app.json")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("file_not_found"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
