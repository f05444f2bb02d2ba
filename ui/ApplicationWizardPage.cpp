#include "ApplicationWizardPage.h"

#include "ApplicationWizard.h"

#include <QAccessible>
#include <QLabel>

namespace cd {

ApplicationWizardPage::ApplicationWizardPage(ApplicationWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{}

void ApplicationWizardPage::showBanner(QLabel *banner, const QString &text, bool error)
{
    if (text.isEmpty()) {
        banner->clear();
        banner->setVisible(false);
        return;
    }
    const QString prefix = error ? tr("Problem:") : tr("Note:");
    banner->setText(
        QStringLiteral("<b>%1</b> %2").arg(prefix.toHtmlEscaped(), text.toHtmlEscaped()));
    banner->setStyleSheet(
        error ? QStringLiteral("QLabel { border: 1px solid #c0392b; padding: 6px; }")
              : QStringLiteral("QLabel { border: 1px solid #2e86c1; padding: 6px; }"));
    banner->setAccessibleDescription(text);
    banner->setVisible(true);
    QAccessibleEvent alert(banner, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
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
