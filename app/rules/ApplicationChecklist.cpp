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

// "contracts[2].amount" → "Contract 3: the amount"; other paths as they are.
QString unconfirmedValue(const QString &path)
{
    static const QRegularExpression contract(QStringLiteral("^contracts\\[(\\d+)\\]\\.(\\w+)$"));
    const QRegularExpressionMatch match = contract.match(path);
    if (!match.hasMatch())
        return path;
    const QString key = match.captured(2);
    QString field = key;
    if (key == QLatin1String("provider"))
        field = Tr::tr("provider");
    else if (key == QLatin1String("amount"))
        field = Tr::tr("amount");
    else if (key == QLatin1String("signing_date"))
        field = Tr::tr("signing date");
    else if (key == QLatin1String("period_start"))
        field = Tr::tr("start of the service period");
    else if (key == QLatin1String("period_end"))
        field = Tr::tr("end of the service period");
    else if (key == QLatin1String("gpu_model"))
        field = Tr::tr("GPU model");
    else if (key == QLatin1String("gpu_count"))
        field = Tr::tr("number of GPUs");
    else if (key == QLatin1String("gpu_hours"))
        field = Tr::tr("GPU-hours");
    //: %1 is the contract's number, %2 a field such as "amount"
    return Tr::tr("Contract %1: the %2").arg(match.captured(1).toInt() + 1).arg(field);
}

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

QList<ChecklistItem> check(const Application &application, const Estimate &estimate,
                           const QStringList &unconfirmed)
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
    for (const QString &path : estimate.missing) {
        if (unconfirmed.contains(path))
            continue;
        items.append(item(ChecklistSeverity::Error, path,
                          Tr::tr("This question is still open: %1.").arg(path)));
    }
    for (const QString &path : unconfirmed) {
        if (estimate.missing.contains(path))
            items.append(item(ChecklistSeverity::Error, path,
                              //: %1 is e.g. "Contract 1: the amount"
                              Tr::tr("%1 was read from the PDF but is not confirmed yet. Confirm "
                                     "or correct it on the contracts page: the estimate needs it.")
                                  .arg(unconfirmedValue(path))));
        else
            items.append(item(ChecklistSeverity::Hint, path,
                              //: %1 is e.g. "Contract 1: the amount"
                              Tr::tr("%1 was read from the PDF and is not confirmed yet; the "
                                     "export leaves it out until you confirm or correct it.")
                                  .arg(unconfirmedValue(path))));
    }
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
