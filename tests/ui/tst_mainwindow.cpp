// The GUI starts to its start page and lists the installed programs; F1 opens the user guide in
// the shown language with its screenshots; amounts can be shown in full yuan instead of 万元.
#include "HelpDialog.h"
#include "MainWindow.h"

#include "core/Translations.h"
#include "domain/MoneyFormat.h"

#include <QAction>
#include <QImage>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QtTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
