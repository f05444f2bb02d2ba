#include "EstimatePanel.h"

#include "domain/MoneyFormat.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cd {

namespace {
QString bindingText(BindingLimit limit)
{
    switch (limit) {
    case BindingLimit::Rate:
        return EstimatePanel::tr("the rate");
    case BindingLimit::AnnualCap:
        return EstimatePanel::tr("the annual cap");
    case BindingLimit::CombinedFunding:
        return EstimatePanel::tr("other public funding");
    case BindingLimit::None:
        break;
    }
    return EstimatePanel::tr("nothing yet");
}
} // namespace

EstimatePanel::EstimatePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("estimatePanel"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(tr("Estimated subsidy"), this);
    m_subsidy = new QLabel(this);
    m_subsidy->setObjectName(QStringLiteral("subsidyLabel"));
    QFont big = m_subsidy->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_subsidy->setFont(big);
    m_subsidy->setAccessibleName(tr("Estimated subsidy"));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("estimateDetails"));
    m_details->setWordWrap(true);
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("savedLabel"));
    m_saved->setEnabled(false);
    layout->addWidget(m_title);
    layout->addWidget(m_subsidy);
    layout->addWidget(m_details);
    layout->addWidget(m_saved);
    layout->addStretch();
}

void EstimatePanel::showEstimate(const std::optional<Estimate> &estimate,
                                 const std::optional<Error> &error, const RulePack *program)
{
    Q_UNUSED(program);
    const QLocale locale;
    if (!estimate) {
        m_subsidy->setText(QStringLiteral("—"));
        m_details->setText(error ? error->message.toHtmlEscaped() : QString());
        return;
    }
    m_subsidy->setText(formatMoney(estimate->subsidy, locale));
    m_subsidy->setToolTip(formatMoney(estimate->subsidy, locale, MoneyStyle::Full));
    QStringList lines;
    switch (estimate->verdict) {
    case Verdict::Yes:
        lines << tr("Eligible");
        break;
    case Verdict::No:
        lines << tr("Not eligible — see Eligibility");
        break;
    case Verdict::Undetermined:
        lines << tr("Not yet decided");
        break;
    }
    lines << tr("Rate: %1").arg(estimate->rate.toPercentString());
    if (estimate->bindingLimit)
        lines << tr("Limited by: %1").arg(bindingText(*estimate->bindingLimit));
    if (estimate->capHeadroom)
        lines << tr("Cap left this year: %1").arg(formatMoney(*estimate->capHeadroom, locale));
    if (!estimate->missing.isEmpty())
        lines << tr("Open questions: %n", nullptr, int(estimate->missing.size()));
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void EstimatePanel::showSaved(const QString &text)
{
    m_saved->setText(text);
}

} // namespace cd
