#include "BatchView.h"

#include "BatchRowsModel.h"
#include "Dialogs.h"

#include "batch/BatchRowReader.h"
#include "domain/MoneyFormat.h"
#include "rules/ProgramCatalog.h"

#include <QAccessible>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace cd {

namespace {
const QString kDefaultProgram = QStringLiteral("shenzhen-training-2024");
constexpr int kProgressSteps = 1000;
} // namespace

// What the worker thread and the view share during one run. The worker only appends under the
// mutex; the view takes the lot on its timer, so the event loop never waits for the batch.
struct BatchView::Job
{
    std::unique_ptr<BatchRunner> runner;
    RulePack pack;
    QString outDir;
    std::atomic<bool> cancelled{false};
    QFutureWatcher<void> watcher;

    QMutex mutex;
    std::optional<std::vector<BatchViewRow>> waiting; // the input's rows, read before the run
    std::vector<BatchViewRow> finished;
    std::optional<BatchProgress> progress;
    std::optional<Error> error;
    BatchTotals totals;
    bool done = false;
};

BatchView::BatchView(QWidget *parent)
    : QWidget(parent)
    , m_model(new BatchRowsModel(this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("batchView"));
    buildUi();
    loadPrograms();
    retranslate();
    m_poll->setInterval(50);
    connect(m_poll, &QTimer::timeout, this, &BatchView::drain);
    updateButtons();
}

BatchView::~BatchView()
{
    if (m_job) {
        m_job->cancelled.store(true);
        m_job->runner->cancel();
        m_job->watcher.waitForFinished();
    }
}

void BatchView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    auto fileRow = [this](QLineEdit *&edit, QPushButton *&button, const char *editName,
                          const char *buttonName) {
        edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(editName));
        button = new QPushButton(this);
        button->setObjectName(QLatin1String(buttonName));
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(button);
        return row;
    };
    m_csvLabel = new QLabel(this);
    form->addRow(m_csvLabel, fileRow(m_csvEdit, m_csvButton, "csvEdit", "csvBrowseButton"));
    m_programLabel = new QLabel(this);
    m_programCombo = new QComboBox(this);
    m_programCombo->setObjectName(QStringLiteral("programCombo"));
    form->addRow(m_programLabel, m_programCombo);
    m_contractsLabel = new QLabel(this);
    form->addRow(m_contractsLabel, fileRow(m_contractsEdit, m_contractsButton, "contractsEdit",
                                           "contractsBrowseButton"));
    m_outLabel = new QLabel(this);
    form->addRow(m_outLabel, fileRow(m_outEdit, m_outButton, "outEdit", "outBrowseButton"));
    m_jobsLabel = new QLabel(this);
    m_jobsSpin = new QSpinBox(this);
    m_jobsSpin->setObjectName(QStringLiteral("jobsSpin"));
    m_jobsSpin->setRange(1, 256);
    m_jobsSpin->setValue(std::max(1, QThread::idealThreadCount()));
    form->addRow(m_jobsLabel, m_jobsSpin);
    m_packagesCheck = new QCheckBox(this);
    m_packagesCheck->setObjectName(QStringLiteral("packagesCheck"));
    form->addRow(QString(), m_packagesCheck);
    m_csvLabel->setBuddy(m_csvEdit);
    m_programLabel->setBuddy(m_programCombo);
    m_contractsLabel->setBuddy(m_contractsEdit);
    m_outLabel->setBuddy(m_outEdit);
    m_jobsLabel->setBuddy(m_jobsSpin);

    auto *runRow = new QHBoxLayout;
    m_startButton = new QPushButton(this);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setDefault(true);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, kProgressSteps);
    m_progress->setValue(0);
    runRow->addWidget(m_startButton);
    runRow->addWidget(m_cancelButton);
    runRow->addWidget(m_progress, 1);
    layout->addLayout(runRow);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("batchBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setTextFormat(Qt::RichText);
    layout->addWidget(m_banner);

    m_tableLabel = new QLabel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rowsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table: every control stays reachable
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_tableLabel->setBuddy(m_table);
    layout->addWidget(m_tableLabel);
    layout->addWidget(m_table, 1);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_totals);

    auto *bottom = new QHBoxLayout;
    m_openOutputButton = new QPushButton(this);
    m_openOutputButton->setObjectName(QStringLiteral("openOutputButton"));
    m_openDraftButton = new QPushButton(this);
    m_openDraftButton->setObjectName(QStringLiteral("openDraftButton"));
    bottom->addWidget(m_openOutputButton);
    bottom->addWidget(m_openDraftButton);
    bottom->addStretch(1);
    layout->addLayout(bottom);

    connect(m_csvButton, &QPushButton::clicked, this, &BatchView::chooseCsv);
    connect(m_contractsButton, &QPushButton::clicked, this, &BatchView::chooseContracts);
    connect(m_outButton, &QPushButton::clicked, this, &BatchView::chooseOutput);
    connect(m_startButton, &QPushButton::clicked, this, &BatchView::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &BatchView::cancel);
    connect(m_openOutputButton, &QPushButton::clicked, this, &BatchView::openOutputFolder);
    connect(m_openDraftButton, &QPushButton::clicked, this, &BatchView::openSelectedAsDraft);
    connect(m_table, &QTableView::activated, this, &BatchView::openSelectedAsDraft);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BatchView::updateButtons);
}

