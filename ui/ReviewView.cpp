#include "ReviewView.h"

#include "Banner.h"
#include "Dialogs.h"
#include "ReviewTableModel.h"

#include "domain/MoneyFormat.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QValueAxis>
#include <QtConcurrent>

namespace cd {

// Shared by the worker thread and the view for one review.
struct ReviewView::Job
{
    QString folder;
    PackageReviewOptions options;
    std::atomic<bool> cancelled{false};
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    QFutureWatcher<void> watcher;
    QMutex mutex;
    std::optional<Result<QList<PackageReviewRow>>> result;
};

ReviewView::ReviewView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ReviewTableModel(this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("reviewView"));
    buildUi();
    retranslate();
    m_poll->setInterval(50);
    connect(m_poll, &QTimer::timeout, this, &ReviewView::poll);
    updateButtons();
}

ReviewView::~ReviewView()
{
    if (m_job) {
        m_job->cancelled.store(true);
        m_job->watcher.waitForFinished();
    }
}

void ReviewView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *folderRow = new QHBoxLayout;
    m_folderLabel = new QLabel(this);
    m_folderEdit = new QLineEdit(this);
    m_folderEdit->setObjectName(QStringLiteral("folderEdit"));
    m_folderButton = new QPushButton(this);
    m_folderButton->setObjectName(QStringLiteral("folderBrowseButton"));
    m_folderLabel->setBuddy(m_folderEdit);
    folderRow->addWidget(m_folderLabel);
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_folderButton);
    layout->addLayout(folderRow);
    auto *passwordRow = new QHBoxLayout;
    m_passwordLabel = new QLabel(this);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_passwordEdit);
    passwordRow->addWidget(m_passwordLabel);
    passwordRow->addWidget(m_passwordEdit, 1);
    layout->addLayout(passwordRow);
    m_contractsCheck = new QCheckBox(this);
    m_contractsCheck->setObjectName(QStringLiteral("contractsCheck"));
    m_contractsCheck->setChecked(true);
    layout->addWidget(m_contractsCheck);

    auto *runRow = new QHBoxLayout;
    m_startButton = new QPushButton(this);
    m_startButton->setObjectName(QStringLiteral("reviewButton"));
    m_startButton->setDefault(true);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    runRow->addWidget(m_startButton);
    runRow->addWidget(m_cancelButton);
    runRow->addWidget(m_progress, 1);
    layout->addLayout(runRow);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("reviewBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setTextFormat(Qt::RichText);
    layout->addWidget(m_banner);

    m_tableLabel = new QLabel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_tableLabel->setBuddy(m_table);
    layout->addWidget(m_tableLabel);
    layout->addWidget(m_table, 3);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_totals);

    // The chart, or a sentence saying why there is none: never an empty chart.
    m_chartStack = new QStackedWidget(this);
    m_chartStack->setObjectName(QStringLiteral("chartStack"));
    m_chartMessage = new QLabel(m_chartStack);
    m_chartMessage->setObjectName(QStringLiteral("chartMessage"));
    m_chartMessage->setAlignment(Qt::AlignCenter);
    m_chartMessage->setWordWrap(true);
    auto *chartView = new QChartView(m_chartStack);
    chartView->setObjectName(QStringLiteral("chartView"));
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(180);
    m_chartView = chartView;
    m_chartStack->addWidget(m_chartMessage);
    m_chartStack->addWidget(chartView);
    layout->addWidget(m_chartStack, 2);

    auto *bottom = new QHBoxLayout;
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    bottom->addWidget(m_exportButton);
    bottom->addStretch(1);
    layout->addLayout(bottom);

    connect(m_folderButton, &QPushButton::clicked, this, &ReviewView::chooseFolder);
    connect(m_folderEdit, &QLineEdit::returnPressed, this, &ReviewView::start);
    connect(m_startButton, &QPushButton::clicked, this, &ReviewView::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReviewView::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, &ReviewView::exportCsv);
}

