// The application wizard driven through its named widgets: a whole application typed in,
// whose estimate equals coupondesk-cli estimate on the same data; keyboard-only moves;
// invalid input shown inline; screenshots of every page in zh_CN, en and de.
#include "ApplicationWizard.h"
#include "ApplicationWizardReviewPage.h"
#include "Dialogs.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"

#include "core/Translations.h"
#include "domain/ApplicationJson.h"
#include "rules/EstimateJson.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;

namespace {
using test::child;

using test::typeInto;

void choose(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(combo->findData(data));
}

QJsonObject cliEstimate(const Application &application)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("app.json")));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    file.write(ApplicationJson::write(application));
    file.close();
    QProcess process;
    process.start(QStringLiteral(COUPONDESK_CLI_PATH),
                  {QStringLiteral("estimate"), file.fileName(), QStringLiteral("--json")});
    process.waitForFinished(30000);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

// Fills the program page and one contract like a founder would (sample 02: a young start-up).
void fillSampleApplication(ApplicationWizard *wizard)
{
    QWidget *page = wizard->currentPage();
    typeInto(child<QLineEdit>(page, "nameEdit"), QStringLiteral("深圳初芯智能有限公司"));
    choose(child<QComboBox>(page, "entityTypeCombo"), QStringLiteral("startup"));
    typeInto(child<QLineEdit>(page, "cityEdit"), QStringLiteral("Shenzhen"));
    choose(child<QComboBox>(page, "legalPersonCombo"), true);
    child<QDateEdit>(page, "applicationDateEdit")->setDate(QDate(2025, 4, 1));
    child<QDateEdit>(page, "foundedDateEdit")->setDate(QDate(2024, 10, 8));
    typeInto(child<QLineEdit>(page, "creditCodeEdit"), QStringLiteral("91440300MA9FNULF0E"));
    typeInto(child<QLineEdit>(page, "emailEdit"), QStringLiteral("apply@example.cn"));
    typeInto(child<QLineEdit>(page, "priorSubsidyEdit"), QStringLiteral("0.00"));
}

