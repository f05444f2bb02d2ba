// The main window: the start page with the ways in (new application, batch, review), the
// programs this installation knows, the language menu, Help and About.
#pragma once

#include <QJsonObject>
#include <QMainWindow>
#include <QTimer>

#include <optional>

#include <memory>

class QMenu;

namespace Ui {
class MainWindow;
}

namespace cd {

class ApplicationWizard;
class DraftRepository;
struct Application;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the wizard on a new draft for the default program; returns it (tests drive it).
    ApplicationWizard *newApplication();
    // Opens a stored draft at the page where it was left.
    ApplicationWizard *openDraft(qint64 id);
    void refreshDrafts();
    DraftRepository *repository() const { return m_repository.get(); }
    void switchLanguage(const QString &language);

    // "Delete" only hides a draft: it is deleted for real (with its contract files) when the
    // undo window ends, when another draft is deleted, or when the window closes. Until then
    // "Undo delete" brings it back unchanged.
    static constexpr int kUndoWindowMs = 10'000;
    void setUndoWindow(int milliseconds) { m_deleteTimer.setInterval(milliseconds); }
    std::optional<qint64> pendingDelete() const { return m_pendingDelete; }
    // Deletes the pending draft now (the undo window is over); false if that failed.
    bool commitPendingDelete();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupMenus();
    void setupDrafts();
    ApplicationWizard *showWizard(const Application &application, std::optional<qint64> draftId);
    std::optional<qint64> selectedDraft() const;
    void deleteSelectedDraft();
    void filterDrafts(const QString &text);
    void showPrograms();
    void retranslate();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<DraftRepository> m_repository;
    std::optional<qint64> m_pendingDelete; // hidden, deleted when m_deleteTimer fires
    QTimer m_deleteTimer;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};

} // namespace cd
