#include "ApplicationWizardPage.h"

#include "ApplicationWizard.h"
#include "Banner.h"

#include <QLabel>

namespace cd {

ApplicationWizardPage::ApplicationWizardPage(ApplicationWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{}

void ApplicationWizardPage::showBanner(QLabel *banner, const QString &text, bool error)
{
    Banner::show(banner, text, error);
}

bool ApplicationWizardPage::noteFieldStatus(QLabel *banner, const QString &path,
                                            const Status &status)
{
    if (status)
        m_fieldErrors.remove(path);
    else
        m_fieldErrors.insert(path, status.error().message);
    showBanner(banner, QStringList(m_fieldErrors.values()).join(QLatin1Char(' ')));
    return status.ok();
}

void ApplicationWizardPage::clearFieldErrors(QLabel *banner)
{
    m_fieldErrors.clear();
    showBanner(banner, QString());
}

} // namespace cd
