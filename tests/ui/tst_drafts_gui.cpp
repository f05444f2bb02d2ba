// Drafts in the GUI: a new application is stored as it is typed; closing mid-way and reopening
// returns to the same page with the same values; undo in the wizard; delete with undo.
#include "ApplicationWizard.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"

#include "storage/DraftRepository.h"

#include <QDir>
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

    void deleteWithUndo()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ApplicationWizard *wizard = window.newApplication();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(wizard));
        typeInto(wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                 QStringLiteral("Delete Me"));
        wizard->close();
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("draftsTable"));
        QTRY_COMPARE(table->rowCount(), 1);
        table->setCurrentCell(0, 0);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("deleteDraftButton")),
                          Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        auto *undo = window.findChild<QPushButton *>(QStringLiteral("undoDeleteButton"));
        QVERIFY(undo->isVisible());
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Delete Me"));
    }
};

QTEST_MAIN(TestDraftsGui)
#include "tst_drafts_gui.moc"
