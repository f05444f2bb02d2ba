#include "HelpDialog.h"

#include "core/Translations.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace cd {

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("helpDialog"));
    resize(760, 680);
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    load();
}

QUrl HelpDialog::guideFor(const QString &language)
{
    const QString path = QStringLiteral(":/help/guide-%1.md").arg(language);
    return QUrl(QStringLiteral("qrc") +
                (QFile::exists(path) ? path : QStringLiteral(":/help/guide-en.md")));
}

void HelpDialog::load()
{
    setWindowTitle(tr("CouponDesk user guide"));
    m_browser->setSource(guideFor(Translations::currentLanguage()),
                         QTextDocument::MarkdownResource);
    m_browser->setAccessibleName(windowTitle());
}

void HelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        load();
    QDialog::changeEvent(event);
}

} // namespace cd