void BatchView::retranslate()
{
    setWindowTitle(tr("Batch of applications"));
    m_csvLabel->setText(tr("Applicant &CSV file:"));
    m_csvEdit->setAccessibleName(tr("Applicant CSV file"));
    m_csvEdit->setPlaceholderText(tr("applicants.csv with one applicant per row"));
    m_csvButton->setText(tr("Browse…"));
    m_csvButton->setAccessibleName(tr("Browse for the applicant CSV file"));
    m_programLabel->setText(tr("&Program:"));
    m_programCombo->setAccessibleName(tr("Program"));
    m_contractsLabel->setText(tr("C&ontracts folder:"));
    m_contractsEdit->setAccessibleName(tr("Contracts folder"));
    m_contractsEdit->setPlaceholderText(tr("Default: the CSV file's folder"));
    m_contractsButton->setText(tr("Browse…"));
    m_contractsButton->setAccessibleName(tr("Browse for the contracts folder"));
    m_outLabel->setText(tr("O&utput folder:"));
    m_outEdit->setAccessibleName(tr("Output folder"));
    m_outEdit->setPlaceholderText(tr("summary.csv, errors.csv, summary.pdf and packages go here"));
    m_outButton->setText(tr("Browse…"));
    m_outButton->setAccessibleName(tr("Browse for the output folder"));
    m_jobsLabel->setText(tr("&Jobs in parallel:"));
    m_jobsSpin->setAccessibleName(tr("Jobs in parallel"));
    m_packagesCheck->setText(tr("Write application &packages"));
    m_packagesCheck->setAccessibleName(tr("Write application packages"));
    m_packagesCheck->setToolTip(
        m_setup ? tr("One application package per accepted row, in the output folder.")
                : tr("This window cannot write packages yet; rows are estimated from the CSV."));
    m_startButton->setText(tr("&Start"));
    m_startButton->setAccessibleName(tr("Start the batch"));
    m_cancelButton->setText(tr("Cance&l"));
    m_cancelButton->setAccessibleName(tr("Cancel the batch"));
    m_progress->setAccessibleName(tr("Batch progress"));
    m_tableLabel->setText(tr("&Rows:"));
    m_table->setAccessibleName(tr("Rows of the batch"));
    m_totals->setAccessibleName(tr("Totals"));
    m_openOutputButton->setText(tr("Open output &folder"));
    m_openOutputButton->setAccessibleName(tr("Open the output folder"));
    m_openDraftButton->setText(tr("Open as &draft"));
    m_openDraftButton->setAccessibleName(tr("Open the selected row as a draft"));
    m_banner->setAccessibleName(tr("Message"));
}

