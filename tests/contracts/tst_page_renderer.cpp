// Page images for the contract viewer: PdfPageRenderer draws antialiased pages with Poppler
// (text, scanned and encrypted PDFs); PageRenderer gets the same pixels from the worker process,
// caches them (LRU by page and scale, bounded in bytes), drops queued pages nobody wants any
// more, and gives up on a page that takes longer than its time limit, then goes on.
#include "ContractSamples.h"

#include "contracts/PageRenderer.h"
#include "contracts/PdfPageRenderer.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace cd;

namespace {
QByteArray readSample(const char *name)
{
    QFile file(test::contractPath(QString::fromUtf8(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("sample %s missing", name);
    return file.readAll();
}

// Dark pixels (ink) and how many grey levels there are: antialiased text has many in between.
struct Ink
{
    qint64 dark = 0;
    int levels = 0;
};
Ink inkOf(const QImage &image)
{
    Ink ink;
    QSet<int> levels;
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if (line[x] < 128)
                ++ink.dark;
            levels.insert(line[x]);
        }
    }
    ink.levels = int(levels.size());
    return ink;
}

bool waitOpened(PageRenderer &renderer)
{
    QSignalSpy opened(&renderer, &PageRenderer::opened);
    return opened.wait(30000);
}

bool waitRendered(PageRenderer &renderer, int page, double scale, int timeoutMs = 30000)
{
    QElapsedTimer clock;
    clock.start();
    while (renderer.image(page, scale).isNull() && !renderer.pageError(page) &&
           clock.elapsed() < timeoutMs)
        QTest::qWait(10);
    return !renderer.image(page, scale).isNull();
}
} // namespace

class TestPageRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsAntialiasedPages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pages");
        QTest::newRow("text layer") << QStringLiteral("A01_zh_service_contract_h800.pdf") << 6;
        QTest::newRow("scanned") << QStringLiteral("A09_zh_scanned.pdf") << 3;
        QTest::newRow("60 pages") << QStringLiteral("A07_zh_long_sla_appendix_60p.pdf") << 60;
    }
    void drawsAntialiasedPages()
    {
        QFETCH(QString, file);
        QFETCH(int, pages);
        PdfPageRenderer renderer;
        QVERIFY(renderer.openFile(test::contractPath(file)));
        QCOMPARE(renderer.pageCount(), pages);
        const QSizeF size = renderer.pageSizes().first();
        QVERIFY2(qAbs(size.width() - 595.0) < 2 && qAbs(size.height() - 842.0) < 2,
                 qPrintable(QStringLiteral("%1 x %2").arg(size.width()).arg(size.height())));
        auto image = renderer.render(1, 1.5);
        QVERIFY(image);
        QCOMPARE(image->format(), QImage::Format_RGB32);
        QVERIFY(qAbs(image->width() - qRound(size.width() * 1.5)) <= 1);
        QVERIFY(qAbs(image->height() - qRound(size.height() * 1.5)) <= 1);
        const Ink ink = inkOf(*image);
        QVERIFY2(ink.dark > 2000, qPrintable(QString::number(ink.dark)));
        QVERIFY2(ink.levels > 32, qPrintable(QString::number(ink.levels))); // antialiased
        QCOMPARE(renderer.render(pages + 1, 1.0).error().code, ErrorCode::OutOfRange);
        QCOMPARE(renderer.render(1, 100.0).error().code, ErrorCode::OutOfRange);
    }

    void encryptedNeedsItsPassword()
    {
        const QString file = test::contractPath(QStringLiteral("A08_zh_encrypted.pdf"));
        PdfPageRenderer none;
        QCOMPARE(none.openFile(file).error().code, ErrorCode::PasswordRequired);
        PdfPageRenderer wrong;
        QCOMPARE(wrong.openFile(file, QStringLiteral("nope")).error().code,
                 ErrorCode::WrongPassword);
        PdfPageRenderer right;
        QVERIFY(right.openFile(file, QStringLiteral("Moyan#2024")));
        QVERIFY(inkOf(right.render(1, 1.0).value()).dark > 1000);

        PageRenderer worker;
        QSignalSpy failed(&worker, &PageRenderer::openFailed);
        worker.openData(readSample("A08_zh_encrypted.pdf"));
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::PasswordRequired);
        worker.openData(readSample("A08_zh_encrypted.pdf"), QStringLiteral("Moyan#2024"));
        QVERIFY(waitOpened(worker));
        worker.request({{1, 1.0}});
        QVERIFY(waitRendered(worker, 1, 1.0));
    }

    // The worker sends exactly the pixels Poppler drew.
    void workerSendsThePage()
    {
        const QByteArray pdf = readSample("A01_zh_service_contract_h800.pdf");
        PdfPageRenderer local;
        QVERIFY(local.openData(pdf));
        const QImage expected = local.render(2, 0.75).value();

        PageRenderer renderer;
        renderer.openData(pdf);
        QVERIFY(waitOpened(renderer));
        QCOMPARE(renderer.pageCount(), 6);
        QVERIFY(qAbs(renderer.pageSize(2).width() - 595.0) < 2);
        QSignalSpy rendered(&renderer, &PageRenderer::pageRendered);
        renderer.request({{2, 0.75}});
        QVERIFY(rendered.wait(30000));
        QCOMPARE(rendered.first().at(0).toInt(), 2);
        QCOMPARE(renderer.image(2, 0.75), expected);
        QCOMPARE(renderer.renderedCount(), 1);
        QVERIFY(!renderer.isBusy());
    }

    void cacheIsLeastRecentlyUsed()
    {
        PageRenderer renderer;
        RenderOptions options;
        // A page at scale 0.5 is 298 x 421 pixels, 490 KiB: room for two and a half.
        options.cacheBytes = qint64(298 * 421 * 4) * 5 / 2;
        renderer.setOptions(options);
        renderer.openData(readSample("A01_zh_service_contract_h800.pdf"));
        QVERIFY(waitOpened(renderer));
        for (int page : {1, 2}) {
            renderer.request({{page, 0.5}});
            QVERIFY(waitRendered(renderer, page, 0.5));
        }
        QCOMPARE(renderer.renderedCount(), 2);
        // Asked again: answered from the cache, nothing rendered.
        renderer.request({{1, 0.5}, {2, 0.5}});
        QCOMPARE(renderer.cacheHits(), 2);
        QVERIFY(!renderer.isBusy());
        QVERIFY(!renderer.image(1, 0.5).isNull()); // page 1 is now the most recently used
        renderer.request({{3, 0.5}});
        QVERIFY(waitRendered(renderer, 3, 0.5));
        QCOMPARE(renderer.renderedCount(), 3);
        QVERIFY(renderer.image(2, 0.5).isNull()); // the least recently used went
        QVERIFY(!renderer.image(1, 0.5).isNull());
        QVERIFY(!renderer.image(3, 0.5).isNull());
        // Another scale of a cached page is a stand-in until the right one is there.
        QCOMPARE(renderer.closestImage(3, 1.0).width(), renderer.image(3, 0.5).width());
        QVERIFY(renderer.closestImage(5, 1.0).isNull());
    }

    // The user scrolls from page 1 to page 30 at once: the pages in between are not rendered.
    void queuedPagesAreDropped()
    {
        PageRenderer renderer;
        renderer.openData(readSample("A07_zh_long_sla_appendix_60p.pdf"));
        QVERIFY(waitOpened(renderer));
        QCOMPARE(renderer.pageCount(), 60);
        QList<PageRequest> all;
        for (int page = 1; page <= 60; ++page)
            all.append({page, 1.0});
        renderer.request(all);
        QCOMPARE(renderer.queued().size(), 59); // page 1 is on its way
        renderer.request({{30, 1.0}});
        QCOMPARE(renderer.droppedCount(), 58);
        QVERIFY(waitRendered(renderer, 30, 1.0));
        QTest::qWait(200);
        QVERIFY(!renderer.isBusy());
        QVERIFY2(renderer.renderedCount() <= 2,
                 qPrintable(QString::number(renderer.renderedCount())));
        for (int page = 2; page <= 29; ++page)
            QVERIFY(renderer.image(page, 1.0).isNull());
        renderer.request({{31, 1.0}, {32, 1.0}});
        renderer.cancelAll();
        QVERIFY(renderer.queued().isEmpty());
    }

    // A page that takes too long is given up (the worker is stopped); the others still come.
    void timeLimitGivesAnErrorTileAndGoesOn()
    {
        PageRenderer renderer;
        RenderOptions options;
        options.pageTimeLimitMs = 1;
        renderer.setOptions(options);
        renderer.openData(readSample("A09_zh_scanned.pdf"));
        QVERIFY(waitOpened(renderer));
        QSignalSpy failed(&renderer, &PageRenderer::pageFailed);
        renderer.request({{1, 2.0}});
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).toInt(), 1);
        QCOMPARE(renderer.pageError(1)->code, ErrorCode::AnalysisTimeout);
        renderer.request({{1, 2.0}});
        QVERIFY(!renderer.isBusy()); // a failed page is not tried again by itself
        renderer.setOptions(RenderOptions());
        renderer.retry(1);
        renderer.request({{1, 2.0}, {2, 2.0}});
        QVERIFY(waitRendered(renderer, 1, 2.0));
        QVERIFY(waitRendered(renderer, 2, 2.0));
        QVERIFY(renderer.workersStarted() >= 2);
        QVERIFY(!renderer.pageError(1));
    }

    void notAPdfIsRefused()
    {
        PageRenderer renderer;
        QSignalSpy failed(&renderer, &PageRenderer::openFailed);
        renderer.openData(QByteArray("hello, not a PDF"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::NotAPdf);
        QVERIFY(!renderer.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestPageRenderer)
#include "tst_page_renderer.moc"
