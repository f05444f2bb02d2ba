// The main window: the start page with the ways in (new application, batch, review) and the
// programs this installation knows.
#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace cd {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void showPrograms();

    std::unique_ptr<Ui::MainWindow> m_ui;
};

} // namespace cd