void BatchView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BatchView::closeEvent(QCloseEvent *event)
{
    // Closing stops the run cleanly: rows in flight are finished, the rest is left for a rerun.
    if (isRunning())
        cancel();
    QWidget::closeEvent(event);
}

void BatchView::loadPrograms()
{
    const ProgramCatalog catalog = ProgramCatalog::load();
    m_programCombo->clear();
    for (const RulePack &pack : catalog.programs())
        m_programCombo->addItem(
            QStringLiteral("%1 (%2)").arg(pack.name.text(QLocale()), pack.versionText), pack.id);
    setProgram(kDefaultProgram);
}

void BatchView::setRunnerSetup(RunnerSetup setup)
{
    m_setup = std::move(setup);
    m_packagesCheck->setChecked(bool(m_setup));
    retranslate();
    updateButtons();
}

void BatchView::setInput(const QString &csvPath, const QString &contractsDir, const QString &outDir)
{
    m_csvEdit->setText(QDir::toNativeSeparators(csvPath));
    m_contractsEdit->setText(QDir::toNativeSeparators(contractsDir));
    m_outEdit->setText(QDir::toNativeSeparators(outDir));
}

void BatchView::setProgram(const QString &programId)
{
    const int index = m_programCombo->findData(programId);
    if (index >= 0)
        m_programCombo->setCurrentIndex(index);
}

bool BatchView::isRunning() const
{
    return m_job && !m_job->watcher.isFinished();
}

void BatchView::chooseCsv()
{
    const QString file = Dialogs::openFile(this, tr("Choose the applicant CSV file"),
                                           QFileInfo(m_csvEdit->text()).absolutePath(),
                                           tr("CSV files (*.csv);;All files (*)"));
    if (!file.isEmpty())
        m_csvEdit->setText(QDir::toNativeSeparators(file));
}

void BatchView::chooseContracts()
{
    const QString folder =
        Dialogs::folder(this, tr("Choose the contracts folder"), m_contractsEdit->text());
    if (!folder.isEmpty())
        m_contractsEdit->setText(QDir::toNativeSeparators(folder));
}

void BatchView::chooseOutput()
{
    const QString folder = Dialogs::folder(this, tr("Choose the output folder"), m_outEdit->text());
    if (!folder.isEmpty())
        m_outEdit->setText(QDir::toNativeSeparators(folder));
}

