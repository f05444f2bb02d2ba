#include "ApplicationWizardReviewPage.h"

#include "ApplicationWizard.h"

#include "Dialogs.h"

#include "domain/MoneyFormat.h"
#include "package/PackageExporter.h"
#include "rules/ApplicationChecklist.h"
#include "rules/Estimator.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QtConcurrent>

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace cd {

ApplicationWizardReviewPage::ApplicationWizardReviewPage(ApplicationWizard *wizard)
    : ApplicationWizardPage(wizard)
{
    setTitle(tr("Review and export"));
    setSubTitle(tr("Errors must be fixed before the export; hints are worth a look."));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("reviewBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    auto *checklistLabel =
        new QLabel(tr("&Checks (Enter or double-click to go to the field):"), this);
    m_checklist = new QListWidget(this);
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setAccessibleName(tr("Checks"));
    checklistLabel->setBuddy(m_checklist);
    auto *documentsLabel = new QLabel(tr("Required &documents:"), this);
    m_documents = new QListWidget(this);
    m_documents->setObjectName(QStringLiteral("documentsList"));
    m_documents->setAccessibleName(tr("Required documents"));
    documentsLabel->setBuddy(m_documents);
    m_exportEstimate = new QLabel(this);
    m_exportEstimate->setObjectName(QStringLiteral("exportEstimateLabel"));
    m_exportEstimate->setWordWrap(true);
    layout->addWidget(m_banner);
    layout->addWidget(m_exportEstimate);
    layout->addWidget(checklistLabel);
    layout->addWidget(m_checklist, 2);
    layout->addWidget(documentsLabel);
    layout->addWidget(m_documents, 1);
    auto *exportRow = new QHBoxLayout;
    m_export = new QPushButton(tr("&Export application package…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_showInFolder = new QPushButton(tr("Show in &folder"), this);
    m_showInFolder->setObjectName(QStringLiteral("showInFolderButton"));
    m_showInFolder->setVisible(false);
    exportRow->addWidget(m_export);
    exportRow->addWidget(m_progress, 1);
    exportRow->addWidget(m_showInFolder);
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addLayout(exportRow);
    layout->addWidget(m_exportStatus);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir::home().filePath(
            appWizard()->application().applicant.name.isEmpty()
                ? QStringLiteral("application.zip")
                : appWizard()->application().applicant.name + QStringLiteral(".zip"));
        const QString path = Dialogs::saveFile(this, tr("Export application package"), suggested,
                                               tr("Application packages (*.zip)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_showInFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_exportedPath).absolutePath()));
    });
    connect(m_checklist, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        appWizard()->goToStep(ApplicationWizard::PageId(item->data(Qt::UserRole).toInt()));
    });
    connect(wizard, &ApplicationWizard::applicationChanged, this, [this] {
        if (appWizard()->currentPage() == this)
            refresh();
    });
}

void ApplicationWizardReviewPage::initializePage()
{
    refresh();
}

void ApplicationWizardReviewPage::refresh()
{
    m_checklist->clear();
    m_documents->clear();
    m_exportEstimate->clear();
    const auto &live = appWizard()->estimate();
    // What the package will hold: only typed, confirmed and corrected values count.
    QStringList unconfirmed;
    const Result<Application> counted = appWizard()->countedApplication(&unconfirmed);
    std::optional<Result<Estimate>> estimate;
    if (live && counted && appWizard()->program())
        estimate = Estimator::estimate(counted.value(), *appWizard()->program());
    if (!estimate || !*estimate) {
        m_blocked = true;
        QString reason =
            appWizard()->estimateError() ? appWizard()->estimateError()->message : QString();
        if (!counted)
            reason = counted.error().message;
        else if (estimate && !*estimate)
            reason = estimate->error().message;
        showBanner(m_banner, reason);
        Q_EMIT completeChanged();
        return;
    }
    const QList<ChecklistItem> items =
        ApplicationChecklist::check(counted.value(), estimate->value(), unconfirmed);
    const QString subsidy = formatMoney(estimate->value().subsidy, QLocale());
    m_exportEstimate->setText(
        unconfirmed.isEmpty()
            ? tr("Estimated subsidy in the package: %1.").arg(subsidy)
            : tr("Estimated subsidy in the package: %1. It counts only confirmed or typed "
                 "values; %n value(s) read from the PDFs are not confirmed yet (see the hints).",
                 nullptr, int(unconfirmed.size()))
                  .arg(subsidy));
    for (ChecklistSeverity severity : {ChecklistSeverity::Error, ChecklistSeverity::Hint}) {
        for (const ChecklistItem &item : items) {
            if (item.severity != severity)
                continue;
            const QString prefix =
                severity == ChecklistSeverity::Error ? tr("Error:") : tr("Hint:");
            //: %1 is "Error:" or "Hint:", %2 the message of the check
            auto *row = new QListWidgetItem(tr("%1 %2").arg(prefix, item.message), m_checklist);
            row->setData(Qt::UserRole, int(item.step));
        }
    }
    m_blocked = ApplicationChecklist::blocksExport(items);
    m_export->setEnabled(!m_blocked);
    showBanner(m_banner, m_blocked ? tr("Fix the errors listed below to export the application.")
                                   : QString());
    if (const RulePack *pack = appWizard()->program()) {
        for (const RequiredDocument &document : pack->requiredDocuments) {
            auto *row = new QListWidgetItem(document.name.text(QLocale()), m_documents);
            row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
            row->setCheckState(Qt::Unchecked);
            row->setToolTip(document.citation.toString());
        }
    }
    Q_EMIT completeChanged();
}

void ApplicationWizardReviewPage::exportTo(const QString &path)
{
    if (m_blocked) {
        showBanner(m_banner, tr("Fix the errors listed below to export the application."));
        Q_EMIT exportFinished(false);
        return;
    }
    ExportOptions options;
    options.locale = QLocale();
    options.force = true; // the save dialog has already asked before replacing a file
    // Values read from a contract go into the package only once they are confirmed.
    const Result<Application> counted = appWizard()->countedApplication();
    if (!counted) {
        showBanner(m_banner, counted.error().message);
        Q_EMIT exportFinished(false);
        return;
    }
    const Application application = counted.value();
    m_export->setEnabled(false);
    m_progress->setVisible(true);
    m_showInFolder->setVisible(false);
    m_exportStatus->setText(tr("Writing the package…"));
    auto *watcher = new QFutureWatcher<Result<ExportResult>>(this);
    connect(watcher, &QFutureWatcher<Result<ExportResult>>::finished, this, [this, watcher] {
        const Result<ExportResult> result = watcher->result();
        watcher->deleteLater();
        m_export->setEnabled(true);
        m_progress->setVisible(false);
        if (!result) {
            m_exportStatus->clear();
            showBanner(m_banner, tr("The package was not written: %1").arg(result.error().message));
            Q_EMIT exportFinished(false);
            return;
        }
        m_exportedPath = result->path;
        m_showInFolder->setVisible(true);
        m_exportStatus->setText(
            tr("Package written to %1 (fingerprint %2).")
                .arg(QDir::toNativeSeparators(result->path), result->sha256.left(12)));
        Q_EMIT exportFinished(true);
    });
    watcher->setFuture(QtConcurrent::run([application, path, options] {
        return PackageExporter::exportApplication(application, QDir::currentPath(), path, options);
    }));
}

bool ApplicationWizardReviewPage::isComplete() const
{
    return !m_blocked;
}

} // namespace cd
