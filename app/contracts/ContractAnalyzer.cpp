#include "ContractAnalyzer.h"

#include "contracts/ContractTextWire.h"
#include "contracts/PdfInput.h"
#include "contracts/WorkerProtocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QtConcurrent>

#include <functional>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::ContractAnalyzer)
};

Q_LOGGING_CATEGORY(lcAnalyzer, "coupondesk.contracts", QtInfoMsg)

QByteArray requestLine(QJsonObject request, const AnalysisOptions &options)
{
    request.insert(QStringLiteral("password"), options.password);
    request.insert(QStringLiteral("ocr"), options.ocr);
    request.insert(QStringLiteral("languages"), options.ocrLanguages);
    request.insert(QStringLiteral("memory_mb"), options.memoryLimitMb);
    return QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

ContractAnalyzer::ContractAnalyzer(QObject *parent)
    : QObject(parent)
{
    m_budget.setSingleShot(true);
    connect(&m_budget, &QTimer::timeout, this, &ContractAnalyzer::budgetExhausted);
}

ContractAnalyzer::~ContractAnalyzer()
{
    stopWorker();
}

QString ContractAnalyzer::workerPath()
{
    const QString name = QString::fromLatin1(WorkerProtocol::kWorkerName);
    const QString fromEnvironment = qEnvironmentVariable("COUPONDESK_PDF_WORKER");
    if (!fromEnvironment.isEmpty())
        return QFileInfo(fromEnvironment).isExecutable() ? fromEnvironment : QString();
    const QDir here(QCoreApplication::applicationDirPath());
    const QStringList candidates{
        here.filePath(name),
        here.filePath(QStringLiteral(COUPONDESK_WORKER_RELATIVE_DIR "/") + name),
        QStringLiteral(COUPONDESK_WORKER_INSTALL_DIR "/") + name,
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return QString();
}

void ContractAnalyzer::startFile(const QString &path, const AnalysisOptions &options)
{
    stopWorker();
    if (auto status = PdfInput::checkFile(path); !status)
        return finishLater(status.error());
    // The worker opens the file itself: a 200 MB scan is not copied through a pipe.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    start(requestLine({{QStringLiteral("file"), absolute}}, options), QByteArray(), options);
}

void ContractAnalyzer::startData(const QByteArray &pdf, const AnalysisOptions &options)
{
    stopWorker();
    if (auto status = PdfInput::checkData(pdf); !status)
        return finishLater(status.error());
    start(requestLine({{QStringLiteral("data_size"), pdf.size()}}, options), pdf, options);
}

void ContractAnalyzer::start(const QByteArray &request, const QByteArray &data,
                             const AnalysisOptions &options)
{
    const QString program = workerPath();
    if (program.isEmpty())
        return finishLater(
            makeError(ErrorCode::Internal,
                      Tr::tr("The PDF worker program \"%1\" is not installed next to CouponDesk.")
                          .arg(QLatin1String(WorkerProtocol::kWorkerName))));
    m_options = options;
    m_buffer.clear();
    m_result.clear();
    m_resultSize = -1;
    m_resultComplete = false;
    m_outcome.reset();
    m_ocrStarted = false;
    m_running = true;
    ++m_generation;

    m_process = WorkerProtocol::newWorkerProcess(this, lcAnalyzer().isDebugEnabled());
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ContractAnalyzer::readOutput);
    connect(m_process, &QProcess::finished, this, &ContractAnalyzer::workerFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(makeError(
                ErrorCode::Internal,
                Tr::tr("The PDF worker could not be started: %1").arg(m_process->errorString())));
    });
    m_textDeadlineMs = 0;
    m_clock.start();
    m_budget.start(options.textBudgetMs);
    m_process->start(program, QStringList());
    m_process->write(request);
    if (!data.isEmpty())
        m_process->write(data);
    m_process->closeWriteChannel();
}

void ContractAnalyzer::cancel()
{
    if (!m_running)
        return;
    finish(makeError(ErrorCode::Cancelled, Tr::tr("The analysis was cancelled.")));
}

bool ContractAnalyzer::isRunning() const
{
    return m_running;
}

void ContractAnalyzer::finishLater(const Error &error)
{
    m_running = true;
    const quint64 generation = ++m_generation;
    // Callers connect after start*(): deliver even an immediate refusal from the event loop.
    QTimer::singleShot(0, this, [this, error, generation] {
        if (generation == m_generation)
            finish(error);
    });
}

void ContractAnalyzer::finish(const Result<ContractText> &result)
{
    if (!m_running)
        return;
    stopWorker();
    m_running = false;
    Q_EMIT finished(result);
}

void ContractAnalyzer::stopWorker()
{
    m_budget.stop();
    if (!m_process)
        return;
    WorkerProtocol::discardWorker(std::exchange(m_process, nullptr), this);
    m_running = false;
}

void ContractAnalyzer::readOutput()
{
    if (!m_process)
        return;
    m_buffer += m_process->readAllStandardOutput();
    qsizetype start = 0;
    while (m_process && start < m_buffer.size()) {
        if (m_resultSize >= 0) {
            // The binary result: exactly the announced bytes, arriving in pieces.
            const qsizetype take =
                qMin<qsizetype>(m_resultSize - m_result.size(), m_buffer.size() - start);
            m_result.append(m_buffer.constData() + start, take);
            start += take;
            if (m_result.size() < m_resultSize)
                break;
            m_resultSize = -1;
            m_resultComplete = true;
            continue;
        }
        const qsizetype end = m_buffer.indexOf('\n', start);
        if (end < 0)
            break;
        const QByteArray line = m_buffer.mid(start, end - start);
        start = end + 1;
        handleLine(line);
    }
    m_buffer.remove(0, start);
}