void ReviewView::retranslate()
{
    setWindowTitle(tr("Review of application packages"));
    m_folderLabel->setText(tr("Packages &folder:"));
    m_folderEdit->setAccessibleName(tr("Packages folder"));
    m_folderEdit->setPlaceholderText(tr("A folder of application packages (.zip)"));
    m_folderButton->setText(tr("Browse…"));
    m_folderButton->setAccessibleName(tr("Browse for the packages folder"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_passwordEdit->setPlaceholderText(tr("Only for encrypted packages"));
    m_passwordEdit->setAccessibleName(tr("Password of encrypted packages"));
    m_contractsCheck->setText(tr("Read the &contracts in the packages and compare their amounts"));
    m_contractsCheck->setAccessibleName(tr("Read the contracts and compare their amounts"));
    m_contractsCheck->setToolTip(tr("Each contract PDF is analysed again (about a second each) and "
                                    "its total compared with the amount the application states."));
    m_startButton->setText(tr("&Review"));
    m_startButton->setAccessibleName(tr("Verify and recompute every package"));
    m_cancelButton->setText(tr("Cance&l"));
    m_cancelButton->setAccessibleName(tr("Cancel the review"));
    m_progress->setAccessibleName(tr("Review progress"));
    m_tableLabel->setText(tr("&Packages:"));
    m_table->setAccessibleName(tr("Reviewed packages"));
    m_totals->setAccessibleName(tr("Totals"));
    m_chartStack->setAccessibleName(tr("Totals against the annual budget"));
    m_exportButton->setText(tr("&Export review as CSV…"));
    m_exportButton->setAccessibleName(tr("Export the review as CSV"));
    m_banner->setAccessibleName(tr("Message"));
    showTotals();
}

void ReviewView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReviewView::setFolder(const QString &folder)
{
    m_folderEdit->setText(QDir::toNativeSeparators(folder));
}

bool ReviewView::isRunning() const
{
    return m_job && !m_job->watcher.isFinished();
}

void ReviewView::chooseFolder()
{
    const QString folder =
        Dialogs::folder(this, tr("Choose a folder of packages"), m_folderEdit->text());
    if (folder.isEmpty())
        return;
    setFolder(folder);
    start();
}

void ReviewView::showBanner(const QString &text, bool error)
{
    Banner::show(m_banner, text, error);
}

void ReviewView::start()
{
    if (isRunning())
        return;
    const QString folder = QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        showBanner(folder.isEmpty()
                       ? tr("Choose a folder of packages.")
                       : tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
        m_folderEdit->setFocus();
        return;
    }
    showBanner(QString());
    Q_EMIT reviewStarted(folder);
    m_model->setRows({});
    m_cancelled = false;
    auto job = std::make_shared<Job>();
    job->folder = folder;
    job->options.analyseContracts = m_contractsCheck->isChecked();
    // Encrypted packages (export --encrypt-password) open with it; others ignore it.
    job->options.verify.password = m_passwordEdit->text();
    m_job = job;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    connect(&job->watcher, &QFutureWatcher<void>::finished, this, &ReviewView::finish);
    job->watcher.setFuture(QtConcurrent::run([job] {
        auto result = PackageReview::reviewFolder(
            job->folder, job->options,
            [&job](int done, int total) {
                job->total.store(total);
                job->done.store(done);
            },
            &job->cancelled);
        QMutexLocker lock(&job->mutex);
        job->result = std::move(result);
    }));
    m_poll->start();
    showTotals();
    updateButtons();
}

void ReviewView::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    m_job->cancelled.store(true);
    updateButtons();
}

void ReviewView::poll()
{
    if (!m_job)
        return;
    const int total = m_job->total.load();
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(m_job->done.load());
    }
}

