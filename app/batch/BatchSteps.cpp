#include "BatchSteps.h"

#include "contracts/ContractAnalyzer.h"
#include "contracts/ContractFieldExtractor.h"
#include "package/PackageExporter.h"

#include <QFileInfo>

namespace cd::BatchSteps {

Result<BatchContractAnalysis> analyseContract(const BatchItem &item, bool ocr)
{
    return analyseContractFile(item.contractPath, ocr);
}

Result<BatchContractAnalysis> analyseContractFile(const QString &pdfPath, bool ocr)
{
    AnalysisOptions options;
    options.ocr = ocr;
    // Runs in its own worker process with a time budget: a hostile PDF cannot stall the batch.
    const auto text = ContractAnalyzer::analyzeFile(pdfPath, options);
    if (!text)
        return text.error();
    const ContractFields fields = ContractFieldExtractor::extract(text.value());
    BatchContractAnalysis analysis;
    // An amount in another currency is not comparable with contract_amount_cny.
    if (fields.amount && fields.amount->value.currency() == QLatin1String("CNY"))
        analysis.amount = fields.amount->value;
    if (fields.signingDate)
        analysis.signingDate = fields.signingDate->value;
    if (fields.gpuModel)
        analysis.gpuModel = fields.gpuModel->value;
    return analysis;
}

Result<BatchPackage> writePackage(const BatchItem &item, const RulePack &pack,
                                  const QString &zipPath)
{
    ExportOptions options;
    options.rules = pack;
    options.force = true; // the row changed since the last run: its package is replaced
    options.locale = QLocale();
    const QString baseDir =
        item.contractPath.isEmpty() ? QString() : QFileInfo(item.contractPath).absolutePath();
    options.contractsDir = baseDir;
    auto result = PackageExporter::exportApplication(item.application, baseDir, zipPath, options);
    if (!result)
        return result.error();
    return BatchPackage{result->path, result->sha256};
}

void install(BatchRunner &runner, const RulePack &pack, const Options &options)
{
    if (options.analyseContracts) {
        const bool ocr = options.ocr;
        runner.setContractAnalyser(
            [ocr](const BatchItem &item) { return analyseContract(item, ocr); });
    }
    runner.setPackageWriter([pack](const BatchItem &item, const Estimate &, const QString &zip) {
        return writePackage(item, pack, zip);
    });
}

} // namespace cd::BatchSteps
