// PackageReview: a folder with an intact package, a tampered one, a recomputation that differs
// and a file that is no ZIP; flags, claimed vs recomputed, totals against the budget, the CSV
// (spreadsheet-safe) and summary.csv's amount_mismatch carried over.
#include "batch/BatchTypes.h"
#include "batch/CsvReader.h"
#include "batch/CsvWriter.h"
#include "batch/PackageReview.h"
#include "domain/ApplicationJson.h"
#include "package/PackageArchive.h"
#include "package/PackageExporter.h"
#include "package/PackageLayout.h"
#include "package/PackageManifest.h"
#include "package/PackageWriter.h"
#include "rules/Estimator.h"
#include "rules/ProgramCatalog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;

namespace {
QString samples(const QString &path)
{
    return QStringLiteral(COUPONDESK_SAMPLES_DIR "/") + path;
}

QList<PackageEntry> readEntries(const QString &zip)
{
    QList<PackageEntry> entries;
    auto archive = PackageArchive::open(zip);
    if (!archive)
        return entries;
    for (const ArchiveEntry &entry : archive.value()->entries()) {
        auto data = archive.value()->read(entry);
        if (data)
            entries.append(PackageEntry{entry.name, data.value(), true});
    }
    return entries;
}

bool writeEntries(const QString &zip, const QList<PackageEntry> &entries)
{
    auto bytes = PackageWriter::toZip(entries, {});
    QFile file(zip);
    return bytes && file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes.value()) == bytes->size();
}

// Rewrites both manifests to agree with the entries (a careful forger).
void refreshManifests(QList<PackageEntry> &entries)
{
    PackageManifest manifest;
    for (const PackageEntry &entry : std::as_const(entries)) {
        if (entry.name == PackageLayout::manifestJson())
            manifest = PackageManifest::parseJson(entry.data).value();
    }
    manifest.files.clear();
    for (const PackageEntry &entry : std::as_const(entries)) {
        if (entry.name != PackageLayout::manifestJson() &&
            entry.name != PackageLayout::manifestSha256())
            manifest.files.append(ManifestFile{entry.name, PackageManifest::sha256Hex(entry.data),
                                               entry.data.size()});
    }
    manifest.packageId = PackageManifest::packageIdFor(manifest.files);
    for (PackageEntry &entry : entries) {
        if (entry.name == PackageLayout::manifestJson())
            entry.data = manifest.toJson();
        if (entry.name == PackageLayout::manifestSha256())
            entry.data = manifest.toSha256Text();
    }
}

// Replaces `from` by `to` in data.json; with `consistent` the manifests are rewritten too.
bool editData(const QString &zip, const QByteArray &from, const QByteArray &to, bool consistent)
{
    QList<PackageEntry> entries = readEntries(zip);
    bool found = false;
    for (PackageEntry &entry : entries) {
        if (entry.name == PackageLayout::dataJson() && entry.data.contains(from)) {
            entry.data.replace(from, to);
            found = true;
        }
    }
    if (consistent)
        refreshManifests(entries);
    return found && writeEntries(zip, entries);
}

// Sets data.json's estimate.subsidy and rewrites the manifests to agree (a careful forger).
bool setClaimedSubsidy(const QString &zip, const QString &subsidy)
{
    QList<PackageEntry> entries = readEntries(zip);
    bool found = false;
    for (PackageEntry &entry : entries) {
        if (entry.name != PackageLayout::dataJson())
            continue;
        QJsonObject data = QJsonDocument::fromJson(entry.data).object();
        QJsonObject estimate = data.value(QStringLiteral("estimate")).toObject();
        found = estimate.contains(QStringLiteral("subsidy"));
        estimate.insert(QStringLiteral("subsidy"), subsidy);
        data.insert(QStringLiteral("estimate"), estimate);
        entry.data = QJsonDocument(data).toJson(QJsonDocument::Indented);
    }
    refreshManifests(entries);
    return found && writeEntries(zip, entries);
}
} // namespace