void ContractAnalyzer::handleLine(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(line, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        qCWarning(lcAnalyzer) << "unexpected line from the PDF worker";
        return;
    }
    if (object.contains(QStringLiteral("progress"))) {
        const QJsonObject progressObject = object.value(QStringLiteral("progress")).toObject();
        const QString phase = progressObject.value(QStringLiteral("phase")).toString();
        if (phase == readPhaseName(ReadPhase::Ocr)) {
            // Each OCR page gets its own budget, counted from when it starts.
            m_budget.start(m_options.ocrPageBudgetMs);
            m_ocrStarted = true;
        } else if (!m_ocrStarted) {
            // A page was read: the next one gets the full budget again, but never beyond the
            // deadline of the whole text phase.
            const int pageCount = progressObject.value(QStringLiteral("pages")).toInt();
            if (m_textDeadlineMs == 0)
                m_textDeadlineMs = qint64(m_options.textBudgetMs) +
                                   qint64(m_options.textMsPerPage) * qMax(0, pageCount);
            const qint64 left = m_textDeadlineMs - m_clock.elapsed();
            m_budget.start(int(qBound(qint64(1), left, qint64(m_options.textBudgetMs))));
        }
        Q_EMIT progress(progressObject.value(QStringLiteral("page")).toInt(),
                        progressObject.value(QStringLiteral("pages")).toInt(), phase);
    } else if (object.contains(QStringLiteral("result_bytes"))) {
        const qint64 size = object.value(QStringLiteral("result_bytes")).toInteger(-1);
        if (size < 0 || size > kMaxResultBytes)
            return finish(makeError(ErrorCode::CorruptPdf,
                                    Tr::tr("The PDF reader sent an unreadable result.")));
        m_result.clear();
        m_result.reserve(size);
        m_resultSize = size;
    } else if (object.contains(QStringLiteral("error"))) {
        const QJsonObject error = object.value(QStringLiteral("error")).toObject();
        const auto code =
            WorkerProtocol::codeFromName(error.value(QStringLiteral("code")).toString());
        m_outcome = makeError(code.value_or(ErrorCode::Internal),
                              error.value(QStringLiteral("message")).toString());
    }
}

void ContractAnalyzer::workerFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    readOutput();
    if (m_resultComplete) {
        m_budget.stop();
        m_resultComplete = false;
        const QByteArray bytes = std::exchange(m_result, QByteArray());
        const quint64 generation = m_generation;
        // A long contract's text is megabytes: decoding it here would stall the GUI.
        using Decoded = std::optional<Result<ContractText>>; // QFuture needs a default value
        auto *watcher = new QFutureWatcher<Decoded>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation == m_generation && m_running) // not cancelled or restarted meanwhile
                finish(*watcher->result());
        });
        watcher->setFuture(
            QtConcurrent::run([bytes]() -> Decoded { return ContractTextWire::decode(bytes); }));
        return;
    }
    if (m_outcome)
        return finish(*m_outcome);
    if (status == QProcess::CrashExit)
        return finish(makeError(ErrorCode::CorruptPdf,
                                Tr::tr("The PDF made the PDF reader crash or run out of memory; "
                                       "it is damaged or malformed and cannot be analysed.")));
    finish(makeError(ErrorCode::CorruptPdf,
                     Tr::tr("The PDF reader stopped without a result (exit code %1); the PDF is "
                            "probably damaged.")
                         .arg(exitCode)));
}

void ContractAnalyzer::budgetExhausted()
{
    const int seconds = int((m_ocrStarted ? m_options.ocrPageBudgetMs : m_clock.elapsed()) / 1000);
    finish(makeError(ErrorCode::AnalysisTimeout,
                     m_ocrStarted
                         ? Tr::tr("Text recognition of one page took longer than %n second(s); "
                                  "the analysis was stopped.",
                                  nullptr, seconds)
                         : Tr::tr("Reading the PDF took longer than %n second(s); it may be "
                                  "damaged or built to stall PDF readers.",
                                  nullptr, seconds)));
}

namespace {
Result<ContractText> runBlocking(const std::function<void(ContractAnalyzer &)> &start)
{
    ContractAnalyzer analyzer;
    std::optional<Result<ContractText>> outcome;
    QEventLoop loop;
    QObject::connect(&analyzer, &ContractAnalyzer::finished, &loop,
                     [&](const Result<ContractText> &result) {
                         outcome = result;
                         loop.quit();
                     });
    start(analyzer);
    if (!outcome)
        loop.exec();
    return *outcome;
}
} // namespace

Result<ContractText> ContractAnalyzer::analyzeFile(const QString &path,
                                                   const AnalysisOptions &options)
{
    return runBlocking([&](ContractAnalyzer &analyzer) { analyzer.startFile(path, options); });
}

Result<ContractText> ContractAnalyzer::analyzeData(const QByteArray &pdf,
                                                   const AnalysisOptions &options)
{
    return runBlocking([&](ContractAnalyzer &analyzer) { analyzer.startData(pdf, options); });
}

} // namespace cd
