#include "BatchRunner.h"

#include "batch/BatchState.h"
#include "batch/BatchSummaryPdf.h"
#include "batch/CsvWriter.h"
#include "core/PrivateFiles.h"
#include "rules/Estimator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QGuiApplication>
#include <QSaveFile>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <deque>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::BatchRunner)
};

Error writeError(const QString &path, const QString &reason)
{
    return makeError(ErrorCode::FileUnreadable,
                     Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
}
} // namespace

struct BatchRunner::Outcome
{
    QByteArray key;
    std::optional<BatchRowResult> result; // empty when the row was rejected
    QList<BatchRowError> errors;
    bool reused = false;
    qint64 line = 0;
    qint64 number = 0;
    QString applicantId;
    std::optional<Application> application; // only kept when a row handler wants it
};

BatchRowStatus BatchRowOutcome::status() const
{
    const bool hasErrors = errors && !errors->isEmpty();
    if (!result)
        return hasErrors ? BatchRowStatus::Rejected : BatchRowStatus::Waiting;
    if (hasErrors || !result->flags.isEmpty())
        return BatchRowStatus::Flagged;
    return reused ? BatchRowStatus::UpToDate : BatchRowStatus::Done;
}

namespace {
// The row's application as a draft keeps it: the contract file by its absolute path, as the
// wizard records an uploaded PDF.
Application draftApplication(const BatchItem &item)
{
    Application application = item.application;
    if (!item.contractPath.isEmpty() && !application.contracts.isEmpty())
        application.contracts.first().file = item.contractPath;
    return application;
}
} // namespace

QStringList BatchRunner::errorsHeader()
{
    return {QStringLiteral("line"), QStringLiteral("applicant_id"), QStringLiteral("field"),
            QStringLiteral("code"), QStringLiteral("message")};
}

BatchRunner::BatchRunner(BatchOptions options, RulePack pack)
    : m_options(std::move(options))
    , m_pack(std::move(pack))
{}

QByteArray BatchRunner::rowKey(const BatchItem &item, const BatchColumns &columns) const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    auto add = [&hash](const QByteArray &bytes) {
        hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
    };
    add(QByteArrayLiteral("coupondesk-batch-row/1"));
    add(QByteArrayLiteral(COUPONDESK_VERSION));
    add(m_pack.id.toUtf8());
    add(m_pack.versionText.toUtf8());
    add(writesPackages() ? QByteArrayLiteral("packages") : QByteArrayLiteral("summary"));
    add(m_analyser ? QByteArrayLiteral("analysed") : QByteArrayLiteral("csv"));
    add(m_options.defaults.fingerprint());
    for (const QString &name : columns.names)
        add(name.toUtf8());
    for (const QString &field : item.fields)
        add(field.toUtf8());
    if (!item.contractPath.isEmpty()) {
        const QFileInfo contract(item.contractPath);
        add(item.contractPath.toUtf8());
        add(QByteArray::number(contract.size()));
        add(QByteArray::number(contract.lastModified().toMSecsSinceEpoch()));
    }
    return hash.result();
}

