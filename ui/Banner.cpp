#include "Banner.h"

#include <QAccessible>
#include <QLabel>

namespace cd {

void Banner::show(QLabel *banner, const QString &text, bool error)
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

} // namespace cd
