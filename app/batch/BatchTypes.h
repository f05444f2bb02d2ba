// What the steps of a batch hand each other: the per-row result that becomes a line of
// summary.csv, the contract analysis and package seams, and the totals of a run.
#pragma once

#include "batch/BatchRowValidator.h"
#include "rules/Estimate.h"

#include <QDate>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>

namespace cd {

// What the contract step found in a row's contract file (see BatchRunner::setContractAnalyser).
struct BatchContractAnalysis
{
    std::optional<Money> amount; // the final payable total, as extracted
    std::optional<QDate> signingDate;
    QString gpuModel;
};

// A written package (see BatchRunner::setPackageWriter).
struct BatchPackage
{
    QString path;   // the .zip that was written
    QString sha256; // of the whole file, lower-case hex
};

// The analysis of the row's contract file; an Error (password_required, no_text_layer, ...)
// becomes a flag on the row, never a rejected row. Called from worker threads.
using BatchContractAnalyser = std::function<Result<BatchContractAnalysis>(const BatchItem &item)>;
// Writes packages/<applicant_id>.zip (zipPath) for an estimated row, atomically (temp file +
// rename), and returns its sha256. Called from worker threads.
using BatchPackageWriter = std::function<Result<BatchPackage>(
    const BatchItem &item, const Estimate &estimate, const QString &zipPath)>;

// One line of summary.csv.
struct BatchRowResult
{
    QString applicantId;
    Verdict verdict = Verdict::Undetermined;
    Money subsidy;
    std::optional<BindingLimit> bindingLimit;
    QString package; // relative to the output folder; empty without packages
    QString sha256;
    std::optional<Money> csvAmount;
    std::optional<Money> extractedAmount;
    QStringList flags;   // amount_mismatch, contract_password_required, package_failed, ...
    QStringList missing; // the estimate's open questions
    QString rulesVersion;

    static QStringList header();
    QStringList cells() const;
    // Reads back cells(); std::nullopt if they are not a row of this format.
    static std::optional<BatchRowResult> fromCells(const QStringList &cells);
};

// Counts and sums of a run, for the CLI's --json document and summary.pdf.
struct BatchTotals
{
    // Upper bounds (CNY) of the subsidy distribution's bins; the last bin is open.
    static constexpr std::array<qint64, 7> kBinUpperYuan = {
        0, 100'000, 500'000, 1'000'000, 2'000'000, 5'000'000, 10'000'000};

    qint64 rows = 0;
    qint64 accepted = 0;
    qint64 rejected = 0; // rows with at least one error
    qint64 errors = 0;   // lines of errors.csv
    qint64 reused = 0;   // up to date from an earlier run
    qint64 eligibleYes = 0;
    qint64 eligibleNo = 0;
    qint64 eligibleUndetermined = 0;
    qint64 flagged = 0;
    qint64 packages = 0;
    Money subsidyEligible;     // verdict yes
    Money subsidyUndetermined; // verdict undetermined: what is requested if the questions go well
    Money contractTotal;       // sum of the accepted rows' contract amounts
    std::optional<Money> annualBudget;
    std::array<qint64, kBinUpperYuan.size() + 1> bins{}; // yes + undetermined rows by subsidy
    bool interrupted = false;

    void add(const BatchRowResult &result);
    Money requested() const { return subsidyEligible + subsidyUndetermined; }
    // requested() as a percentage of the annual budget; empty without a (positive) budget.
    std::optional<double> budgetSharePercent() const
    {
        if (!annualBudget || annualBudget->fen() <= 0)
            return std::nullopt;
        return 100.0 * double(requested().fen()) / double(annualBudget->fen());
    }
};

} // namespace cd
