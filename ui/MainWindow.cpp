#include "MainWindow.h"

#include "ApplicationWizard.h"
#include "ui_MainWindow.h"

#include "core/Translations.h"
#include "domain/Dates.h"
#include "rules/ProgramCatalog.h"

#include <QActionGroup>
#include <QEvent>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>

namespace cd {

namespace {
const QString kDefaultProgram = QStringLiteral("shenzhen-training-2024");
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setupMenus();
    connect(m_ui->newApplicationButton, &QPushButton::clicked, this, [this] { newApplication(); });
    showPrograms();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupMenus()
{
    m_languageMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    const QStringList languages = Translations::availableLanguages();
    for (const QString &language : languages) {
        // Each language is named in itself, so a user can always find their own.
        QAction *action = m_languageMenu->addAction(QLocale(language).nativeLanguageName());
        action->setObjectName(QStringLiteral("language_") + language);
        action->setCheckable(true);
        action->setChecked(language == Translations::currentLanguage());
        action->setActionGroup(group);
        connect(action, &QAction::triggered, this, [this, language] { switchLanguage(language); });
    }
    m_helpMenu = menuBar()->addMenu(QString());
    QAction *about = m_helpMenu->addAction(QString());
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About CouponDesk"),
                           tr("<p><b>CouponDesk %1</b></p><p>Applications for public GPU-compute "
                              "subsidies: eligibility, "
                              "contracts, estimate and a verifiable application "
                              "package.</p><p>Every rate, cap and date "
                              "comes from a rule pack with its source and confidence. Estimates "
                              "are not a decision of "
                              "the program office.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    retranslate();
}

ApplicationWizard *MainWindow::newApplication()
{
    Application application;
    application.program = kDefaultProgram;
    application.applicationDate = QDate::currentDate();
    application.priorSubsidyThisYear = Money::zero();
    auto *wizard = new ApplicationWizard(application, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
    return wizard;
}

void MainWindow::switchLanguage(const QString &language)
{
    Translations::install(language);
    // Installing translators sends LanguageChange to every widget; data texts built from the
    // locale (dates, amounts) are rebuilt here.
    showPrograms();
}

void MainWindow::showPrograms()
{
    const QLocale locale;
    const ProgramCatalog catalog = ProgramCatalog::load();
    m_ui->programsList->clear();
    for (const RulePack &pack : catalog.programs()) {
        const QString from = formatDate(*pack.date(QStringLiteral("valid_from")), locale);
        const auto to = pack.date(QStringLiteral("valid_to"));
        const QString validity = to ? tr("valid %1 to %2").arg(from, formatDate(*to, locale))
                                    : tr("valid from %1").arg(from);
        m_ui->programsList->addItem(tr("%1 — %2").arg(pack.name.text(locale), validity));
    }
}

void MainWindow::retranslate()
{
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_helpMenu->actions().first()->setText(tr("&About CouponDesk"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

} // namespace cd
