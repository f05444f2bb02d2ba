// Step 5: the estimate. Per contract the formula with the numbers filled in, then the cap, the
// binding limit, the headroom left this year, and the whole rule trace with its citations;
// low-confidence rules are marked as assumptions.
#pragma once

#include "ApplicationWizardPage.h"

class QLabel;

namespace cd {

class TraceView;

class ApplicationWizardEstimatePage : public ApplicationWizardPage
{
    Q_OBJECT

public:
    explicit ApplicationWizardEstimatePage(ApplicationWizard *wizard);
    void initializePage() override;

private:
    void refresh();
    QString rulePackChangeText() const;

    QLabel *m_packChange = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_formulas = nullptr;
    TraceView *m_trace = nullptr;
};

} // namespace cd
