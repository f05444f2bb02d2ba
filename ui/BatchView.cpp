#include "BatchView.h"

#include "Banner.h"
#include "BatchRowsModel.h"
#include "Dialogs.h"

#include "batch/BatchRowReader.h"
#include "batch/BatchSteps.h"
#include "domain/MoneyFormat.h"
#include "rules/ProgramCatalog.h"

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
    qint64 rowsTotal = 0;
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
    // Only when the window is destroyed mid-run (the application quits): the rows in flight
    // are finished so their packages are complete; closing the window does not wait (closeEvent).
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
    m_defaultsLabel = new QLabel(this);
    m_defaultsEdit = new QLineEdit(this);
    m_defaultsEdit->setObjectName(QStringLiteral("defaultsEdit"));
    form->addRow(m_defaultsLabel, m_defaultsEdit);
    // Jobs and the three steps on one line: the table keeps the height.
    m_jobsLabel = new QLabel(this);
    m_jobsSpin = new QSpinBox(this);
    m_jobsSpin->setObjectName(QStringLiteral("jobsSpin"));
    m_jobsSpin->setRange(1, 256);
    m_jobsSpin->setValue(std::max(1, QThread::idealThreadCount()));
    auto newCheck = [this](const char *name) {
        auto *check = new QCheckBox(this);
        check->setObjectName(QLatin1String(name));
        check->setChecked(true);
        return check;
    };
    m_packagesCheck = newCheck("packagesCheck");
    m_contractsCheck = newCheck("contractsCheck");
    m_ocrCheck = newCheck("ocrCheck");
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_jobsSpin);
    optionsRow->addSpacing(24);
    optionsRow->addWidget(m_packagesCheck);
    optionsRow->addWidget(m_contractsCheck);
    optionsRow->addWidget(m_ocrCheck);
    optionsRow->addStretch(1);
    form->addRow(m_jobsLabel, optionsRow);
    m_defaultsLabel->setBuddy(m_defaultsEdit);
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
    m_table->setMinimumHeight(160);
    // Fitting the columns measures this many rows, not 1,000: it runs on the GUI thread, also
    // for a batch of 100,000 rows.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
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

    connect(m_packagesCheck, &QCheckBox::toggled, this, &BatchView::updateButtons);
    connect(m_contractsCheck, &QCheckBox::toggled, this, &BatchView::updateButtons);
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
    m_defaultsLabel->setText(tr("D&efaults for empty cells:"));
    m_defaultsEdit->setAccessibleName(tr("Defaults for empty cells"));
    //: Keep the column names and values in English: they are what the CSV uses.
    m_defaultsEdit->setPlaceholderText(
        tr("e.g. application_date=2026-05-10; use=training; provider_registered=true"));
    m_defaultsEdit->setToolTip(
        tr("column=value pairs separated by \";\": the value for rows whose cell is empty, like "
           "the command line's --application-date."));
    m_jobsLabel->setText(tr("&Jobs in parallel:"));
    m_jobsSpin->setAccessibleName(tr("Jobs in parallel"));
    m_packagesCheck->setText(tr("Write application pac&kages"));
    m_packagesCheck->setAccessibleName(tr("Write application packages"));
    m_packagesCheck->setToolTip(
        tr("One application package per accepted row in packages/. Without packages, rows are "
           "estimated from the CSV alone (fast)."));
    m_contractsCheck->setText(tr("&Analyse the contract PDFs"));
    m_contractsCheck->setAccessibleName(tr("Analyse the contract PDFs"));
    m_contractsCheck->setToolTip(
        tr("Read each row's contract and flag amounts or dates that differ from the CSV."));
    m_ocrCheck->setText(tr("Reco&gnise scanned contracts (OCR, slow)"));
    m_ocrCheck->setAccessibleName(tr("Recognise scanned contracts"));
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
    // Closing stops the run cleanly without waiting for it: the window goes away at once, the
    // rows in flight are finished in the background (complete packages), the rest is left for a
    // rerun, and the window really closes when the run has ended.
    if (isRunning()) {
        cancel();
        m_closeWhenDone = true;
        hide();
        event->ignore();
        return;
    }
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

void BatchView::setInput(const QString &csvPath, const QString &contractsDir, const QString &outDir)
{
    m_csvEdit->setText(QDir::toNativeSeparators(csvPath));
    m_contractsEdit->setText(QDir::toNativeSeparators(contractsDir));
    m_outEdit->setText(QDir::toNativeSeparators(outDir));
}

