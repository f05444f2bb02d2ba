// Renders the pages of a contract for the contract viewer without trusting the PDF: Poppler runs
// in the PDF worker process (coupondesk-pdf-worker in render mode, see WorkerProtocol.h), so a
// page that hangs or crashes the PDF library never freezes or takes down the application. Each
// page has a time limit; a page that exceeds it, or crashes the worker, is reported as failed
// (the viewer shows an error tile) and the worker is started again for the other pages.
//
// Requests are asynchronous and replace each other: request() takes the pages wanted now, in
// order of importance, and drops whatever was queued before (the user scrolled away). Rendered
// images go into an LRU cache by page and scale, bounded in bytes.
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCache>
#include <QElapsedTimer>
#include <QImage>
#include <QList>
#include <QMap>
#include <QObject>
#include <QProcess>
#include <QSizeF>
#include <QTimer>

#include <optional>

namespace cd {

struct RenderOptions
{
    int pageTimeLimitMs = 15'000; // one page; a hostile page is given up after this
    int openTimeLimitMs = 15'000; // starting the worker and opening the PDF
    qint64 cacheBytes = 192LL * 1024 * 1024;
    int memoryLimitMb = 2048; // address-space limit of the worker; 0: none
};

struct PageRequest
{
    int page = 0;       // 1-based
    double scale = 1.0; // device pixels per PDF point
    bool operator==(const PageRequest &other) const;
};

class PageRenderer : public QObject
{
    Q_OBJECT

public:
    explicit PageRenderer(QObject *parent = nullptr);
    ~PageRenderer() override; // stops the worker

    void setOptions(const RenderOptions &options);
    const RenderOptions &options() const { return m_options; }

    // Starts the worker on a PDF (a previous one is closed and its cache emptied). opened() or
    // openFailed() follows from the event loop. The password stays in memory only.
    void openFile(const QString &path, const QString &password = {});
    void openData(const QByteArray &pdf, const QString &password = {});
    void close();
    bool isOpen() const { return m_pageCount > 0; }
    // Opened, or on its way there (not closed, not failed).
    bool isOpenOrOpening() const { return m_state == State::Starting || m_state == State::Ready; }
    int pageCount() const { return m_pageCount; }
    QSizeF pageSize(int page) const; // PDF points; empty for no such page

    // The cached image of `page` at `scale` (a use for the LRU order), or a null image.
    QImage image(int page, double scale) const;
    // Any cached image of the page, the one closest to `scale`: drawn scaled while the right one
    // renders. Null when none is cached.
    QImage closestImage(int page, double scale) const;
    // Why the page could not be rendered, if it could not.
    std::optional<Error> pageError(int page) const;
    // Forgets a page's failure so that it is tried again when next requested.
    void retry(int page);

    // The pages wanted now, most important first. Cached ones and failed pages are skipped;
    // whatever was queued and is not wanted any more is dropped. The page being rendered is
    // finished (and cached) unless its time limit runs out.
    void request(const QList<PageRequest> &wanted);
    void cancelAll();
    QList<PageRequest> queued() const { return m_queue; }
    bool isBusy() const { return m_inFlight.has_value() || !m_queue.isEmpty(); }

    // Counters for tests and the log: pages rendered by the worker, queued pages dropped by a
    // later request(), answers served from the cache, workers started.
    int renderedCount() const { return m_rendered; }
    int droppedCount() const { return m_dropped; }
    int cacheHits() const { return m_hits; }
    int workersStarted() const { return m_workersStarted; }

    static quint64 cacheKey(int page, double scale);

Q_SIGNALS:
    void opened(int pageCount);
    void openFailed(const cd::Error &error);
    void pageRendered(int page, double scale);
    void pageFailed(int page, const cd::Error &error);

private:
    enum class State
    {
        Closed,
        Starting, // worker started, waiting for {"document": …}
        Ready,
        Failed, // the document could not be opened
    };
    struct InFlight
    {
        int id = 0;
        PageRequest request;
    };

    void open(const QString &password, const Status &check);
    void startWorker();
    void stopWorker();
    void sendNext();
    void readOutput();
    void imageArrived(const QImage &image);
    bool handleHeader(const QByteArray &line);
    void workerFinished();
    void timeLimitReached();
    void failInFlight(const Error &error);
    void failOpen(const Error &error);
    void failOpenLater(const Error &error);

    RenderOptions m_options;
    QString m_path;
    QByteArray m_data;
    QString m_password;
    quint64 m_generation = 0; // a new document makes the previous one's queued signals stale

    QProcess *m_process = nullptr;
    State m_state = State::Closed;
    QTimer m_timeLimit;
    QImage m_incoming;         // an announced image, being filled from the pipe
    qint64 m_expectBytes = -1; // its size in bytes; -1: a header line comes next
    qint64 m_received = 0;

    int m_pageCount = 0;
    QList<QSizeF> m_pageSizes;
    QList<PageRequest> m_queue;
    std::optional<InFlight> m_inFlight;
    int m_nextId = 1;
    mutable QCache<quint64, QImage> m_cache;
    QMap<int, Error> m_failed; // page → why
    int m_crashesInARow = 0;

    int m_rendered = 0;
    int m_dropped = 0;
    mutable int m_hits = 0;
    int m_workersStarted = 0;
};

} // namespace cd
