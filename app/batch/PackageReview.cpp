#include "PackageReview.h"

#include "batch/BatchSteps.h"
#include "batch/BatchTypes.h"
#include "batch/CsvReader.h"
#include "batch/CsvWriter.h"
#include "domain/ApplicationJson.h"
#include "package/PackageArchive.h"
#include "package/PackageLayout.h"
#include "rules/Estimator.h"
#include "rules/ProgramCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>
#include <QTemporaryDir>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::PackageReview)
};

// Verifier findings that mean the package is not what was exported.
bool isTamperCode(const QString &code)
{
    static const QStringList codes = {QStringLiteral("hash_mismatch"),
                                      QStringLiteral("missing_entry"),
                                      QStringLiteral("extra_entry"),
                                      QStringLiteral("manifest_missing"),
                                      QStringLiteral("manifest_invalid"),
                                      QStringLiteral("manifest_mismatch"),
                                      QStringLiteral("size_mismatch"),
                                      QStringLiteral("package_id_mismatch"),
                                      QStringLiteral("entry_damaged"),
                                      QStringLiteral("contract_missing"),
                                      QStringLiteral("contract_hash_mismatch"),
                                      QStringLiteral("data_invalid"),
                                      QStringLiteral("estimate_missing")};
    return codes.contains(code);
}

bool isRecomputationCode(const QString &code)
{
    return code == QLatin1String("eligible_differs") || code == QLatin1String("subsidy_differs") ||
           code == QLatin1String("binding_limit_differs") ||
           code == QLatin1String("contract_line_differs");
}

void addFlag(QStringList &flags, const QString &flag)
{
    if (!flags.contains(flag))
        flags.append(flag);
}

// data.json as the package holds it (the verifier has already said whether it can be trusted)
// and, when wanted, the contract files it names.
struct ReviewedContents
{
    Application application;
    QHash<QString, QByteArray> contracts; // entry name → bytes
};

std::optional<ReviewedContents> readPackage(const QString &path,
                                            const PackageReviewOptions &options)
{
    auto archive = PackageArchive::open(path, options.verify.password, options.verify.limits);
    if (!archive)
        return std::nullopt;
    QHash<QString, ArchiveEntry> entries;
    for (const ArchiveEntry &entry : archive.value()->entries())
        entries.insert(entry.name, entry);
    if (!entries.contains(PackageLayout::dataJson()))
        return std::nullopt;
    auto data = archive.value()->read(entries.value(PackageLayout::dataJson()));
    if (!data)
        return std::nullopt;
    auto application = ApplicationJson::read(data.value());
    if (!application)
        return std::nullopt;
    ReviewedContents contents{application.value(), {}};
    if (options.analyseContracts) {
        for (const ContractEntry &contract : std::as_const(contents.application.contracts)) {
            if (contract.file.isEmpty() || !entries.contains(contract.file))
                continue;
            if (auto bytes = archive.value()->read(entries.value(contract.file)))
                contents.contracts.insert(contract.file, bytes.value());
        }
    }
    return contents;
}

// Each contract of the package read again and its payable total compared with data.json's.
void compareContracts(PackageReviewRow &row, const ReviewedContents &contents, bool ocr)
{
    QTemporaryDir dir;
    const QList<ContractEntry> &contracts = contents.application.contracts;
    for (qsizetype i = 0; i < contracts.size(); ++i) {
        const ContractEntry &contract = contracts.at(i);
        if (!contents.contracts.contains(contract.file))
            continue;
        const QString pdf = dir.filePath(QStringLiteral("%1-%2").arg(i).arg(
            PackageLayout::sanitizeFileName(QFileInfo(contract.file).fileName())));
        QFile file(pdf);
        if (!dir.isValid() || !file.open(QIODevice::WriteOnly) ||
            file.write(contents.contracts.value(contract.file)) < 0) {
            addFlag(row.flags, QStringLiteral("contract_unreadable"));
            row.findings.append(QStringLiteral("contract_unreadable: ") +
                                Tr::tr("Contract %1 (%2) cannot be written to a temporary file.")
                                    .arg(i + 1)
                                    .arg(contract.file));
            continue;
        }
        file.close();
        const auto analysis = BatchSteps::analyseContractFile(pdf, ocr);
        if (!analysis) {
            addFlag(row.flags, QStringLiteral("contract_unreadable"));
            row.findings.append(QStringLiteral("contract_%1: ").arg(analysis.error().codeName()) +
                                Tr::tr("Contract %1 (%2) cannot be read: %3")
                                    .arg(i + 1)
                                    .arg(contract.file, analysis.error().message));
        } else if (contract.amount && analysis->amount && *contract.amount != *analysis->amount) {
            addFlag(row.flags, QStringLiteral("amount_mismatch"));
            row.findings.append(
                QStringLiteral("amount_mismatch: ") +
                Tr::tr("Contract %1 (%2): data.json states %3, the contract says %4.")
                    .arg(i + 1)
                    .arg(contract.file, contract.amount->toDecimalString(),
                         analysis->amount->toDecimalString()));
        }
    }
}
} // namespace

