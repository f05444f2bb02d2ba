#include "ApplicationWizardEstimatePage.h"

#include "ApplicationWizard.h"
#include "TraceView.h"

#include "domain/MoneyFormat.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cd {

namespace {
QString bindingText(BindingLimit limit)
{
    switch (limit) {
    case BindingLimit::Rate:
        return ApplicationWizardEstimatePage::tr("the rate");
    case BindingLimit::AnnualCap:
        return ApplicationWizardEstimatePage::tr("the annual cap");
    case BindingLimit::CombinedFunding:
        return ApplicationWizardEstimatePage::tr("other public funding on the same contract");
    case BindingLimit::None:
        break;
    }
    return ApplicationWizardEstimatePage::tr("nothing (no counted contract yet)");
}
} // namespace

ApplicationWizardEstimatePage::ApplicationWizardEstimatePage(ApplicationWizard *wizard)
    : ApplicationWizardPage(wizard)
{
    setTitle(tr("Estimate"));
    setSubTitle(tr("How the subsidy is computed, step by step."));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("estimateSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_formulas = new QLabel(this);
    m_formulas->setObjectName(QStringLiteral("estimateFormulas"));
    m_formulas->setWordWrap(true);
    m_formulas->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_trace = new TraceView(this);
    m_trace->setObjectName(QStringLiteral("estimateTrace"));
    layout->addWidget(m_summary);
    layout->addWidget(m_formulas);
    layout->addWidget(m_trace, 1);
    connect(wizard, &ApplicationWizard::applicationChanged, this, [this] {
        if (appWizard()->currentPage() == this)
            refresh();
    });
}

void ApplicationWizardEstimatePage::initializePage()
{
    refresh();
}

void ApplicationWizardEstimatePage::refresh()
{
    const auto &estimate = appWizard()->estimate();
    if (!estimate) {
        m_summary->setText(appWizard()->estimateError()
                               ? appWizard()->estimateError()->message.toHtmlEscaped()
                               : QString());
        m_formulas->clear();
        m_trace->clear();
        return;
    }
    const QLocale locale;
    QString summary =
        tr("Estimated subsidy: <b>%1</b> (%2)")
            .arg(formatMoney(estimate->subsidy, locale).toHtmlEscaped(),
                 formatMoney(estimate->subsidy, locale, MoneyStyle::Full).toHtmlEscaped());
    if (estimate->bindingLimit)
        summary +=
            QStringLiteral("<br>") +
            tr("Limited by: <b>%1</b>").arg(bindingText(*estimate->bindingLimit).toHtmlEscaped());
    if (estimate->capHeadroom)
        summary += QStringLiteral("<br>") +
                   tr("Left under the cap this year after this application: %1")
                       .arg(formatMoney(*estimate->capHeadroom, locale).toHtmlEscaped());
    m_summary->setText(summary);
    QStringList formulas;
    for (const TraceStep &step : estimate->trace) {
        if (step.result == TraceResult::Value &&
            (step.rule == QLatin1String("contract.subsidy") ||
             step.rule == QLatin1String("application.annual_cap") ||
             step.rule == QLatin1String("contract.cap")))
            formulas << step.explanation;
    }
    m_formulas->setText(formulas.join(QLatin1Char('\n')));
    m_trace->showTrace(estimate->trace, [](const TraceStep &) { return true; });
}

} // namespace cd
