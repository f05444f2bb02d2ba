#include "ApplicationWizardEstimatePage.h"

#include "ApplicationWizard.h"
#include "TraceView.h"

#include "domain/MoneyFormat.h"

#include <QLocale>

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
// The words of estimate JSON ("yes", "pass", …) as the trace view shows them.
QString verdictWord(const QString &word)
{
    if (word == QLatin1String("yes"))
        return ApplicationWizardEstimatePage::tr("eligible");
    if (word == QLatin1String("no"))
        return ApplicationWizardEstimatePage::tr("not eligible");
    if (word == QLatin1String("undetermined") || word == QLatin1String("unknown"))
        return ApplicationWizardEstimatePage::tr("open");
    if (word == QLatin1String("pass"))
        return ApplicationWizardEstimatePage::tr("met");
    if (word == QLatin1String("fail"))
        return ApplicationWizardEstimatePage::tr("not met");
    return word;
}
} // namespace

ApplicationWizardEstimatePage::ApplicationWizardEstimatePage(ApplicationWizard *wizard)
    : ApplicationWizardPage(wizard)
{
    setTitle(tr("Estimate"));
    setSubTitle(tr("How the subsidy is computed, step by step."));
    auto *layout = new QVBoxLayout(this);
    m_packChange = new QLabel(this);
    m_packChange->setObjectName(QStringLiteral("rulePackChange"));
    m_packChange->setWordWrap(true);
    m_packChange->setTextFormat(Qt::RichText);
    m_packChange->setVisible(false);
    layout->addWidget(m_packChange);
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

// "The rules of <program> changed from version A to B since you last opened this draft: …", one
// line per rule whose outcome moved, so an applicant sees why the amount is different now.
QString ApplicationWizardEstimatePage::rulePackChangeText() const
{
    const auto &change = appWizard()->rulePackChange();
    if (!change)
        return QString();
    const QLocale locale;
    const auto money = [&locale](const QString &decimal) {
        auto amount = Money::parse(decimal);
        return amount ? formatMoney(amount.value(), locale, MoneyStyle::Full) : QStringLiteral("—");
    };
    QStringList lines;
    lines << tr("<b>The program's rules changed</b> from version %1 to %2 since this draft was "
                "last opened.")
                 .arg(change->oldRulesVersion.toHtmlEscaped(),
                      change->newRulesVersion.toHtmlEscaped());
    if (change->subsidyChanged())
        lines << tr("Subsidy: %1 → <b>%2</b>")
                     .arg(money(change->oldSubsidy).toHtmlEscaped(),
                          money(change->newSubsidy).toHtmlEscaped());
    if (change->oldEligible != change->newEligible)
        lines << tr("Eligible: %1 → %2")
                     .arg(verdictWord(change->oldEligible).toHtmlEscaped(),
                          verdictWord(change->newEligible).toHtmlEscaped());
    for (const RuleChange &rule : change->rules) {
        const QString where =
            rule.contractIndex >= 0
                ? tr("%1 (contract %2)").arg(rule.rule).arg(rule.contractIndex + 1)
                : rule.rule;
        QString before = rule.oldValue.isEmpty() ? verdictWord(rule.oldResult) : rule.oldValue;
        QString after = rule.newValue.isEmpty() ? verdictWord(rule.newResult) : rule.newValue;
        if (rule.kind == RuleChange::Kind::Added)
            before = tr("new rule");
        else if (rule.kind == RuleChange::Kind::Removed)
            after = tr("removed");
        lines << QStringLiteral("• %1: %2 → %3")
                     .arg(where.toHtmlEscaped(), before.toHtmlEscaped(), after.toHtmlEscaped());
    }
    return lines.join(QStringLiteral("<br>"));
}

void ApplicationWizardEstimatePage::refresh()
{
    m_packChange->setText(rulePackChangeText());
    m_packChange->setVisible(!m_packChange->text().isEmpty());
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
