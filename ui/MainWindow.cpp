#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "domain/Dates.h"
#include "rules/ProgramCatalog.h"

#include <QLocale>

namespace cd {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    showPrograms();
}

MainWindow::~MainWindow() = default;

void MainWindow::showPrograms()
{
    const QLocale locale;
    const ProgramCatalog catalog = ProgramCatalog::load();
    m_ui->programsList->clear();
    for (const RulePack &pack : catalog.programs()) {
        const QString from = formatDate(*pack.date(QStringLiteral("valid_from")), locale);
        const auto to = pack.date(QStringLiteral("valid_to"));
        const QString validity = to ? tr("valid %1 to %2").arg(from, formatDate(*to, locale))
                                    : tr("valid from %1").arg(from);
        m_ui->programsList->addItem(tr("%1 — %2").arg(pack.name.text(locale), validity));
    }
}

} // namespace cd
