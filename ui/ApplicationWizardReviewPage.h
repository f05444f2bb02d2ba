// Step 6: review and export. Errors first (they block the export), then hints, each leading to
// its page; the program's required documents as a checklist.
#pragma once

#include "ApplicationWizardPage.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace cd {

class ApplicationWizardReviewPage : public ApplicationWizardPage
{
    Q_OBJECT

public:
    explicit ApplicationWizardReviewPage(ApplicationWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void refresh();

    QLabel *m_banner = nullptr;
    QListWidget *m_checklist = nullptr;
    QListWidget *m_documents = nullptr;
    bool m_blocked = true;
};

} // namespace cd
