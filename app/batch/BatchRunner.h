// Runs a batch: reads the applicant CSV row by row, validates each row, estimates the valid ones
// in parallel (QThreadPool, --jobs) and writes summary.csv, errors.csv and summary.pdf in input
// order, atomically (temporary file + rename). Each row goes through a pipeline with two seams,
// the contract analysis and the package writer, which the contract and package steps plug in.
#pragma once

#include "batch/BatchRowValidator.h"
#include "batch/BatchTypes.h"
#include "rules/RulePack.h"

#include <QString>

#include <atomic>
#include <functional>

namespace cd {

struct BatchOptions
{
    QString inputPath;
    QString outDir;
    QString contractsDir; // empty: the CSV's folder
    int jobs = 0;         // 0: one per core
    bool summaryOnly = false;
    bool writePdf = true; // summary.pdf needs a QGuiApplication (fonts)
    BatchDefaults defaults;
};

// Where a row of a batch stands, as the GUI's table shows it.
enum class BatchRowStatus
{
    Waiting,  // not processed yet
    Done,     // estimated (and packaged), nothing to look at
    UpToDate, // done in an earlier run with the same input, reused
    Flagged,  // done, but with flags (amount_mismatch, contract_…, package_failed)
    Rejected  // listed in errors.csv, no estimate
};

// One finished row as the runner hands it to a row handler (the GUI's table): the result, or
// the errors that rejected it. `application` is the row as validated, with the contract's
// `file` resolved to its absolute path (what a draft needs); empty when rejected.
struct BatchRowOutcome
{
    qint64 line = 0;
    qint64 number = 0; // records after the header, 1-based; 0 for a fatal CSV error
    QString applicantId;
    const BatchRowResult *result = nullptr;
    const QList<BatchRowError> *errors = nullptr;
    const Application *application = nullptr;
    bool reused = false;

    BatchRowStatus status() const;
};

struct BatchProgress
{
    qint64 rowsDone = 0;
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
    qint64 accepted = 0;
    qint64 rejected = 0;
};

class BatchRunner
{
public:
    static QString summaryFileName() { return QStringLiteral("summary.csv"); }
    static QString errorsFileName() { return QStringLiteral("errors.csv"); }
    static QString pdfFileName() { return QStringLiteral("summary.pdf"); }
    static QString packagesFolder() { return QStringLiteral("packages"); }
    static QStringList errorsHeader();

    BatchRunner(BatchOptions options, RulePack pack);

    // Seams, both called from worker threads; without them rows are estimated on their CSV data
    // alone and the package column stays empty.
    void setContractAnalyser(BatchContractAnalyser analyser) { m_analyser = std::move(analyser); }
    void setPackageWriter(BatchPackageWriter writer) { m_packageWriter = std::move(writer); }
    bool writesPackages() const { return m_packageWriter && !m_options.summaryOnly; }
    // Called on the calling thread after every finished row.
    void setProgressHandler(std::function<void(const BatchProgress &)> handler)
    {
        m_progress = std::move(handler);
    }
    // Called on the calling thread for every finished row, in input order.
    void setRowHandler(std::function<void(const BatchRowOutcome &)> handler)
    {
        m_rowHandler = std::move(handler);
    }

    // Blocks until done. Errors: the input cannot be read or has a bad header (InvalidCsv, exit
    // code 3, before any output is written), the output folder cannot be written, or Cancelled
    // after cancel(): rows in flight are finished and remembered for a rerun, and summary.csv,
    // errors.csv and summary.pdf are left as they were. totals() is valid in every case.
    Result<BatchTotals> run();
    const BatchTotals &totals() const { return m_totals; }

    // Thread- and async-signal-safe: only sets a flag the run loop checks.
    void cancel() noexcept { m_cancelled.store(true, std::memory_order_relaxed); }
    static_assert(std::atomic<bool>::is_always_lock_free);

private:
    struct Outcome;
    Outcome process(const BatchItem &item, const QByteArray &key) const;
    QByteArray rowKey(const BatchItem &item, const BatchColumns &columns) const;

    BatchOptions m_options;
    RulePack m_pack;
    BatchContractAnalyser m_analyser;
    BatchPackageWriter m_packageWriter;
    std::function<void(const BatchProgress &)> m_progress;
    std::function<void(const BatchRowOutcome &)> m_rowHandler;
    std::atomic<bool> m_cancelled{false};
    BatchTotals m_totals;
};

} // namespace cd
