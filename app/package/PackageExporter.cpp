#include "PackageExporter.h"

#include "domain/ApplicationJson.h"
#include "package/ApplicationPdfWriter.h"
#include "package/PackageCharts.h"
#include "package/PackageLayout.h"
#include "rules/EstimateJson.h"
#include "rules/Estimator.h"
#include "rules/ProgramCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

namespace cd::PackageExporter {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::PackageExporter)
};

struct ContractFile
{
    QString entryName;
    QByteArray data;
    QString sha256;
};

QString resolveContract(const QString &file, const QString &baseDir, const QString &contractsDir)
{
    if (QFileInfo(file).isAbsolute())
        return file;
    if (!contractsDir.isEmpty()) {
        const QString direct = QDir(contractsDir).filePath(file);
        if (QFileInfo::exists(direct))
            return direct;
        // "contracts/x.pdf" in the application, x.pdf in the folder given on the command line.
        return QDir(contractsDir).filePath(QFileInfo(file).fileName());
    }
    return QDir(baseDir).filePath(file);
}

Result<QByteArray> readContract(const QString &path, const QString &field)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::FileNotFound,
                         Tr::tr("The contract file \"%1\" does not exist.").arg(path), field);
    // A device or a pipe (/dev/zero, a FIFO) would be read for ever or block: only files.
    if (!QFileInfo(path).isFile())
        return makeError(ErrorCode::FileUnreadable,
                         Tr::tr("Cannot read \"%1\": %2").arg(path, Tr::tr("not a file")), field);
    if (file.size() > kMaxContractBytes)
        return makeError(ErrorCode::FileTooLarge,
                         Tr::tr("The contract file \"%1\" is larger than %2 MB.")
                             .arg(path)
                             .arg(kMaxContractBytes / (1024 * 1024)),
                         field);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable,
                         Tr::tr("Cannot read \"%1\": %2").arg(path, file.errorString()), field);
    // At most one byte more than the limit: a file that grew since it was measured is refused.
    QByteArray data = file.read(kMaxContractBytes + 1);
    if (data.size() > kMaxContractBytes)
        return makeError(ErrorCode::FileTooLarge,
                         Tr::tr("The contract file \"%1\" is larger than %2 MB.")
                             .arg(path)
                             .arg(kMaxContractBytes / (1024 * 1024)),
                         field);
    if (!data.startsWith("%PDF-"))
        return makeError(ErrorCode::NotAPdf,
                         Tr::tr("The contract file \"%1\" is not a PDF.").arg(path), field);
    return data;
}

QString uniqueEntryName(const QString &fileName, const QHash<QString, QString> &taken)
{
    const QString clean = PackageLayout::sanitizeFileName(fileName);
    QString name = PackageLayout::contractsFolder() + clean;
    const QFileInfo info(clean);
    for (int n = 2; taken.contains(name); ++n) {
        const QString suffix =
            info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
        name = PackageLayout::contractsFolder() + info.completeBaseName() + QLatin1Char('-') +
               QString::number(n) + suffix;
    }
    return name;
}
} // namespace

