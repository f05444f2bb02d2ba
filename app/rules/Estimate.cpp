#include "Estimate.h"

namespace cd {

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Yes:
        return QStringLiteral("yes");
    case Verdict::No:
        return QStringLiteral("no");
    case Verdict::Undetermined:
        break;
    }
    return QStringLiteral("undetermined");
}

QString traceResultName(TraceResult result)
{
    switch (result) {
    case TraceResult::Pass:
        return QStringLiteral("pass");
    case TraceResult::Fail:
        return QStringLiteral("fail");
    case TraceResult::Unknown:
        return QStringLiteral("unknown");
    case TraceResult::Value:
        break;
    }
    return QStringLiteral("value");
}

QString bindingLimitName(BindingLimit limit)
{
    switch (limit) {
    case BindingLimit::Rate:
        return QStringLiteral("rate");
    case BindingLimit::AnnualCap:
        return QStringLiteral("annual_cap");
    case BindingLimit::CombinedFunding:
        return QStringLiteral("combined_funding");
    case BindingLimit::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace cd