void fillSampleContract(ApplicationWizard *wizard)
{
    QWidget *page = wizard->currentPage();
    QTest::mouseClick(child<QPushButton>(page, "addContractButton"), Qt::LeftButton);
    typeInto(child<QLineEdit>(page, "providerEdit"), QStringLiteral("深圳某某云计算有限公司"));
    choose(child<QComboBox>(page, "providerRegisteredCombo"), true);
    choose(child<QComboBox>(page, "providerAffiliatedCombo"), false);
    typeInto(child<QLineEdit>(page, "signingDateEdit"), QStringLiteral("2025-03-01"));
    typeInto(child<QLineEdit>(page, "periodStartEdit"), QStringLiteral("2025-03-15"));
    typeInto(child<QLineEdit>(page, "periodEndEdit"), QStringLiteral("2026-03-14"));
    typeInto(child<QLineEdit>(page, "amountEdit"), QStringLiteral("3200000.00"));
    typeInto(child<QLineEdit>(page, "otherFundingEdit"), QStringLiteral("0.00"));
    choose(child<QComboBox>(page, "useCombo"), QStringLiteral("training"));
    typeInto(child<QLineEdit>(page, "gpuModelEdit"), QStringLiteral("Huawei Ascend 910B"));
    typeInto(child<QLineEdit>(page, "gpuCountEdit"), QStringLiteral("64"));
}
} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::pinFonts();
    }

    void wholeApplicationMatchesCli()
    {
        MainWindow window;
        ApplicationWizard *wizard = window.newApplication();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(wizard));
        QCOMPARE(wizard->currentId(), int(ApplicationWizard::ProgramPage));
        fillSampleApplication(wizard);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ApplicationWizard::EligibilityPage));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ApplicationWizard::ContractsPage));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no contract yet
        fillSampleContract(wizard);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ApplicationWizard::EstimatePage));

        QVERIFY(wizard->estimate().has_value());
        const QJsonObject gui = EstimateJson::toJson(*wizard->estimate());
        const QJsonObject cli = cliEstimate(wizard->application());
        QCOMPARE(gui.value(QStringLiteral("subsidy")).toString(), QStringLiteral("1920000.00"));
        for (const char *key : {"eligible", "subsidy", "rate", "binding_limit", "cap_headroom"})
            QCOMPARE(gui.value(QLatin1String(key)), cli.value(QLatin1String(key)));
        QVERIFY(
            child<QLabel>(wizard, "subsidyLabel")->text().contains(QStringLiteral("1,920,000.00")));

        wizard->next();
        QCOMPARE(wizard->currentId(), int(ApplicationWizard::ReviewPage));
        QVERIFY(child<QListWidget>(wizard, "documentsList")->count() >= 3);

        // Nothing blocks the export: write the package and verify it with the CLI.
        auto *review = qobject_cast<ApplicationWizardReviewPage *>(wizard->currentPage());
        QVERIFY(review->isComplete());
        QTemporaryDir out;
        const QString package = out.filePath(QStringLiteral("application.zip"));
        QSignalSpy exported(review, &ApplicationWizardReviewPage::exportFinished);
        Dialogs::setNextSaveFileAnswer(package);
        QTest::mouseClick(child<QPushButton>(review, "exportButton"), Qt::LeftButton);
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.first().first().toBool(), true);
        QVERIFY(child<QPushButton>(review, "showInFolderButton")->isVisible());
        QProcess verify;
        verify.start(QStringLiteral(COUPONDESK_CLI_PATH), {QStringLiteral("verify"), package});
        QVERIFY(verify.waitForFinished(60000));
        QCOMPARE(verify.exitCode(), 0);
    }

    void invalidValueIsShownInlineAndNotApplied()
    {
        MainWindow window;
        ApplicationWizard *wizard = window.newApplication();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(wizard));
        fillSampleApplication(wizard);
        wizard->next();
        wizard->next();
        fillSampleContract(wizard);
        QWidget *page = wizard->currentPage();
        typeInto(child<QLineEdit>(page, "amountEdit"), QStringLiteral("3,2 Mio"));
        QLabel *banner = child<QLabel>(page, "contractsBanner");
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("3,2 Mio")));
        QCOMPARE(wizard->application().contracts.first().amount->fen(),
                 qint64(320000000)); // nothing lost
        QVERIFY(!wizard->validateCurrentPage());
        typeInto(child<QLineEdit>(page, "amountEdit"), QStringLiteral("3300000.00"));
        QVERIFY(banner->isHidden());
        QCOMPARE(wizard->application().contracts.first().amount->fen(), qint64(330000000));
    }

    void ineligibleApplicantLearnsWhy()
    {
        MainWindow window;
        ApplicationWizard *wizard = window.newApplication();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(wizard));
        fillSampleApplication(wizard);
        typeInto(child<QLineEdit>(wizard->currentPage(), "cityEdit"), QStringLiteral("Dongguan"));
        wizard->next();
        QLabel *banner = child<QLabel>(wizard->currentPage(), "eligibilityBanner");
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("Dongguan")));
    }

    void keyboardOnly()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *newButton = child<QPushButton>(&window, "newApplicationButton");
        newButton->setFocus();
        QTest::keyClick(newButton, Qt::Key_Space);
        auto *wizard = window.findChild<ApplicationWizard *>();
        QVERIFY(wizard);
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(wizard));
        // Tab from the program list reaches the name field; Enter presses the default button
        // (Next).
        QLineEdit *name = child<QLineEdit>(wizard->currentPage(), "nameEdit");
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Keyboard Ltd"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(wizard->application().applicant.name, QStringLiteral("Keyboard Ltd"));
        QCOMPARE(wizard->currentId(), int(ApplicationWizard::EligibilityPage));
        QTest::keyClick(wizard->focusWidget() ? wizard->focusWidget() : wizard, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(ApplicationWizard::ContractsPage));
        auto *add = child<QPushButton>(wizard->currentPage(), "addContractButton");
        add->setFocus();
        QTest::keyClick(add, Qt::Key_Space);
        QCOMPARE(wizard->application().contracts.size(), 1);
        // The new contract's first field has the focus: type the provider, Tab to the next field.
        QWidget *focus = wizard->focusWidget();
        QCOMPARE(focus->objectName(), QStringLiteral("providerEdit"));
        QTest::keyClicks(focus, QStringLiteral("Cloud Co"));
        QTest::keyClick(focus, Qt::Key_Tab);
        QCOMPARE(wizard->application().contracts.first().provider, QStringLiteral("Cloud Co"));
        QCOMPARE(wizard->focusWidget()->objectName(), QStringLiteral("providerRegisteredCombo"));
        // Escape cancels the wizard; the main window stays.
        QTest::keyClick(wizard->focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!wizard->isVisible());
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void screenshots()
    {
        QFETCH(QString, language);
        Translations::install(language);
        const QString dir = test::screenshotDir();
        MainWindow window;
        window.resize(1000, 650);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.grab().save(dir + QStringLiteral("/main-%1.png").arg(language)));
        ApplicationWizard *wizard = window.newApplication();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(wizard));
        fillSampleApplication(wizard);
        const QStringList names{QStringLiteral("1-program"),   QStringLiteral("2-eligibility"),
                                QStringLiteral("3-contracts"), QStringLiteral("4-costs"),
                                QStringLiteral("5-estimate"),  QStringLiteral("6-review")};
        for (int i = 0; i < names.size(); ++i) {
            QCOMPARE(wizard->currentId(), i);
            if (i == ApplicationWizard::ContractsPage)
                fillSampleContract(wizard);
            QTest::qWait(50); // let views lay out their rows for the final width
            QVERIFY(wizard->grab().save(
                dir + QStringLiteral("/wizard-%1-%2.png").arg(names[i], language)));
            wizard->next();
        }
        Translations::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
