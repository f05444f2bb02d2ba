#include "PageRenderer.h"

#include "contracts/ContractAnalyzer.h"
#include "contracts/PdfInput.h"
#include "contracts/WorkerProtocol.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <climits>
#include <cmath>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::PageRenderer)
};

Q_LOGGING_CATEGORY(lcRenderer, "coupondesk.contracts.render", QtInfoMsg)

QByteArray compactLine(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

bool PageRequest::operator==(const PageRequest &other) const
{
    return page == other.page &&
           PageRenderer::cacheKey(page, scale) == PageRenderer::cacheKey(other.page, other.scale);
}

quint64 PageRenderer::cacheKey(int page, double scale)
{
    return (quint64(quint32(page)) << 32) | quint32(qMax(1LL, std::llround(scale * 1000.0)));
}

PageRenderer::PageRenderer(QObject *parent)
    : QObject(parent)
{
    m_timeLimit.setSingleShot(true);
    connect(&m_timeLimit, &QTimer::timeout, this, &PageRenderer::timeLimitReached);
    setOptions(RenderOptions());
}

PageRenderer::~PageRenderer()
{
    stopWorker();
}

void PageRenderer::setOptions(const RenderOptions &options)
{
    m_options = options;
    // Costs in KiB keep a few hundred MB inside QCache's int.
    m_cache.setMaxCost(int(qBound(qint64(1), options.cacheBytes / 1024, qint64(INT_MAX))));
}

void PageRenderer::openFile(const QString &path, const QString &password)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    open(password, PdfInput::checkFile(path));
}

void PageRenderer::openData(const QByteArray &pdf, const QString &password)
{
    close();
    m_data = pdf;
    open(password, PdfInput::checkData(pdf));
}

void PageRenderer::open(const QString &password, const Status &check)
{
    m_password = password;
    m_state = State::Starting;
    if (check)
        startWorker();
    else
        failOpenLater(check.error());
}

void PageRenderer::failOpenLater(const Error &error)
{
    // Callers connect after open*(): deliver even an immediate refusal from the event loop.
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, error] {
        if (generation == m_generation)
            failOpen(error);
    });
}

void PageRenderer::close()
{
    stopWorker();
    ++m_generation;
    m_state = State::Closed;
    m_path.clear();
    m_data.clear();
    m_password.clear();
    m_pageCount = 0;
    m_pageSizes.clear();
    m_queue.clear();
    m_inFlight.reset();
    m_cache.clear();
    m_failed.clear();
}

QSizeF PageRenderer::pageSize(int page) const
{
    return page >= 1 && page <= m_pageSizes.size() ? m_pageSizes.at(page - 1) : QSizeF();
}

QImage PageRenderer::image(int page, double scale) const
{
    if (const QImage *cached = m_cache.object(cacheKey(page, scale)))
        return *cached;
    return QImage();
}

QImage PageRenderer::closestImage(int page, double scale) const
{
    QImage best;
    double bestDistance = 0;
    const QList<quint64> keys = m_cache.keys();
    for (quint64 key : keys) {
        if (int(key >> 32) != page)
            continue;
        const double cachedScale = double(key & 0xffffffffu) / 1000.0;
        const double distance = std::abs(std::log(cachedScale / scale));
        if (best.isNull() || distance < bestDistance) {
            if (const QImage *cached = m_cache.object(key)) {
                best = *cached;
                bestDistance = distance;
            }
        }
    }
    return best;
}

std::optional<Error> PageRenderer::pageError(int page) const
{
    const auto it = m_failed.constFind(page);
    if (it == m_failed.constEnd())
        return std::nullopt;
    return it.value();
}

void PageRenderer::retry(int page)
{
    m_failed.remove(page);
}

void PageRenderer::request(const QList<PageRequest> &wanted)
{
    QList<PageRequest> queue;
    for (const PageRequest &r : wanted) {
        if (r.page < 1 || (m_pageCount > 0 && r.page > m_pageCount) || m_failed.contains(r.page))
            continue;
        if (m_cache.contains(cacheKey(r.page, r.scale))) {
            ++m_hits;
            continue;
        }
        if ((m_inFlight && m_inFlight->request == r) || queue.contains(r))
            continue;
        queue.append(r);
    }
    for (const PageRequest &old : std::as_const(m_queue)) {
        if (!queue.contains(old))
            ++m_dropped;
    }
    m_queue = queue;
    if (m_queue.isEmpty())
        return;
    if (m_state == State::Ready && !m_process)
        startWorker(); // the last one was stopped by a hostile page
    else
        sendNext();
}

