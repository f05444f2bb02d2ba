// The contract viewer on the contracts page, driven like a user: a box for every value read
// from a sample contract, exactly where page and rectangle × zoom put it and drawn in its
// colour (low confidence dashed in orange); focusing a field scrolls to its box and clicking a
// box focuses the field; a value corrected by dragging over other text is stored as "corrected"
// and a confirmed one as "confirmed" in the draft (checked in the database after reopening,
// where the viewer shows the PDF kept with the draft); search in Chinese and Latin with F3,
// copy; the export counts only confirmed values; scrolling a 60-page contract never blocks the
// event loop; screenshots in Chinese and English.
#include "ApplicationWizard.h"
#include "ApplicationWizardContractsPage.h"
#include "ApplicationWizardReviewPage.h"
#include "ContractPageView.h"
#include "ContractViewer.h"
#include "Dialogs.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"

#include "contracts/ContractFieldsJson.h"
#include "contracts/ContractTextIndex.h"
#include "contracts/PdfTextReader.h"
#include "core/Translations.h"
#include "domain/ApplicationJson.h"
#include "package/PackageArchive.h"
#include "rules/ApplicationChecklist.h"
#include "rules/Estimator.h"
#include "storage/DraftRepository.h"

#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <memory>

using namespace cd;

namespace {
QString contract(const char *name)
{
    return QStringLiteral(COUPONDESK_SAMPLES_DIR "/contracts/") + QString::fromUtf8(name);
}

QByteArray contractBytes(const char *name)
{
    QFile file(contract(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("sample %s missing", name);
    return file.readAll();
}

using test::child;

// A drag with the left button, as QTest has no drag: press, moves, release.
void drag(QWidget *widget, QPoint from, QPoint to)
{
    const auto send = [widget](QEvent::Type type, QPoint at, Qt::MouseButton button,
                               Qt::MouseButtons buttons) {
        QMouseEvent event(type, QPointF(at), QPointF(widget->mapToGlobal(at)), button, buttons,
                          Qt::NoModifier);
        QApplication::sendEvent(widget, &event);
    };
    send(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= 4; ++step)
        send(QEvent::MouseMove, from + (to - from) * step / 4, Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

bool near(const QRectF &a, const QRectF &b)
{
    return qAbs(a.left() - b.left()) < 0.75 && qAbs(a.top() - b.top()) < 0.75 &&
           qAbs(a.width() - b.width()) < 0.75 && qAbs(a.height() - b.height()) < 0.75;
}

QString describe(const QRectF &r)
{
    return QStringLiteral("(%1, %2, %3 x %4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

// The text of a sample as the viewer indexes it (read here independently, without OCR).
ContractTextIndex indexOf(const char *name)
{
    ReadOptions options;
    options.ocr = false;
    PdfTextReader reader(options);
    auto text = reader.readFile(contract(name));
    if (!text)
        qFatal("cannot read %s", name);
    return ContractTextIndex(text.value());
}

// Dark pixels (text) inside `rect` of a screenshot.
bool inkBelow(const QImage &shot, const QRect &rect)
{
    int dark = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            dark += qGray(shot.pixel(x, y)) < 110 ? 1 : 0;
    }
    return dark > 5;
}
} // namespace

class TestContractViewer : public QObject
{
    Q_OBJECT

    std::unique_ptr<ApplicationWizard> m_wizard;

    // A wizard on the contracts page with A01 analysed and shown.
    ApplicationWizardContractsPage *pageWithA01()
    {
        m_wizard = std::make_unique<ApplicationWizard>(test::contractsPageDraft());
        m_wizard->show();
        m_wizard->goToStep(ApplicationWizard::ContractsPage);
        auto *page = qobject_cast<ApplicationWizardContractsPage *>(m_wizard->currentPage());
        if (!page)
            qFatal("contracts page not reached");
        QSignalSpy done(page, &ApplicationWizardContractsPage::analysisFinished);
        page->addPdfFiles({contract("A01_zh_service_contract_h800.pdf")});
        if (!done.wait(120000))
            qFatal("analysis did not finish");
        return page;
    }

    static bool waitForPages(ContractViewer *viewer, int count)
    {
        QElapsedTimer clock;
        clock.start();
        while (viewer->pageView()->pageCount() != count && clock.elapsed() < 30000)
            QTest::qWait(20);
        return viewer->pageView()->pageCount() == count;
    }

    static bool waitForImage(ContractViewer *viewer, int page)
    {
        ContractPageView *view = viewer->pageView();
        const double scale = view->pixelsPerPoint() * view->devicePixelRatioF();
        QElapsedTimer clock;
        clock.start();
        while (viewer->renderer()->image(page, scale).isNull() && clock.elapsed() < 30000)
            QTest::qWait(20);
        if (viewer->renderer()->image(page, scale).isNull())
            qWarning("page %d at %f not rendered: rendered %d, queued %d, busy %d, error %s", page,
                     scale, viewer->renderer()->renderedCount(),
                     int(viewer->renderer()->queued().size()), viewer->renderer()->isBusy(),
                     viewer->renderer()->pageError(page)
                         ? qPrintable(viewer->renderer()->pageError(page)->message)
                         : "none");
        return !viewer->renderer()->image(page, scale).isNull();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::pinFonts();
        Translations::install(QStringLiteral("en"));
    }
    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }
    void cleanup() { m_wizard.reset(); }

    void boxForEveryExtractedField()
    {
        ApplicationWizardContractsPage *page = pageWithA01();
        ContractViewer *viewer = page->viewer();
        ContractPageView *view = viewer->pageView();
        QVERIFY(waitForPages(viewer, 6));
        const QString sha = m_wizard->application().contracts.first().sha256;
        const auto document = m_wizard->contractDocuments().find(sha);
        QVERIFY(document);
        const QList<FieldLocation> locations = ContractFieldsJson::locations(document->fields);
        QVERIFY2(locations.size() >= 8, qPrintable(QString::number(locations.size())));
        QCOMPARE(view->fields().size(), locations.size());
        for (const double zoom : {view->zoom(), 1.5, 0.6}) {
            view->setZoom(zoom);
            const double ppp = view->pixelsPerPoint();
            QVERIFY(qAbs(ppp - zoom * view->viewport()->logicalDpiX() / 72.0) < 1e-9);
            for (const FieldLocation &location : locations) {
                const QRectF pageRect = view->pageRect(location.page);
                QVERIFY(near(
                    QRectF(pageRect.topLeft(), pageRect.size()),
                    QRectF(pageRect.topLeft(), viewer->renderer()->pageSize(location.page) * ppp)));
                const QRectF expected(pageRect.topLeft() + location.rect.topLeft() * ppp,
                                      location.rect.size() * ppp);
                QVERIFY2(near(view->fieldRect(location.key), expected),
                         qPrintable(location.key + describe(view->fieldRect(location.key)) +
                                    describe(expected)));
            }
        }
        // Each box is drawn in its colour along its left edge (blue: read from the PDF, orange:
        // low confidence, grey: not a field of the form), on the rendered page.
        view->setFit(ContractPageView::Fit::Width); // whole lines in view
        for (const ViewerField &field : view->fields()) {
            viewer->showField(field.key, false);
            QVERIFY(waitForImage(viewer, field.page));
            QTest::qWait(20);
            const QImage shot = view->viewport()->grab().toImage();
            const QRectF box = view->fieldRect(field.key).adjusted(-3, -3, 3, 3);
            QVERIFY2(QRectF(view->viewport()->rect()).contains(box), qPrintable(field.key));
            const QColor expected = field.applicationKey.isEmpty() ? QColor(0x86, 0x8e, 0x96)
                                    : field.isLowConfidence()      ? QColor(0xe8, 0x59, 0x0c)
                                                                   : QColor(0x1c, 0x7e, 0xd6);
            int matching = 0;
            int length = 0;
            for (int y = qRound(box.top()) + 2; y < qRound(box.bottom()) - 2; ++y, ++length) {
                const QColor c(shot.pixel(qRound(box.left()), y));
                matching += qAbs(c.red() - expected.red()) + qAbs(c.green() - expected.green()) +
                                        qAbs(c.blue() - expected.blue()) <
                                    60
                                ? 1
                                : 0;
            }
            QVERIFY2(matching * 3 >= length,
                     qPrintable(
                         QStringLiteral("%1: %2 of %3").arg(field.key).arg(matching).arg(length)));
            // The page under it is drawn: not only the grey background or a blank placeholder.
            QVERIFY2(inkBelow(shot, view->fieldRect(field.key).toAlignedRect()),
                     qPrintable(field.key));
        }
        // The form's values carry their origin: extracted, with a confirm button.
        QVERIFY(child<QLabel>(page, "badge_amount")->text().contains(QStringLiteral("%")));
        QVERIFY(child<QToolButton>(page, "confirm_amount")->isVisible());
    }

    void lowConfidenceStandsOut()
    {
        ContractViewer viewer;
        viewer.resize(700, 700);
        viewer.show();
        viewer.openPdf(contractBytes("A01_zh_service_contract_h800.pdf"), QString(),
                       QStringLiteral("A01"));
        QVERIFY(waitForPages(&viewer, 6));
        ViewerField sure{QStringLiteral("amount"),
                         QStringLiteral("amount"),
                         QStringLiteral("Amount"),
                         QStringLiteral("1"),
                         1,
                         QRectF(100, 200, 200, 30),
                         0.93,
                         Provenance::Extracted};
        ViewerField unsure = sure;
        unsure.key = QStringLiteral("gpu_count");
        unsure.applicationKey = QStringLiteral("gpu_count");
        unsure.rect = QRectF(100, 400, 200, 30);
        unsure.confidence = 0.5;
        QVERIFY(!sure.isLowConfidence() && unsure.isLowConfidence());
        viewer.setFields({sure, unsure});
        viewer.pageView()->setZoom(1.0);
        viewer.pageView()->scrollToPage(1);
        QVERIFY(waitForImage(&viewer, 1));
        QTest::qWait(20);
        const QImage shot = viewer.pageView()->viewport()->grab().toImage();
        const auto topEdge = [&](const ViewerField &field) {
            const QRectF box = viewer.pageView()->fieldRect(field.key).adjusted(-3, -3, 3, 3);
            QList<QColor> colours;
            for (int x = qRound(box.left()) + 2; x < qRound(box.right()) - 2; ++x)
                colours.append(QColor(shot.pixel(x, qRound(box.top()))));
            return colours;
        };
        int blue = 0;
        for (const QColor &c : topEdge(sure))
            blue += c.blue() > 150 && c.red() < 100 ? 1 : 0;
        int orange = 0;
        int gaps = 0;
        for (const QColor &c : topEdge(unsure)) {
            if (c.red() > 180 && c.blue() < 100)
                ++orange;
            else
                ++gaps;
        }
        const int width = int(topEdge(sure).size());
        QVERIFY2(blue > width * 9 / 10, qPrintable(QString::number(blue)));
        QVERIFY2(orange > width / 3, qPrintable(QString::number(orange)));
        QVERIFY2(gaps > width / 10, qPrintable(QString::number(gaps))); // dashed
    }

    void focusingAFieldScrollsToItsBoxAndBack()
    {
        ApplicationWizardContractsPage *page = pageWithA01();
        ContractViewer *viewer = page->viewer();
        ContractPageView *view = viewer->pageView();
        QVERIFY(waitForPages(viewer, 6));
        view->setZoom(1.2);
        view->scrollToPage(1);
        // The field with an editor that stands furthest into the document.
        const QHash<QString, QString> editors{
            {QStringLiteral("amount"), QStringLiteral("amountEdit")},
            {QStringLiteral("signing_date"), QStringLiteral("signingDateEdit")},
            {QStringLiteral("period_start"), QStringLiteral("periodStartEdit")},
            {QStringLiteral("period_end"), QStringLiteral("periodEndEdit")},
            {QStringLiteral("gpu_model"), QStringLiteral("gpuModelEdit")},
            {QStringLiteral("gpu_count"), QStringLiteral("gpuCountEdit")}};
        const QList<ViewerField> fields = view->fields();
        const ViewerField *last = nullptr;
        for (const ViewerField &field : fields) {
            if (editors.contains(field.applicationKey) && (!last || field.page > last->page))
                last = &field;
        }
        QVERIFY(last);
        QVERIFY2(last->page > 1, qPrintable(QString::number(last->page)));
        const QString editName = editors.value(last->applicationKey);
        QVERIFY(!QRectF(view->viewport()->rect()).contains(view->fieldRect(last->key)));
        QLineEdit *edit = page->findChild<QLineEdit *>(editName);
        QTest::mouseClick(edit, Qt::LeftButton);
        QTRY_VERIFY(QRectF(view->viewport()->rect()).contains(view->fieldRect(last->key)));
        QTRY_VERIFY(!view->isScrolling());
        QCOMPARE(view->currentField(), last->key);
        QTRY_COMPARE(qAbs(view->currentPage() - last->page) <= 1, true);

        // Clicking another box focuses its field.
        viewer->showField(QStringLiteral("party_b"), false);
        const QRectF box = view->fieldRect(QStringLiteral("party_b"));
        QVERIFY(QRectF(view->viewport()->rect()).contains(box.center()));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, box.center().toPoint());
        QTRY_COMPARE(QApplication::focusWidget(),
                     static_cast<QWidget *>(child<QLineEdit>(page, "providerEdit")));
        QCOMPARE(view->currentField(), QStringLiteral("party_b"));
        QVERIFY(child<QLabel>(viewer, "fieldInfoLabel")->text().contains(QStringLiteral("星枢")));
    }

    void correctionAndConfirmationAreStoredInTheDraft()
    {
        const ContractTextIndex index = indexOf("A01_zh_service_contract_h800.pdf");
        // Where the contract names the start of the service period: the "wrong" date to pick.
        const QList<TextSpan> starts = index.find(QStringLiteral("2024年4月1日"));
        QVERIFY(!starts.isEmpty());
        const TextSpan target = starts.first();
        qint64 id = 0;
        QString sha;
        {
            MainWindow window;
            QVERIFY(window.repository());
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            ApplicationWizard *wizard = test::newApplicationOnContractsPage(
                window, QStringLiteral("深圳市雾松灵犀智能科技有限公司"));
            QVERIFY(wizard);
            auto *page = qobject_cast<ApplicationWizardContractsPage *>(wizard->currentPage());
            QSignalSpy done(page, &ApplicationWizardContractsPage::analysisFinished);
            Dialogs::setNextOpenPdfFilesAnswer({contract("A01_zh_service_contract_h800.pdf")});
            QTest::mouseClick(child<QPushButton>(page, "addPdfButton"), Qt::LeftButton);
            QVERIFY(done.wait(120000));
            const QString path = QStringLiteral("contracts[0].signing_date");
            QCOMPARE(wizard->provenance(path), Provenance::Extracted);
            QCOMPARE(wizard->application().contracts.first().signingDate, QDate(2024, 3, 18));
            sha = wizard->application().contracts.first().sha256;

            // Not confirmed yet: the export leaves the extracted values out, the review says so.
            QStringList unconfirmed;
            auto counted = wizard->countedApplication(&unconfirmed);
            QVERIFY(counted);
            QVERIFY(unconfirmed.contains(QStringLiteral("contracts[0].amount")));
            QVERIFY(!counted->contracts.first().amount);
            auto estimate = Estimator::estimate(counted.value(), *wizard->program());
            QVERIFY(estimate);
            bool hinted = false;
            for (const ChecklistItem &item :
                 ApplicationChecklist::check(counted.value(), estimate.value(), unconfirmed))
                hinted |= item.path == QLatin1String("contracts[0].provider") &&
                          item.severity == ChecklistSeverity::Hint &&
                          item.message.contains(QStringLiteral("not confirmed"));
            QVERIFY(hinted);

            // Correct the signing date: drag over the start date in the text and use it.
            ContractViewer *viewer = page->viewer();
            ContractPageView *view = viewer->pageView();
            QVERIFY(waitForPages(viewer, 6));
            QTRY_VERIFY(viewer->hasText());
            QTest::mouseClick(child<QLineEdit>(page, "signingDateEdit"), Qt::LeftButton);
            QTRY_COMPARE(view->currentField(), QStringLiteral("signing_date"));
            view->reveal(target.page, target.bounds(), false);
            const QRectF on =
                view->mapFromPage(target.page, target.bounds()).adjusted(-2, -2, 2, 2);
            drag(view->viewport(), on.topLeft().toPoint(), on.bottomRight().toPoint());
            QCOMPARE(test::compact(viewer->selectedText()), QStringLiteral("2024年4月1日"));
            QPushButton *use = child<QPushButton>(viewer, "useSelectionButton");
            QVERIFY(use->isEnabled());
            QTest::mouseClick(use, Qt::LeftButton);
            QCOMPARE(wizard->application().contracts.first().signingDate, QDate(2024, 4, 1));
            QCOMPARE(wizard->provenance(path), Provenance::Corrected);
            QCOMPARE(child<QLineEdit>(page, "signingDateEdit")->text(),
                     QStringLiteral("2024-04-01"));
            QVERIFY(child<QLabel>(page, "badge_signing_date")
                        ->text()
                        .contains(QStringLiteral("corrected")));
            // The box now surrounds the selected text.
            QVERIFY(near(view->fieldRect(QStringLiteral("signing_date")),
                         view->mapFromPage(target.page, target.bounds())));

            // Text that is no date is refused with a reason, nothing changes.
            const TextSpan party = index.find(QStringLiteral("星枢算力")).first();
            view->reveal(party.page, party.bounds(), false);
            const QRectF over =
                view->mapFromPage(party.page, party.bounds()).adjusted(-2, -2, 2, 2);
            drag(view->viewport(), over.topLeft().toPoint(), over.bottomRight().toPoint());
            QTest::mouseClick(use, Qt::LeftButton);
            QVERIFY(child<QLabel>(viewer, "viewerMessage")->isVisible());
            QCOMPARE(wizard->application().contracts.first().signingDate, QDate(2024, 4, 1));

            // Confirm the amount with its button in the form.
            QToolButton *confirm = child<QToolButton>(page, "confirm_amount");
            QVERIFY(confirm->isVisible());
            QTest::mouseClick(confirm, Qt::LeftButton);
            QCOMPARE(wizard->provenance(QStringLiteral("contracts[0].amount")),
                     Provenance::Confirmed);
            QCOMPARE(wizard->provenance(QStringLiteral("contracts[0].currency")),
                     Provenance::Confirmed);
            QVERIFY(!confirm->isVisible());
            QVERIFY(wizard->countedApplication()->contracts.first().amount.has_value());
            // And the GPU model with the viewer's button.
            viewer->showField(QStringLiteral("gpu_model"), false);
            QTest::mouseClick(child<QPushButton>(viewer, "confirmFieldButton"), Qt::LeftButton);
            QCOMPARE(wizard->provenance(QStringLiteral("contracts[0].gpu_model")),
                     Provenance::Confirmed);
            wizard->close();
            id = window.repository()->listDrafts()->first().id;
        }
        // In the database: values, origins and the moved box.
        {
            auto repository = DraftRepository::openAtStartup();
            QVERIFY(repository);
            auto draft = repository.value()->loadDraft(id);
            QVERIFY(draft);
            const QJsonObject stored =
                draft->application.value(QStringLiteral("contracts")).toArray().first().toObject();
            QCOMPARE(stored.value(QStringLiteral("signing_date")).toString(),
                     QStringLiteral("2024-04-01"));
            QCOMPARE(provenanceName(
                         draft->provenance.value(QStringLiteral("contracts[0].signing_date"))),
                     QStringLiteral("corrected"));
            QCOMPARE(provenanceName(draft->provenance.value(QStringLiteral("contracts[0].amount"))),
                     QStringLiteral("confirmed"));
            QCOMPARE(
                provenanceName(draft->provenance.value(QStringLiteral("contracts[0].gpu_model"))),
                QStringLiteral("confirmed"));
            QCOMPARE(
                provenanceName(draft->provenance.value(QStringLiteral("contracts[0].provider"))),
                QStringLiteral("extracted"));
            auto contracts = repository.value()->contracts(id);
            QVERIFY(contracts);
            QCOMPARE(contracts->size(), 1);
            QCOMPARE(contracts->first().sha256, sha);
            const QJsonObject moved =
                contracts->first().fields.value(QStringLiteral("signing_date")).toObject();
            QCOMPARE(moved.value(QStringLiteral("page")).toInt(), target.page);
            QCOMPARE(moved.value(QStringLiteral("value")).toString(), QStringLiteral("2024-04-01"));
            QVERIFY(!repository.value()->contractText(sha)->isEmpty());
        }
        // Reopened, the page shows the PDF kept with the draft, its boxes and its text.
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ApplicationWizard *wizard = window.openDraft(id);
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(ApplicationWizard::ContractsPage));
        auto *page = qobject_cast<ApplicationWizardContractsPage *>(wizard->currentPage());
        QVERIFY(waitForPages(page->viewer(), 6));
        QTRY_VERIFY(page->viewer()->hasText());
        QVERIFY(page->viewer()->pageView()->fields().size() >= 8);
        QCOMPARE(wizard->provenance(QStringLiteral("contracts[0].signing_date")),
                 Provenance::Corrected);
        QVERIFY(!child<QToolButton>(page, "confirm_amount")->isVisible());
        QVERIFY(child<QToolButton>(page, "confirm_provider")->isVisible());
        wizard->close();
    }

    void searchAndCopy()
    {
        ApplicationWizardContractsPage *page = pageWithA01();
        ContractViewer *viewer = page->viewer();
        QVERIFY(waitForPages(viewer, 6));
        QTRY_VERIFY(viewer->hasText());
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(m_wizard.get()));
        viewer->pageView()->setFocus();
        QTest::keySequence(viewer->pageView(), QKeySequence::Find);
        QLineEdit *search = child<QLineEdit>(viewer, "searchEdit");
        QTRY_VERIFY(search->hasFocus());
        search->insert(QStringLiteral("星枢算力"));
        QVERIFY(viewer->hitCount() >= 2);
        const int count = viewer->hitCount();
        QCOMPARE(viewer->currentHit(), 0);
        QTest::keyClick(search, Qt::Key_F3);
        QCOMPARE(viewer->currentHit(), 1);
        QTest::keyClick(search, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(viewer->currentHit(), 0);
        QTest::keyClick(search, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(viewer->currentHit(), count - 1); // wraps around
        QVERIFY(child<QLabel>(viewer, "hitLabel")->text().contains(QString::number(count)));
        const TextSpan hit = viewer->hits().at(viewer->currentHit());
        QTRY_VERIFY(QRectF(viewer->pageView()->viewport()->rect())
                        .contains(viewer->pageView()->mapFromPage(hit.page, hit.bounds())));

        search->selectAll();
        search->insert(QStringLiteral("h800"));
        QVERIFY(viewer->hitCount() >= 1);
        QCOMPARE(test::compact(viewer->hits().first().text), QStringLiteral("H800"));
        search->selectAll();
        search->insert(QStringLiteral("no such words"));
        QCOMPARE(viewer->hitCount(), 0);

        // Copy what was dragged over.
        ContractPageView *view = viewer->pageView();
        view->reveal(hit.page, hit.bounds(), false);
        const QRectF on = view->mapFromPage(hit.page, hit.bounds()).adjusted(-2, -2, 2, 2);
        drag(view->viewport(), on.topLeft().toPoint(), on.bottomRight().toPoint());
        QCOMPARE(test::compact(viewer->selectedText()), QStringLiteral("星枢算力"));
        QApplication::clipboard()->clear();
        QTest::keySequence(view, QKeySequence::Copy);
        QCOMPARE(test::compact(QApplication::clipboard()->text()), QStringLiteral("星枢算力"));
    }

    // The review page and the package count only confirmed or typed values: an unconfirmed
    // amount blocks the export (the estimate needs it), an unconfirmed GPU model is a hint and
    // stays out of the package's data.json.
    void exportCountsOnlyConfirmedValues()
    {
        auto application = ApplicationJson::readFile(
            QStringLiteral(COUPONDESK_SAMPLES_DIR "/applications/01-enterprise-basic.json"));
        QVERIFY(application);
        application->applicant.creditCode = QStringLiteral("91440300MA9FNULF0E"); // valid
        m_wizard = std::make_unique<ApplicationWizard>(application.value());
        const QString amount = QStringLiteral("contracts[0].amount");
        const QString gpu = QStringLiteral("contracts[0].gpu_model");
        m_wizard->setProvenanceMap({{amount, Provenance::Extracted}, {gpu, Provenance::Extracted}});
        m_wizard->show();
        m_wizard->goToStep(ApplicationWizard::ReviewPage);
        QCOMPARE(m_wizard->currentId(), int(ApplicationWizard::ReviewPage));
        auto *review = qobject_cast<ApplicationWizardReviewPage *>(m_wizard->currentPage());
        QListWidget *checklist = child<QListWidget>(review, "checklist");
        const auto rows = [&] {
            QStringList texts;
            for (int i = 0; i < checklist->count(); ++i)
                texts << checklist->item(i)->text();
            return texts.join(QLatin1Char('\n'));
        };
        QVERIFY2(rows().contains(QStringLiteral("Error: Contract 1: the amount was read from the "
                                                "PDF but is not confirmed yet")),
                 qPrintable(rows()));
        QVERIFY2(rows().contains(QStringLiteral("Hint: Contract 1: the GPU model was read from the "
                                                "PDF and is not confirmed yet")),
                 qPrintable(rows()));
        QVERIFY(!review->isComplete());
        QVERIFY(!child<QPushButton>(review, "exportButton")->isEnabled());
        QVERIFY(child<QLabel>(review, "exportEstimateLabel")
                    ->text()
                    .contains(QStringLiteral("2 values")));

        QVERIFY(m_wizard->applyField(amount, QStringLiteral("3200000.00"), Provenance::Confirmed));
        QVERIFY2(!rows().contains(QStringLiteral("the amount")), qPrintable(rows()));
        QVERIFY2(review->isComplete(), qPrintable(rows()));
        QTemporaryDir out;
        const QString package = out.filePath(QStringLiteral("package.zip"));
        QSignalSpy exported(review, &ApplicationWizardReviewPage::exportFinished);
        review->exportTo(package);
        QVERIFY(exported.wait(60000));
        QVERIFY(exported.first().first().toBool());
        auto archive = PackageArchive::open(package);
        QVERIFY(archive);
        QJsonObject data;
        for (const ArchiveEntry &entry : archive.value()->entries()) {
            if (entry.name == QLatin1String("data.json"))
                data = QJsonDocument::fromJson(archive.value()->read(entry).value()).object();
        }
        const QJsonObject contract =
            data.value(QStringLiteral("contracts")).toArray().first().toObject();
        QCOMPARE(contract.value(QStringLiteral("amount")).toString(), QStringLiteral("3200000.00"));
        QVERIFY(contract.value(QStringLiteral("gpu_model")).toString().isEmpty());
        QCOMPARE(m_wizard->application().contracts.first().gpuModel,
                 QStringLiteral("Huawei Ascend 910B")); // still in the draft, only not exported
    }

    // An encrypted contract is shown with the password given when it was added; without it the
    // viewer asks for it (as after reopening a draft, which does not store passwords).
    // An imported application names its contract PDF by path. The file is read off the GUI
    // thread (it may be 200 MB on a network share): the viewer says it is opening it, then shows
    // it; a file that is not the one the application names (another SHA-256) is not shown.
    void importedApplicationShowsItsPdf()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("租赁合同-A01.pdf"));
        QVERIFY(QFile::copy(contract("A01_zh_service_contract_h800.pdf"), path));
        auto application = ApplicationJson::readFile(
            QStringLiteral(COUPONDESK_SAMPLES_DIR "/applications/01-enterprise-basic.json"));
        QVERIFY(application);
        application->contracts.first().file = path;
        application->contracts.first().sha256.clear();
        m_wizard = std::make_unique<ApplicationWizard>(application.value());
        m_wizard->show();
        m_wizard->goToStep(ApplicationWizard::ContractsPage);
        auto *page = qobject_cast<ApplicationWizardContractsPage *>(m_wizard->currentPage());
        QVERIFY(page);
        ContractViewer *viewer = page->viewer();
        // Not read yet when the page appears: the read runs in the background.
        QCOMPARE(viewer->pageView()->message(), QStringLiteral("Opening 租赁合同-A01.pdf…"));
        QVERIFY(!viewer->isShowing(QStringLiteral("租赁合同-A01.pdf")));
        QTRY_VERIFY_WITH_TIMEOUT(viewer->isShowing(QStringLiteral("租赁合同-A01.pdf")), 10000);
        QVERIFY(waitForPages(viewer, 6));
        QTRY_VERIFY_WITH_TIMEOUT(viewer->renderer()->renderedCount() > 0, 30000);

        // The application names a different file content: not shown, whatever lies at the path.
        m_wizard.reset();
        application->contracts.first().sha256 = QString(64, QLatin1Char('0'));
        m_wizard = std::make_unique<ApplicationWizard>(application.value());
        m_wizard->show();
        m_wizard->goToStep(ApplicationWizard::ContractsPage);
        page = qobject_cast<ApplicationWizardContractsPage *>(m_wizard->currentPage());
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->viewer()->pageView()->message(),
                                  QStringLiteral("The PDF of this contract is not available."),
                                  10000);
        QVERIFY(!page->viewer()->hasDocument());

        // A device named as the contract is refused at once (never read for ever).
        m_wizard.reset();
        application->contracts.first().file = QStringLiteral("/dev/zero");
        application->contracts.first().sha256.clear();
        m_wizard = std::make_unique<ApplicationWizard>(application.value());
        m_wizard->show();
        m_wizard->goToStep(ApplicationWizard::ContractsPage);
        page = qobject_cast<ApplicationWizardContractsPage *>(m_wizard->currentPage());
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->viewer()->pageView()->message(),
                                  QStringLiteral("The PDF of this contract is not available."),
                                  5000);
    }

    void encryptedContractUsesItsPassword()
    {
        m_wizard = std::make_unique<ApplicationWizard>(test::contractsPageDraft());
        m_wizard->show();
        m_wizard->goToStep(ApplicationWizard::ContractsPage);
        auto *page = qobject_cast<ApplicationWizardContractsPage *>(m_wizard->currentPage());
        QVERIFY(page);
        QSignalSpy done(page, &ApplicationWizardContractsPage::analysisFinished);
        Dialogs::setNextPasswordAnswer(QStringLiteral("Moyan#2024"));
        page->addPdfFiles({contract("A08_zh_encrypted.pdf")});
        QVERIFY(done.wait(120000));
        ContractViewer *viewer = page->viewer();
        QVERIFY(waitForPages(viewer, 3));
        QVERIFY(waitForImage(viewer, 1));
        QVERIFY(!viewer->pageView()->fields().isEmpty());

        viewer->openPdf(contractBytes("A08_zh_encrypted.pdf"), QString(), QStringLiteral("A08"));
        QPushButton *ask = child<QPushButton>(viewer, "viewerPasswordButton");
        QTRY_VERIFY(ask->isVisible());
        QCOMPARE(viewer->pageView()->pageCount(), 0);
        Dialogs::setNextPasswordAnswer(QStringLiteral("Moyan#2024"));
        QTest::mouseClick(ask, Qt::LeftButton);
        QVERIFY(waitForPages(viewer, 3));
        QVERIFY(!ask->isVisible());
    }

    // A 60-page contract scrolled from the first page to the last with the wheel, zoomed on the
    // way: the event loop never stops for more than 100 ms, and the pages come.
    void eventLoopNeverBlockedWhileScrolling()
    {
        ContractViewer viewer;
        viewer.resize(760, 820);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.openPdf(contractBytes("A07_zh_long_sla_appendix_60p.pdf"), QString(),
                       QStringLiteral("A07"));
        QVERIFY(waitForPages(&viewer, 60));
        ContractPageView *view = viewer.pageView();
        QVERIFY(waitForImage(&viewer, 1));
        test::EventLoopProbe probe;
        probe.start();
        const auto wheel = [&](int delta, Qt::KeyboardModifiers modifiers) {
            const QPointF at = QRectF(view->viewport()->rect()).center();
            QWheelEvent event(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, delta),
                              Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
            QApplication::sendEvent(view->viewport(), &event);
        };
        int steps = 0;
        while (view->verticalScrollBar()->value() < view->verticalScrollBar()->maximum() &&
               steps < 2000) {
            wheel(-360, Qt::NoModifier);
            QTest::qWait(12);
            if (++steps == 40) {
                wheel(120, Qt::ControlModifier); // zoom in on the way
                QTest::qWait(100);
            } else if (steps == 80) {
                wheel(-240, Qt::ControlModifier);
                QTest::qWait(100);
            }
        }
        QTRY_VERIFY(!view->isScrolling());
        QCOMPARE(view->currentPage(), 60);
        QVERIFY(waitForImage(&viewer, 60));
        QTRY_VERIFY_WITH_TIMEOUT(!viewer.renderer()->isBusy(), 30000);
        probe.stop();
        QVERIFY(probe.ticks() > 100);
        // Pages scrolled past quickly were dropped, not all rendered.
        qInfo("rendered %d pages, dropped %d; longest gap between probe ticks %lld ms, of which "
              "the event loop was blocked %lld ms (the rest: waiting for a CPU on a busy machine)",
              viewer.renderer()->renderedCount(), viewer.renderer()->droppedCount(),
              probe.longestGapMs(), probe.longestBlockedMs());
        QVERIFY(viewer.renderer()->renderedCount() > 10);
        QVERIFY2(probe.longestBlockedMs() <= test::kMaxStallMs,
                 qPrintable(QStringLiteral("blocked for %1 ms").arg(probe.longestBlockedMs())));
    }

    // The search field's placeholder is shown whole in every language, at the size the wizard
    // opens with (it was cut off: "Search the contract (Ctrl…", "Im Vertrag …").
    void searchPlaceholderFits_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"zh_CN", "en", "de"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    void searchPlaceholderFits()
    {
        QFETCH(QString, language);
        Translations::install(language);
        ApplicationWizardContractsPage *page = pageWithA01();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(m_wizard.get()));
        auto *search = child<QLineEdit>(page->viewer(), "searchEdit");
        const int textWidth =
            search->width() - search->sizeHint().height(); // less the clear button
        const int placeholder = search->fontMetrics().horizontalAdvance(search->placeholderText());
        m_wizard.reset();
        Translations::install(QStringLiteral("en"));
        QVERIFY2(textWidth >= placeholder,
                 qPrintable(QStringLiteral("%1 px for %2 px").arg(textWidth).arg(placeholder)));
    }

    void screenshots_data() { test::screenshotLanguages(); }
    void screenshots()
    {
        QFETCH(QString, language);
        Translations::install(language);
        const QString dir = test::screenshotDir();
        {
            ApplicationWizardContractsPage *page = pageWithA01();
            QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(m_wizard.get()));
            // The size the page asks for on a desktop screen (the offscreen one is smaller).
            m_wizard->resize(1360, 840);
            ContractViewer *viewer = page->viewer();
            QVERIFY(waitForPages(viewer, 6));
            QTRY_VERIFY(viewer->hasText());
            child<QLineEdit>(viewer, "searchEdit")->insert(QStringLiteral("算力"));
            page->confirmField(QStringLiteral("provider"));
            QTest::mouseClick(child<QLineEdit>(page, "amountEdit"), Qt::LeftButton);
            QTRY_VERIFY(!viewer->pageView()->isScrolling());
            QVERIFY(waitForImage(viewer, viewer->pageView()->currentPage()));
            QTRY_VERIFY_WITH_TIMEOUT(!viewer->renderer()->isBusy(), 30000); // thumbnails too
            QTest::qWait(100);
            QVERIFY(m_wizard->grab().save(dir +
                                          QStringLiteral("/wizard-3-viewer-%1.png").arg(language)));
        }
        m_wizard.reset();
        Translations::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestContractViewer)
#include "tst_contract_viewer.moc"
