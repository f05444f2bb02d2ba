// The one entry point for "is this application eligible and how much will it get?": checks
// the criteria, computes the subsidy and returns both with their trace. The CLI, the wizard,
// the batch runner and the package verifier all call this, so they always agree.
#pragma once

#include "domain/Application.h"
#include "rules/EligibilityChecker.h"
#include "rules/Estimate.h"
#include "rules/RulePack.h"

namespace cd::Estimator {

Result<Estimate> estimate(const Application &application, const RulePack &pack,
                          const EstimateOptions &options = {});

} // namespace cd::Estimator