class TestPackageReview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_folder;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QStringLiteral("packages"));
        QVERIFY(QDir().mkpath(m_folder));
        ExportOptions options;
        for (const char *name : {"01-enterprise-basic", "02-startup-young", "05-cap-reached"}) {
            const QString out =
                QDir(m_folder).filePath(QLatin1String(name) + QStringLiteral(".zip"));
            auto exported = PackageExporter::exportFile(
                samples(QStringLiteral("applications/%1.json").arg(QLatin1String(name))), out,
                options);
            QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        }
        // 02: one byte of data.json changed, manifests left: tampered.
        QVERIFY(editData(QDir(m_folder).filePath(QStringLiteral("02-startup-young.zip")),
                         "\"name\": \"", "\"name\": \"X", false));
        // 05: a forger raised the claimed subsidy (data.json's estimate.subsidy) and rewrote
        // the manifests.
        QVERIFY(setClaimedSubsidy(QDir(m_folder).filePath(QStringLiteral("05-cap-reached.zip")),
                                  QStringLiteral("9999999.00")));
        // Not a ZIP at all.
        QFile junk(QDir(m_folder).filePath(QStringLiteral("99-junk.zip")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a zip file");
    }

    void folder()
    {
        std::vector<int> seen;
        auto rows = PackageReview::reviewFolder(m_folder, {}, [&seen](int done, int total) {
            QCOMPARE(total, 4);
            seen.push_back(done);
        });
        QVERIFY(rows);
        QCOMPARE(rows->size(), 4);
        QCOMPARE(seen, (std::vector<int>{1, 2, 3, 4}));

        const PackageReviewRow &intact = rows->at(0);
        QCOMPARE(QFileInfo(intact.file).fileName(), QStringLiteral("01-enterprise-basic.zip"));
        QVERIFY2(intact.ok(), qPrintable(intact.flags.join(QLatin1Char(','))));
        QCOMPARE(intact.applicantName, QStringLiteral("深圳星河智算科技有限公司"));
        QVERIFY(intact.claimed && intact.recomputed);
        QCOMPARE(*intact.claimed, *intact.recomputed);
        QVERIFY(!intact.claimed->isZero());

        const PackageReviewRow &tampered = rows->at(1);
        QVERIFY(!tampered.ok());
        QVERIFY2(tampered.flags.contains(QStringLiteral("tampered")),
                 qPrintable(tampered.flags.join(QLatin1Char(','))));
        QVERIFY(
            tampered.findings.join(QLatin1Char('\n')).contains(QStringLiteral("hash_mismatch")));

        const PackageReviewRow &forged = rows->at(2);
        QVERIFY2(forged.flags == QStringList{QStringLiteral("recomputation_differs")} ||
                     (forged.flags.contains(QStringLiteral("recomputation_differs")) &&
                      !forged.flags.contains(QStringLiteral("tampered"))),
                 qPrintable(forged.flags.join(QLatin1Char(','))));
        QCOMPARE(forged.claimed->toDecimalString(), QStringLiteral("9999999.00"));
        QVERIFY(*forged.recomputed != *forged.claimed);

        const PackageReviewRow &junk = rows->at(3);
        QCOMPARE(junk.flags, QStringList{QStringLiteral("unreadable")});
        QVERIFY(!junk.claimed && !junk.recomputed);

        const PackageReviewTotals totals = PackageReview::totals(rows.value());
        QCOMPARE(totals.packages, 4);
        QCOMPARE(totals.flagged, 3);
        QCOMPARE(totals.program, QStringLiteral("shenzhen-training-2024"));
        QVERIFY(totals.annualBudget);
        QCOMPARE(totals.claimed,
                 *rows->at(0).claimed + *rows->at(1).claimed + *rows->at(2).claimed);
        QCOMPARE(totals.recomputed,
                 *rows->at(0).recomputed + *rows->at(1).recomputed + *rows->at(2).recomputed);
    }

    // A contract's line of the estimate edited, the total left alone, manifests rewritten: the
    // rules give another line, so the package is flagged as differing from the recomputation.
    void editedContractLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString zip = dir.filePath(QStringLiteral("01.zip"));
        auto exported = PackageExporter::exportFile(
            samples(QStringLiteral("applications/01-enterprise-basic.json")), zip, {});
        QVERIFY(exported);
        QVERIFY(editData(zip, "\"base\": \"3200000.00\"", "\"base\": \"3000000.00\"", true));
        auto rows = PackageReview::reviewFolder(dir.path(), {}, {});
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        const PackageReviewRow &row = rows->first();
        QCOMPARE(row.flags, QStringList{QStringLiteral("recomputation_differs")});
        QVERIFY2(
            row.findings.join(QLatin1Char('\n')).contains(QStringLiteral("contract_line_differs")),
            qPrintable(row.findings.join(QLatin1Char('\n'))));
        QCOMPARE(*row.claimed, *row.recomputed); // the total alone would not have told
    }

    void lowConfidence()
    {
        // The flag follows the recomputed trace: set exactly when a step rests on a
        // low-confidence rule.
        auto rows = PackageReview::reviewFolder(m_folder);
        QVERIFY(rows);
        const PackageReviewRow &intact = rows->at(0);
        auto application = ApplicationJson::read([&] {
            QFile f(samples(QStringLiteral("applications/01-enterprise-basic.json")));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }());
        QVERIFY(application);
        const RulePack pack = ProgramCatalog::load().require(application->program).value();
        const auto estimate = Estimator::estimate(application.value(), pack);
        QVERIFY(estimate);
        bool low = false;
        for (const TraceStep &step : estimate->trace)
            low = low || step.assumption || step.confidence == Confidence::Low;
        QCOMPARE(intact.flags.contains(QStringLiteral("low_confidence")), low);
    }

    void summaryMismatch()
    {
        // A batch's summary.csv next to packages/ recorded a CSV/contract amount mismatch.
        BatchRowResult result;
        result.applicantId = QStringLiteral("01");
        result.package = QStringLiteral("packages/01-enterprise-basic.zip");
        result.flags = {QStringLiteral("amount_mismatch")};
        QFile summary(m_dir.filePath(QStringLiteral("summary.csv")));
        QVERIFY(summary.open(QIODevice::WriteOnly));
        summary.write(CsvWriter::record(BatchRowResult::header()));
        summary.write(CsvWriter::record(result.cells()));
        summary.close();
        auto rows = PackageReview::reviewFolder(m_folder);
        summary.remove();
        QVERIFY(rows);
        QVERIFY(rows->at(0).flags.contains(QStringLiteral("amount_mismatch")));
        QVERIFY(!rows->at(1).flags.contains(QStringLiteral("amount_mismatch")));
    }

    void cancel()
    {
        std::atomic<bool> stop{false};
        auto rows = PackageReview::reviewFolder(
            m_folder, {}, [&stop](int, int) { stop.store(true); }, &stop);
        QVERIFY(!rows);
        QCOMPARE(rows.error().code, ErrorCode::Cancelled);
        QCOMPARE(
            PackageReview::reviewFolder(m_dir.filePath(QStringLiteral("nowhere"))).error().code,
            ErrorCode::FileNotFound);
    }

    void contracts()
    {
        // Packages with the sample's H800 contract (total 6,336,000.00 CNY): one states that
        // amount, one another; with contract analysis only the second is flagged.
        const QString folder = m_dir.filePath(QStringLiteral("with-contracts"));
        QVERIFY(QDir().mkpath(folder));
        QFile json(samples(QStringLiteral("applications/01-enterprise-basic.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        auto base = ApplicationJson::read(json.readAll());
        QVERIFY(base);
        for (const auto &[name, amount] :
             {std::pair{"a-right.zip", "6336000.00"}, std::pair{"b-wrong.zip", "6000000.00"}}) {
            Application application = base.value();
            QVERIFY(!application.contracts.isEmpty());
            application.contracts.first().file =
                samples(QStringLiteral("contracts/A01_zh_service_contract_h800.pdf"));
            application.contracts.first().amount = Money::parse(QLatin1String(amount)).value();
            auto exported = PackageExporter::exportApplication(
                application, QString(), QDir(folder).filePath(QLatin1String(name)), {});
            QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        }
        // Without analysis neither is flagged for the amount.
        auto plain = PackageReview::reviewFolder(folder);
        QVERIFY(plain);
        QCOMPARE(plain->size(), 2);
        for (const PackageReviewRow &row : plain.value())
            QVERIFY(!row.flags.contains(QStringLiteral("amount_mismatch")));

        PackageReviewOptions options;
        options.analyseContracts = true;
        auto rows = PackageReview::reviewFolder(folder, options);
        QVERIFY(rows);
        const PackageReviewRow &right = rows->at(0);
        const PackageReviewRow &wrong = rows->at(1);
        QVERIFY2(!right.flags.contains(QStringLiteral("amount_mismatch")) &&
                     !right.flags.contains(QStringLiteral("contract_unreadable")),
                 qPrintable(right.findings.join(QLatin1Char('\n'))));
        QVERIFY2(wrong.flags.contains(QStringLiteral("amount_mismatch")),
                 qPrintable(wrong.findings.join(QLatin1Char('\n'))));
        QVERIFY(!wrong.flags.contains(QStringLiteral("tampered")));
        const QString findings = wrong.findings.join(QLatin1Char('\n'));
        QVERIFY2(findings.contains(QStringLiteral("6000000.00")) &&
                     findings.contains(QStringLiteral("6336000.00")),
                 qPrintable(findings));
    }

    void csv()
    {
        auto rows = PackageReview::reviewFolder(m_folder);
        QVERIFY(rows);
        QList<PackageReviewRow> list = rows.value();
        list[0].applicantName = QStringLiteral("=HYPERLINK(\"x\")"); // a hostile name
        const QString path = m_dir.filePath(QStringLiteral("review.csv"));
        QVERIFY(PackageReview::writeCsv(path, list));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        QCOMPARE(reader.next()->fields, PackageReview::csvHeader());
        const QStringList first = reader.next()->fields;
        QCOMPARE(first.at(1), QStringLiteral("'=HYPERLINK(\"x\")"));
        QCOMPARE(first.at(4), list[0].claimed->toDecimalString());
        QCOMPARE(first.at(6), QStringLiteral("yes"));
        const QStringList second = reader.next()->fields;
        QCOMPARE(second.at(6), QStringLiteral("no"));
        QVERIFY(second.at(7).split(QLatin1Char(';')).contains(QStringLiteral("tampered")));
        QVERIFY(reader.next());
        QCOMPARE(reader.next()->fields.at(7), QStringLiteral("unreadable"));
        QVERIFY(!reader.next());
    }
};

QTEST_MAIN(TestPackageReview)
#include "tst_package_review.moc"
