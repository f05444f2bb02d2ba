#include "MainWindow.h"

#include "ApplicationWizard.h"
#include "BatchView.h"
#include "Dialogs.h"
#include "EstimatePanel.h"
#include "HelpDialog.h"
#include "ReviewView.h"
#include "WizardAutosave.h"
#include "ui_MainWindow.h"

#include "domain/ApplicationJson.h"
#include "domain/MoneyFormat.h"
#include "storage/DraftRepository.h"
#include "storage/DraftSession.h"
#include "storage/RulePackPinning.h"

#include "core/RecentFiles.h"
#include "core/Translations.h"
#include "domain/Dates.h"
#include "rules/ProgramCatalog.h"

#include <QActionGroup>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>

#include <utility>

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
    connect(m_ui->batchButton, &QPushButton::clicked, this, &MainWindow::showBatch);
    connect(m_ui->reviewButton, &QPushButton::clicked, this, &MainWindow::showReview);
    connect(m_ui->recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const auto files = RecentFiles::list();
        const int index = item->data(Qt::UserRole).toInt();
        if (index >= 0 && index < files.size())
            openRecent(files.at(index));
    });
    showPrograms();
    refreshRecentFiles();
    setupDrafts();
}

void MainWindow::setupDrafts()
{
    auto repository = DraftRepository::openAtStartup();
    if (repository) {
        m_repository = std::move(repository).value();
    } else {
        // Work goes on without storage; the banner says why drafts are not kept.
        m_ui->storageBanner->setText(
            tr("Drafts cannot be saved: %1 You can still fill in and export an application.")
                .arg(repository.error().message.toHtmlEscaped()));
        m_ui->storageBanner->setVisible(true);
    }
    m_ui->draftsTable->setColumnCount(5);
    m_ui->draftsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->draftsTable->verticalHeader()->setVisible(false);
    connect(m_ui->openDraftButton, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedDraft())
            openDraft(*id);
    });
    connect(m_ui->draftsTable, &QTableWidget::cellActivated, this, [this] {
        if (const auto id = selectedDraft())
            openDraft(*id);
    });
    connect(m_ui->duplicateDraftButton, &QPushButton::clicked, this, [this] {
        const auto id = selectedDraft();
        if (!id || !m_repository)
            return;
        if (auto draft = m_repository->loadDraft(*id))
            (void)m_repository->createDraftFromJson(draft->application, Provenance::CarriedOver);
        refreshDrafts();
    });
    connect(m_ui->deleteDraftButton, &QPushButton::clicked, this, &MainWindow::deleteSelectedDraft);
    m_deleteTimer.setSingleShot(true);
    m_deleteTimer.setInterval(kUndoWindowMs);
    connect(&m_deleteTimer, &QTimer::timeout, this, [this] { commitPendingDelete(); });
    connect(m_ui->undoDeleteButton, &QPushButton::clicked, this, [this] {
        // Nothing was deleted yet: the draft, its contracts, estimates and history come back as
        // they were, under the same number.
        m_deleteTimer.stop();
        m_pendingDelete.reset();
        m_ui->undoDeleteButton->setVisible(false);
        refreshDrafts();
    });
    connect(m_ui->draftsSearch, &QLineEdit::textChanged, this, &MainWindow::filterDrafts);
    refreshDrafts();
}

