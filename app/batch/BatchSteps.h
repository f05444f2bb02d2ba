// Plugs the contract step (ContractAnalyzer + ContractFieldExtractor) and the package step
// (PackageExporter) into a BatchRunner, so the CLI and the GUI's batch view run the same pipeline.
#pragma once

#include "batch/BatchRunner.h"

namespace cd::BatchSteps {

struct Options
{
    bool analyseContracts = true;
    bool ocr = true; // scanned contracts are recognised (slow: seconds per page)
};

void install(BatchRunner &runner, const RulePack &pack, const Options &options = {});

// The two steps on their own (tests, the GUI, the review of packages).
Result<BatchContractAnalysis> analyseContract(const BatchItem &item, bool ocr);
Result<BatchContractAnalysis> analyseContractFile(const QString &pdfPath, bool ocr);
Result<BatchPackage> writePackage(const BatchItem &item, const RulePack &pack,
                                  const QString &zipPath);

} // namespace cd::BatchSteps