Result<PackageContents> build(const Application &application, const QString &baseDir,
                              const ExportOptions &options)
{
    std::optional<RulePack> pack = options.rules;
    if (!pack) {
        auto found = ProgramCatalog::load().require(application.program);
        if (!found)
            return found.error();
        pack = found.value();
    }
    auto estimate = Estimator::estimate(application, *pack);
    if (!estimate)
        return estimate.error();

    // Contract files, each once, under contracts/.
    Application packaged = application;
    QList<ContractFile> contracts;
    QHash<QString, QString> entryBySource; // canonical source path -> entry name
    QHash<QString, QString> sourceByEntry;
    for (qsizetype i = 0; i < packaged.contracts.size(); ++i) {
        ContractEntry &contract = packaged.contracts[i];
        if (contract.file.isEmpty())
            continue;
        const QString field = QStringLiteral("contracts[%1].file").arg(i);
        const QString path = resolveContract(contract.file, baseDir, options.contractsDir);
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (!canonical.isEmpty() && entryBySource.contains(canonical)) {
            contract.file = entryBySource.value(canonical);
            for (const ContractFile &known : std::as_const(contracts)) {
                if (known.entryName == contract.file)
                    contract.sha256 = known.sha256;
            }
            continue;
        }
        auto data = readContract(path, field);
        if (!data)
            return data.error();
        const QString sha256 = PackageManifest::sha256Hex(data.value());
        if (!contract.sha256.isEmpty() && contract.sha256.toLower() != sha256)
            return makeError(ErrorCode::SchemaViolation,
                             Tr::tr("The file \"%1\" differs from the one recorded in the "
                                    "application (SHA-256 %2, recorded %3).")
                                 .arg(path, sha256, contract.sha256),
                             QStringLiteral("contracts[%1].sha256").arg(i));
        const QString entry = uniqueEntryName(QFileInfo(path).fileName(), sourceByEntry);
        entryBySource.insert(canonical, entry);
        sourceByEntry.insert(entry, canonical);
        contract.file = entry;
        contract.sha256 = sha256;
        contracts.append(ContractFile{entry, std::move(data).value(), sha256});
    }

    // data.json: the application as packaged, with the estimate that the verifier recomputes.
    packaged.extra.remove(QStringLiteral("estimate"));
    QJsonObject data = ApplicationJson::toJsonObject(packaged);
    data.insert(QStringLiteral("estimate"), EstimateJson::toJson(estimate.value()));
    const QByteArray dataJson = QJsonDocument(data).toJson(QJsonDocument::Indented);

    auto chart = PackageCharts::renderCostChart(application, estimate.value(), options.locale);
    if (!chart)
        return chart.error();

    PackageContents contents;
    contents.estimate = estimate.value();
    contents.timestamp = application.applicationDate.value_or(QDate(2000, 1, 1));
    PackageManifest &manifest = contents.manifest;
    manifest.program = pack->id;
    manifest.rulesVersion = pack->versionText;
    manifest.appVersion = QStringLiteral(COUPONDESK_VERSION);

    QList<PackageEntry> body{{PackageLayout::dataJson(), dataJson, true},
                             {PackageLayout::chartPng(), chart->png, false},
                             {PackageLayout::chartSvg(), chart->svg, true}};
    for (const ContractFile &contract : std::as_const(contracts))
        body.append(PackageEntry{contract.entryName, contract.data, false});
    QList<ManifestFile> files;
    for (const PackageEntry &entry : std::as_const(body))
        files.append(
            ManifestFile{entry.name, PackageManifest::sha256Hex(entry.data), entry.data.size()});
    manifest.packageId = PackageManifest::packageIdFor(files);

    ApplicationPdfInput pdfInput;
    pdfInput.application = &packaged;
    pdfInput.pack = &*pack;
    pdfInput.estimate = &contents.estimate;
    pdfInput.chart = chart->image;
    pdfInput.shortId = PackageManifest::shortId(manifest.packageId);
    auto pdf = ApplicationPdfWriter(options.locale).write(pdfInput);
    if (!pdf)
        return pdf.error();

    contents.entries.append(PackageEntry{PackageLayout::applicationPdf(), pdf.value(), false});
    manifest.files.append(ManifestFile{PackageLayout::applicationPdf(),
                                       PackageManifest::sha256Hex(pdf.value()), pdf->size()});
    manifest.files.append(files);
    contents.entries.append(body);
    contents.entries.append(
        PackageEntry{PackageLayout::manifestSha256(), manifest.toSha256Text(), true});
    contents.entries.append(PackageEntry{PackageLayout::manifestJson(), manifest.toJson(), true});
    return contents;
}

Result<ExportResult> exportApplication(const Application &application, const QString &baseDir,
                                       const QString &outPath, const ExportOptions &options)
{
    // Refuse early, before the work, when the target exists (writeFile checks again atomically).
    if (!options.force && QFileInfo::exists(outPath))
        return makeError(ErrorCode::AlreadyExists,
                         Tr::tr("\"%1\" exists already; use --force to replace it.").arg(outPath),
                         outPath);
    auto contents = build(application, baseDir, options);
    if (!contents)
        return contents.error();
    PackageWriteOptions writeOptions;
    writeOptions.password = options.password;
    writeOptions.force = options.force;
    writeOptions.timestamp = contents->timestamp;
    auto zip = PackageWriter::toZip(contents->entries, writeOptions);
    if (!zip)
        return zip.error();
    const Status written = PackageWriter::writeFile(outPath, zip.value(), writeOptions);
    if (!written)
        return written.error();
    ExportResult result;
    result.path = outPath;
    result.packageId = contents->manifest.packageId;
    result.sha256 = PackageManifest::sha256Hex(zip.value());
    result.bytes = zip->size();
    result.estimate = contents->estimate;
    return result;
}

Result<ExportResult> exportFile(const QString &applicationPath, const QString &outPath,
                                const ExportOptions &options)
{
    auto application = ApplicationJson::readFile(applicationPath);
    if (!application)
        return application.error();
    return exportApplication(application.value(), QFileInfo(applicationPath).absolutePath(),
                             outPath, options);
}

} // namespace cd::PackageExporter
