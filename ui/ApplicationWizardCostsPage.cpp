#include "ApplicationWizardCostsPage.h"

#include "ApplicationWizard.h"
#include "ContractViewer.h"
#include "CostChartView.h"
#include "Dialogs.h"

#include "domain/MoneyFormat.h"
#include "projection/CostChartRenderer.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace cd {

namespace {
enum Row
{
    FlopsRow,
    GpuHoursRow,
    WallHoursRow,
    CostRow
};

// "Model &parameters (N):" → "Model parameters (N)"; "模型参数量 N(&P)：" → "模型参数量 N".
QString plainLabel(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)"));
    return QString(text)
        .remove(mnemonic)
        .remove(QLatin1Char('&'))
        .remove(QLatin1Char(':'))
        .remove(QChar(0xFF1A)) // full-width colon
        .trimmed();
}

// "7e9", "7 000 000 000", "7B", "70亿": a count as people type it; empty when unreadable.
std::optional<double> parseCount(QString text)
{
    text = text.trimmed();
    text.remove(QLatin1Char(' ')).remove(QLatin1Char(',')).remove(QChar(0x202F));
    if (text.isEmpty())
        return std::nullopt;
    double factor = 1;
    const QChar last = text.back().toUpper();
    static const QList<std::pair<QChar, double>> suffixes{
        {QLatin1Char('K'), 1e3},  {QLatin1Char('M'), 1e6}, {QLatin1Char('B'), 1e9},
        {QLatin1Char('T'), 1e12}, {QChar(0x4E07), 1e4},    {QChar(0x4EBF), 1e8}};
    for (const auto &[suffix, value] : suffixes) {
        if (last == suffix) {
            factor = value;
            text.chop(1);
            break;
        }
    }
    bool ok = false;
    const double number = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number * factor;
}

// 5.88 × 10²¹ for large counts, grouped digits for small ones.
QString scientific(double value, const QLocale &locale)
{
    if (!(std::abs(value) >= 1e6))
        return locale.toString(value, 'f', 0);
    const int exponent = int(std::floor(std::log10(std::abs(value))));
    const double mantissa = value / std::pow(10.0, exponent);
    static const QString superscripts = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString power;
    for (QChar digit : QString::number(exponent))
        power += superscripts.at(digit.digitValue());
    return QStringLiteral("%1 × 10%2").arg(locale.toString(mantissa, 'f', 2), power);
}
} // namespace