void BatchView::showBanner(const QString &text, bool error)
{
    if (text.isEmpty()) {
        m_banner->clear();
        m_banner->setVisible(false);
        return;
    }
    const QString prefix = error ? tr("Problem:") : tr("Note:");
    m_banner->setText(
        QStringLiteral("<b>%1</b> %2").arg(prefix.toHtmlEscaped(), text.toHtmlEscaped()));
    m_banner->setStyleSheet(
        error ? QStringLiteral("QLabel { border: 1px solid #c0392b; padding: 6px; }")
              : QStringLiteral("QLabel { border: 1px solid #2e86c1; padding: 6px; }"));
    m_banner->setAccessibleDescription(text);
    m_banner->setVisible(true);
    QAccessibleEvent alert(m_banner, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void BatchView::start()
{
    if (isRunning())
        return;
    const QString csv = QDir::fromNativeSeparators(m_csvEdit->text().trimmed());
    const QString contracts = QDir::fromNativeSeparators(m_contractsEdit->text().trimmed());
    const QString out = QDir::fromNativeSeparators(m_outEdit->text().trimmed());
    if (csv.isEmpty() || !QFileInfo(csv).isFile()) {
        showBanner(csv.isEmpty()
                       ? tr("Choose the applicant CSV file.")
                       : tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(csv)));
        m_csvEdit->setFocus();
        return;
    }
    if (!contracts.isEmpty() && !QFileInfo(contracts).isDir()) {
        showBanner(
            tr("The contracts folder %1 does not exist.").arg(QDir::toNativeSeparators(contracts)));
        m_contractsEdit->setFocus();
        return;
    }
    if (out.isEmpty()) {
        showBanner(tr("Choose an output folder."));
        m_outEdit->setFocus();
        return;
    }
    auto pack = ProgramCatalog::load().require(m_programCombo->currentData().toString());
    if (!pack) {
        showBanner(pack.error().message);
        m_programCombo->setFocus();
        return;
    }
    showBanner(QString());

    BatchOptions options;
    options.inputPath = csv;
    options.outDir = out;
    options.contractsDir = contracts;
    options.jobs = m_jobsSpin->value();
    options.summaryOnly = !(m_setup && m_packagesCheck->isChecked());

    auto job = std::make_shared<Job>();
    job->pack = pack.value();
    job->outDir = out;
    job->runner = std::make_unique<BatchRunner>(options, job->pack);
    if (m_setup)
        m_setup(*job->runner, job->pack, !options.summaryOnly);
    Job *shared = job.get();
    job->runner->setProgressHandler([shared](const BatchProgress &progress) {
        QMutexLocker lock(&shared->mutex);
        shared->progress = progress;
    });
    job->runner->setRowHandler([shared](const BatchRowOutcome &outcome) {
        BatchViewRow row;
        row.line = outcome.line;
        row.number = outcome.number;
        row.applicantId = outcome.applicantId;
        row.errors = *outcome.errors;
        if (outcome.result) {
            row.result = *outcome.result;
            if (outcome.application)
                row.application = *outcome.application;
        }
        if (!row.errors.isEmpty() && !row.result)
            row.state = BatchViewRow::State::Rejected;
        else if (!row.errors.isEmpty() || (row.result && !row.result->flags.isEmpty()))
            row.state = BatchViewRow::State::Flagged;
        else
            row.state = outcome.reused ? BatchViewRow::State::UpToDate : BatchViewRow::State::Done;
        QMutexLocker lock(&shared->mutex);
        shared->finished.push_back(std::move(row));
    });

    m_model->clear();
    m_progress->setValue(0);
    m_totals->clear();
    m_lastOutDir = out;
    m_job = job;
    connect(&job->watcher, &QFutureWatcher<void>::finished, this, &BatchView::finish);
    job->watcher.setFuture(QtConcurrent::run([job, csv] {
        // The input's rows first, so the table lists every applicant as waiting. Only the
        // applicant ids are read here; BatchRunner reads and checks the rows again.
        std::vector<BatchViewRow> waiting;
        QFile file(csv);
        if (file.open(QIODevice::ReadOnly)) {
            BatchRowReader reader(&file);
            if (reader.readHeader()) {
                while (!job->cancelled.load(std::memory_order_relaxed)) {
                    const auto row = reader.next();
                    if (!row)
                        break;
                    BatchViewRow entry;
                    entry.line = row->line;
                    entry.number = row->number;
                    entry.applicantId = row->value(QStringLiteral("applicant_id"));
                    waiting.push_back(std::move(entry));
                }
            }
        }
        {
            QMutexLocker lock(&job->mutex);
            job->waiting = std::move(waiting);
        }
        auto result = job->runner->run();
        QMutexLocker lock(&job->mutex);
        if (!result)
            job->error = result.error();
        job->done = true;
    }));
    m_poll->start();
    updateButtons();
}

void BatchView::cancel()
{
    if (!isRunning())
        return;
    m_job->cancelled.store(true);
    m_job->runner->cancel();
    m_cancelButton->setEnabled(false);
    showBanner(tr("Stopping: the rows in progress are finished first."), false);
}

void BatchView::drain()
{
    if (!m_job)
        return;
    std::optional<std::vector<BatchViewRow>> waiting;
    std::vector<BatchViewRow> finished;
    std::optional<BatchProgress> progress;
    {
        QMutexLocker lock(&m_job->mutex);
        waiting.swap(m_job->waiting);
        finished.swap(m_job->finished);
        progress = m_job->progress;
    }
    if (waiting)
        m_model->setWaiting(*waiting);
    if (!finished.empty())
        m_model->update(std::move(finished));
    if (progress && progress->bytesTotal > 0)
        m_progress->setValue(
            int(qint64(kProgressSteps) * progress->bytesRead / progress->bytesTotal));
}

void BatchView::finish()
{
    m_poll->stop();
    drain();
    std::shared_ptr<Job> job = std::move(m_job);
    m_job.reset();
    // The job owns the watcher whose signal called us: release it after this returns.
    QTimer::singleShot(0, this, [job] {});
    const BatchTotals totals = job->runner->totals();
    std::optional<Error> error;
    {
        QMutexLocker lock(&job->mutex);
        error = job->error;
    }
    if (error && error->code != ErrorCode::Cancelled) {
        showBanner(error->message);
    } else if (totals.interrupted || job->cancelled.load()) {
        showBanner(tr("The batch was cancelled after %n row(s); start it again with the same "
                      "settings to complete the rest.",
                      nullptr, int(totals.rows)),
                   false);
        showTotals(totals, true);
    } else {
        m_progress->setValue(kProgressSteps);
        if (totals.rejected > 0)
            showBanner(tr("%n row(s) rejected: see the reason in the table or in errors.csv.",
                          nullptr, int(totals.rejected)),
                       false);
        else
            showBanner(QString());
        showTotals(totals, false);
    }
    updateButtons();
    Q_EMIT runFinished();
}

void BatchView::showTotals(const BatchTotals &totals, bool interrupted)
{
    const QLocale locale;
    QString text = tr("%1 rows: %2 accepted, %3 rejected, %4 flagged.")
                       .arg(locale.toString(totals.rows), locale.toString(totals.accepted),
                            locale.toString(totals.rejected), locale.toString(totals.flagged));
    text += QLatin1Char(' ');
    text += tr("Requested %1 (eligible %2, undetermined %3).")
                .arg(formatMoney(totals.requested(), locale),
                     formatMoney(totals.subsidyEligible, locale),
                     formatMoney(totals.subsidyUndetermined, locale));
    if (totals.annualBudget && !totals.annualBudget->isZero()) {
        const double share =
            100.0 * double(totals.requested().fen()) / double(totals.annualBudget->fen());
        text += QLatin1Char(' ');
        text += tr("Annual budget of the program: %1; the batch requests %2% of it.")
                    .arg(formatMoney(*totals.annualBudget, locale), locale.toString(share, 'f', 1));
    }
    if (interrupted) {
        text += QLatin1Char(' ');
        text += tr("(Interrupted: start again to complete the rest.)");
    }
    m_totals->setText(text);
}

void BatchView::updateButtons()
{
    const bool running = isRunning();
    for (QWidget *widget :
         {static_cast<QWidget *>(m_csvEdit), static_cast<QWidget *>(m_csvButton),
          static_cast<QWidget *>(m_programCombo), static_cast<QWidget *>(m_contractsEdit),
          static_cast<QWidget *>(m_contractsButton), static_cast<QWidget *>(m_outEdit),
          static_cast<QWidget *>(m_outButton), static_cast<QWidget *>(m_jobsSpin),
          static_cast<QWidget *>(m_startButton)})
        widget->setEnabled(!running);
    m_packagesCheck->setEnabled(!running && bool(m_setup));
    m_cancelButton->setEnabled(running && !m_job->cancelled.load());
    m_openOutputButton->setEnabled(!m_lastOutDir.isEmpty() && QFileInfo(m_lastOutDir).isDir());
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    m_openDraftButton->setEnabled(!selected.isEmpty() &&
                                  m_model->row(selected.first().row()).application.has_value());
}

void BatchView::openOutputFolder()
{
    if (!m_lastOutDir.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_lastOutDir).absoluteFilePath()));
}

void BatchView::openSelectedAsDraft()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const BatchViewRow &row = m_model->row(selected.first().row());
    if (!row.application) {
        showBanner(row.state == BatchViewRow::State::Rejected
                       ? tr("A rejected row cannot be opened: correct it in the CSV file first.")
                       : tr("This row has not been processed yet."));
        return;
    }
    Q_EMIT openRowAsDraft(*row.application);
}

} // namespace cd
