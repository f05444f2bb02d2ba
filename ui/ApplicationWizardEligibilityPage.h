// Step 2: eligibility. Every criterion of the program with pass / fail / open, its explanation
// and citation; the open questions asked right here; an ineligible applicant learns why and
// what would change it before going further.
#pragma once

#include "ApplicationWizardPage.h"

#include <QJsonValue>

class QFormLayout;
class QLabel;

namespace cd {

class TraceView;

class ApplicationWizardEligibilityPage : public ApplicationWizardPage
{
    Q_OBJECT

public:
    explicit ApplicationWizardEligibilityPage(ApplicationWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

private:
    void refresh();
    void rebuildQuestions();
    QStringList requiredSectors() const; // the sectors the draft's program accepts (ids)
    void answer(const QString &path, const QJsonValue &value);

    QLabel *m_banner = nullptr;
    TraceView *m_trace = nullptr;
    QFormLayout *m_questions = nullptr;
    QWidget *m_questionsBox = nullptr;
};

} // namespace cd
