// The main window: the start page with the ways in (new application, batch, review), the
// programs this installation knows, the language menu, Help and About.
#pragma once

#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QAction;
class QMenu;

namespace Ui {
class MainWindow;
}

namespace cd {

class ApplicationWizard;
class HelpDialog;
class BatchView;
class DraftRepository;
class ReviewView;
struct Application;
struct RecentFile;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the wizard on a new draft for the default program; returns it (tests drive it).
    ApplicationWizard *newApplication();
    // Help → User guide (F1).
    HelpDialog *showGuide();
    // Opens a stored draft at the page where it was left.
    ApplicationWizard *openDraft(qint64 id);
    // Stores `application` as a new draft (an imported one: a batch row) and opens it.
    ApplicationWizard *openAsNewDraft(const Application &application);
    // File → Open application file… (Ctrl+O): an application file (the CLI's JSON) becomes a
    // new draft. Without `path` the user chooses one. nullptr if it cannot be read (the start
    // page says why).
    ApplicationWizard *openApplicationFile(const QString &path = {});
    // Opens an entry of the recent files (start page, File → Open recent): the application file
    // as a new draft, the spreadsheet in the batch window, the folder in the review window. An
    // entry whose file is gone is removed, and the start page says so.
    void openRecent(const RecentFile &file);
    // The batch and review windows (one each; shown and raised again when already open).
    BatchView *showBatch();
    ReviewView *showReview();
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
    void refreshRecentFiles();
    void rememberRecent(int kind, const QString &path);
    void showStartBanner(const QString &text);
    void retranslate();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<DraftRepository> m_repository;
    std::optional<qint64> m_pendingDelete; // hidden, deleted when m_deleteTimer fires
    QTimer m_deleteTimer;
    QMenu *m_fileMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_batchAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    HelpDialog *m_guide = nullptr;
    QAction *m_fullYuanAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QPointer<BatchView> m_batchView;
    QPointer<ReviewView> m_reviewView;
};

} // namespace cd
