// Turns an eligibility result into money: rate × amount per contract, less other public
// funding on the same contract, then the program's cap. This is where the cap is applied.
#pragma once

#include "rules/EligibilityChecker.h"
#include "rules/Estimate.h"

namespace cd::SubsidyCalculator {

// Fills the money fields and the value steps of the trace of `estimate`.
void calculate(const Application &application, const RulePack &pack,
               const EligibilityResult &eligibility, Estimate &estimate);

} // namespace cd::SubsidyCalculator
