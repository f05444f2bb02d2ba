// The commands of coupondesk-cli, one function each, in files named after the command.
// main.cpp holds the table that maps a command name to its function.
#pragma once

#include "cli/CliContext.h"

namespace cd::cli {

int runPrograms(CliContext &context);
int runCheck(CliContext &context);
int runEstimate(CliContext &context);
int runBatch(CliContext &context);
int runExtract(CliContext &context);
int runExport(CliContext &context);
int runVerify(CliContext &context);
int runPlan(CliContext &context);
int runDrafts(CliContext &context);

} // namespace cd::cli
