// Step 4: compute plan and costs — the projected GPU cost per month and the share the coupon
// pays (the chart and estimator of app/projection).
#pragma once

#include "ApplicationWizardPage.h"

class QLabel;

namespace cd {

class ApplicationWizardCostsPage : public ApplicationWizardPage
{
    Q_OBJECT

public:
    explicit ApplicationWizardCostsPage(ApplicationWizard *wizard);

private:
    QLabel *m_info = nullptr;
};

} // namespace cd
