// Drafts in the GUI: a new application is stored as it is typed; closing mid-way and reopening
// returns to the same page with the same values; undo in the wizard; delete with undo.
#include "../support/RulePackFixtures.h"
#include "ApplicationWizard.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"

#include "domain/ApplicationJson.h"
#include "rules/ProgramCatalog.h"
#include "storage/DraftRepository.h"
#include "storage/RulePackPinning.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

using namespace cd;

using test::typeInto;

class TestDraftsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void closeAndReopenRestoresPageAndValues()
    {
        qint64 id = 0;
        {
            MainWindow window;
            QVERIFY(window.repository());
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            ApplicationWizard *wizard =
                test::newApplicationOnContractsPage(window, QStringLiteral("Reopen Ltd"));
            QVERIFY(wizard);
            QTest::mouseClick(wizard->currentPage()->findChild<QPushButton *>(
                                  QStringLiteral("addContractButton")),
                              Qt::LeftButton);
            typeInto(wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("amountEdit")),
                     QStringLiteral("2500000.00"));
            // Closing the window without finishing, as a user would mid-way.
            wizard->close();
            auto drafts = window.repository()->listDrafts();
            QVERIFY(drafts.ok());
            QCOMPARE(drafts->size(), 1);
            id = drafts->first().id;
            QCOMPARE(drafts->first().applicantName, QStringLiteral("Reopen Ltd"));
            QTRY_COMPARE(
                window.findChild<QTableWidget *>(QStringLiteral("draftsTable"))->rowCount(), 1);
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ApplicationWizard *wizard = window.openDraft(id);
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(ApplicationWizard::ContractsPage));
        QCOMPARE(wizard->application().applicant.name, QStringLiteral("Reopen Ltd"));
        QCOMPARE(wizard->application().contracts.size(), 1);
        QCOMPARE(wizard->application().contracts.first().amount->toDecimalString(),
                 QStringLiteral("2500000.00"));
        QCOMPARE(
            wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("amountEdit"))->text(),
            QStringLiteral("2500000.00"));
    }

    // An office installs a newer version of the draft's rule pack: opening the draft shows, on
    // the estimate page, the versions, the subsidy before and after and the rule that moved;
    // once seen, the next opening shows nothing.
    void rulePackChangeIsShown()
    {
        auto application = ApplicationJson::readFile(
            QStringLiteral(COUPONDESK_SAMPLES_DIR "/applications/01-enterprise-basic.json"));
        QVERIFY(application);
        qint64 id = 0;
        {
            MainWindow window;
            QVERIFY(window.repository());
            auto created =
                window.repository()->createDraft(application.value(), Provenance::Imported);
            QVERIFY(created);
            id = created.value();
            QVERIFY(RulePackPinning::snapshot(*window.repository(), id, ProgramCatalog::load()));
        }
        QVERIFY(test::writeNewerShenzhenPack(ProgramCatalog::userProgramsDir()));

        for (const bool firstOpening : {true, false}) {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            ApplicationWizard *wizard = window.openDraft(id);
            QVERIFY(wizard);
            QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(wizard));
            wizard->goToStep(ApplicationWizard::EstimatePage);
            QCOMPARE(wizard->currentId(), int(ApplicationWizard::EstimatePage));
            auto *notice =
                wizard->currentPage()->findChild<QLabel *>(QStringLiteral("rulePackChange"));
            QVERIFY(notice);
            QCOMPARE(notice->isVisible(), firstOpening);
            if (firstOpening) {
                QVERIFY2(notice->text().contains(QStringLiteral("2099.1")),
                         qPrintable(notice->text()));
                QVERIFY(notice->text().contains(QStringLiteral("0.50 → 0.40")));
                QVERIFY(notice->text().contains(QStringLiteral("→ <b>")));
            }
            wizard->close();
        }
    }

    void undoRestoresTheEarlierValue()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ApplicationWizard *wizard = window.newApplication();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(wizard));
        QLineEdit *name = wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QLineEdit *city = wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("cityEdit"));
        typeInto(name, QStringLiteral("First"));
        typeInto(city, QStringLiteral("Shenzhen"));
        QAction *undo = wizard->findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo);
        undo->trigger(); // the last field edit goes, the one before stays
        QCOMPARE(wizard->application().applicant.registeredCity, QString());
        QCOMPARE(city->text(), QString());
        QCOMPARE(wizard->application().applicant.name, QStringLiteral("First"));
        wizard->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
        QCOMPARE(wizard->application().applicant.registeredCity, QStringLiteral("Shenzhen"));
        QCOMPARE(city->text(), QStringLiteral("Shenzhen"));
    }

    // "Delete" hides the draft; only when the undo window ends is it deleted for real, with its
    // contract files. Undo within the window brings back the same draft, not a copy.
    void deleteWithUndo()
    {
        MainWindow window;
        window.setUndoWindow(500);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ApplicationWizard *wizard = window.newApplication();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(wizard));
        typeInto(wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                 QStringLiteral("Delete Me"));
        wizard->close();
        DraftRepository *repository = window.repository();
        auto drafts = repository->listDrafts();
        QVERIFY(drafts && drafts->size() == 1);
        const qint64 id = drafts->first().id;
        QVERIFY(repository->addContract(id, QByteArray("%PDF-1.4 contract of Delete Me"),
                                        QStringLiteral("c.pdf"), QJsonObject()));
        const qsizetype auditEntries = repository->auditLog(id)->size();

        auto *table = window.findChild<QTableWidget *>(QStringLiteral("draftsTable"));
        auto *remove = window.findChild<QPushButton *>(QStringLiteral("deleteDraftButton"));
        auto *undo = window.findChild<QPushButton *>(QStringLiteral("undoDeleteButton"));
        QTRY_COMPARE(table->rowCount(), 1);
        table->setCurrentCell(0, 0);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(undo->isVisible());
        // Within the window nothing is deleted yet.
        QVERIFY(repository->loadDraft(id));
        QCOMPARE(repository->contractBlobCount().value(), 1);
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(!undo->isVisible());
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Delete Me"));
        QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toLongLong(), id); // the same draft
        QCOMPARE(repository->contracts(id)->size(), 1);
        QCOMPARE(repository->auditLog(id)->size(), auditEntries);
        QTest::qWait(700); // an undone delete does not come back when the window would have ended
        QVERIFY(repository->loadDraft(id));

        // Without undo: gone, with its contract, once the window is over.
        table->setCurrentCell(0, 0);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(window.pendingDelete(), std::optional<qint64>(id));
        QVERIFY(repository->loadDraft(id));
        QTRY_VERIFY(!window.pendingDelete());
        const auto gone = repository->loadDraft(id);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
        QCOMPARE(repository->contractBlobCount().value(), 0);
        QVERIFY(!undo->isVisible());
        QCOMPARE(table->rowCount(), 0);
    }

    // A second delete makes the first final; closing the window makes a pending one final.
    void deleteBecomesFinalOnNextDeleteAndOnClose()
    {
        qint64 first = 0;
        qint64 second = 0;
        {
            MainWindow window;
            window.setUndoWindow(60'000);
            DraftRepository *repository = window.repository();
            first = repository
                        ->createDraftFromJson(
                            QJsonObject{{QStringLiteral("program"), QStringLiteral("x")}},
                            Provenance::Imported)
                        .value();
            second = repository
                         ->createDraftFromJson(
                             QJsonObject{{QStringLiteral("program"), QStringLiteral("y")}},
                             Provenance::Imported)
                         .value();
            window.refreshDrafts();
            auto *table = window.findChild<QTableWidget *>(QStringLiteral("draftsTable"));
            auto *remove = window.findChild<QPushButton *>(QStringLiteral("deleteDraftButton"));
            QCOMPARE(table->rowCount(), 2);
            table->setCurrentCell(0, 0);
            const qint64 chosen = table->item(0, 0)->data(Qt::UserRole).toLongLong();
            QTest::mouseClick(remove, Qt::LeftButton);
            QVERIFY(repository->loadDraft(chosen));
            table->setCurrentCell(0, 0);
            QTest::mouseClick(remove, Qt::LeftButton);
            QVERIFY(!repository->loadDraft(chosen));
            QCOMPARE(window.pendingDelete().value(), chosen == first ? second : first);
            QVERIFY(repository->loadDraft(*window.pendingDelete()));
        }
        // A new window on the same database: both are gone.
        MainWindow window;
        QCOMPARE(window.repository()->listDrafts()->size(), 0);
    }
};

QTEST_MAIN(TestDraftsGui)
#include "tst_drafts_gui.moc"
