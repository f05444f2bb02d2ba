#include "ApplicationChecklist.h"

#include "domain/CreditCode.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cd::ApplicationChecklist {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::ApplicationChecklist)
};

ChecklistItem item(ChecklistSeverity severity, const QString &path, const QString &message)
{
    return ChecklistItem{severity, stepForPath(path), path, message};
}

void checkApplicantDetails(const Application &application, QList<ChecklistItem> &items)
{
    const Applicant &a = application.applicant;
    if (a.name.trimmed().isEmpty())
        items.append(item(ChecklistSeverity::Error, QStringLiteral("applicant.name"),
                          Tr::tr("Enter the applicant's name.")));
    if (a.creditCode.trimmed().isEmpty())
        items.append(item(ChecklistSeverity::Error, QStringLiteral("applicant.credit_code"),
                          Tr::tr("Enter the unified social credit code.")));
    else if (const Status code = CreditCode::validate(a.creditCode.trimmed().toUpper()); !code)
        items.append(item(ChecklistSeverity::Error, QStringLiteral("applicant.credit_code"),
                          code.error().message));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\z"));
    if (!email.match(a.contactEmail.trimmed()).hasMatch())
        items.append(item(ChecklistSeverity::Error, QStringLiteral("applicant.contact_email"),
                          Tr::tr("Enter a contact e-mail address such as name@example.cn.")));
}
} // namespace

WizardStep stepForPath(const QString &path)
{
    if (path.startsWith(QLatin1String("contracts")))
        return WizardStep::Contracts;
    if (path == QLatin1String("prior_subsidy_this_year"))
        return WizardStep::Estimate;
    if (path.startsWith(QLatin1String("applicant.")) || path == QLatin1String("application_date") ||
        path.isEmpty() || path == QLatin1String("program"))
        return WizardStep::ProgramAndApplicant;
    return WizardStep::Eligibility;
}

QList<ChecklistItem> check(const Application &application, const Estimate &estimate)
{
    QList<ChecklistItem> items;
    checkApplicantDetails(application, items);
    if (estimate.verdict == Verdict::No) {
        for (const TraceStep &step : estimate.trace) {
            if (step.result == TraceResult::Fail && step.contractIndex < 0)
                items.append(ChecklistItem{ChecklistSeverity::Error, WizardStep::Eligibility,
                                           step.rule, step.explanation});
        }
    }
    for (const QString &path : estimate.missing)
        items.append(item(ChecklistSeverity::Error, path,
                          Tr::tr("This question is still open: %1.").arg(path)));
    for (const TraceStep &step : estimate.trace) {
        if (step.result == TraceResult::Fail && step.contractIndex >= 0)
            items.append(ChecklistItem{ChecklistSeverity::Hint, WizardStep::Contracts,
                                       QStringLiteral("contracts[%1]").arg(step.contractIndex),
                                       step.explanation});
        else if (step.assumption)
            items.append(
                ChecklistItem{ChecklistSeverity::Hint, WizardStep::Estimate, step.rule,
                              Tr::tr("Assumption (low confidence): %1").arg(step.explanation)});
    }
    return items;
}

bool blocksExport(const QList<ChecklistItem> &items)
{
    for (const ChecklistItem &i : items) {
        if (i.severity == ChecklistSeverity::Error)
            return true;
    }
    return false;
}

} // namespace cd::ApplicationChecklist