ApplicationWizardCostsPage::ApplicationWizardCostsPage(ApplicationWizard *wizard)
    : ApplicationWizardPage(wizard)
    , m_gpus(GpuCatalog::load())
{
    auto *layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("costsBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    auto *row = new QHBoxLayout;
    layout->addLayout(row, 1);

    // Left: the inputs of the plan and of the comparison, scrollable on small screens.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *inputs = new QWidget(scroll);
    auto *inputsLayout = new QVBoxLayout(inputs);
    inputsLayout->setContentsMargins(0, 0, 4, 0);
    scroll->setWidget(inputs);
    scroll->setMinimumWidth(330);
    scroll->setMaximumWidth(380);
    row->addWidget(scroll);

    auto *planBox = new QGroupBox(inputs);
    m_texts.append({planBox, [] { return tr("Training plan"); }});
    auto *planForm = new QFormLayout(planBox);
    planForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_params = addEdit(planForm, "paramsEdit", QStringLiteral("7e9"));
    addLabel(planForm, m_params, [] { return tr("Model &parameters (N):"); });
    m_tokens = addEdit(planForm, "tokensEdit", QString());
    addLabel(planForm, m_tokens, [] { return tr("Training &tokens (D):"); });
    m_gpu = new QComboBox(planBox);
    m_gpu->setObjectName(QStringLiteral("gpuCombo"));
    fillGpuCombo(m_gpu);
    addLabel(planForm, m_gpu, [] { return tr("&GPU:"); });
    m_gpuCount = addEdit(planForm, "gpuCountEdit", QStringLiteral("64"));
    addLabel(planForm, m_gpuCount, [] { return tr("Number of GP&Us (K):"); });
    m_mfu = addEdit(planForm, "mfuEdit", QStringLiteral("40"));
    m_mfu->setText(QStringLiteral("40"));
    addLabel(planForm, m_mfu, [] { return tr("&MFU (%):"); });
    m_priceSource = new QComboBox(planBox);
    m_priceSource->setObjectName(QStringLiteral("priceSourceCombo"));
    addLabel(planForm, m_priceSource, [] { return tr("Price &source:"); });
    m_price = addEdit(planForm, "priceEdit", QStringLiteral("10.00"));
    addLabel(planForm, m_price, [] { return tr("P&rice per GPU-hour:"); });
    m_priceInfo = new QLabel(planBox);
    m_priceInfo->setObjectName(QStringLiteral("priceSourceLabel"));
    m_priceInfo->setWordWrap(true);
    planForm->addRow(m_priceInfo);
    m_start = new QDateEdit(planBox);
    m_start->setObjectName(QStringLiteral("startDateEdit"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    addLabel(planForm, m_start, [] { return tr("Training &starts on:"); });
    inputsLayout->addWidget(planBox);

    auto *compareBox = new QGroupBox(inputs);
    m_texts.append({compareBox, [] { return tr("Second scenario"); }});
    auto *compareForm = new QFormLayout(compareBox);
    compareForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_compare = new QCheckBox(compareBox);
    m_compare->setObjectName(QStringLiteral("compareCheck"));
    m_texts.append({m_compare, [] { return tr("&Compare with another GPU or price"); }});
    compareForm->addRow(m_compare);
    m_compareGpu = new QComboBox(compareBox);
    m_compareGpu->setObjectName(QStringLiteral("compareGpuCombo"));
    fillGpuCombo(m_compareGpu);
    addLabel(compareForm, m_compareGpu, [] { return tr("G&PU:"); });
    m_compareGpuCount = addEdit(compareForm, "compareGpuCountEdit", QString());
    addLabel(compareForm, m_compareGpuCount, [] { return tr("Num&ber of GPUs:"); });
    m_comparePrice = addEdit(compareForm, "comparePriceEdit", QString());
    addLabel(compareForm, m_comparePrice, [] { return tr("Pr&ice per GPU-hour:"); });
    inputsLayout->addWidget(compareBox);
    inputsLayout->addStretch();

    // Right: the results with their formulas side by side, then the chart.
    auto *right = new QVBoxLayout;
    row->addLayout(right, 1);
    auto *results = new QGridLayout;
    results->setHorizontalSpacing(16);
    const std::function<QString()> rowNames[] = {
        [] { return tr("Compute C = 6 · N · D"); },
        [] { return tr("GPU-hours = C ÷ (peak × MFU × 3600 s)"); },
        [] { return tr("Wall-clock hours = GPU-hours ÷ K"); },
        [] { return tr("Cost = GPU-hours × price"); }};
    const char *const resultNames[4][2] = {{"flopsPlanLabel", "flopsCompareLabel"},
                                           {"gpuHoursPlanLabel", "gpuHoursCompareLabel"},
                                           {"wallHoursPlanLabel", "wallHoursCompareLabel"},
                                           {"costPlanLabel", "costCompareLabel"}};
    for (int c = 0; c < 2; ++c) {
        m_resultHeaders[c] = new QLabel(this);
        m_resultHeaders[c]->setObjectName(c == 0 ? QStringLiteral("planHeaderLabel")
                                                 : QStringLiteral("compareHeaderLabel"));
        m_resultHeaders[c]->setWordWrap(true);
        results->addWidget(m_resultHeaders[c], 0, c + 1);
    }
    for (int r = 0; r < 4; ++r) {
        auto *name = new QLabel(this);
        name->setWordWrap(true); // the formulas are long in German
        m_texts.append({name, rowNames[r]});
        results->addWidget(name, r + 1, 0);
        for (int c = 0; c < 2; ++c) {
            m_results[r][c] = new QLabel(this);
            m_results[r][c]->setObjectName(QLatin1String(resultNames[r][c]));
            m_results[r][c]->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_results[r][c]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            results->addWidget(m_results[r][c], r + 1, c + 1);
        }
    }
    results->setColumnStretch(0, 1);
    right->addLayout(results);
    m_planNote = new QLabel(this);
    m_planNote->setObjectName(QStringLiteral("planNoteLabel"));
    m_planNote->setWordWrap(true);
    right->addWidget(m_planNote);

    auto *chartRow = new QHBoxLayout;
    m_chartSource = new QComboBox(this);
    m_chartSource->setObjectName(QStringLiteral("chartSourceCombo"));
    m_chartSource->addItem(QString(), int(ChartSource::Contracts));
    m_chartSource->addItem(QString(), int(ChartSource::Plan));
    auto *chartLabel = new QLabel(this);
    chartLabel->setBuddy(m_chartSource);
    m_texts.append({chartLabel, [] { return tr("C&hart shows:"); }});
    m_texts.append({m_chartSource, [] { return tr("What the chart shows"); }});
    chartRow->addWidget(chartLabel);
    chartRow->addWidget(m_chartSource, 1);
    right->addLayout(chartRow);
    m_chartNote = new QLabel(this);
    m_chartNote->setObjectName(QStringLiteral("chartNoteLabel"));
    m_chartNote->setWordWrap(true);
    right->addWidget(m_chartNote);
    m_chart = new CostChartView(this);
    right->addWidget(m_chart, 1);

    auto *exportRow = new QHBoxLayout;
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("exportStatusLabel"));
    m_exportStatus->setWordWrap(true);
    m_exportPng = new QPushButton(this);
    m_exportPng->setObjectName(QStringLiteral("exportPngButton"));
    m_texts.append({m_exportPng, [] { return tr("Export P&NG…"); }});
    m_exportSvg = new QPushButton(this);
    m_exportSvg->setObjectName(QStringLiteral("exportSvgButton"));
    m_texts.append({m_exportSvg, [] { return tr("Export S&VG…"); }});
    exportRow->addWidget(m_exportStatus, 1);
    exportRow->addWidget(m_exportPng);
    exportRow->addWidget(m_exportSvg);
    right->addLayout(exportRow);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ApplicationWizardCostsPage::recompute);
    for (QLineEdit *edit :
         {m_params, m_tokens, m_gpuCount, m_mfu, m_price, m_compareGpuCount, m_comparePrice})
        connect(edit, &QLineEdit::textChanged, this, &ApplicationWizardCostsPage::scheduleUpdate);
    for (QComboBox *combo : {m_gpu, m_priceSource, m_compareGpu, m_chartSource})
        connect(combo, &QComboBox::currentIndexChanged, this,
                &ApplicationWizardCostsPage::scheduleUpdate);
    // A contract's price is derived, not typed: the field follows the source at once, so the
    // user can type as soon as "Typed in" is chosen.
    connect(m_priceSource, &QComboBox::currentIndexChanged, this, [this] {
        m_price->setReadOnly(m_priceSource->currentData().toInt() >= 0);
        m_priceSource->setToolTip(m_priceSource->currentText());
    });
    connect(m_start, &QDateEdit::dateChanged, this, &ApplicationWizardCostsPage::scheduleUpdate);
    connect(m_compare, &QCheckBox::toggled, this, &ApplicationWizardCostsPage::scheduleUpdate);
    // The second scenario's fields can be typed in as soon as the box is ticked.
    connect(m_compare, &QCheckBox::toggled, this, &ApplicationWizardCostsPage::enableComparison);
    connect(wizard, &ApplicationWizard::applicationChanged, this, [this] {
        refreshContractChoices();
        scheduleUpdate();
    });
    connect(m_exportPng, &QPushButton::clicked, this, [this] { exportChart(false); });
    connect(m_exportSvg, &QPushButton::clicked, this, [this] { exportChart(true); });
    retranslate();
}

QLineEdit *ApplicationWizardCostsPage::addEdit(QFormLayout *form, const char *name,
                                               const QString &placeholder)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLabel *ApplicationWizardCostsPage::addLabel(QFormLayout *form, QWidget *field,
                                             std::function<QString()> text)
{
    auto *label = new QLabel(form->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
    m_texts.append({label, text});
    // The field is named by its label (without mnemonic and colon) for screen readers.
    m_texts.append({field, [text] { return plainLabel(text()); }});
    return label;
}

void ApplicationWizardCostsPage::retranslate()
{
    setTitle(tr("Compute and costs"));
    setSubTitle(tr("What the GPU plan costs per month and how much of it the coupon pays."));
    for (const auto &[widget, text] : std::as_const(m_texts)) {
        if (auto *label = qobject_cast<QLabel *>(widget))
            label->setText(text());
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            box->setTitle(text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            button->setText(text());
        else
            widget->setAccessibleName(text());
    }
    m_tokens->setPlaceholderText(tr("20 · N when empty"));
    m_compareGpuCount->setPlaceholderText(tr("same as the plan"));
    m_comparePrice->setPlaceholderText(tr("same as the plan"));
    m_chartSource->setItemText(0, tr("The contracts of this application"));
    m_chartSource->setItemText(1, tr("The training plan"));
    for (QComboBox *combo : {m_gpu, m_compareGpu}) {
        for (int i = 0; i < combo->count() && i < m_gpus.gpus().size(); ++i) {
            const GpuSpec &gpu = m_gpus.gpus().at(i);
            //: A GPU made in China in the GPU list
            combo->setItemText(i, gpu.domestic ? tr("%1 (domestic)").arg(gpu.name) : gpu.name);
        }
    }
    m_chart->setAccessibleName(CostChartRenderer::title());
    refreshContractChoices();
}

void ApplicationWizardCostsPage::fillGpuCombo(QComboBox *combo)
{
    for (int i = 0; i < m_gpus.gpus().size(); ++i)
        combo->addItem(m_gpus.gpus().at(i).name, i);
}

void ApplicationWizardCostsPage::refreshContractChoices()
{
    const QSignalBlocker blocker(m_priceSource);
    const int current = m_priceSource->currentIndex();
    m_priceSource->clear();
    m_priceSource->addItem(tr("Typed in"), -1);
    const auto &contracts = appWizard()->application().contracts;
    for (int i = 0; i < contracts.size(); ++i) {
        const QString provider = contracts.at(i).provider;
        const QString text = provider.isEmpty()
                                 ? tr("From contract %1").arg(i + 1)
                                 : tr("From contract %1 (%2)").arg(i + 1).arg(provider);
        m_priceSource->addItem(text, i);
        m_priceSource->setItemData(m_priceSource->count() - 1, text, Qt::ToolTipRole);
    }
    m_priceSource->setCurrentIndex(qBound(0, current, m_priceSource->count() - 1));
    // Provider names can be long (深圳市某某智算科技有限公司): the closed box may elide them, so
    // the list opens wide enough for the whole name and the box's tooltip shows it in full.
    m_priceSource->view()->setTextElideMode(Qt::ElideNone);
    m_priceSource->view()->setMinimumWidth(m_priceSource->view()->sizeHintForColumn(0) +
                                           m_priceSource->view()->frameWidth() * 2 + 8);
    m_priceSource->setToolTip(m_priceSource->currentText());
}

void ApplicationWizardCostsPage::initializePage()
{
    refreshContractChoices();
    if (!m_initialized) {
        m_initialized = true;
        // Start from what the draft already says: the first contract's GPU, count, price and
        // start; a domestic GPU (or the H800 for a domestic plan) as the comparison.
        const Application &app = appWizard()->application();
        QDate start = app.applicationDate.value_or(QDate::currentDate());
        if (!app.contracts.isEmpty()) {
            const ContractEntry &contract = app.contracts.first();
            if (const GpuSpec *gpu = m_gpus.find(contract.gpuModel))
                m_gpu->setCurrentIndex(int(gpu - m_gpus.gpus().data()));
            if (contract.gpuCount)
                m_gpuCount->setText(QString::number(*contract.gpuCount));
            if (priceFromContract(contract))
                m_priceSource->setCurrentIndex(1);
            if (contract.periodStart)
                start = *contract.periodStart;
        }
        m_start->setDate(start);
        const bool planDomestic = m_gpus.gpus().value(m_gpu->currentIndex()).domestic;
        for (int i = 0; i < m_gpus.gpus().size(); ++i) {
            if (m_gpus.gpus().at(i).domestic != planDomestic) {
                m_compareGpu->setCurrentIndex(i);
                break;
            }
        }
        const bool contractsProject =
            appWizard()->estimate() &&
            CostProjection::fromApplication(app, *appWizard()->estimate()).ok();
        m_chartSource->setCurrentIndex(contractsProject ? 0 : 1);
    }
    recompute();
}

bool ApplicationWizardCostsPage::updatePending() const
{
    return m_debounce->isActive();
}

void ApplicationWizardCostsPage::scheduleUpdate()
{
    m_debounce->start();
}

QStringList ApplicationWizardCostsPage::unconfirmedPriceInputs(int contract) const
{
    QStringList labels;
    for (const QString &key : contractPriceFields()) {
        const QString path = QStringLiteral("contracts[%1].%2").arg(contract).arg(key);
        if (appWizard()->provenance(path) == Provenance::Extracted)
            labels << ContractViewer::fieldLabel(key);
    }
    return labels;
}

std::optional<GpuHourPrice> ApplicationWizardCostsPage::readPrice(bool comparison)
{
    const QString path = comparison ? QStringLiteral("compare.price") : QStringLiteral("price");
    QLineEdit *edit = comparison ? m_comparePrice : m_price;
    const int contract = m_priceSource->currentData().toInt();
    if (!comparison && contract >= 0) {
        m_price->setReadOnly(true);
        const auto &contracts = appWizard()->application().contracts;
        if (contract >= contracts.size())
            return GpuHourPrice();
        auto price = priceFromContract(contracts.at(contract));
        if (!price) {
            noteFieldStatus(m_banner, path, price.error());
            m_priceNote =
                tr("Contract %1 gives no price: %2").arg(contract + 1).arg(price.error().message);
            m_price->clear();
            return std::nullopt;
        }
        const ContractEntry &entry = contracts.at(contract);
        const QLocale locale;
        m_price->setText(price->perHour().toDecimalString());
        //: %1 contract number, %2 amount, %3 GPUs, %4 hours of the service period, %5 price
        m_priceNote =
            tr("From contract %1: %2 ÷ (%3 GPUs × %4 h of the service period) = %5 per GPU-hour")
                .arg(contract + 1)
                .arg(formatMoney(*entry.amount, locale, MoneyStyle::Full))
                .arg(locale.toString(*entry.gpuCount))
                .arg(locale.toString(servicePeriodHours(*entry.periodStart, *entry.periodEnd)))
                .arg(formatMoney(price->perHour(), locale, MoneyStyle::Full));
        if (const QStringList unconfirmed = unconfirmedPriceInputs(contract);
            !unconfirmed.isEmpty()) {
            //: %1 a list of field names, such as "Amount and GPU count"
            m_priceNote += QLatin1Char('\n') + tr("Read from the PDF and not confirmed yet: %1. "
                                                  "Check them on the contracts page.")
                                                   .arg(locale.createSeparatedList(unconfirmed));
        }
        return price.value();
    }
    if (!comparison) {
        m_price->setReadOnly(false);
        m_priceNote = tr("Typed in.");
    }
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return comparison ? std::optional<GpuHourPrice>(m_plan ? m_plan->price : GpuHourPrice())
                          : std::optional<GpuHourPrice>(GpuHourPrice());
    auto money = Money::parse(text, QStringLiteral("CNY"));
    if (!money || money->isNegative() || money->isZero()) {
        noteFieldStatus(m_banner, path,
                        makeError(ErrorCode::InvalidAmount,
                                  tr("\"%1\" is not a price per GPU-hour such as 10.00.").arg(text),
                                  path));
        if (!comparison)
            m_priceNote.clear();
        return std::nullopt;
    }
    return GpuHourPrice::typed(money.value());
}

std::optional<TrainingEstimate> ApplicationWizardCostsPage::readPlan(bool comparison)
{
    QString &missing = comparison ? m_comparisonMissing : m_planMissing;
    missing.clear();
    const QString prefix = comparison ? QStringLiteral("compare.") : QString();
    bool valid = true;
    const auto count = [&](QLineEdit *edit, const QString &path, const QString &what) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return std::optional<double>();
        auto value = parseCount(text);
        if (!value) {
            noteFieldStatus(
                m_banner, path,
                makeError(ErrorCode::OutOfRange,
                          tr("\"%1\" is not a number of %2 such as 7e9 or 7B.").arg(text, what),
                          path));
            valid = false;
        }
        return value;
    };

    TrainingPlan plan;
    const auto params = count(m_params, QStringLiteral("params"), tr("parameters"));
    const auto tokens = count(m_tokens, QStringLiteral("tokens"), tr("tokens"));
    QLineEdit *gpuCountEdit = comparison ? m_compareGpuCount : m_gpuCount;
    auto gpus = count(gpuCountEdit, prefix + QStringLiteral("gpus"), tr("GPUs"));
    if (comparison && !gpus && gpuCountEdit->text().trimmed().isEmpty() && valid)
        gpus = parseCount(m_gpuCount->text());
    std::optional<double> mfu;
    {
        QString text = m_mfu->text().trimmed();
        text.remove(QLatin1Char('%')).remove(QLatin1Char(' '));
        if (!text.isEmpty()) {
            bool ok = false;
            const double value = QLocale::c().toDouble(text, &ok);
            if (ok)
                mfu = value > 1 ? value / 100.0 : value; // "40" and "0.40" both mean 40 %
            else {
                noteFieldStatus(
                    m_banner, QStringLiteral("mfu"),
                    makeError(
                        ErrorCode::OutOfRange,
                        tr("\"%1\" is not a share of the peak such as 40 %.").arg(m_mfu->text()),
                        QStringLiteral("mfu")));
                valid = false;
            }
        }
    }
    const auto price = readPrice(comparison);
    if (!price)
        valid = false;
    if (!valid)
        return std::nullopt;
    if (!params) {
        missing = tr("Enter the model's number of parameters to see the plan.");
        return std::nullopt;
    }
    if (!gpus) {
        missing = tr("Enter the number of GPUs to see the plan.");
        return std::nullopt;
    }
    QComboBox *gpuCombo = comparison ? m_compareGpu : m_gpu;
    plan.params = *params;
    plan.tokens = tokens;
    plan.gpu = m_gpus.gpus().value(gpuCombo->currentData().toInt());
    plan.gpuCount = std::abs(*gpus) < 2e9 ? int(std::llround(*gpus)) : 0;
    plan.mfu = mfu.value_or(TrainingComputeEstimator::kDefaultMfu);
    plan.price = *price;
    auto estimate = TrainingComputeEstimator::estimate(plan);
    if (!estimate) {
        Error error = estimate.error();
        error.field = prefix + error.field;
        if (comparison && error.field == QLatin1String("compare.params"))
            return std::nullopt; // already reported for the plan
        noteFieldStatus(m_banner, error.field, error);
        return std::nullopt;
    }
    return estimate.value();
}

void ApplicationWizardCostsPage::recompute()
{
    m_debounce->stop();
    clearFieldErrors(m_banner);
    m_plan = readPlan(false);
    m_priceInfo->setText(m_priceNote);
    m_comparison.reset();
    m_comparisonMissing.clear();
    if (m_compare->isChecked())
        m_comparison = readPlan(true);
    enableComparison();
    showResults();
    updateChart();
}

void ApplicationWizardCostsPage::enableComparison()
{
    for (QWidget *widget :
         {static_cast<QWidget *>(m_compareGpu), static_cast<QWidget *>(m_compareGpuCount),
          static_cast<QWidget *>(m_comparePrice)})
        widget->setEnabled(m_compare->isChecked());
}

void ApplicationWizardCostsPage::showResults()
{
    const QLocale locale;
    const std::optional<TrainingEstimate> *plans[2] = {&m_plan, &m_comparison};
    for (int c = 0; c < 2; ++c) {
        const std::optional<TrainingEstimate> &plan = *plans[c];
        const bool shown = c == 0 || m_compare->isChecked();
        m_resultHeaders[c]->setVisible(shown);
        for (int r = 0; r < 4; ++r)
            m_results[r][c]->setVisible(shown);
        if (!plan) {
            m_resultHeaders[c]->setText(c == 0 ? tr("<b>Plan</b>") : tr("<b>Comparison</b>"));
            for (int r = 0; r < 4; ++r)
                m_results[r][c]->setText(QStringLiteral("—"));
            continue;
        }
        //: Result column header: GPU × number of GPUs, e.g. "NVIDIA H800 SXM5 80 GB × 64"
        m_resultHeaders[c]->setText(
            QStringLiteral("<b>%1</b>")
                .arg(tr("%1 × %2").arg(plan->gpu.name.toHtmlEscaped()).arg(plan->gpuCount)));
        //: Compute in floating-point operations
        m_results[FlopsRow][c]->setText(tr("%1 FLOP").arg(scientific(plan->flops, locale)));
        m_results[GpuHoursRow][c]->setText(locale.toString(plan->gpuHours, 'f', 2));
        //: Wall-clock time: hours and days
        m_results[WallHoursRow][c]->setText(
            tr("%1 h (%2 days)")
                .arg(locale.toString(plan->wallHours, 'f', 1))
                .arg(locale.toString(plan->wallHours / 24, 'f', 1)));
        m_results[CostRow][c]->setText(
            plan->cost ? formatMoney(*plan->cost, locale, MoneyStyle::Full) : tr("no price"));
        //: Tooltip of a result: the inputs that went into it
        const QString inputs =
            tr("N = %1, D = %2%3, peak %4 TFLOP/s (%5), MFU %6 %, price %7 per GPU-hour")
                .arg(scientific(plan->params, locale), scientific(plan->tokens, locale),
                     plan->tokensDefaulted ? tr(" (20 · N)") : QString(),
                     locale.toString(plan->gpu.peakTflops16, 'f', 1), plan->gpu.precision,
                     locale.toString(plan->mfu * 100, 'f', 0),
                     plan->price.known()
                         ? formatMoney(plan->price.perHour(), locale, MoneyStyle::Full)
                         : tr("unknown"));
        for (int r = 0; r < 4; ++r)
            m_results[r][c]->setToolTip(inputs);
    }
    QStringList notes;
    if (!m_planMissing.isEmpty())
        notes << m_planMissing;
    if (m_plan && !m_plan->price.known())
        notes << tr("Enter a price per GPU-hour or take it from a contract to see the cost.");
    if (m_plan && m_plan->tokensDefaulted)
        notes << tr("D = 20 · N (Chinchilla) because no token count was entered.");
    m_planNote->setText(notes.join(QLatin1Char(' ')));
    m_planNote->setVisible(!notes.isEmpty());
}

void ApplicationWizardCostsPage::updateChart()
{
    const auto source = ChartSource(m_chartSource->currentData().toInt());
    const auto &estimate = appWizard()->estimate();
    m_chartNote->clear();
    if (source == ChartSource::Contracts) {
        if (m_compare->isChecked())
            m_chartNote->setText(tr("The second scenario is drawn with the training plan."));
        if (!estimate) {
            m_chart->clearProjection(
                appWizard()->estimateError()
                    ? tr("No estimate yet: %1").arg(appWizard()->estimateError()->message)
                    : tr("No estimate yet."));
        } else if (auto projection =
                       CostProjection::fromApplication(appWizard()->application(), *estimate)) {
            m_chart->setProjection(projection.value(), QLocale());
        } else {
            m_chart->clearProjection(projection.error().message);
        }
    } else {
        const Rate rate = estimate && estimate->verdict != Verdict::No ? estimate->rate : Rate();
        const std::optional<Money> headroom = estimate ? estimate->capHeadroom : std::nullopt;
        QList<ScenarioInput> inputs;
        QString problem;
        for (const std::optional<TrainingEstimate> *plan : {&m_plan, &m_comparison}) {
            if (!*plan)
                continue;
            auto input = CostProjection::planScenario(**plan, m_start->date(), rate, headroom);
            if (input)
                inputs.append(input.value());
            else if (problem.isEmpty())
                problem = input.error().message;
        }
        auto projection =
            inputs.isEmpty() || !m_plan
                ? Result<CostProjection>(makeError(ErrorCode::MissingField,
                                                   !problem.isEmpty() ? problem
                                                   : !m_planMissing.isEmpty()
                                                       ? m_planMissing
                                                       : tr("Correct the plan's inputs to see "
                                                            "its costs.")))
                : CostProjection::build(inputs);
        if (projection)
            m_chart->setProjection(projection.value(), QLocale());
        else
            m_chart->clearProjection(projection.error().message);
    }
    m_chartNote->setVisible(!m_chartNote->text().isEmpty());
    m_exportPng->setEnabled(m_chart->hasProjection());
    m_exportSvg->setEnabled(m_chart->hasProjection());
}

void ApplicationWizardCostsPage::exportChart(bool svg)
{
    if (m_debounce->isActive())
        recompute(); // export what the inputs say now
    if (!m_chart->hasProjection())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        Dialogs::saveFile(this, svg ? tr("Export the chart as SVG") : tr("Export the chart as PNG"),
                          QDir(dir).filePath(svg ? QStringLiteral("cost-chart.svg")
                                                 : QStringLiteral("cost-chart.png")),
                          svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    // The package's renderer, so the exported chart and the one in the package agree.
    const QByteArray bytes = svg ? CostChartRenderer::renderSvg(m_chart->projection(), QLocale())
                                 : CostChartRenderer::renderPng(m_chart->projection(), QLocale());
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
        !file.commit()) {
        showBanner(m_banner, tr("The chart could not be saved to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_exportStatus->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
}

void ApplicationWizardCostsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        recompute();
    }
    ApplicationWizardPage::changeEvent(event);
}

} // namespace cd
