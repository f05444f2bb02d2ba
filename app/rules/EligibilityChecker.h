// Evaluates a program's criteria against an application: who may apply, which contracts count,
// which rate applies. Every criterion leaves a TraceStep; an unanswered question leaves an open
// item instead of a guess. The money is computed afterwards by SubsidyCalculator.
#pragma once

#include "domain/Application.h"
#include "rules/Estimate.h"
#include "rules/RulePack.h"

#include <QMap>

namespace cd {

struct EstimateOptions
{
    // Units of the program's currency per unit of a foreign one, e.g. "EUR" → 7.80. Without a
    // rate, a contract in another currency is refused rather than converted by a guess.
    QMap<QString, Rate> exchangeRates;
};

struct ContractEligibility
{
    bool failed = false;       // a criterion fails: the contract does not count
    bool open = false;         // a criterion is unanswered
    Rate rate;                 // the rate for this contract
    std::optional<Money> base; // amount in the program's currency; empty when not given
};

struct EligibilityResult
{
    QList<TraceStep> trace;
    QStringList missing;
    bool failed = false; // the applicant or the application as a whole fails a criterion
    bool open = false;   // an application-level question is unanswered
    Rate applicantRate;
    QList<ContractEligibility> contracts;
};

namespace EligibilityChecker {
Result<EligibilityResult> check(const Application &application, const RulePack &pack,
                                const EstimateOptions &options = {});
}

} // namespace cd
