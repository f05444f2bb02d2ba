// Step 6: review and export. Errors first (they block the export), then hints, each leading to
// its page; the program's required documents as a checklist. The export counts only values that
// were typed, confirmed or corrected: a value read from a contract and not confirmed is a hint
// here and is left out of the package's estimate.
#pragma once

#include "ApplicationWizardPage.h"

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace cd {

class ApplicationWizardReviewPage : public ApplicationWizardPage
{
    Q_OBJECT

public:
    explicit ApplicationWizardReviewPage(ApplicationWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    // Writes the application package to `path` in the background (tests call it directly;
    // the Export button asks for the path first). exportFinished() follows.
    void exportTo(const QString &path);

Q_SIGNALS:
    void exportFinished(bool ok);

private:
    void refresh();

    QLabel *m_banner = nullptr;
    QLabel *m_exportEstimate = nullptr;
    QListWidget *m_checklist = nullptr;
    QListWidget *m_documents = nullptr;
    bool m_blocked = true;
    QPushButton *m_export = nullptr;
    QPushButton *m_showInFolder = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_exportStatus = nullptr;
    QString m_exportedPath;
};

} // namespace cd
