#include "ApplicationWizardCostsPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cd {

ApplicationWizardCostsPage::ApplicationWizardCostsPage(ApplicationWizard *wizard)
    : ApplicationWizardPage(wizard)
{
    setTitle(tr("Compute and costs"));
    setSubTitle(tr("What the GPU plan costs per month and how much of it the coupon pays."));
    auto *layout = new QVBoxLayout(this);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    layout->addWidget(m_info);
    layout->addStretch();
}

} // namespace cd