BatchRunner::Outcome BatchRunner::process(const BatchItem &item, const QByteArray &key) const
{
    Outcome outcome;
    outcome.key = key;
    outcome.line = item.line;
    outcome.number = item.number;
    outcome.applicantId = item.applicantId;
    if (m_rowHandler)
        outcome.application = draftApplication(item);
    BatchRowResult result;
    result.applicantId = item.applicantId;
    result.rulesVersion = m_pack.versionText;
    const ContractEntry *contract =
        item.application.contracts.isEmpty() ? nullptr : &item.application.contracts.first();
    if (contract)
        result.csvAmount = contract->amount;

    // Seam 1: what the contract itself says. The CSV stays the claim that is estimated; a
    // difference is flagged for the consultant to look at.
    if (m_analyser && !item.contractPath.isEmpty()) {
        const auto analysis = m_analyser(item);
        if (!analysis) {
            result.flags.append(QStringLiteral("contract_") + analysis.error().codeName());
        } else {
            result.extractedAmount = analysis->amount;
            if (contract && contract->amount && analysis->amount &&
                *contract->amount != *analysis->amount)
                result.flags.append(QStringLiteral("amount_mismatch"));
            if (contract && contract->signingDate && analysis->signingDate &&
                *contract->signingDate != *analysis->signingDate)
                result.flags.append(QStringLiteral("signing_date_mismatch"));
        }
    }

    const auto estimate = Estimator::estimate(item.application, m_pack);
    if (!estimate) {
        const Error &error = estimate.error();
        outcome.errors.append(
            BatchRowError{item.line, item.applicantId, error.field, error.code, error.message});
        return outcome;
    }
    result.verdict = estimate->verdict;
    result.subsidy = estimate->subsidy;
    result.bindingLimit = estimate->bindingLimit;
    result.missing = estimate->missing;

    // Seam 2: the application package.
    if (writesPackages()) {
        const QString relative =
            packagesFolder() + QLatin1Char('/') + item.applicantId + QStringLiteral(".zip");
        const auto package =
            m_packageWriter(item, estimate.value(), QDir(m_options.outDir).filePath(relative));
        if (package) {
            result.package = relative;
            result.sha256 = package->sha256;
        } else {
            result.flags.append(QStringLiteral("package_failed"));
            const Error &error = package.error();
            outcome.errors.append(
                BatchRowError{item.line, item.applicantId, error.field, error.code, error.message});
        }
    }
    outcome.result = std::move(result);
    return outcome;
}