void PageRenderer::cancelAll()
{
    m_dropped += int(m_queue.size());
    m_queue.clear();
}

void PageRenderer::startWorker()
{
    const QString program = ContractAnalyzer::workerPath();
    if (program.isEmpty())
        return failOpenLater(
            makeError(ErrorCode::Internal,
                      // The analyzer's words: one message, translated once.
                      QCoreApplication::translate(
                          "cd::ContractAnalyzer",
                          "The PDF worker program \"%1\" is not installed next to CouponDesk.")
                          .arg(QLatin1String(WorkerProtocol::kWorkerName))));
    m_incoming = QImage();
    m_expectBytes = -1;
    m_process = WorkerProtocol::newWorkerProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &PageRenderer::readOutput);
    connect(m_process, &QProcess::finished, this, &PageRenderer::workerFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            failOpen(makeError(ErrorCode::Internal, QCoreApplication::translate(
                                                        "cd::ContractAnalyzer",
                                                        "The PDF worker could not be started: %1")
                                                        .arg(m_process->errorString())));
    });
    QJsonObject request{{QStringLiteral("mode"), QStringLiteral("render")},
                        {QStringLiteral("password"), m_password},
                        {QStringLiteral("memory_mb"), m_options.memoryLimitMb}};
    if (m_path.isEmpty())
        request.insert(QStringLiteral("data_size"), m_data.size());
    else
        request.insert(QStringLiteral("file"), m_path);
    ++m_workersStarted;
    if (m_state != State::Starting && m_state != State::Ready)
        m_state = State::Starting;
    m_timeLimit.start(m_options.openTimeLimitMs);
    m_process->start(program, QStringList());
    m_process->write(compactLine(request));
    if (m_path.isEmpty())
        m_process->write(m_data);
}

void PageRenderer::stopWorker()
{
    m_timeLimit.stop();
    WorkerProtocol::discardWorker(std::exchange(m_process, nullptr), this);
}

void PageRenderer::sendNext()
{
    if (m_state != State::Ready || !m_process || m_inFlight || m_queue.isEmpty())
        return;
    const PageRequest next = m_queue.takeFirst();
    m_inFlight = InFlight{m_nextId++, next};
    m_process->write(compactLine(
        {{QStringLiteral("render"), QJsonObject{{QStringLiteral("id"), m_inFlight->id},
                                                {QStringLiteral("page"), next.page},
                                                {QStringLiteral("scale"), next.scale}}}}));
    m_timeLimit.start(m_options.pageTimeLimitMs);
}

void PageRenderer::readOutput()
{
    while (m_process) {
        if (m_expectBytes >= 0) {
            // The pixels go straight from the pipe into the image: one copy, a few ms a page.
            const qint64 got =
                m_process->read(reinterpret_cast<char *>(m_incoming.bits()) + m_received,
                                m_expectBytes - m_received);
            if (got <= 0)
                return;
            m_received += got;
            if (m_received < m_expectBytes)
                continue;
            m_expectBytes = -1;
            imageArrived(std::exchange(m_incoming, QImage()));
            continue;
        }
        if (!m_process->canReadLine())
            return;
        const QByteArray line = m_process->readLine().trimmed();
        if (!handleHeader(line))
            return;
    }
}

void PageRenderer::imageArrived(const QImage &image)
{
    m_timeLimit.stop();
    if (!m_inFlight)
        return;
    const PageRequest done = m_inFlight->request;
    m_inFlight.reset();
    m_crashesInARow = 0;
    const int cost =
        int(qBound(qint64(1), qint64(image.sizeInBytes() / 1024), qint64(m_cache.maxCost())));
    m_cache.insert(cacheKey(done.page, done.scale), new QImage(image), cost);
    ++m_rendered;
    Q_EMIT pageRendered(done.page, done.scale);
    sendNext();
}

