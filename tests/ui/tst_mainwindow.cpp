// The GUI starts to its start page and lists the installed programs.
#include "MainWindow.h"

#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
