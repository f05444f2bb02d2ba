// `coupondesk-cli batch` end to end: the 50-row sample (exactly the documented bad rows, and
// every accepted row's estimate equal to `coupondesk-cli estimate` on the same data), exit codes,
// the --json document, plain progress lines, and Ctrl-C in the middle of a large run.
#include "ApplicantGenerator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace cd;
using Defaults = QMap<QString, QString>;

namespace {
const QString kSample = QStringLiteral(COUPONDESK_SAMPLES_DIR "/batch/applicants.csv");
const QString kContracts = QStringLiteral(COUPONDESK_SAMPLES_DIR "/contracts");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    env.remove(QStringLiteral("DISPLAY"));
    return env;
}

Run runCli(const QStringList &arguments, int timeout = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(COUPONDESK_CLI_PATH), arguments);
    process.waitForFinished(timeout);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    QList<QStringList> records;
    if (!file.open(QIODevice::ReadOnly))
        return records;
    CsvReader reader(&file);
    while (auto record = reader.next())
        records.append(record->fields);
    return records;
}

QStringList outputFiles(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// The application file of INTERFACES.md for one CSV row, built here from the column meanings in
// the sample's README (independently of BatchRowValidator), plus the command-line defaults.
QJsonObject applicationFor(const QStringList &header, const QStringList &row,
                           const QMap<QString, QString> &defaults)
{
    auto cell = [&](const QString &column) {
        const QString value = row.value(header.indexOf(column)).trimmed();
        return value.isEmpty() ? defaults.value(column) : value;
    };
    auto orNull = [](const QString &value) {
        return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    };
    auto boolOrNull = [&](const QString &value) {
        return value.isEmpty() ? QJsonValue(QJsonValue::Null)
                               : QJsonValue(value == QLatin1String("true"));
    };
    QJsonObject applicant{
        {QStringLiteral("name"), cell(QStringLiteral("company_name_zh"))},
        {QStringLiteral("name_en"), cell(QStringLiteral("company_name"))},
        {QStringLiteral("entity_type"), orNull(cell(QStringLiteral("entity_type")))},
        {QStringLiteral("registered_city"), cell(QStringLiteral("registered_city"))},
        {QStringLiteral("founded_date"), orNull(cell(QStringLiteral("founded_date")))},
        {QStringLiteral("credit_code"), cell(QStringLiteral("unified_social_credit_code"))},
        {QStringLiteral("contact_email"), cell(QStringLiteral("contact_email"))},
        {QStringLiteral("independent_legal_person"),
         boolOrNull(cell(QStringLiteral("independent_legal_person")))},
    };
    QJsonObject contract{
        {QStringLiteral("file"), cell(QStringLiteral("contract_file"))},
        {QStringLiteral("amount"), orNull(cell(QStringLiteral("contract_amount_cny")))},
        {QStringLiteral("currency"), QStringLiteral("CNY")},
        {QStringLiteral("signing_date"), orNull(cell(QStringLiteral("contract_signing_date")))},
        {QStringLiteral("gpu_model"), cell(QStringLiteral("gpu_model"))},
        {QStringLiteral("domestic_compute"), boolOrNull(cell(QStringLiteral("gpu_domestic")))},
        {QStringLiteral("provider_registered"),
         boolOrNull(cell(QStringLiteral("provider_registered")))},
        {QStringLiteral("provider_affiliated"),
         boolOrNull(cell(QStringLiteral("provider_affiliated")))},
        {QStringLiteral("use"), orNull(cell(QStringLiteral("use")))},
    };
    return QJsonObject{
        {QStringLiteral("schema"), QStringLiteral("coupondesk.application/1")},
        {QStringLiteral("program"), QStringLiteral("shenzhen-training-2024")},
        {QStringLiteral("application_date"), orNull(cell(QStringLiteral("application_date")))},
        {QStringLiteral("prior_subsidy_this_year"),
         orNull(cell(QStringLiteral("prior_subsidy_cny_this_year")))},
        {QStringLiteral("applicant"), applicant},
        {QStringLiteral("contracts"), QJsonArray{contract}},
    };
}
} // namespace

class TestBatchCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sampleMatchesEstimate_data()
    {
        QTest::addColumn<Defaults>("defaults");
        QTest::addColumn<bool>("someEligible");
        QTest::newRow("CSV only") << Defaults{} << false;
        QTest::newRow("with defaults")
            << Defaults{{QStringLiteral("application_date"), QStringLiteral("2026-05-10")},
                        {QStringLiteral("independent_legal_person"), QStringLiteral("true")},
                        {QStringLiteral("provider_registered"), QStringLiteral("true")},
                        {QStringLiteral("provider_affiliated"), QStringLiteral("false")},
                        {QStringLiteral("use"), QStringLiteral("training")}}
            << true;
    }
    void sampleMatchesEstimate()
    {
        QFETCH(Defaults, defaults);
        QFETCH(bool, someEligible);
        const QString out = m_dir.filePath(QStringLiteral("sample-%1").arg(defaults.size()));
        QStringList arguments{
            QStringLiteral("batch"),           kSample,    QStringLiteral("--out"),         out,
            QStringLiteral("--contracts-dir"), kContracts, QStringLiteral("--summary-only")};
        for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it)
            arguments << QStringLiteral("--") +
                             QString(it.key()).replace(QLatin1Char('_'), QLatin1Char('-'))
                      << it.value();
        const Run batch = runCli(arguments);
        QCOMPARE(batch.exitCode, 5); // some rows rejected
        QVERIFY(batch.out.contains("rejected 4"));

        // errors.csv: exactly the four rows of the sample's README.
        const auto errors = readCsv(QDir(out).filePath(QStringLiteral("errors.csv")));
        QCOMPARE(errors.size(), 5);
        QStringList actual;
        for (qsizetype i = 1; i < errors.size(); ++i)
            actual.append(errors.at(i).mid(0, 4).join(QLatin1Char(' ')));
        QCOMPARE(actual,
                 (QStringList{
                     QStringLiteral("38 SZTC-A-0037 unified_social_credit_code wrong_check_digit"),
                     QStringLiteral("40 SZTC-A-0039 contract_signing_date malformed_date"),
                     QStringLiteral("44 SZTC-A-0043 prior_subsidy_cny_this_year negative_amount"),
                     QStringLiteral("48 SZTC-A-0047 contact_email missing_required")}));

        // Every accepted row: the same verdict, subsidy and limit as `estimate` on its JSON.
        const auto summary = readCsv(QDir(out).filePath(QStringLiteral("summary.csv")));
        QCOMPARE(summary.size(), 47);
        QMap<QString, QStringList> byId;
        for (const QStringList &row : summary)
            byId.insert(row.first(), row);
        const auto input = readCsv(kSample);
        const QStringList header = input.first();
        int yes = 0;
        for (qsizetype i = 1; i < input.size(); ++i) {
            const QString id = input.at(i).first();
            if (!byId.contains(id))
                continue;
            const QString file = m_dir.filePath(id + QStringLiteral(".json"));
            QFile json(file);
            QVERIFY(json.open(QIODevice::WriteOnly));
            json.write(QJsonDocument(applicationFor(header, input.at(i), defaults)).toJson());
            json.close();
            const Run estimate =
                runCli({QStringLiteral("estimate"), file, QStringLiteral("--json")});
            QVERIFY2(estimate.exitCode == 0, estimate.err.constData());
            const QJsonObject expected = QJsonDocument::fromJson(estimate.out).object();
            const QStringList row = byId.value(id);
            QCOMPARE(row.at(1), expected.value(QStringLiteral("eligible")).toString());
            QCOMPARE(row.at(2), expected.value(QStringLiteral("subsidy")).toString());
            QCOMPARE(row.at(3), expected.value(QStringLiteral("binding_limit")).toString());
            QStringList missing;
            for (const QJsonValue &value : expected.value(QStringLiteral("missing")).toArray())
                missing.append(value.toString());
            QCOMPARE(row.at(9), missing.join(QLatin1Char(';')));
            yes += row.at(1) == QLatin1String("yes");
            byId.remove(id);
        }
        QCOMPARE(byId.size(), 1); // only the header is left: every row was compared
        QCOMPARE(yes > 0, someEligible);
    }

    void jsonDocument()
    {
        const QString out = m_dir.filePath(QStringLiteral("json"));
        const Run run = runCli({QStringLiteral("batch"), kSample, QStringLiteral("--out"), out,
                                QStringLiteral("--contracts-dir"), kContracts,
                                QStringLiteral("--jobs"), QStringLiteral("2"),
                                QStringLiteral("--summary-only"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 5);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QStringLiteral("rows")).toInt(), 50);
        QCOMPARE(json.value(QStringLiteral("accepted")).toInt(), 46);
        QCOMPARE(json.value(QStringLiteral("rejected")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("annual_budget")).toString(),
                 QStringLiteral("500000000.00"));
        QCOMPARE(json.value(QStringLiteral("files")).toObject().value(QStringLiteral("pdf")),
                 QJsonValue(QStringLiteral("summary.pdf")));
        // Progress is plain lines on stderr when stderr is not a terminal.
        QVERIFY(run.err.contains("batch: "));
        QVERIFY(!run.err.contains('\r'));
        QFile pdf(QDir(out).filePath(QStringLiteral("summary.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void exitCodes_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QFile sample(kSample);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = sample.readAll().split('\n');
        const QByteArray clean = lines.mid(0, 10).join('\n');
        QTest::newRow("clean rows: 0") << clean << QStringList{} << 0;
        QTest::newRow("missing column: 3")
            << QByteArray("applicant_id,company_name\nA,B\n") << QStringList{} << 3;
        QTest::newRow("empty file: 3") << QByteArray() << QStringList{} << 3;
        QTest::newRow("unknown option: 2")
            << clean << QStringList{QStringLiteral("--frobnicate")} << 2;
        QTest::newRow("bad --jobs: 2")
            << clean << QStringList{QStringLiteral("--jobs"), QStringLiteral("0")} << 2;
        QTest::newRow("bad default: 2")
            << clean
            << QStringList{QStringLiteral("--application-date"), QStringLiteral("1.4.2026")} << 2;
        QTest::newRow("unknown program: 3")
            << clean << QStringList{QStringLiteral("--program"), QStringLiteral("nope")} << 3;
    }
    void exitCodes()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        const QString input = m_dir.filePath(QStringLiteral("exit.csv"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        const QString out = m_dir.filePath(QStringLiteral("exit-%1").arg(
            QString::fromUtf8(QTest::currentDataTag()).section(QLatin1Char(':'), 0, 0)));
        const Run run = runCli(QStringList{QStringLiteral("batch"), input, QStringLiteral("--out"),
                                           out, QStringLiteral("--contracts-dir"), kContracts,
                                           QStringLiteral("--summary-only")} +
                               extra);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode != 0)
            QVERIFY(outputFiles(out).isEmpty()); // nothing written before the input is known good
        const Run missing =
            runCli({QStringLiteral("batch"), m_dir.filePath(QStringLiteral("none.csv")),
                    QStringLiteral("--out"), out});
        QCOMPARE(missing.exitCode, 3);
        QCOMPARE(runCli({QStringLiteral("batch"), input}).exitCode, 2); // no --out
    }

    void packagesAndContracts()
    {
        // The full pipeline on the sample: contract analysis (without OCR, to stay fast) and one
        // package per accepted row. Row 5's amount is changed so the CSV and its contract differ.
        // The header, rows 1-10 (four with a contract) and rows 26 (encrypted), 35 (scan),
        // 37 (bad), 38 (truncated): small enough for a loaded CI machine.
        QFile sample(kSample);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = sample.readAll().split('\n');
        QByteArray csv = lines.mid(0, 11).join('\n') + '\n';
        for (int line : {27, 36, 38, 39})
            csv += lines.at(line - 1) + '\n';
        QVERIFY(csv.contains("A02_zh_a800_rental_wan.pdf,2592000.00,"));
        csv.replace("A02_zh_a800_rental_wan.pdf,2592000.00,",
                    "A02_zh_a800_rental_wan.pdf,2600000.00,");
        const QString input = m_dir.filePath(QStringLiteral("packages.csv"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        const QString out = m_dir.filePath(QStringLiteral("packages"));
        const QStringList arguments{QStringLiteral("batch"),           input,
                                    QStringLiteral("--out"),           out,
                                    QStringLiteral("--contracts-dir"), kContracts,
                                    QStringLiteral("--no-ocr"),        QStringLiteral("--json")};
        const Run run = runCli(arguments, 300000);
        QCOMPARE(run.exitCode, 5);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QStringLiteral("packages")).toInt(), 13);

        const auto summary = readCsv(QDir(out).filePath(QStringLiteral("summary.csv")));
        QCOMPARE(summary.size(), 14);
        QMap<QString, QStringList> byId;
        for (const QStringList &row : summary.mid(1)) {
            byId.insert(row.first(), row);
            const QString package = QDir(out).filePath(row.at(4));
            QCOMPARE(row.at(4), QStringLiteral("packages/%1.zip").arg(row.first()));
            QFile zip(package);
            QVERIFY(zip.open(QIODevice::ReadOnly));
            QCOMPARE(
                row.at(5),
                QString::fromLatin1(
                    QCryptographicHash::hash(zip.readAll(), QCryptographicHash::Sha256).toHex()));
        }
        QCOMPARE(QDir(QDir(out).filePath(QStringLiteral("packages")))
                     .entryList(QDir::Files | QDir::Hidden)
                     .size(),
                 13); // no temporary files left
        const int flags = 8;
        // The worker has a time budget; on an overloaded machine it can run out (then the row is
        // flagged contract_analysis_timeout instead, which is not what this test is about).
        if (byId.value(QStringLiteral("SZTC-A-0005")).at(flags) ==
            QLatin1String("contract_analysis_timeout"))
            QSKIP("contract analysis ran out of time on this machine");
        QCOMPARE(byId.value(QStringLiteral("SZTC-A-0005")).at(flags),
                 QStringLiteral("amount_mismatch"));
        QCOMPARE(byId.value(QStringLiteral("SZTC-A-0005")).at(7), QStringLiteral("2592000.00"));
        QCOMPARE(byId.value(QStringLiteral("SZTC-A-0026")).at(flags),
                 QStringLiteral("contract_password_required"));
        QVERIFY(byId.value(QStringLiteral("SZTC-A-0035"))
                    .at(flags)
                    .startsWith(QLatin1String("contract_")));
        QVERIFY(byId.value(QStringLiteral("SZTC-A-0038"))
                    .at(flags)
                    .startsWith(QLatin1String("contract_")));
        // Text contracts whose CSV amount agrees with the contract (sample README): no flag.
        for (const char *id : {"SZTC-A-0004", "SZTC-A-0007", "SZTC-A-0010"}) {
            const QStringList row = byId.value(QString::fromLatin1(id));
            QVERIFY2(!row.at(flags).contains(QLatin1String("amount_mismatch")), id);
            QCOMPARE(row.at(7), row.at(6));
        }
        // A package verifies.
        const Run verify = runCli({QStringLiteral("verify"),
                                   QDir(out).filePath(QStringLiteral("packages/SZTC-A-0004.zip"))});
        QVERIFY2(verify.exitCode == 0, verify.err.constData());

        // A rerun writes nothing new: every package is up to date.
        const QDateTime written =
            QFileInfo(QDir(out).filePath(QStringLiteral("packages/SZTC-A-0004.zip")))
                .lastModified();
        const Run rerun = runCli(arguments, 300000);
        QCOMPARE(rerun.exitCode, 5);
        QCOMPARE(
            QJsonDocument::fromJson(rerun.out).object().value(QStringLiteral("reused")).toInt(),
            13);
        QCOMPARE(QFileInfo(QDir(out).filePath(QStringLiteral("packages/SZTC-A-0004.zip")))
                     .lastModified(),
                 written);
    }

    void interruptPackagesLeavesOnlyCompletePackages()
    {
        const QString input = m_dir.filePath(QStringLiteral("pkg.csv"));
        const qint64 rows = 200;
        QVERIFY(testing::writeGeneratedCsv(kSample, input, rows));
        const QString out = m_dir.filePath(QStringLiteral("pkg"));
        const QStringList arguments{QStringLiteral("batch"),
                                    input,
                                    QStringLiteral("--out"),
                                    out,
                                    QStringLiteral("--contracts-dir"),
                                    kContracts,
                                    QStringLiteral("--no-contracts"),
                                    QStringLiteral("--jobs"),
                                    QStringLiteral("2"),
                                    QStringLiteral("--json")};
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(COUPONDESK_CLI_PATH), arguments);
        QVERIFY(process.waitForStarted());
        QByteArray err;
        while (!err.contains("batch: ") && process.state() == QProcess::Running) {
            process.waitForReadyRead(100);
            err += process.readAllStandardError();
        }
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 3);
        const QDir packages(QDir(out).filePath(QStringLiteral("packages")));
        const QStringList files = packages.entryList(QDir::Files | QDir::Hidden);
        QVERIFY(files.size() < rows);
        for (const QString &name : files)
            QVERIFY2(name.endsWith(QLatin1String(".zip")) && !name.startsWith(QLatin1Char('.')),
                     qPrintable(name));
        if (!files.isEmpty()) {
            const Run verify = runCli({QStringLiteral("verify"), packages.filePath(files.last())});
            QVERIFY2(verify.exitCode == 0, verify.err.constData());
        }
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("summary.csv"))));

        const Run rerun = runCli(arguments, 300000);
        QCOMPARE(rerun.exitCode, 0);
        const QJsonObject done = QJsonDocument::fromJson(rerun.out).object();
        QCOMPARE(done.value(QStringLiteral("packages")).toInteger(), rows);
        QCOMPARE(done.value(QStringLiteral("reused")).toInteger(), qint64(files.size()));
        QCOMPARE(packages.entryList(QDir::Files | QDir::Hidden).size(), rows);
    }

    void interruptAndRerun()
    {
        const QString input = m_dir.filePath(QStringLiteral("big.csv"));
        const qint64 rows = 20000;
        QVERIFY(testing::writeGeneratedCsv(kSample, input, rows));
        const QString out = m_dir.filePath(QStringLiteral("big"));
        const QStringList arguments{QStringLiteral("batch"),
                                    input,
                                    QStringLiteral("--out"),
                                    out,
                                    QStringLiteral("--contracts-dir"),
                                    kContracts,
                                    QStringLiteral("--summary-only"),
                                    QStringLiteral("--jobs"),
                                    QStringLiteral("2"),
                                    QStringLiteral("--json")};
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(COUPONDESK_CLI_PATH), arguments);
        QVERIFY(process.waitForStarted());
        // The first progress line comes with the first finished row: the run is under way.
        QByteArray err;
        while (!err.contains("batch: ") && process.state() == QProcess::Running) {
            process.waitForReadyRead(100);
            err += process.readAllStandardError();
        }
        QTest::qWait(300);
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 3);
        const QJsonObject interrupted =
            QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(interrupted.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("cancelled"));
        // No partial output: no summary, errors, PDF or temporary files; only the state.
        QCOMPARE(outputFiles(out), QStringList{QStringLiteral(".coupondesk-batch-state")});

        const Run rerun = runCli(arguments);
        QCOMPARE(rerun.exitCode, 0);
        const QJsonObject done = QJsonDocument::fromJson(rerun.out).object();
        QCOMPARE(done.value(QStringLiteral("accepted")).toInteger(), rows);
        const qint64 reused = done.value(QStringLiteral("reused")).toInteger();
        QVERIFY2(reused > 0 && reused < rows, qPrintable(QString::number(reused)));
        QCOMPARE(readCsv(QDir(out).filePath(QStringLiteral("summary.csv"))).size(), rows + 1);
        QCOMPARE(
            outputFiles(out),
            (QStringList{QStringLiteral(".coupondesk-batch-state"), QStringLiteral("errors.csv"),
                         QStringLiteral("summary.csv"), QStringLiteral("summary.pdf")}));
    }
};

QTEST_GUILESS_MAIN(TestBatchCli)
#include "tst_batch_cli.moc"