bool PageRenderer::handleHeader(const QByteArray &line)
{
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    if (object.contains(QStringLiteral("image"))) {
        const QJsonObject image = object.value(QStringLiteral("image")).toObject();
        const QSize size(image.value(QStringLiteral("width")).toInt(),
                         image.value(QStringLiteral("height")).toInt());
        const qint64 bytes = image.value(QStringLiteral("bytes")).toInteger(-1);
        if (size.isEmpty() || bytes != qint64(size.width()) * size.height() * 4) {
            failInFlight(makeError(ErrorCode::CorruptPdf,
                                   Tr::tr("The PDF reader sent an unreadable page.")));
            return false;
        }
        m_incoming = QImage(size, QImage::Format_RGB32);
        if (m_incoming.isNull() || m_incoming.sizeInBytes() != bytes) {
            failInFlight(makeError(ErrorCode::CorruptPdf,
                                   Tr::tr("The PDF reader sent an unreadable page.")));
            return false;
        }
        m_expectBytes = bytes;
        m_received = 0;
        return true;
    }
    if (object.contains(QStringLiteral("document"))) {
        const QJsonObject document = object.value(QStringLiteral("document")).toObject();
        const bool first = m_pageCount == 0;
        m_pageCount = document.value(QStringLiteral("pages")).toInt();
        m_pageSizes.clear();
        for (const QJsonValue &size : document.value(QStringLiteral("sizes")).toArray()) {
            const QJsonArray pair = size.toArray();
            m_pageSizes.append(QSizeF(pair.at(0).toDouble(), pair.at(1).toDouble()));
        }
        m_timeLimit.stop();
        m_state = State::Ready;
        if (first)
            Q_EMIT opened(m_pageCount);
        sendNext();
        return m_process != nullptr;
    }
    const auto codedError = [](const QJsonObject &error) {
        const auto code =
            WorkerProtocol::codeFromName(error.value(QStringLiteral("code")).toString());
        return makeError(code.value_or(ErrorCode::Internal),
                         error.value(QStringLiteral("message")).toString());
    };
    if (object.contains(QStringLiteral("failed"))) {
        const Error error = codedError(object.value(QStringLiteral("failed")).toObject());
        m_timeLimit.stop();
        if (m_inFlight) {
            const int page = m_inFlight->request.page;
            m_inFlight.reset();
            m_failed.insert(page, error);
            Q_EMIT pageFailed(page, error);
        }
        sendNext();
        return m_process != nullptr;
    }
    if (object.contains(QStringLiteral("error"))) {
        failOpen(codedError(object.value(QStringLiteral("error")).toObject()));
        return false;
    }
    qCWarning(lcRenderer) << "unexpected line from the PDF worker";
    return true;
}

void PageRenderer::workerFinished()
{
    if (!m_process)
        return;
    readOutput();
    if (!m_process)
        return;
    if (m_state == State::Starting) {
        failOpen(makeError(ErrorCode::CorruptPdf,
                           Tr::tr("The PDF made the PDF reader stop before the first page could "
                                  "be shown; it is damaged or malformed.")));
        return;
    }
    const Error crashed = makeError(ErrorCode::CorruptPdf,
                                    Tr::tr("This page made the PDF reader crash; it is damaged or "
                                           "malformed and cannot be shown."));
    failInFlight(crashed);
}

void PageRenderer::timeLimitReached()
{
    if (m_state == State::Starting) {
        failOpen(makeError(ErrorCode::AnalysisTimeout,
                           Tr::tr("Opening the PDF took longer than %n second(s); it may be "
                                  "damaged or built to stall PDF readers.",
                                  nullptr, m_options.openTimeLimitMs / 1000)));
        return;
    }
    failInFlight(makeError(ErrorCode::AnalysisTimeout,
                           Tr::tr("Drawing this page took longer than %n second(s); it may be "
                                  "damaged or built to stall PDF readers.",
                                  nullptr, qMax(1, m_options.pageTimeLimitMs / 1000))));
}

void PageRenderer::failInFlight(const Error &error)
{
    // The worker cannot be interrupted inside Poppler: stop it and start a new one for the rest.
    stopWorker();
    if (m_inFlight) {
        const int page = m_inFlight->request.page;
        m_inFlight.reset();
        m_failed.insert(page, error);
        qCInfo(lcRenderer) << "page" << page << "failed:" << error.codeName();
        Q_EMIT pageFailed(page, error);
    }
    // A worker that dies without a page in flight twice in a row would only die again.
    if (!m_queue.isEmpty() && m_state == State::Ready && ++m_crashesInARow <= 3)
        startWorker();
}

void PageRenderer::failOpen(const Error &error)
{
    stopWorker();
    m_state = State::Failed;
    m_queue.clear();
    m_inFlight.reset();
    Q_EMIT openFailed(error);
}

} // namespace cd
