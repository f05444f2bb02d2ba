// Builds an application package from an application: estimate, data.json, cost chart,
// application.pdf, the contract files and both manifests, then writes the ZIP. The CLI's
// `export`, the wizard's last page and the batch runner all call this.
#pragma once

#include "core/Error.h"
#include "domain/Application.h"
#include "package/PackageManifest.h"
#include "package/PackageWriter.h"
#include "rules/Estimate.h"
#include "rules/RulePack.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace cd {

struct ExportOptions
{
    // Where contracts[].file is looked up; empty: the application file's folder.
    QString contractsDir;
    // Money and dates in the PDF follow this locale; texts follow the installed translation
    // (cd::Translations::install), so a caller switches both together.
    QLocale locale = QLocale(QLocale::English);
    QString password;              // encrypt with AES-256 when not empty
    bool force = false;            // replace an existing package
    std::optional<RulePack> rules; // empty: the installed pack of the application's program
};

struct PackageContents
{
    QList<PackageEntry> entries; // in package order, manifests last
    PackageManifest manifest;
    Estimate estimate;
    QDate timestamp;
};

struct ExportResult
{
    QString path;
    QString packageId;
    QString sha256; // of the ZIP file
    qint64 bytes = 0;
    Estimate estimate;
};

namespace PackageExporter {

// Contracts larger than this are refused (a scanned 60-page contract is a few MB).
constexpr qint64 kMaxContractBytes = 100LL * 1024 * 1024;

// `baseDir`: the folder relative contract paths are resolved against when
// options.contractsDir is empty.
Result<PackageContents> build(const Application &application, const QString &baseDir,
                              const ExportOptions &options);
Result<ExportResult> exportApplication(const Application &application, const QString &baseDir,
                                       const QString &outPath, const ExportOptions &options);
Result<ExportResult> exportFile(const QString &applicationPath, const QString &outPath,
                                const ExportOptions &options);

} // namespace PackageExporter
} // namespace cd
