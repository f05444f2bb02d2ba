// The GUI starts to its start page and lists the installed programs; the batch and review
// windows are reached by menu, shortcut and start-page button; a batch row opens as a new draft;
// F1 opens the user guide in the shown language with its screenshots; amounts can be shown in
// full yuan instead of 万元; recent files (application files, batch spreadsheets, review folders)
// are listed on the start page and in File → Open recent, survive a restart and open again.
#include "ApplicationWizard.h"
#include "BatchRowsModel.h"
#include "BatchView.h"
#include "Dialogs.h"
#include "HelpDialog.h"
#include "MainWindow.h"
#include "ReviewView.h"

#include "core/RecentFiles.h"
#include "core/Translations.h"
#include "domain/MoneyFormat.h"
#include "storage/DraftRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace cd;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void startsToStartPage()
    {
        cd::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *newApplication =
            window.findChild<QPushButton *>(QStringLiteral("newApplicationButton"));
        QVERIFY(newApplication);
        QVERIFY(newApplication->isVisible());
        auto *programs = window.findChild<QListWidget *>(QStringLiteral("programsList"));
        QVERIFY(programs);
        QCOMPARE(programs->count(), 5);
    }

    void guideInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("screenshot");
        QTest::addColumn<QString>("lastStep");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("CouponDesk 使用指南")
                               << QStringLiteral("screenshots/wizard-5-estimate-zh_CN.png")
                               << QStringLiteral("六、核对与导出");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("CouponDesk user guide")
                            << QStringLiteral("screenshots/wizard-4-costs-plan-en.png")
                            << QStringLiteral("6. Review and export");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringLiteral("CouponDesk – Benutzerhandbuch") << QString()
                            << QStringLiteral("6. Prüfen und exportieren");
    }
    void guideInEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, heading);
        QFETCH(QString, screenshot);
        QFETCH(QString, lastStep);
        QVERIFY(cd::Translations::install(language));
        cd::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        auto *guide = window.findChild<cd::HelpDialog *>();
        QVERIFY(guide);
        QTRY_VERIFY(guide->isVisible());
        const QString text = guide->browser()->toPlainText();
        QVERIFY2(text.startsWith(heading), qPrintable(text.left(80)));
        // The guide goes through to the last step of the wizard.
        QVERIFY2(text.contains(lastStep), qPrintable(text.right(400)));
        if (!screenshot.isEmpty()) {
            const QVariant image = guide->browser()->document()->resource(
                QTextDocument::ImageResource, QUrl(screenshot));
            QVERIFY2(!image.value<QImage>().isNull() || !image.toByteArray().isEmpty(),
                     qPrintable(screenshot));
        }
        cd::Translations::install(QStringLiteral("en"));
    }

    void amountsInFullYuan()
    {
        QSettings().remove(QStringLiteral("display/fullYuan"));
        QVERIFY(cd::Translations::install(QStringLiteral("zh_CN")));
        const cd::Money amount = cd::Money::parse(QStringLiteral("3200000.00")).value();
        {
            cd::MainWindow window;
            auto *action = window.findChild<QAction *>(QStringLiteral("fullYuanAction"));
            QVERIFY(action);
            QVERIFY(!action->isChecked());
            QCOMPARE(cd::formatMoney(amount, QLocale()), QStringLiteral("320.00万元"));
            action->trigger();
            QVERIFY(action->isChecked());
            QCOMPARE(cd::formatMoney(amount, QLocale()),
                     cd::formatMoney(amount, QLocale(), cd::MoneyStyle::Full));
        }
        cd::setFullAmountsPreferred(false);
        {
            // The choice is remembered for the next start.
            cd::MainWindow window;
            QVERIFY(window.findChild<QAction *>(QStringLiteral("fullYuanAction"))->isChecked());
            QVERIFY(cd::fullAmountsPreferred());
            window.findChild<QAction *>(QStringLiteral("fullYuanAction"))->trigger();
        }
        QCOMPARE(cd::formatMoney(amount, QLocale()), QStringLiteral("320.00万元"));
        cd::Translations::install(QStringLiteral("en"));
    }

    void batchAndReviewWindows()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // In the File menu, with a shortcut each.
        auto *batchAction = window.findChild<QAction *>(QStringLiteral("batchAction"));
        auto *reviewAction = window.findChild<QAction *>(QStringLiteral("reviewAction"));
        QVERIFY(batchAction && reviewAction);
        QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(batchAction));
        QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(reviewAction));

        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
        auto *batch = window.findChild<BatchView *>();
        QVERIFY(batch);
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(batch));
        QVERIFY(batch->isWindow());
        batch->close();
        QTRY_VERIFY(!window.findChild<BatchView *>()); // closed windows are deleted

        window.activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(&window));
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        auto *review = window.findChild<ReviewView *>();
        QVERIFY(review);
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(review));
        review->close();

        // The start page's buttons open the same windows, once each.
        window.activateWindow();
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("batchButton")),
                          Qt::LeftButton);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("batchButton")),
                          Qt::LeftButton);
        QCOMPARE(window.findChildren<BatchView *>().size(), 1);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("reviewButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(window.findChildren<ReviewView *>().size(), 1);
    }

    void batchRowOpensAsDraft()
    {
        QTemporaryDir out;
        QVERIFY(out.isValid());
        MainWindow window;
        QVERIFY(window.repository());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const int draftsBefore = int(window.repository()->listDrafts()->size());
        BatchView *batch = window.showBatch();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(batch));
        batch->setInput(QStringLiteral(COUPONDESK_SAMPLES_DIR "/batch/applicants.csv"),
                        QStringLiteral(COUPONDESK_SAMPLES_DIR "/contracts"), out.path());
        batch->findChild<QCheckBox *>(QStringLiteral("packagesCheck"))->setChecked(false);
        QSignalSpy finished(batch, &BatchView::runFinished);
        batch->start();
        QVERIFY(finished.wait(120000));

        // Row 2 (SZTC-A-0002), opened with Enter in the table.
        auto *table = batch->findChild<QTableView *>(QStringLiteral("rowsTable"));
        table->setFocus();
        table->selectRow(1);
        const QString id = batch->model()->row(1).applicantId;
        QCOMPARE(id, QStringLiteral("SZTC-A-0002"));
        QTest::keyClick(table, Qt::Key_Return);
        ApplicationWizard *wizard = window.findChild<ApplicationWizard *>();
        QVERIFY(wizard);
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(wizard));
        const Application &application = wizard->application();
        QCOMPARE(application.program, QStringLiteral("shenzhen-training-2024"));

        // Stored as a new draft, listed on the start page.
        auto drafts = window.repository()->listDrafts();
        QVERIFY(drafts);
        QCOMPARE(int(drafts->size()), draftsBefore + 1);
        bool found = false;
        for (const DraftSummary &draft : drafts.value())
            found = found || draft.applicantName == application.applicant.name;
        QVERIFY(found);
        QVERIFY(!application.applicant.name.isEmpty());
        wizard->close();
    }

    void recentFiles()
    {
        RecentFiles::clear();
        // As listed: absolute, without "..", in the platform's notation.
        const auto shown = [](const QString &path) {
            return QDir::toNativeSeparators(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
        };
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString sample =
            QStringLiteral(COUPONDESK_SAMPLES_DIR "/applications/02-startup-young.json");
        const QString copy = dir.filePath(QStringLiteral("client.json"));
        QVERIFY(QFile::copy(sample, copy));
        const QString csv = QStringLiteral(COUPONDESK_SAMPLES_DIR "/batch/applicants.csv");
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            auto *list = window.findChild<QListWidget *>(QStringLiteral("recentList"));
            QVERIFY(list);
            QCOMPARE(list->count(), 1); // "Nothing opened yet", not selectable
            QCOMPARE(list->item(0)->flags(), Qt::NoItemFlags);

            // Ctrl+O: the application file becomes a new draft and a recent file.
            Dialogs::setNextOpenFileAnswer(sample);
            QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
            auto *wizard = window.findChild<ApplicationWizard *>();
            QVERIFY(wizard);
            QVERIFY(!wizard->application().applicant.name.isEmpty());
            wizard->close();
            QTRY_VERIFY(!window.findChild<ApplicationWizard *>());
            QCOMPARE(list->count(), 1);
            QVERIFY(list->item(0)->text().startsWith(QStringLiteral("02-startup-young.json")));
            QCOMPARE(list->item(0)->toolTip(), shown(sample));

            // A file that is not an application: the start page says so, nothing is listed.
            const QString broken = dir.filePath(QStringLiteral("broken.json"));
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"program\": ");
            file.close();
            QVERIFY(!window.openApplicationFile(broken));
            auto *banner = window.findChild<QLabel *>(QStringLiteral("storageBanner"));
            QVERIFY(banner->isVisible());
            QVERIFY(banner->text().contains(QStringLiteral("broken.json")));
            QCOMPARE(RecentFiles::list().size(), 1);

            window.openApplicationFile(copy);
            QTRY_VERIFY(window.findChild<ApplicationWizard *>());
            window.findChild<ApplicationWizard *>()->close();

            // A review and a batch run started in their windows are remembered too.
            ReviewView *review = window.showReview();
            review->setFolder(dir.path());
            QSignalSpy reviewed(review, &ReviewView::reviewFinished);
            review->start();
            QVERIFY(reviewed.wait(60000));
            review->close();
            BatchView *batch = window.showBatch();
            batch->setInput(csv, QString(), dir.filePath(QStringLiteral("out")));
            batch->findChild<QCheckBox *>(QStringLiteral("packagesCheck"))->setChecked(false);
            QSignalSpy ran(batch, &BatchView::runFinished);
            batch->start();
            QVERIFY(ran.wait(120000));
            batch->close();
            QTRY_VERIFY(!window.findChild<BatchView *>());
            QCOMPARE(list->count(), 4);
        }

        // After a restart: the same four, newest first, also in File → Open recent.
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *list = window.findChild<QListWidget *>(QStringLiteral("recentList"));
        QCOMPARE(list->count(), 4);
        QCOMPARE(list->item(0)->toolTip(), shown(csv));
        QCOMPARE(list->item(1)->toolTip(), shown(dir.path()));
        QCOMPARE(list->item(2)->toolTip(), shown(copy));
        QCOMPARE(list->item(3)->toolTip(), shown(sample));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(menu);
        QVERIFY(
            window.menuBar()->actions().first()->menu()->actions().contains(menu->menuAction()));
        QCOMPARE(menu->actions().at(1)->toolTip(), shown(dir.path()));

        // The menu's folder entry opens the review window on that folder.
        menu->actions().at(1)->trigger();
        auto *review = window.findChild<ReviewView *>();
        QVERIFY(review);
        QCOMPARE(review->findChild<QLineEdit *>(QStringLiteral("folderEdit"))->text(),
                 shown(dir.path()));
        review->close();
        QTRY_VERIFY(!window.findChild<ReviewView *>());

        // Enter on the spreadsheet entry opens the batch window with it.
        window.activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(&window));
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        auto *batch = window.findChild<BatchView *>();
        QVERIFY(batch);
        QCOMPARE(batch->findChild<QLineEdit *>(QStringLiteral("csvEdit"))->text(), shown(csv));
        batch->close();
        QTRY_VERIFY(!window.findChild<BatchView *>());

        // A file that went away: removed from the list, and the start page says why.
        QVERIFY(QFile::remove(copy));
        const int draftsBefore = int(window.repository()->listDrafts()->size());
        window.openRecent(RecentFiles::list().at(2));
        QVERIFY(!window.findChild<ApplicationWizard *>());
        QCOMPARE(int(window.repository()->listDrafts()->size()), draftsBefore);
        auto *banner = window.findChild<QLabel *>(QStringLiteral("storageBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("client.json")));
        QCOMPARE(list->count(), 3);

        // Clear recent files.
        auto *clear = window.findChild<QAction *>(QStringLiteral("clearRecentAction"));
        QVERIFY(clear);
        clear->trigger();
        QCOMPARE(RecentFiles::list().size(), 0);
        QCOMPARE(list->count(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
