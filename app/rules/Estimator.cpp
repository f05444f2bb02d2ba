#include "Estimator.h"

#include "rules/SubsidyCalculator.h"

namespace cd::Estimator {

Result<Estimate> estimate(const Application &application, const RulePack &pack,
                          const EstimateOptions &options)
{
    auto eligibility = EligibilityChecker::check(application, pack, options);
    if (!eligibility)
        return eligibility.error();
    Estimate result;
    result.programId = pack.id;
    result.rulesVersion = pack.versionText;
    result.currency = pack.currency;
    result.trace = eligibility->trace;
    result.missing = eligibility->missing;
    if (eligibility->failed)
        result.verdict = Verdict::No;
    else if (eligibility->open)
        result.verdict = Verdict::Undetermined;
    else
        result.verdict = Verdict::Yes;
    SubsidyCalculator::calculate(application, pack, eligibility.value(), result);
    return result;
}

} // namespace cd::Estimator
