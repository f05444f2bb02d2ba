// Applicants' data stays private: the drafts database, its backups, exported packages and every
// batch output are created for their owner only (0600, folders 0700) whatever the umask; a full
// CLI run logs no name, credit code or amount at info level; `drafts delete` leaves none of a
// contract's bytes in the database file.
#include "CliProcess.h"
#include "batch/CsvReader.h"
#include "storage/DatabaseLocation.h"
#include "storage/DraftRepository.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace cd;
using namespace Qt::Literals::StringLiterals;
using clitest::Run;

namespace {

const QString kSamples = QStringLiteral(COUPONDESK_SAMPLES_DIR);

QString sampleApplication()
{
    return kSamples + u"/applications/01-enterprise-basic.json"_s;
}

int modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QString octal(int mode)
{
    return QString::number(mode, 8);
}

// Names, credit codes and amounts of the sample data, in the forms they could be logged in.
QStringList personalData()
{
    QStringList needles;
    QFile file(sampleApplication());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample application");
    const QJsonObject application = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject applicant = application.value(u"applicant"_s).toObject();
    needles << applicant.value(u"name"_s).toString() << applicant.value(u"credit_code"_s).toString()
            << applicant.value(u"contact_email"_s).toString();
    for (const QJsonValue contract : application.value(u"contracts"_s).toArray())
        needles << contract.toObject().value(u"provider"_s).toString();
    // The contract amount and the subsidy, as decimals, in fen and with separators.
    needles << u"3200000"_s << u"3,200,000"_s << u"320000000"_s << u"1600000"_s << u"1,600,000"_s
            << u"9999999"_s; // the subsidy written into hostile/package/subsidy-changed.zip

    QFile csv(kSamples + u"/batch/applicants.csv"_s);
    if (!csv.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample CSV");
    CsvReader reader(&csv);
    const QStringList header = reader.next()->fields;
    const QStringList columns{u"company_name"_s, u"company_name_zh"_s,
                              u"unified_social_credit_code"_s, u"contact_email"_s,
                              u"contract_amount_cny"_s};
    while (const auto record = reader.next()) {
        for (const QString &column : columns) {
            const QString value = record->fields.value(header.indexOf(column)).trimmed();
            // Amounts of six or more digits are distinctive; "0.00" is not personal.
            if (value.size() >= 8)
                needles << value;
        }
    }
    needles.removeAll(QString());
    needles.removeDuplicates();
    return needles;
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    Run runCli(const QStringList &arguments, const QString &loggingRules = {})
    {
        QList<QPair<QString, QString>> environment;
        if (!loggingRules.isEmpty())
            environment.append({u"QT_LOGGING_RULES"_s, loggingRules});
        return clitest::runCli(m_home.path(), arguments, 300000, environment);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // A permissive umask, as on many desktops: privacy must not depend on the user's.
        ::umask(022);
    }

    void databaseAndBackupsAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new-folder/drafts.sqlite"_s);
        auto location = DatabaseLocation::resolve(u"sqlite://"_s + path);
        QVERIFY(location);
        {
            auto repository = DraftRepository::open(location.value());
            QVERIFY2(repository, qPrintable(repository ? QString() : repository.error().message));
            QVERIFY((*repository)
                        ->createDraftFromJson(QJsonObject{{u"program"_s, u"x"_s}},
                                              Provenance::Imported));
            QCOMPARE(octal(modeOf(path)), u"600"_s);
            for (const char *suffix : {"-wal", "-shm"}) {
                if (QFileInfo::exists(path + QLatin1String(suffix)))
                    QCOMPARE(octal(modeOf(path + QLatin1String(suffix))), u"600"_s);
            }
            QCOMPARE(octal(modeOf(dir.filePath(u"new-folder"_s))), u"700"_s);
            auto backup = (*repository)->backup(3);
            QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().message));
            QCOMPARE(octal(modeOf(backup.value())), u"600"_s);
            QCOMPARE(octal(modeOf(QFileInfo(backup.value()).absolutePath())), u"700"_s);
        }
        // The default database, made by the CLI in the user's data folder.
        const Run imported = runCli({u"drafts"_s, u"import"_s, sampleApplication(), u"--json"_s});
        QCOMPARE(imported.exitCode, 0);
        const QString defaultDb =
            m_home.filePath(u".local/share/CouponDesk/CouponDesk/drafts.sqlite"_s);
        QVERIFY2(QFileInfo::exists(defaultDb), qPrintable(defaultDb));
        QCOMPARE(octal(modeOf(defaultDb)), u"600"_s);
    }

    void exportsAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString package = dir.filePath(u"package.zip"_s);
        Run run = runCli({u"export"_s, sampleApplication(), u"--out"_s, package, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(octal(modeOf(package)), u"600"_s);

        // Replacing an existing package keeps it private too.
        run = runCli(
            {u"export"_s, sampleApplication(), u"--out"_s, package, u"--force"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(octal(modeOf(package)), u"600"_s);

        const QString database = u"sqlite://"_s + dir.filePath(u"d.sqlite"_s);
        run = runCli({u"drafts"_s, u"import"_s, sampleApplication(), u"--database"_s, database,
                      u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QString draftPackage = dir.filePath(u"draft.zip"_s);
        run = runCli({u"drafts"_s, u"export"_s, QString::number(run.json().value(u"id"_s).toInt()),
                      u"--out"_s, draftPackage, u"--database"_s, database, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(octal(modeOf(draftPackage)), u"600"_s);
    }

    void batchOutputsAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"new/out"_s);
        const Run run = runCli({u"batch"_s, kSamples + u"/batch/applicants.csv"_s, u"--out"_s, out,
                                u"--no-contracts"_s, u"--jobs"_s, u"2"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 5); // the sample has four bad rows
        int files = 0;
        QDirIterator it(out, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            ++files;
            QVERIFY2(modeOf(file) == 0600, qPrintable(file + u": "_s + octal(modeOf(file))));
        }
        for (const char *name :
             {"summary.csv", "errors.csv", "summary.pdf", ".coupondesk-batch-state"})
            QVERIFY2(QFileInfo::exists(out + u'/' + QLatin1String(name)), name);
        const int packages = int(QDir(out + u"/packages"_s).entryList(QDir::Files).size());
        QVERIFY2(packages >= 30, qPrintable(QString::number(packages)));
        QCOMPARE(files, packages + 4);
        for (const QString &folder : QStringList{out, out + u"/packages"_s, dir.filePath(u"new"_s)})
            QCOMPARE(octal(modeOf(folder)), u"700"_s);
    }

    // Every command on the sample data with Qt's info messages on: stderr (where logs go, and
    // where the PDF worker's messages are forwarded) names no applicant, credit code or amount.
    void logsHoldNoPersonalData()
    {
        const QString rules = u"*.debug=false\n*.info=true"_s;
        QTemporaryDir dir;
        const QString database = u"sqlite://"_s + dir.filePath(u"d.sqlite"_s);
        const QString contract = kSamples + u"/contracts/A01_zh_service_contract_h800.pdf"_s;
        const QList<QStringList> commands{
            {u"check"_s, sampleApplication(), u"--json"_s},
            {u"estimate"_s, sampleApplication(), u"--json"_s},
            {u"extract"_s, contract, u"--json"_s},
            {u"drafts"_s, u"import"_s, sampleApplication(), u"--database"_s, database, u"--json"_s},
            {u"drafts"_s, u"list"_s, u"--database"_s, database, u"--json"_s},
            {u"drafts"_s, u"show"_s, u"1"_s, u"--database"_s, database, u"--json"_s},
            {u"drafts"_s, u"export"_s, u"1"_s, u"--out"_s, dir.filePath(u"draft.zip"_s),
             u"--database"_s, database, u"--json"_s},
            {u"export"_s, sampleApplication(), u"--out"_s, dir.filePath(u"p.zip"_s), u"--json"_s},
            {u"verify"_s, dir.filePath(u"p.zip"_s), u"--json"_s},
            {u"batch"_s, kSamples + u"/batch/applicants.csv"_s, u"--out"_s, dir.filePath(u"b"_s),
             u"--contracts-dir"_s, kSamples + u"/contracts"_s, u"--no-ocr"_s, u"--jobs"_s, u"2"_s,
             u"--json"_s},
            {u"drafts"_s, u"delete"_s, u"1"_s, u"--database"_s, database, u"--json"_s},
            // A failed verification: its findings quote both subsidies.
            {u"verify"_s,
             QStringLiteral(COUPONDESK_TEST_DATA_DIR "/hostile/package/subsidy-changed.zip"),
             u"--json"_s},
        };
        const QStringList needles = personalData();
        QVERIFY(needles.size() > 100);
        QStringList leaks;
        for (const QStringList &command : commands) {
            const Run run = runCli(command, rules);
            QVERIFY2(run.exitCode == 0 || run.exitCode == 5 || run.exitCode == 6,
                     qPrintable(command.join(u' ') + u": "_s + QString::fromUtf8(run.err)));
            // The command did its work: its JSON holds the data that the logs must not.
            QVERIFY(!run.out.isEmpty());
            const QString log = QString::fromUtf8(run.err);
            for (const QString &needle : needles) {
                if (log.contains(needle))
                    leaks << command.mid(0, 2).join(u' ') + u" logs \""_s + needle + u"\" in: "_s +
                                 log.mid(qMax(0, log.indexOf(needle) - 80), 200);
            }
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }

    // `drafts delete` removes the contract blobs and vacuums: the bytes of a stored contract are
    // nowhere in the database files afterwards.
    void deleteLeavesNoContractBytes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"drafts.sqlite"_s);
        const QByteArray marker = "CONTRACT-MARKER-7f3a9c-Shenzhen-Secret-Compute-Ltd";
        QByteArray contract = "%PDF-1.4\n% " + marker + "\n";
        for (int i = 0; i < 200; ++i) // several pages' worth, so it is not inlined in one page
            contract += "% filler line " + QByteArray::number(i) + " " + marker + "\n";
        qint64 id = 0;
        {
            auto repository =
                DraftRepository::open(DatabaseLocation::resolve(u"sqlite://"_s + path).value());
            QVERIFY(repository);
            auto created =
                (*repository)
                    ->createDraftFromJson(QJsonObject{{u"program"_s, u"shenzhen-training-2024"_s}},
                                          Provenance::Imported);
            QVERIFY(created);
            id = created.value();
            QVERIFY((*repository)->addContract(id, contract, u"secret.pdf"_s, QJsonObject()));
            // A second draft that stays, so the file is not simply emptied.
            QVERIFY((*repository)
                        ->createDraftFromJson(QJsonObject{{u"program"_s, u"x"_s}},
                                              Provenance::Imported));
        }
        auto allBytes = [&] {
            QByteArray bytes;
            for (const char *suffix : {"", "-wal", "-journal"}) {
                QFile file(path + QLatin1String(suffix));
                if (file.open(QIODevice::ReadOnly))
                    bytes += file.readAll();
            }
            return bytes;
        };
        QVERIFY(allBytes().contains(marker)); // the check below can see a contract

        const Run run = runCli({u"drafts"_s, u"delete"_s, QString::number(id), u"--database"_s,
                                u"sqlite://"_s + path, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"contracts_removed"_s).toInt(), 1);
        QVERIFY2(!allBytes().contains(marker), "the contract's bytes are still in the database");
        QVERIFY(!allBytes().contains(marker.left(24)));
        const Run listed =
            runCli({u"drafts"_s, u"list"_s, u"--database"_s, u"sqlite://"_s + path, u"--json"_s});
        QCOMPARE(listed.json().value(u"drafts"_s).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