bool PackageReviewRow::ok() const
{
    for (const QString &flag : flags) {
        if (flag != QLatin1String("rules_version_differs"))
            return false;
    }
    return true;
}

namespace PackageReview {

QStringList findPackages(const QString &folder)
{
    QDir dir(folder);
    const QStringList names =
        dir.entryList({QStringLiteral("*.zip")}, QDir::Files | QDir::Readable, QDir::Name);
    QStringList paths;
    for (const QString &name : names)
        paths.append(dir.absoluteFilePath(name));
    return paths;
}

QHash<QString, QStringList> loadSummaryFlags(const QString &folder)
{
    QHash<QString, QStringList> flags;
    const QDir dir(folder);
    QString summaryPath;
    for (const QString &candidate : {dir.filePath(QStringLiteral("summary.csv")),
                                     dir.filePath(QStringLiteral("../summary.csv"))}) {
        if (QFileInfo(candidate).isFile()) {
            summaryPath = candidate;
            break;
        }
    }
    if (summaryPath.isEmpty())
        return flags;
    QFile file(summaryPath);
    if (!file.open(QIODevice::ReadOnly))
        return flags;
    CsvReader reader(&file);
    const auto header = reader.next();
    if (!header || header->fields != BatchRowResult::header())
        return flags;
    while (const auto record = reader.next()) {
        const auto row = BatchRowResult::fromCells(record->fields);
        if (row && !row->package.isEmpty())
            flags.insert(QFileInfo(row->package).fileName(), row->flags);
    }
    return flags;
}

PackageReviewRow reviewPackage(const QString &path, const PackageReviewOptions &options,
                               const QStringList &summaryFlags)
{
    PackageReviewRow row;
    row.file = QFileInfo(path).absoluteFilePath();
    const VerificationReport report = PackageVerifier::verify(path, options.verify);
    if (report.error) {
        row.flags.append(QStringLiteral("unreadable"));
        row.findings.append(
            QStringLiteral("%1: %2").arg(report.error->codeName(), report.error->message));
        return row;
    }
    for (const VerificationFinding &finding : report.findings) {
        row.findings.append(QStringLiteral("%1: %2").arg(finding.code, finding.message));
        if (isTamperCode(finding.code))
            addFlag(row.flags, QStringLiteral("tampered"));
        else if (isRecomputationCode(finding.code))
            addFlag(row.flags, QStringLiteral("recomputation_differs"));
        else if (finding.code == QLatin1String("unknown_program"))
            addFlag(row.flags, QStringLiteral("cannot_recompute"));
        else if (finding.code == QLatin1String("rules_version_differs"))
            addFlag(row.flags, QStringLiteral("rules_version_differs"));
        else if (!finding.warning)
            addFlag(row.flags, QStringLiteral("tampered"));
    }

    const std::optional<ReviewedContents> contents = readPackage(path, options);
    if (contents) {
        const Application *application = &contents->application;
        row.applicantName = application->applicant.name;
        row.creditCode = application->applicant.creditCode;
        row.program = application->program;
        const QJsonObject stored = application->extra.value(QStringLiteral("estimate")).toObject();
        auto claimed = Money::parse(stored.value(QStringLiteral("subsidy")).toString(),
                                    stored.value(QStringLiteral("currency")).toString().isEmpty()
                                        ? QStringLiteral("CNY")
                                        : stored.value(QStringLiteral("currency")).toString());
        if (claimed)
            row.claimed = claimed.value();

        std::optional<RulePack> pack = options.verify.rules;
        if (!pack) {
            auto installed = ProgramCatalog::load().require(application->program);
            if (installed)
                pack = installed.value();
        }
        if (pack) {
            const auto estimate = Estimator::estimate(*application, *pack);
            if (estimate) {
                row.recomputed = estimate->subsidy;
                for (const TraceStep &step : estimate->trace) {
                    if (step.assumption || step.confidence == Confidence::Low)
                        addFlag(row.flags, QStringLiteral("low_confidence"));
                }
            }
        }
        if (options.analyseContracts)
            compareContracts(row, *contents, options.ocr);
    }
    if (summaryFlags.contains(QStringLiteral("amount_mismatch")))
        addFlag(row.flags, QStringLiteral("amount_mismatch"));
    return row;
}

Result<QList<PackageReviewRow>> reviewFolder(const QString &folder,
                                             const PackageReviewOptions &options,
                                             const std::function<void(int, int)> &progress,
                                             const std::atomic<bool> *cancel)
{
    if (!QFileInfo(folder).isDir())
        return makeError(
            ErrorCode::FileNotFound,
            Tr::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    const QStringList files = findPackages(folder);
    const QHash<QString, QStringList> summary = loadSummaryFlags(folder);
    QList<PackageReviewRow> rows;
    for (const QString &file : files) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return makeError(
                ErrorCode::Cancelled,
                Tr::tr("The review was stopped after %n package(s).", nullptr, int(rows.size())));
        rows.append(reviewPackage(file, options, summary.value(QFileInfo(file).fileName())));
        if (progress)
            progress(int(rows.size()), int(files.size()));
    }
    return rows;
}

PackageReviewTotals totals(const QList<PackageReviewRow> &rows)
{
    PackageReviewTotals result;
    QMap<QString, int> programs;
    for (const PackageReviewRow &row : rows) {
        ++result.packages;
        if (!row.ok())
            ++result.flagged;
        if (!row.program.isEmpty())
            ++programs[row.program];
    }
    for (auto it = programs.constBegin(); it != programs.constEnd(); ++it) {
        if (result.program.isEmpty() || it.value() > programs.value(result.program))
            result.program = it.key();
    }
    QString currency = QStringLiteral("CNY");
    if (!result.program.isEmpty()) {
        const ProgramCatalog catalog = ProgramCatalog::load(); // outlives `pack`
        if (const RulePack *pack = catalog.find(result.program)) {
            currency = pack->currency;
            result.annualBudget = pack->money(QStringLiteral("annual_budget"));
        }
    }
    result.claimed = Money::zero(currency);
    result.recomputed = Money::zero(currency);
    for (const PackageReviewRow &row : rows) {
        // Amounts in another currency (another program) cannot be added up with these.
        if (row.claimed && row.claimed->currency() == currency)
            result.claimed += *row.claimed;
        if (row.recomputed && row.recomputed->currency() == currency)
            result.recomputed += *row.recomputed;
    }
    return result;
}

QStringList csvHeader()
{
    return {QStringLiteral("file"),
            QStringLiteral("applicant"),
            QStringLiteral("credit_code"),
            QStringLiteral("program"),
            QStringLiteral("claimed_subsidy"),
            QStringLiteral("recomputed_subsidy"),
            QStringLiteral("ok"),
            QStringLiteral("flags"),
            QStringLiteral("findings")};
}

QStringList csvCells(const PackageReviewRow &row)
{
    return {QFileInfo(row.file).fileName(),
            row.applicantName,
            row.creditCode,
            row.program,
            row.claimed ? row.claimed->toDecimalString() : QString(),
            row.recomputed ? row.recomputed->toDecimalString() : QString(),
            row.ok() ? QStringLiteral("yes") : QStringLiteral("no"),
            row.flags.join(QLatin1Char(';')),
            row.findings.join(QLatin1Char('\n'))};
}

Status writeCsv(const QString &path, const QList<PackageReviewRow> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(
            ErrorCode::FileUnreadable,
            Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(CsvWriter::record(csvHeader()));
    for (const PackageReviewRow &row : rows)
        file.write(CsvWriter::record(csvCells(row)));
    if (!file.commit())
        return makeError(
            ErrorCode::FileUnreadable,
            Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return success();
}

} // namespace PackageReview
} // namespace cd
