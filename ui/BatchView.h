// The consultant's batch window: choose the applicant CSV, the program, the contracts and output
// folders, the number of jobs and what to do per row (packages, contract analysis, OCR: the
// CLI's --summary-only, --no-contracts and --no-ocr); Start runs BatchRunner with the CLI's
// steps (BatchSteps) on a worker thread while the table shows every row's status and estimate,
// with a progress bar, Cancel, the totals against the program's annual budget, "Open output
// folder" and "Open as draft" for a row.
#pragma once

#include "batch/BatchRunner.h"
#include "domain/Application.h"
#include "rules/RulePack.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace cd {

class BatchRowsModel;

class BatchView : public QWidget
{
    Q_OBJECT

public:
    explicit BatchView(QWidget *parent = nullptr);
    ~BatchView() override;

    // Pre-fills the form (the main window passes what it knows; tests use it too).
    void setInput(const QString &csvPath, const QString &contractsDir, const QString &outDir);
    // Only the spreadsheet (File → Open recent); the folders stay as they are.
    void setCsvPath(const QString &csvPath);
    void setProgram(const QString &programId);

    bool isRunning() const;
    BatchRowsModel *model() const { return m_model; }

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    // "Open as draft" on a finished row: the application as read from its CSV row.
    void openRowAsDraft(const cd::Application &application);
    // A run began on this spreadsheet (it goes into the recent files).
    void runStarted(const QString &csvPath);
    void runFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct Job;

    void buildUi();
    void retranslate();
    void loadPrograms();
    void chooseCsv();
    void chooseContracts();
    void chooseOutput();
    void drain();
    void fitColumns();
    void finish();
    void updateButtons();
    void showBanner(const QString &text, bool error = true);
    void showTotals(const BatchTotals &totals, bool interrupted);
    void openOutputFolder();
    void openSelectedAsDraft();

    std::shared_ptr<Job> m_job;
    bool m_closeWhenDone = false;
    BatchRowsModel *m_model = nullptr;
    QTimer *m_poll = nullptr;

    QLabel *m_csvLabel = nullptr;
    QLineEdit *m_csvEdit = nullptr;
    QPushButton *m_csvButton = nullptr;
    QLabel *m_programLabel = nullptr;
    QComboBox *m_programCombo = nullptr;
    QLabel *m_contractsLabel = nullptr;
    QLineEdit *m_contractsEdit = nullptr;
    QPushButton *m_contractsButton = nullptr;
    QLabel *m_outLabel = nullptr;
    QLineEdit *m_outEdit = nullptr;
    QPushButton *m_outButton = nullptr;
    QLabel *m_defaultsLabel = nullptr;
    QLineEdit *m_defaultsEdit = nullptr;
    QLabel *m_jobsLabel = nullptr;
    QSpinBox *m_jobsSpin = nullptr;
    QCheckBox *m_packagesCheck = nullptr;
    QCheckBox *m_contractsCheck = nullptr;
    QCheckBox *m_ocrCheck = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_tableLabel = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_totals = nullptr;
    QPushButton *m_openOutputButton = nullptr;
    QPushButton *m_openDraftButton = nullptr;
    QString m_lastOutDir;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::Application)
