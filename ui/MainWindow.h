// The main window: the start page with the ways in (new application, batch, review), the
// programs this installation knows, the language menu, Help and About.
#pragma once

#include <QMainWindow>

#include <memory>

class QMenu;

namespace Ui {
class MainWindow;
}

namespace cd {

class ApplicationWizard;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the wizard on a new draft for the default program; returns it (tests drive it).
    ApplicationWizard *newApplication();
    void switchLanguage(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupMenus();
    void showPrograms();
    void retranslate();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};

} // namespace cd