Result<BatchTotals> BatchRunner::run()
{
    m_totals = BatchTotals{};
    m_totals.annualBudget = m_pack.money(QStringLiteral("annual_budget"));

    QFile input(m_options.inputPath);
    if (!QFileInfo(m_options.inputPath).isFile())
        return makeError(ErrorCode::FileNotFound,
                         Tr::tr("The file %1 does not exist.")
                             .arg(QDir::toNativeSeparators(m_options.inputPath)));
    if (!input.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::FileUnreadable,
            Tr::tr("The file %1 cannot be read: %2")
                .arg(QDir::toNativeSeparators(m_options.inputPath), input.errorString()));
    BatchRowReader reader(&input);
    if (const Status header = reader.readHeader(); !header)
        return header.error();

    const QDir out(m_options.outDir);
    if (!PrivateFiles::makeFolder(m_options.outDir))
        return writeError(m_options.outDir, Tr::tr("the folder cannot be created"));
    if (writesPackages() && !PrivateFiles::makeFolder(out.filePath(packagesFolder())))
        return writeError(out.filePath(packagesFolder()), Tr::tr("the folder cannot be created"));

    QSaveFile summary(out.filePath(summaryFileName()));
    QSaveFile errors(out.filePath(errorsFileName()));
    for (QSaveFile *file : {&summary, &errors}) {
        if (!file->open(QIODevice::WriteOnly))
            return writeError(file->fileName(), file->errorString());
        PrivateFiles::restrict(*file);
    }
    BatchState state(m_options.outDir);
    if (const Status begun = state.begin(); !begun)
        return begun.error();
    summary.write(CsvWriter::record(BatchRowResult::header()));
    errors.write(CsvWriter::record(errorsHeader()));

    const QString contractsDir = m_options.contractsDir.isEmpty()
                                     ? QFileInfo(m_options.inputPath).absolutePath()
                                     : m_options.contractsDir;
    BatchRowValidator validator(m_pack.id, contractsDir, m_options.defaults);
    const int jobs = m_options.jobs > 0 ? m_options.jobs : QThread::idealThreadCount();
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, jobs));
    // Rows in flight at most: enough to keep every thread busy while the oldest is written,
    // few enough that memory does not grow with the file.
    const std::size_t window = std::size_t(std::max(1, jobs)) * 8;

    BatchProgress progress;
    progress.bytesTotal = input.size();
    std::deque<QFuture<Outcome>> pending;
    auto writeOldest = [&] {
        const Outcome outcome = pending.front().result();
        pending.pop_front();
        ++progress.rowsDone;
        if (!outcome.errors.isEmpty())
            ++m_totals.rejected;
        for (const BatchRowError &error : outcome.errors) {
            ++m_totals.errors;
            errors.write(
                CsvWriter::record({QString::number(error.line), error.applicantId, error.field,
                                   errorCodeName(error.code), error.message}));
        }
        if (outcome.result) {
            m_totals.add(*outcome.result);
            if (outcome.reused)
                ++m_totals.reused;
            const QStringList cells = outcome.result->cells();
            summary.write(CsvWriter::record(cells));
            // A row whose package failed is done again next time.
            if (!outcome.result->flags.contains(QStringLiteral("package_failed")))
                state.record(outcome.key, cells);
        }
        if (m_rowHandler)
            m_rowHandler(BatchRowOutcome{
                outcome.line, outcome.number, outcome.applicantId,
                outcome.result ? &*outcome.result : nullptr, &outcome.errors,
                outcome.application ? &*outcome.application : nullptr, outcome.reused});
        progress.accepted = m_totals.accepted;
        progress.rejected = m_totals.rejected;
        progress.bytesRead = reader.bytesRead();
        if (m_progress)
            m_progress(progress);
    };

    while (!m_cancelled.load(std::memory_order_relaxed)) {
        auto row = reader.next();
        if (!row)
            break;
        ++m_totals.rows;
        QList<BatchRowError> rowErrors;
        const auto item = validator.validate(*row, rowErrors);
        if (!item) {
            Outcome outcome;
            outcome.line = row->line;
            outcome.number = row->number;
            outcome.applicantId = row->value(QStringLiteral("applicant_id"));
            outcome.errors = std::move(rowErrors);
            pending.push_back(QtFuture::makeReadyFuture(std::move(outcome)));
        } else {
            const QByteArray key = rowKey(*item, reader.columns());
            std::optional<BatchRowResult> earlier;
            if (const auto cells = state.lookup(key))
                earlier = BatchRowResult::fromCells(*cells);
            if (earlier && !earlier->package.isEmpty() &&
                !QFileInfo(out.filePath(earlier->package)).isFile())
                earlier.reset(); // the package was deleted since: write it again
            if (earlier) {
                Outcome outcome;
                outcome.key = key;
                outcome.line = item->line;
                outcome.number = item->number;
                outcome.applicantId = item->applicantId;
                if (m_rowHandler)
                    outcome.application = draftApplication(*item);
                outcome.result = std::move(earlier);
                outcome.reused = true;
                pending.push_back(QtFuture::makeReadyFuture(std::move(outcome)));
            } else {
                pending.push_back(QtConcurrent::run(
                    &pool, [this, item = *item, key] { return process(item, key); }));
            }
        }
        while (pending.size() >= window || (!pending.empty() && pending.front().isFinished()))
            writeOldest();
    }
    // A record the reader could not finish (an unclosed quote, bytes that are not UTF-8) ends
    // the input: it is reported like a bad row, the rows before it count.
    if (reader.error() && !m_cancelled.load()) {
        Outcome outcome;
        const Error &error = *reader.error();
        outcome.errors.append(
            BatchRowError{reader.errorLine(), QString(), QString(), error.code, error.message});
        outcome.line = reader.errorLine();
        ++m_totals.rows;
        pending.push_back(QtFuture::makeReadyFuture(std::move(outcome)));
    }
    // Rows in flight are finished in every case (also after Ctrl-C), so their packages are
    // complete and the state remembers them.
    while (!pending.empty())
        writeOldest();
    pool.waitForDone();

    if (m_cancelled.load()) {
        m_totals.interrupted = true;
        summary.cancelWriting();
        errors.cancelWriting();
        if (const Status saved = state.commit(true); !saved)
            return saved.error();
        return makeError(ErrorCode::Cancelled,
                         Tr::tr("Interrupted after %n row(s); run the same command again to "
                                "complete the rest.",
                                nullptr, int(progress.rowsDone)));
    }

    if (m_options.writePdf && qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QSaveFile pdf(out.filePath(pdfFileName()));
        if (!pdf.open(QIODevice::WriteOnly))
            return writeError(pdf.fileName(), pdf.errorString());
        PrivateFiles::restrict(pdf);
        if (const Status written = BatchSummaryPdf::write(&pdf, m_totals, m_pack); !written)
            return written.error();
        if (!pdf.commit())
            return writeError(pdf.fileName(), pdf.errorString());
    }
    for (QSaveFile *file : {&summary, &errors}) {
        if (!file->commit())
            return writeError(file->fileName(), file->errorString());
    }
    if (const Status saved = state.commit(false); !saved)
        return saved.error();
    return m_totals;
}

} // namespace cd
