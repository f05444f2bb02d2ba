// Every file of tests/data/hostile/ through the real coupondesk-cli command that reads it, as
// listed in tests/data/hostile/manifest.tsv: the exact exit code and the stable error code of
// INTERFACES.md, within 10 seconds, never a crash, and a draft saved beforehand is unchanged
// afterwards (the database files are the same bytes after every case; drafts list / show give
// the same documents after every command that opens the database, and at the end).
#include "CliProcess.h"
#include "batch/CsvReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using clitest::Run;

namespace {

const QString kHostileDir = QStringLiteral(COUPONDESK_TEST_DATA_DIR "/hostile");

// Each case must end within 10 s. Under AddressSanitizer (the asan preset, where the CLI and the
// PDF worker are instrumented too) everything of ours runs two to three times slower: there the
// limit only catches hangs.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kLimitMs = 25000;
#else
constexpr qint64 kLimitMs = 10000;
#endif

struct Case
{
    QString file;    // relative to kHostileDir, or "sparse:NAME:BYTES"
    QString command; // a key of arguments() below
    int exitCode = 0;
    QString code; // "-": none
};

// The manifest: tab-separated file, command, exit code, error code, description.
QList<Case> readManifest()
{
    QList<Case> cases;
    QFile file(kHostileDir + QStringLiteral("/manifest.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read the hostile-input manifest");
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() < 4)
            qFatal("bad manifest line: %s", qPrintable(line));
        bool ok = false;
        Case c{cells.at(0), cells.at(1), cells.at(2).toInt(&ok), cells.at(3)};
        if (!ok)
            qFatal("bad exit code in manifest line: %s", qPrintable(line));
        cases.append(c);
    }
    return cases;
}

QString sampleApplication()
{
    return QStringLiteral(COUPONDESK_SAMPLES_DIR "/applications/01-enterprise-basic.json");
}

} // namespace

