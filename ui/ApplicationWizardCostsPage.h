// Step 4: compute plan and costs — a training plan (parameters, tokens, GPU, count, MFU, price
// typed or from a contract) with its formula, a second scenario side by side, and the projected
// GPU cost per month with the share the coupon pays. The engine (app/projection) computes; this
// page only reads inputs and shows the results.
#pragma once

#include "ApplicationWizardPage.h"

#include "projection/CostProjection.h"
#include "projection/GpuCatalog.h"

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace cd {

class CostChartView;

class ApplicationWizardCostsPage : public ApplicationWizardPage
{
    Q_OBJECT

public:
    explicit ApplicationWizardCostsPage(ApplicationWizard *wizard);

    // How long input changes wait before the chart is rebuilt.
    static constexpr int kDebounceMs = 150;

    void initializePage() override;

    // The last computed plans (empty while an input is missing or invalid).
    const std::optional<TrainingEstimate> &planEstimate() const { return m_plan; }
    const std::optional<TrainingEstimate> &comparisonEstimate() const { return m_comparison; }
    // True while an input change waits for the debounced update.
    bool updatePending() const;
    // Recomputes now (the debounce timer calls this).
    void recompute();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class ChartSource
    {
        Contracts,
        Plan
    };

    QLineEdit *addEdit(QFormLayout *form, const char *name, const QString &placeholder);
    QLabel *addLabel(QFormLayout *form, QWidget *field, std::function<QString()> text);
    void retranslate();
    void fillGpuCombo(QComboBox *combo);
    void refreshContractChoices();
    void scheduleUpdate();
    // Reads one plan from the inputs; errors are noted against their field for the banner.
    std::optional<TrainingEstimate> readPlan(bool comparison);
    std::optional<GpuHourPrice> readPrice(bool comparison);
    QStringList unconfirmedPriceInputs(int contract) const;
    void enableComparison();
    void showResults();
    void updateChart();
    void exportChart(bool svg);

    GpuCatalog m_gpus;
    QLabel *m_banner = nullptr;
    QLineEdit *m_params = nullptr;
    QLineEdit *m_tokens = nullptr;
    QComboBox *m_gpu = nullptr;
    QLineEdit *m_gpuCount = nullptr;
    QLineEdit *m_mfu = nullptr;
    QComboBox *m_priceSource = nullptr;
    QLineEdit *m_price = nullptr;
    QLabel *m_priceInfo = nullptr;
    QDateEdit *m_start = nullptr;
    QCheckBox *m_compare = nullptr;
    QComboBox *m_compareGpu = nullptr;
    QLineEdit *m_compareGpuCount = nullptr;
    QLineEdit *m_comparePrice = nullptr;
    QLabel *m_resultHeaders[2] = {};
    QLabel *m_results[4][2] = {}; // FLOPs, GPU-hours, wall hours, cost × plan, comparison
    QLabel *m_planNote = nullptr;
    QLabel *m_exportStatus = nullptr;
    QComboBox *m_chartSource = nullptr;
    QLabel *m_chartNote = nullptr;
    CostChartView *m_chart = nullptr;
    QPushButton *m_exportPng = nullptr;
    QPushButton *m_exportSvg = nullptr;
    QTimer *m_debounce = nullptr;
    QList<std::pair<QWidget *, std::function<QString()>>> m_texts;
    std::optional<TrainingEstimate> m_plan;
    std::optional<TrainingEstimate> m_comparison;
    QString m_planMissing;
    QString m_comparisonMissing;
    QString m_priceNote;
    bool m_initialized = false;
};

} // namespace cd
