#include "ApplicationWizardReviewPage.h"

#include "ApplicationWizard.h"

#include "rules/ApplicationChecklist.h"

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
    layout->addWidget(m_banner);
    layout->addWidget(checklistLabel);
    layout->addWidget(m_checklist, 2);
    layout->addWidget(documentsLabel);
    layout->addWidget(m_documents, 1);
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
    const auto &estimate = appWizard()->estimate();
    if (!estimate) {
        m_blocked = true;
        showBanner(m_banner, appWizard()->estimateError() ? appWizard()->estimateError()->message
                                                          : QString());
        Q_EMIT completeChanged();
        return;
    }
    const QList<ChecklistItem> items =
        ApplicationChecklist::check(appWizard()->application(), *estimate);
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

bool ApplicationWizardReviewPage::isComplete() const
{
    return !m_blocked;
}

} // namespace cd