void ReviewView::finish()
{
    m_poll->stop();
    poll();
    std::shared_ptr<Job> job = std::move(m_job);
    m_job.reset();
    // The job owns the watcher whose signal called us: release it after this returns.
    QTimer::singleShot(0, this, [job] {});
    std::optional<Result<QList<PackageReviewRow>>> result;
    {
        QMutexLocker lock(&job->mutex);
        result = std::move(job->result);
    }
    if (!result || !*result) {
        showBanner(result ? result->error().message : tr("The review stopped."),
                   !(result && result->error().code == ErrorCode::Cancelled));
    } else {
        m_model->setRows(result->value());
        m_progress->setRange(0, std::max(1, int(result->value().size())));
        m_progress->setValue(m_progress->maximum());
        int flagged = 0;
        for (const PackageReviewRow &row : result->value())
            flagged += row.ok() ? 0 : 1;
        if (result->value().isEmpty())
            showBanner(tr("There are no packages (.zip files) in this folder."), false);
        else if (flagged > 0)
            showBanner(tr("%n package(s) flagged: see the flags column.", nullptr, flagged));
        else
            showBanner(QString());
        m_table->resizeColumnsToContents();
    }
    showTotals();
    updateButtons();
    Q_EMIT reviewFinished();
}

void ReviewView::showTotals()
{
    auto *chartView = static_cast<QChartView *>(m_chartView);
    const QList<PackageReviewRow> &rows = m_model->rows();
    if (rows.isEmpty()) {
        m_totals->clear();
        m_chartMessage->setText(isRunning()
                                    ? tr("Reviewing the packages…")
                                    : tr("Open a folder of packages to see their totals against "
                                         "the program's annual budget."));
        m_chartStack->setCurrentWidget(m_chartMessage);
        return;
    }
    const PackageReviewTotals totals = PackageReview::totals(rows);
    const QLocale locale;
    //: %1 = "N packages", %2 = "M flagged"
    QString text = tr("%1, %2.").arg(tr("%n package(s)", nullptr, totals.packages),
                                     tr("%n flagged", nullptr, totals.flagged));
    text += QLatin1Char(' ');
    text += tr("Claimed %1, recomputed %2.")
                .arg(formatMoney(totals.claimed, locale), formatMoney(totals.recomputed, locale));
    if (totals.annualBudget) {
        text += QLatin1Char(' ');
        text +=
            tr("Annual budget of the program: %1.").arg(formatMoney(*totals.annualBudget, locale));
    }
    m_totals->setText(text);

    if (!totals.annualBudget && totals.claimed.isZero() && totals.recomputed.isZero()) {
        m_chartMessage->setText(tr("No package states a subsidy, and the program's annual "
                                   "budget is not known: there is nothing to chart."));
        m_chartStack->setCurrentWidget(m_chartMessage);
        return;
    }
    // Series → chart → axes → legend. Bars in 万元 (10,000 yuan) so the budget fits.
    auto *set = new QBarSet(tr("Amount"));
    QStringList categories;
    auto add = [&](const QString &label, const Money &money) {
        categories.append(label);
        *set << double(money.fen()) / 1'000'000.0;
    };
    add(tr("Claimed"), totals.claimed);
    add(tr("Recomputed"), totals.recomputed);
    if (totals.annualBudget)
        add(tr("Annual budget"), *totals.annualBudget);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Totals of the reviewed packages against the annual budget"));
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    //: 万元 = 10,000 yuan
    axisX->setTitleText(tr("CNY 10,000 (万元)"));
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setMin(0);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setVisible(false);
    QChart *old = chartView->chart();
    chartView->setChart(chart);
    delete old;
    m_chartStack->setCurrentWidget(chartView);
}

bool ReviewView::exportCsv()
{
    if (m_model->rows().isEmpty()) {
        showBanner(tr("Review a folder of packages first."));
        return false;
    }
    const QString folder = QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
    const QString path = Dialogs::saveFile(this, tr("Export the review as CSV"),
                                           QDir(folder).filePath(QStringLiteral("review.csv")),
                                           tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    if (const Status written = PackageReview::writeCsv(path, m_model->rows()); !written) {
        showBanner(written.error().message);
        return false;
    }
    showBanner(tr("The review was saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void ReviewView::updateButtons()
{
    const bool running = isRunning();
    m_folderEdit->setEnabled(!running);
    m_folderButton->setEnabled(!running);
    m_contractsCheck->setEnabled(!running);
    m_startButton->setEnabled(!running);
    m_cancelButton->setEnabled(running && !m_cancelled);
    m_exportButton->setEnabled(!running && !m_model->rows().isEmpty());
}

} // namespace cd
