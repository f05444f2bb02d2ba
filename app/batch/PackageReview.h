// A grant office's review of a folder of application packages: each package verified
// (PackageVerifier) and recomputed with the installed rule pack, reduced to one row of applicant,
// claimed and recomputed subsidy and flags; the totals against the program's annual budget; the
// review as a spreadsheet-safe CSV. The GUI's review view and tests drive it.
#pragma once

#include "core/Error.h"
#include "domain/Money.h"
#include "package/PackageVerifier.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace cd {

struct PackageReviewRow
{
    QString file; // absolute path of the .zip
    QString applicantName;
    QString creditCode;
    QString program;
    std::optional<Money> claimed;    // the subsidy data.json states
    std::optional<Money> recomputed; // with the installed (or given) rule pack
    // Stable codes: "unreadable" (the package cannot be opened), "tampered" (a file differs from
    // the manifests, or an entry is missing or extra), "recomputation_differs", "cannot_recompute",
    // "low_confidence" (the recomputed estimate rests on a low-confidence rule),
    // "amount_mismatch" (the contract in the package says another amount than data.json, or
    // the batch's summary.csv next to the packages recorded that the CSV amount differs from
    // the contract's), "contract_unreadable", "rules_version_differs".
    QStringList flags;
    QStringList findings; // "code: message" of every verifier finding, for the details column

    bool ok() const; // no flag except rules_version_differs
};

struct PackageReviewTotals
{
    int packages = 0;
    int flagged = 0;
    Money claimed;                     // sum over the packages that state a subsidy
    Money recomputed;                  // sum over the packages that could be recomputed
    std::optional<Money> annualBudget; // of the program most packages are for
    QString program;
};

struct PackageReviewOptions
{
    VerifyOptions verify; // password, limits, rules
    // Read each contract PDF in the package again (in the PDF worker, as the wizard and the
    // batch do) and compare its payable total with the amount data.json states: a difference is
    // "amount_mismatch", a contract that cannot be read "contract_unreadable". Slow: about a
    // second per contract (much more with OCR).
    bool analyseContracts = false;
    bool ocr = false;
};

namespace PackageReview {

// The .zip files directly in `folder`, sorted by name.
QStringList findPackages(const QString &folder);

// One package. `summaryFlags`: flags summary.csv recorded for it (see loadSummaryFlags).
PackageReviewRow reviewPackage(const QString &path, const PackageReviewOptions &options = {},
                               const QStringList &summaryFlags = {});

// package file name → flags, from a batch's summary.csv in `folder` or its parent (a batch
// writes packages/ next to summary.csv); empty when there is none.
QHash<QString, QStringList> loadSummaryFlags(const QString &folder);

// Every package of `folder`, in name order. `progress(done, total)` is called after each one
// on the calling thread; `cancel` (may be null) stops before the next package (Cancelled).
// FileNotFound when the folder does not exist.
Result<QList<PackageReviewRow>> reviewFolder(const QString &folder,
                                             const PackageReviewOptions &options = {},
                                             const std::function<void(int, int)> &progress = {},
                                             const std::atomic<bool> *cancel = nullptr);

PackageReviewTotals totals(const QList<PackageReviewRow> &rows);

QStringList csvHeader();
QStringList csvCells(const PackageReviewRow &row);
// Header and one record per row, spreadsheet-safe (CsvWriter), written atomically.
Status writeCsv(const QString &path, const QList<PackageReviewRow> &rows);

} // namespace PackageReview
} // namespace cd
