// The grant office's review window: open a folder of application packages; each is verified
// and recomputed with the installed rule pack on a worker thread (progress, Cancel); a table of
// applicant, claimed vs recomputed subsidy and flags; a chart of the totals against the
// program's annual budget; export of the review as a spreadsheet-safe CSV.
#pragma once

#include "batch/PackageReview.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace cd {

class ReviewTableModel;

class ReviewView : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewView(QWidget *parent = nullptr);
    ~ReviewView() override;

    void setFolder(const QString &folder);
    bool isRunning() const;
    ReviewTableModel *model() const { return m_model; }

public Q_SLOTS:
    void start();
    void cancel();
    // Asks where to save (FileChooser) and writes the review; false if nothing was written.
    bool exportCsv();

Q_SIGNALS:
    // A review of this folder began (it goes into the recent files).
    void reviewStarted(const QString &folder);
    void reviewFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Job;

    void buildUi();
    void retranslate();
    void chooseFolder();
    void poll();
    void finish();
    void updateButtons();
    void showBanner(const QString &text, bool error = true);
    void showTotals();

    std::shared_ptr<Job> m_job;
    ReviewTableModel *m_model = nullptr;
    QTimer *m_poll = nullptr;
    bool m_cancelled = false;

    QLabel *m_folderLabel = nullptr;
    QLineEdit *m_folderEdit = nullptr;
    QPushButton *m_folderButton = nullptr;
    QCheckBox *m_contractsCheck = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_passwordEdit = nullptr; // for encrypted packages; kept in memory only
    QPushButton *m_startButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_tableLabel = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_totals = nullptr;
    QStackedWidget *m_chartStack = nullptr;
    QLabel *m_chartMessage = nullptr;
    QWidget *m_chartView = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace cd
