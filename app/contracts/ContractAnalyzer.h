// Analyses a contract PDF without trusting it: PdfTextReader (and OCR) run in a separate worker
// process (coupondesk-pdf-worker) with a time budget and a memory limit, so a PDF that hangs or
// crashes the PDF library never blocks or takes down the GUI, the CLI or a batch run.
//
// start*() returns at once; progress() reports each page, finished() delivers the ContractText
// or a coded error. analyzeFile()/analyzeData() are the blocking form for the CLI and the batch.
// The field extractor (ContractFieldExtractor::extract(const ContractText &)) is applied to the
// ContractText that finished() delivers; the analyzer itself only reads.
#pragma once

#include "contracts/ContractText.h"
#include "core/Error.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include <optional>

namespace cd {

struct AnalysisOptions
{
    QString password; // for encrypted PDFs; empty: none
    bool ocr = true;  // recognise pages without a text layer (Tesseract)
    QString ocrLanguages = QStringLiteral("chi_sim+eng"); // "deu" and "eng" are installed too
    // Reading text layers: opening the PDF and each following page must each end within
    // textBudgetMs (hostile files keep Poppler busy on one page for minutes), and the whole text
    // phase within textBudgetMs + textMsPerPage per page (a real 200-page contract takes about
    // a second; a busy machine may need several times that).
    // 8 s: with the start of the worker, a stalled file is refused within 10 s.
    int textBudgetMs = 8'000;
    int textMsPerPage = 250;
    // Each page that needs OCR gets this much more time (about 4 s per A4 page at 300 dpi).
    int ocrPageBudgetMs = 60'000;
    // Address-space limit of the worker process (setrlimit RLIMIT_AS); 0: no limit.
    int memoryLimitMb = 2048;
};

class ContractAnalyzer : public QObject
{
    Q_OBJECT

public:
    explicit ContractAnalyzer(QObject *parent = nullptr);
    ~ContractAnalyzer() override; // stops a running worker

    // Bad paths, empty, non-PDF and oversized files are refused at once (finished() is still
    // emitted, from the event loop). A running analysis is cancelled first.
    void startFile(const QString &path, const AnalysisOptions &options = {});
    void startData(const QByteArray &pdf, const AnalysisOptions &options = {});
    // Stops the worker; finished() follows with ErrorCode::Cancelled.
    void cancel();
    bool isRunning() const;

    // Blocking: runs a local event loop until the worker is done. Needs a QCoreApplication.
    static Result<ContractText> analyzeFile(const QString &path,
                                            const AnalysisOptions &options = {});
    static Result<ContractText> analyzeData(const QByteArray &pdf,
                                            const AnalysisOptions &options = {});

    // Where the worker executable is looked for: $COUPONDESK_PDF_WORKER, next to the running
    // program, then <prefix>/libexec/coupondesk. Empty when not found.
    static QString workerPath();

Q_SIGNALS:
    // page is 1-based; phase is "text" or "ocr".
    void progress(int page, int pageCount, const QString &phase);
    void finished(const cd::Result<cd::ContractText> &result);

private:
    void start(const QByteArray &request, const QByteArray &data, const AnalysisOptions &options);
    void finishLater(const Error &error);
    void finish(const Result<ContractText> &result);
    void readOutput();
    void handleLine(const QByteArray &line);
    void workerFinished(int exitCode, QProcess::ExitStatus status);
    void budgetExhausted();
    void stopWorker();

    QProcess *m_process = nullptr;
    QTimer m_budget;
    QElapsedTimer m_clock;       // since the worker started
    qint64 m_textDeadlineMs = 0; // on m_clock; 0 until the page count is known
    AnalysisOptions m_options;
    QByteArray m_buffer;
    // The worker's result (ContractTextWire): m_resultSize bytes announced, collected in
    // m_result, decoded off the calling thread when the worker ends. -1: none announced.
    qint64 m_resultSize = -1;
    QByteArray m_result;
    bool m_resultComplete = false;
    // Far above the text of the largest PDF accepted (PdfInput::kMaxFileBytes).
    static constexpr qint64 kMaxResultBytes = qint64(1) << 30;
    std::optional<Result<ContractText>> m_outcome;
    bool m_ocrStarted = false;
    bool m_running = false;
    quint64 m_generation = 0; // tells a stale queued refusal from the current run
};

} // namespace cd
