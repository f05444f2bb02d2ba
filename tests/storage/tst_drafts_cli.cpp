// coupondesk-cli drafts end to end on both backends: import, list, show, delete, their --json
// documents and exit codes, the default database location, and bad databases.
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <sys/stat.h>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run runCli(const QStringList &arguments, const QString &dataHome = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (!dataHome.isEmpty()) {
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome + QStringLiteral("/config"));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COUPONDESK_CLI_PATH), arguments);
    process.waitForFinished(60000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString sample(const QString &name)
{
    return QStringLiteral(COUPONDESK_SAMPLES_DIR "/applications/") + name;
}

QStringList drafts(const QStringList &arguments, const QString &url)
{
    return QStringList{QStringLiteral("drafts")} + arguments +
           QStringList{QStringLiteral("--database"), url};
}
} // namespace

class TestDraftsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testdb::announceBackends("tst_drafts_cli"); }
    void cleanupTestCase() { testdb::announceBackends("tst_drafts_cli (done)"); }

    void importListShowDelete_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &backend : testdb::backends())
            QTest::newRow(qPrintable(backend)) << backend;
    }
    void importListShowDelete()
    {
        QFETCH(QString, backend);
        testdb::TestDatabase db(backend);
        const QString url = db.url();

        Run run = runCli(drafts({QStringLiteral("list"), QStringLiteral("--json")}, url));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.json().value(QStringLiteral("drafts")).toArray().isEmpty());

        run = runCli(
            drafts({QStringLiteral("import"), sample(QStringLiteral("01-enterprise-basic.json")),
                    QStringLiteral("--json")},
                   url));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const qint64 id = run.json().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        const QJsonObject estimate = run.json().value(QStringLiteral("estimate")).toObject();
        QCOMPARE(estimate.value(QStringLiteral("program")).toString(),
                 QStringLiteral("shenzhen-training-2024"));
        QVERIFY(!estimate.value(QStringLiteral("subsidy")).toString().isEmpty());

        run = runCli(
            drafts({QStringLiteral("import"), sample(QStringLiteral("04-university.json"))}, url));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Imported as draft"));

        run = runCli(drafts({QStringLiteral("list"), QStringLiteral("--json")}, url));
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = run.json().value(QStringLiteral("drafts")).toArray();
        QCOMPARE(list.size(), 2);
        QFile file(sample(QStringLiteral("01-enterprise-basic.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject original = QJsonDocument::fromJson(file.readAll()).object();
        const QString name = original.value(QStringLiteral("applicant"))
                                 .toObject()
                                 .value(QStringLiteral("name"))
                                 .toString();
        bool listed = false;
        for (const QJsonValue &entry : list)
            listed |= entry.toObject().value(QStringLiteral("id")).toInteger() == id &&
                      entry.toObject().value(QStringLiteral("applicant")).toString() == name;
        QVERIFY(listed);

        run = runCli(drafts({QStringLiteral("list")}, url));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QString::fromUtf8(run.out).contains(name));

        run = runCli(
            drafts({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}, url));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject shown = run.json();
        QCOMPARE(shown.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(shown.value(QStringLiteral("application"))
                     .toObject()
                     .value(QStringLiteral("applicant")),
                 original.value(QStringLiteral("applicant")));
        QCOMPARE(shown.value(QStringLiteral("provenance"))
                     .toObject()
                     .value(QStringLiteral("applicant.name")),
                 QJsonValue(QStringLiteral("imported")));
        QCOMPARE(shown.value(QStringLiteral("estimate")).toObject(), estimate);
        QVERIFY(shown.value(QStringLiteral("rule_pack_update")).isNull());

        run = runCli(drafts({QStringLiteral("show"), QString::number(id)}, url));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QString::fromUtf8(run.out).contains(name));

        run = runCli(
            drafts({QStringLiteral("delete"), QString::number(id), QStringLiteral("--json")}, url));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("deleted")).toInteger(), id);
        run = runCli(
            drafts({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}, url));
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
                 QJsonValue(QStringLiteral("not_found")));
        run = runCli(drafts({QStringLiteral("list"), QStringLiteral("--json")}, url));
        QCOMPARE(run.json().value(QStringLiteral("drafts")).toArray().size(), 1);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code"); // error code in the --json document, if any
        const QString app = sample(QStringLiteral("01-enterprise-basic.json"));
        QTest::newRow("no action") << QStringList{} << 2 << QString();
        QTest::newRow("unknown action")
            << QStringList{QStringLiteral("frobnicate")} << 2 << QString();
        QTest::newRow("export of a missing draft")
            << QStringList{QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"),
                           QStringLiteral("x.zip")}
            << 3 << QStringLiteral("not_found");
        QTest::newRow("export without --out")
            << QStringList{QStringLiteral("export"), QStringLiteral("1")} << 2 << QString();
        QTest::newRow("show without id") << QStringList{QStringLiteral("show")} << 2 << QString();
        QTest::newRow("id not a number")
            << QStringList{QStringLiteral("show"), QStringLiteral("abc")} << 2 << QString();
        QTest::newRow("list with extra")
            << QStringList{QStringLiteral("list"), QStringLiteral("1")} << 2 << QString();
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("list"), QStringLiteral("--bogus")} << 2 << QString();
        QTest::newRow("missing draft") << QStringList{QStringLiteral("show"), QStringLiteral("77")}
                                       << 3 << QStringLiteral("not_found");
        QTest::newRow("delete missing")
            << QStringList{QStringLiteral("delete"), QStringLiteral("77")} << 3
            << QStringLiteral("not_found");
        QTest::newRow("import missing file")
            << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent/app.json")} << 3
            << QStringLiteral("file_not_found");
        QTest::newRow("import not json")
            << QStringList{QStringLiteral("import"),
                           QStringLiteral(COUPONDESK_SOURCE_DIR "/README.md")}
            << 3 << QStringLiteral("invalid_json");
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QString();
        Q_UNUSED(app);
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        testdb::TestDatabase db(QStringLiteral("sqlite"));
        const Run run = runCli(drafts(arguments + QStringList{QStringLiteral("--json")}, db.url()));
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        if (!code.isEmpty())
            QCOMPARE(
                run.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
                QJsonValue(code));
        if (exitCode != 0)
            QVERIFY(!run.err.isEmpty()); // people get a message on stderr
    }

    void badDatabases()
    {
        QTemporaryDir dir;
        const QString notDb = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(notDb);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a database\n");
        file.close();
        Run run =
            runCli({QStringLiteral("drafts"), QStringLiteral("list"), QStringLiteral("--json"),
                    QStringLiteral("--database"), QStringLiteral("sqlite://") + notDb});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
                 QJsonValue(QStringLiteral("database_error")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("these are my notes, not a database\n"));
        file.close();

        testdb::TestDatabase db(QStringLiteral("sqlite"));
        QCOMPARE(runCli(drafts({QStringLiteral("list")}, db.url())).exitCode, 0);
        QVERIFY(testdb::execRaw(db.location(),
                                {QStringLiteral("UPDATE schema_version SET version = 7")}));
        run = runCli(drafts({QStringLiteral("list"), QStringLiteral("--json")}, db.url()));
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
                 QJsonValue(QStringLiteral("database_too_new")));

        run = runCli({QStringLiteral("drafts"), QStringLiteral("list"),
                      QStringLiteral("--database"), QStringLiteral("mysql://u@h/d")});
        QCOMPARE(run.exitCode, 2);
    }

    void defaultLocationInUserDataFolder()
    {
        QTemporaryDir home;
        const Run run = runCli({QStringLiteral("drafts"), QStringLiteral("import"),
                                sample(QStringLiteral("02-startup-young.json"))},
                               home.path());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString expected =
            home.path() + QStringLiteral("/CouponDesk/CouponDesk/drafts.sqlite");
        QVERIFY2(QFile::exists(expected), qPrintable(expected));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(expected).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        const Run list =
            runCli({QStringLiteral("drafts"), QStringLiteral("list"), QStringLiteral("--json")},
                   home.path());
        QCOMPARE(list.json().value(QStringLiteral("drafts")).toArray().size(), 1);
        QCOMPARE(list.json().value(QStringLiteral("database")).toString(),
                 QStringLiteral("sqlite://") + expected);
    }
};

QTEST_GUILESS_MAIN(TestDraftsCli)
#include "tst_drafts_cli.moc"