void MainWindow::refreshDrafts()
{
    m_ui->draftsTable->setSortingEnabled(false);
    m_ui->draftsTable->clearContents();
    m_ui->draftsTable->setRowCount(0);
    m_ui->draftsTable->setHorizontalHeaderLabels(
        {tr("Applicant"), tr("Program"), tr("Estimate"), tr("Status"), tr("Last change")});
    if (!m_repository)
        return;
    auto drafts = m_repository->listDrafts();
    if (!drafts) {
        m_ui->storageBanner->setText(drafts.error().message);
        m_ui->storageBanner->setVisible(true);
        return;
    }
    const QLocale locale;
    const ProgramCatalog catalog = ProgramCatalog::load();
    for (const DraftSummary &draft : drafts.value()) {
        if (draft.id == m_pendingDelete)
            continue;
        const int row = m_ui->draftsTable->rowCount();
        m_ui->draftsTable->insertRow(row);
        auto *name = new QTableWidgetItem(draft.applicantName.isEmpty() ? tr("(no name yet)")
                                                                        : draft.applicantName);
        name->setData(Qt::UserRole, draft.id);
        const RulePack *pack = catalog.find(draft.programId);
        QString estimate = QStringLiteral("—");
        if (auto snapshot = m_repository->latestEstimate(draft.id);
            snapshot && snapshot->has_value()) {
            if (auto money =
                    Money::parse((*snapshot)->estimate.value(QStringLiteral("subsidy")).toString()))
                estimate = formatMoney(money.value(), locale);
        }
        m_ui->draftsTable->setItem(row, 0, name);
        m_ui->draftsTable->setItem(
            row, 1, new QTableWidgetItem(pack ? pack->name.text(locale) : draft.programId));
        m_ui->draftsTable->setItem(row, 2, new QTableWidgetItem(estimate));
        m_ui->draftsTable->setItem(row, 3, new QTableWidgetItem(draft.status));
        m_ui->draftsTable->setItem(row, 4,
                                   new QTableWidgetItem(locale.toString(
                                       draft.updatedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    m_ui->draftsTable->setSortingEnabled(true);
    m_ui->draftsTable->resizeColumnsToContents();
    filterDrafts(m_ui->draftsSearch->text());
}

void MainWindow::filterDrafts(const QString &text)
{
    for (int row = 0; row < m_ui->draftsTable->rowCount(); ++row) {
        bool match = text.isEmpty();
        for (int column = 0; column < m_ui->draftsTable->columnCount() && !match; ++column) {
            const QTableWidgetItem *item = m_ui->draftsTable->item(row, column);
            match = item && item->text().contains(text, Qt::CaseInsensitive);
        }
        m_ui->draftsTable->setRowHidden(row, !match);
    }
}

std::optional<qint64> MainWindow::selectedDraft() const
{
    const int row = m_ui->draftsTable->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_ui->draftsTable->item(row, 0) : nullptr;
    return item ? std::optional<qint64>(item->data(Qt::UserRole).toLongLong()) : std::nullopt;
}

void MainWindow::deleteSelectedDraft()
{
    const auto id = selectedDraft();
    if (!id || !m_repository)
        return;
    commitPendingDelete(); // one undo at a time: the earlier delete becomes final
    m_pendingDelete = id;
    m_ui->undoDeleteButton->setVisible(true);
    m_deleteTimer.start();
    refreshDrafts();
}

bool MainWindow::commitPendingDelete()
{
    m_deleteTimer.stop();
    if (!m_pendingDelete)
        return true;
    const qint64 id = *std::exchange(m_pendingDelete, std::nullopt);
    if (m_ui)
        m_ui->undoDeleteButton->setVisible(false);
    if (!m_repository)
        return false;
    auto deleted = m_repository->deleteDraft(id);
    if (!deleted && deleted.error().code != ErrorCode::NotFound) {
        // E.g. the draft is open in a wizard: it stays, and shows up in the list again.
        m_ui->storageBanner->setText(deleted.error().message);
        m_ui->storageBanner->setVisible(true);
    }
    refreshDrafts();
    return deleted.ok();
}

MainWindow::~MainWindow()
{
    // A batch or review in progress is stopped first (their destructors wait for the rows or
    // the package in flight).
    delete m_batchView;
    delete m_reviewView;
    // Open wizards save their drafts through the repository: close them while it still exists,
    // and without refreshing a list that is being torn down.
    for (ApplicationWizard *wizard : findChildren<ApplicationWizard *>()) {
        disconnect(wizard, nullptr, this, nullptr);
        delete wizard;
    }
    // Closing ends the undo window: a draft deleted just before goes now (its wizard, if it had
    // one, has just released it).
    m_deleteTimer.stop();
    if (m_pendingDelete && m_repository)
        (void)m_repository->deleteDraft(*m_pendingDelete);
}

void MainWindow::setupMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString());
    m_newAction->setObjectName(QStringLiteral("newApplicationAction"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, [this] { newApplication(); });
    m_openAction = m_fileMenu->addAction(QString());
    m_openAction->setObjectName(QStringLiteral("openApplicationFileAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] { openApplicationFile(); });
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_batchAction = m_fileMenu->addAction(QString());
    m_batchAction->setObjectName(QStringLiteral("batchAction"));
    m_batchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_batchAction, &QAction::triggered, this, &MainWindow::showBatch);
    m_reviewAction = m_fileMenu->addAction(QString());
    m_reviewAction->setObjectName(QStringLiteral("reviewAction"));
    m_reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_reviewAction, &QAction::triggered, this, &MainWindow::showReview);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

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
    m_languageMenu->addSeparator();
    // 万元 is how Chinese readers talk about amounts, but an office checking figures against a
    // contract may want every digit.
    m_fullYuanAction = m_languageMenu->addAction(QString());
    m_fullYuanAction->setObjectName(QStringLiteral("fullYuanAction"));
    m_fullYuanAction->setCheckable(true);
    m_fullYuanAction->setChecked(QSettings().value(QStringLiteral("display/fullYuan")).toBool());
    setFullAmountsPreferred(m_fullYuanAction->isChecked());
    connect(m_fullYuanAction, &QAction::toggled, this, [this](bool full) {
        QSettings().setValue(QStringLiteral("display/fullYuan"), full);
        setFullAmountsPreferred(full);
        switchLanguage(Translations::currentLanguage()); // every page shows its amounts again
        refreshDrafts();
    });
    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString());
    m_guideAction->setObjectName(QStringLiteral("guideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::showGuide);
    m_aboutAction = m_helpMenu->addAction(QString());
    QAction *about = m_aboutAction;
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

HelpDialog *MainWindow::showGuide()
{
    if (!m_guide) {
        m_guide = new HelpDialog(this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

ApplicationWizard *MainWindow::newApplication()
{
    Application application;
    application.program = kDefaultProgram;
    application.applicationDate = QDate::currentDate();
    application.priorSubsidyThisYear = Money::zero();
    std::optional<qint64> id;
    if (m_repository) {
        if (auto created = m_repository->createDraft(application, Provenance::Typed))
            id = created.value();
    }
    return showWizard(application, id);
}

ApplicationWizard *MainWindow::openDraft(qint64 id)
{
    if (!m_repository)
        return nullptr;
    auto draft = m_repository->loadDraft(id);
    if (!draft)
        return nullptr;
    auto application = ApplicationJson::readObject(draft->application);
    if (!application) {
        m_ui->storageBanner->setText(
            tr("This draft cannot be opened: %1").arg(application.error().describe()));
        m_ui->storageBanner->setVisible(true);
        return nullptr;
    }
    // Compared before the wizard opens: visiting a step pins the estimate to the installed pack.
    auto change = RulePackPinning::checkForNewerPack(*m_repository, id, ProgramCatalog::load());
    ApplicationWizard *wizard = showWizard(application.value(), id);
    if (change && change->has_value() && change->value().changed())
        wizard->setRulePackChange(change->value());
    wizard->goToStep(ApplicationWizard::PageId(ApplicationWizard::pageFromName(draft->wizardPage)));
    return wizard;
}

ApplicationWizard *MainWindow::openAsNewDraft(const Application &application)
{
    std::optional<qint64> id;
    if (m_repository) {
        auto created = m_repository->createDraft(application, Provenance::Imported);
        if (created) {
            id = created.value();
            // Pinned to today's rule pack, as `drafts import` does; the wizard recomputes anyway.
            (void)RulePackPinning::snapshot(*m_repository, *id, ProgramCatalog::load());
            refreshDrafts();
        } else {
            m_ui->storageBanner->setText(
                tr("The row could not be saved as a draft: %1").arg(created.error().message));
            m_ui->storageBanner->setVisible(true);
        }
    }
    return showWizard(application, id);
}

namespace {
// Shows a tool window of the main window (its own top-level window), created on first use.
template <typename View> View *showToolWindow(QPointer<View> &view, QWidget *owner, QSize size)
{
    if (!view) {
        view = new View(owner);
        view->setWindowFlag(Qt::Window);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->resize(size);
    }
    view->show();
    view->raise();
    view->activateWindow();
    return view;
}
} // namespace

BatchView *MainWindow::showBatch()
{
    const bool created = !m_batchView;
    BatchView *view = showToolWindow(m_batchView, this, QSize(1100, 720));
    if (created) {
        connect(view, &BatchView::openRowAsDraft, this, &MainWindow::openAsNewDraft);
        connect(view, &BatchView::runStarted, this, [this](const QString &csv) {
            rememberRecent(int(RecentFile::Kind::BatchSpreadsheet), csv);
        });
    }
    return view;
}

ReviewView *MainWindow::showReview()
{
    const bool created = !m_reviewView;
    ReviewView *view = showToolWindow(m_reviewView, this, QSize(1100, 780));
    if (created) {
        connect(view, &ReviewView::reviewStarted, this, [this](const QString &folder) {
            rememberRecent(int(RecentFile::Kind::PackageFolder), folder);
        });
    }
    return view;
}

ApplicationWizard *MainWindow::openApplicationFile(const QString &path)
{
    const QString file = path.isEmpty()
                             ? Dialogs::openFile(this, tr("Open application file"), QString(),
                                                 tr("Application files (*.json);;All files (*)"))
                             : path;
    if (file.isEmpty())
        return nullptr;
    auto application = ApplicationJson::readFile(file);
    if (!application) {
        showStartBanner(tr("%1 cannot be opened: %2")
                            .arg(QDir::toNativeSeparators(file), application.error().describe()));
        return nullptr;
    }
    rememberRecent(int(RecentFile::Kind::ApplicationFile), file);
    return openAsNewDraft(application.value());
}

void MainWindow::openRecent(const RecentFile &file)
{
    if (!file.exists()) {
        RecentFiles::remove(file);
        refreshRecentFiles();
        showStartBanner(tr("%1 is no longer there; it was removed from the recent files.")
                            .arg(QDir::toNativeSeparators(file.path)));
        return;
    }
    switch (file.kind) {
    case RecentFile::Kind::ApplicationFile:
        openApplicationFile(file.path);
        break;
    case RecentFile::Kind::BatchSpreadsheet: {
        // The spreadsheet only: the contracts and output folders stay as last chosen.
        BatchView *view = showBatch();
        if (!view->isRunning())
            view->setCsvPath(file.path);
        break;
    }
    case RecentFile::Kind::PackageFolder: {
        ReviewView *view = showReview();
        if (!view->isRunning())
            view->setFolder(file.path);
        break;
    }
    }
}

void MainWindow::rememberRecent(int kind, const QString &path)
{
    RecentFiles::add(RecentFile::Kind(kind), path);
    refreshRecentFiles();
}

void MainWindow::refreshRecentFiles()
{
    const QList<RecentFile> files = RecentFiles::list();
    m_ui->recentList->clear();
    m_recentMenu->clear();
    for (int index = 0; index < files.size(); ++index) {
        const RecentFile &file = files.at(index);
        const QString native = QDir::toNativeSeparators(file.path);
        const QString name = QFileInfo(file.path).fileName();
        const QString text = tr("%1 — %2").arg(name, RecentFiles::kindLabel(file.kind));
        auto *item = new QListWidgetItem(text, m_ui->recentList);
        item->setData(Qt::UserRole, index);
        item->setToolTip(native);
        // The menu numbers the first nine so that they can be chosen from the keyboard.
        const QString menuText =
            index < 9 ? QStringLiteral("&%1 %2").arg(index + 1).arg(text) : text;
        QAction *action = m_recentMenu->addAction(menuText);
        action->setToolTip(native);
        action->setStatusTip(native);
        connect(action, &QAction::triggered, this, [this, file] { openRecent(file); });
    }
    if (files.isEmpty()) {
        auto *none = new QListWidgetItem(tr("Nothing opened yet"), m_ui->recentList);
        none->setFlags(Qt::NoItemFlags);
        none->setData(Qt::UserRole, -1);
        m_recentMenu->addAction(tr("Nothing opened yet"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("&Clear recent files"));
        clear->setObjectName(QStringLiteral("clearRecentAction"));
        connect(clear, &QAction::triggered, this, [this] {
            RecentFiles::clear();
            refreshRecentFiles();
        });
    }
}

void MainWindow::showStartBanner(const QString &text)
{
    m_ui->storageBanner->setText(text);
    m_ui->storageBanner->setVisible(true);
}

ApplicationWizard *MainWindow::showWizard(const Application &application,
                                          std::optional<qint64> draftId)
{
    auto *wizard = new ApplicationWizard(application, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (draftId && m_repository) {
        auto session = DraftSession::open(*m_repository, *draftId);
        if (session) {
            new WizardAutosave(wizard, std::move(session).value());
            // Each visited step pins the current estimate to the rule-pack version (the drafts
            // list shows it, and a newer pack can be compared against it later).
            const qint64 id = *draftId;
            connect(wizard, &QWizard::currentIdChanged, this, [this, wizard, id] {
                if (m_repository && wizard->estimate())
                    (void)m_repository->saveEstimate(id, *wizard->estimate());
            });
        } else
            wizard->estimatePanel()->showSaved(tr("Not saved: %1").arg(session.error().message));
    }
    connect(wizard, &QObject::destroyed, this, &MainWindow::refreshDrafts);
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
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New application"));
    m_openAction->setText(tr("&Open application file…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_batchAction->setText(tr("&Batch from spreadsheet…"));
    m_reviewAction->setText(tr("&Review packages…"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_fullYuanAction->setText(tr("Show amounts in full &yuan"));
    m_guideAction->setText(tr("&User guide"));
    m_aboutAction->setText(tr("&About CouponDesk"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        refreshRecentFiles();
    }
    QMainWindow::changeEvent(event);
}

} // namespace cd