void BatchView::setCsvPath(const QString &csvPath)
{
    m_csvEdit->setText(QDir::toNativeSeparators(csvPath));
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
    Banner::show(m_banner, text, error);
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
    auto defaults = BatchDefaults::parse(m_defaultsEdit->text());
    if (!defaults) {
        showBanner(defaults.error().message);
        m_defaultsEdit->setFocus();
        return;
    }
    auto pack = ProgramCatalog::load().require(m_programCombo->currentData().toString());
    if (!pack) {
        showBanner(pack.error().message);
        m_programCombo->setFocus();
        return;
    }
    showBanner(QString());
    Q_EMIT runStarted(csv);

    BatchOptions options;
    options.inputPath = csv;
    options.outDir = out;
    options.contractsDir = contracts;
    options.jobs = m_jobsSpin->value();
    options.summaryOnly = !m_packagesCheck->isChecked();
    options.defaults = defaults.value();

    auto job = std::make_shared<Job>();
    job->pack = pack.value();
    job->outDir = out;
    job->runner = std::make_unique<BatchRunner>(options, job->pack);
    // The CLI's pipeline: --summary-only, --no-contracts and --no-ocr are the three boxes.
    if (!options.summaryOnly) {
        BatchSteps::Options steps;
        steps.analyseContracts = m_contractsCheck->isChecked();
        steps.ocr = m_ocrCheck->isChecked();
        BatchSteps::install(*job->runner, job->pack, steps);
    }
    Job *shared = job.get();
    job->runner->setProgressHandler([shared](const BatchProgress &progress) {
        QMutexLocker lock(&shared->mutex);
        shared->progress = progress;
    });
    job->runner->setRowHandler([shared](const BatchRowOutcome &outcome) {
        BatchViewRow row = BatchViewRow::fromOutcome(outcome);
        QMutexLocker lock(&shared->mutex);
        shared->finished.push_back(std::move(row));
    });

    m_model->clear();
    m_progress->setValue(0);
    m_progress->resetFormat();
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
            job->rowsTotal = qint64(waiting.size());
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
    qint64 rowsTotal = 0;
    {
        QMutexLocker lock(&m_job->mutex);
        waiting.swap(m_job->waiting);
        finished.swap(m_job->finished);
        progress = m_job->progress;
        rowsTotal = m_job->rowsTotal;
    }
    if (waiting) {
        m_model->setWaiting(std::move(*waiting));
        fitColumns();
    }
    if (!finished.empty())
        m_model->update(std::move(finished));
    // Rows done of the rows listed: the reader runs ahead of the rows in flight (a small file
    // is read whole at once), so the bytes read only stand in while the list is not known yet.
    if (progress && rowsTotal > 0) {
        m_progress->setValue(
            int(qint64(kProgressSteps) * std::min(progress->rowsDone, rowsTotal) / rowsTotal));
        m_progress->setFormat(
            tr("%1 of %2 rows")
                .arg(QLocale().toString(progress->rowsDone), QLocale().toString(rowsTotal)));
    } else if (progress && progress->bytesTotal > 0) {
        m_progress->setValue(
            int(qint64(kProgressSteps) * progress->bytesRead / progress->bytesTotal));
    }
}

void BatchView::fitColumns()
{
    // Line, applicant and status fit what the table holds (measuring the first rows only);
    // the estimate column is made wide enough for eight-figure amounts before they arrive, so
    // the columns do not jump while the rows fill in.
    m_table->resizeColumnsToContents();
    const QFontMetrics metrics(m_table->font());
    const int estimate =
        metrics.horizontalAdvance(formatMoney(Money::fromFen(99'999'999'99), QLocale())) + 24;
    m_table->setColumnWidth(
        BatchRowsModel::EstimateColumn,
        std::max(estimate, m_table->columnWidth(BatchRowsModel::EstimateColumn)));
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
    fitColumns();
    updateButtons();
    Q_EMIT runFinished();
    if (m_closeWhenDone) {
        m_closeWhenDone = false;
        close();
    }
}

void BatchView::showTotals(const BatchTotals &totals, bool interrupted)
{
    const QLocale locale;
    QString text = tr("%1 rows: %2 accepted, %3 rejected, %4 flagged.")
                       .arg(locale.toString(totals.rows), locale.toString(totals.accepted),
                            locale.toString(totals.rejected), locale.toString(totals.flagged));
    if (interrupted) {
        text += QLatin1Char(' ');
        text += tr("(Interrupted: start again to complete the rest.)");
    }
    text += QLatin1Char('\n');
    text += tr("Requested %1 (eligible %2, undetermined %3).")
                .arg(formatMoney(totals.requested(), locale),
                     formatMoney(totals.subsidyEligible, locale),
                     formatMoney(totals.subsidyUndetermined, locale));
    if (const auto share = totals.budgetSharePercent()) {
        text += QLatin1Char(' ');
        text +=
            tr("Annual budget of the program: %1; the batch requests %2% of it.")
                .arg(formatMoney(*totals.annualBudget, locale), locale.toString(*share, 'f', 1));
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
          static_cast<QWidget *>(m_outButton), static_cast<QWidget *>(m_defaultsEdit),
          static_cast<QWidget *>(m_jobsSpin), static_cast<QWidget *>(m_startButton)})
        widget->setEnabled(!running);
    m_packagesCheck->setEnabled(!running);
    m_contractsCheck->setEnabled(!running && m_packagesCheck->isChecked());
    m_ocrCheck->setEnabled(!running && m_packagesCheck->isChecked() &&
                           m_contractsCheck->isChecked());
    m_cancelButton->setEnabled(running && !m_job->cancelled.load());
    m_openOutputButton->setEnabled(!m_lastOutDir.isEmpty() && QFileInfo(m_lastOutDir).isDir());
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    m_openDraftButton->setEnabled(!selected.isEmpty() &&
                                  m_model->row(selected.first().row()).application != nullptr);
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