class TestHostileInputs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; // HOME of every CLI run: holds the default drafts database
    QTemporaryDir m_scratch;
    QByteArray m_draftList;
    QByteArray m_draftShow;
    QByteArray m_databaseDigest;
    int m_counter = 0;

    Run runCli(const QStringList &arguments, int timeoutMs = 60000)
    {
        return clitest::runCli(m_home.path(), arguments, timeoutMs);
    }

    // A file far above a reader's size limit, made sparse here rather than committed.
    QString sparseFile(const QString &spec)
    {
        const QStringList parts = spec.split(QLatin1Char(':'));
        if (parts.size() != 3)
            qFatal("bad sparse spec %s", qPrintable(spec));
        const QString path = m_scratch.filePath(parts.at(1));
        if (!QFileInfo::exists(path)) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || !file.resize(parts.at(2).toLongLong()))
                qFatal("cannot make %s", qPrintable(path));
        }
        return path;
    }

    QStringList arguments(const QString &command, const QString &file, const QString &outDir)
    {
        const QString json = QStringLiteral("--json");
        if (command == QLatin1String("extract"))
            return {QStringLiteral("extract"), file, QStringLiteral("--no-ocr"), json};
        if (command == QLatin1String("extract-ocr"))
            return {QStringLiteral("extract"), file, json};
        if (command == QLatin1String("extract-wrong-password"))
            return {QStringLiteral("extract"),          file,
                    QStringLiteral("--no-ocr"),         QStringLiteral("--password"),
                    QStringLiteral("not the password"), json};
        if (command == QLatin1String("batch"))
            return {QStringLiteral("batch"),
                    file,
                    QStringLiteral("--out"),
                    outDir,
                    json,
                    QStringLiteral("--summary-only"),
                    QStringLiteral("--jobs"),
                    QStringLiteral("1")};
        if (command == QLatin1String("check") || command == QLatin1String("estimate"))
            return {command, file, json};
        if (command == QLatin1String("import"))
            return {QStringLiteral("drafts"), QStringLiteral("import"), file, json};
        if (command == QLatin1String("validate"))
            return {QStringLiteral("programs"), QStringLiteral("--validate"), file, json};
        if (command == QLatin1String("rules"))
            return {QStringLiteral("estimate"), sampleApplication(), QStringLiteral("--rules"),
                    file, json};
        if (command == QLatin1String("verify"))
            return {QStringLiteral("verify"), file, json};
        if (command == QLatin1String("verify-wrong-password"))
            return {QStringLiteral("verify"), file, QStringLiteral("--password"),
                    QStringLiteral("not the password"), json};
        qFatal("unknown manifest command %s", qPrintable(command));
    }

    // The error codes a run reported, the primary one first.
    static QStringList reportedCodes(const QString &command, const QJsonObject &json,
                                     const QString &outDir)
    {
        QStringList codes;
        if (json.contains(QStringLiteral("error")))
            codes << json.value(QStringLiteral("error")).toObject().value(u"code"_s).toString();
        if (command == QLatin1String("validate")) {
            for (const QJsonValue problem : json.value(QStringLiteral("problems")).toArray())
                codes << problem.toObject().value(QStringLiteral("code")).toString();
        }
        if (command.startsWith(QLatin1String("verify"))) {
            for (const QJsonValue package : json.value(QStringLiteral("packages")).toArray()) {
                const QJsonObject object = package.toObject();
                if (object.contains(QStringLiteral("error")))
                    codes << object.value(u"error"_s).toObject().value(u"code"_s).toString();
                for (const QJsonValue finding :
                     object.value(QStringLiteral("findings")).toArray()) {
                    const QJsonObject f = finding.toObject();
                    if (f.value(QStringLiteral("severity")).toString() == QLatin1String("error"))
                        codes << f.value(QStringLiteral("code")).toString();
                }
            }
        }
        if (command == QLatin1String("batch")) {
            QFile errors(outDir + QStringLiteral("/errors.csv"));
            if (errors.open(QIODevice::ReadOnly)) {
                cd::CsvReader reader(&errors); // line,applicant_id,field,code,message
                (void)reader.next();
                while (const auto record = reader.next()) {
                    if (record->fields.size() >= 4)
                        codes << record->fields.at(3);
                }
            }
        }
        return codes;
    }

    // The drafts database and its WAL, as they are on disk.
    QByteArray databaseDigest() const
    {
        const QString base =
            m_home.filePath(QStringLiteral(".local/share/CouponDesk/CouponDesk/drafts.sqlite"));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        bool any = false;
        for (const char *suffix : {"", "-wal"}) {
            QFile file(base + QLatin1String(suffix));
            if (file.open(QIODevice::ReadOnly)) {
                hash.addData(file.readAll());
                any = true;
            }
            hash.addData(suffix);
        }
        return any ? hash.result() : QByteArray();
    }

    void compareDrafts()
    {
        QByteArray list;
        QByteArray show;
        snapshotDrafts(&list, &show);
        QCOMPARE(list, m_draftList);
        QCOMPARE(show, m_draftShow);
    }

    void snapshotDrafts(QByteArray *list, QByteArray *show)
    {
        const Run listed = runCli({QStringLiteral("drafts"), QStringLiteral("list"), u"--json"_s});
        const Run shown =
            runCli({QStringLiteral("drafts"), QStringLiteral("show"), u"1"_s, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(shown.exitCode, 0);
        *list = listed.out;
        *show = shown.out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_scratch.isValid());
        // A draft saved before any hostile input: it must come through every run unchanged.
        const Run imported = runCli(
            {QStringLiteral("drafts"), QStringLiteral("import"), sampleApplication(), u"--json"_s});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(imported.out).object().value(u"id"_s).toInt(), 1);
        snapshotDrafts(&m_draftList, &m_draftShow);
        QCOMPARE(QJsonDocument::fromJson(m_draftList).object().value(u"drafts"_s).toArray().size(),
                 1);
        m_databaseDigest = databaseDigest();
        QVERIFY(!m_databaseDigest.isEmpty());
    }

    void corpusIsLarge()
    {
        const QList<Case> cases = readManifest();
        QVERIFY2(cases.size() >= 40, "the corpus should have at least 40 cases");
        // Every committed file is in the manifest, so none is silently skipped.
        QSet<QString> listed;
        for (const Case &c : cases)
            listed.insert(c.file);
        const QDir root(kHostileDir);
        for (const QString &folder :
             {u"pdf"_s, u"csv"_s, u"rulepack"_s, u"application"_s, u"package"_s}) {
            for (const QString &name : QDir(root.filePath(folder)).entryList(QDir::Files))
                QVERIFY2(
                    listed.contains(folder + QLatin1Char('/') + name),
                    qPrintable(folder + QLatin1Char('/') + name + u" is not in the manifest"_s));
        }
    }

    void hostileInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        for (const Case &c : readManifest())
            QTest::addRow("%s %s", qPrintable(c.command), qPrintable(c.file))
                << c.file << c.command << c.exitCode << c.code;
    }

    void hostileInput()
    {
        QFETCH(QString, file);
        QFETCH(QString, command);
        QFETCH(int, exitCode);
        QFETCH(QString, code);

        const QString path = file.startsWith(QLatin1String("sparse:"))
                                 ? sparseFile(file)
                                 : kHostileDir + QLatin1Char('/') + file;
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        const QString outDir = m_scratch.filePath(QStringLiteral("out-%1").arg(++m_counter));

        const Run run = runCli(arguments(command, path, outDir), kLimitMs + 20000);
        const QString stderrText = QString::fromUtf8(run.err.right(2000));
        QVERIFY2(!run.timedOut, qPrintable(u"hung; stderr: "_s + stderrText));
        QVERIFY2(!run.crashed, qPrintable(u"crashed; stderr: "_s + stderrText));
        QVERIFY2(run.milliseconds < kLimitMs,
                 qPrintable(QStringLiteral("took %1 ms").arg(run.milliseconds)));

        // --json: stdout holds exactly one JSON document, also on failure.
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError,
                 qPrintable(u"stdout is not one JSON document: "_s +
                            QString::fromUtf8(run.out.left(500))));

        const QStringList codes = reportedCodes(command, json, outDir);
        QVERIFY2(run.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit code %1, expected %2; codes %3; stderr: %4")
                                .arg(run.exitCode)
                                .arg(exitCode)
                                .arg(codes.join(u", "_s), stderrText)));
        if (code == QLatin1String("-")) {
            QVERIFY2(codes.isEmpty(), qPrintable(codes.join(u", "_s)));
        } else if (exitCode == 5 || exitCode == 6) {
            // Rejected rows (errors.csv) or verification findings: the code is among them.
            QVERIFY2(codes.contains(code),
                     qPrintable(QStringLiteral("%1 not in [%2]").arg(code, codes.join(u", "_s))));
        } else {
            QVERIFY2(!codes.isEmpty() && codes.first() == code,
                     qPrintable(QStringLiteral("expected %1, got [%2]; stderr: %3")
                                    .arg(code, codes.join(u", "_s), stderrText)));
        }
        // People's text names the code as well (stderr), so users can report it.
        if (code != QLatin1String("-") && exitCode != 5 && exitCode != 6)
            QVERIFY2(run.err.contains(code.toUtf8()), qPrintable(stderrText));

        // Nothing saved before was lost or changed: the database files are byte for byte the
        // same after every case, and a command that opened the database still lists and shows
        // the draft as before (checked for every case at the end as well).
        QCOMPARE(databaseDigest(), m_databaseDigest);
        if (command == QLatin1String("import")) {
            compareDrafts();
            m_databaseDigest = databaseDigest(); // in case listing touched the file itself
        }
    }

    void draftIsUnchangedAtTheEnd() { compareDrafts(); }

    void nothingEscapedTheOutputFolders()
    {
        // The zip-slip packages name ../../../../tmp/coupondesk-evil and /etc/cron.d/…: the
        // verifier reads entries into memory and must never have written them anywhere.
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/coupondesk-evil")));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/etc/cron.d/coupondesk")));
    }
};

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostile_inputs.moc"
