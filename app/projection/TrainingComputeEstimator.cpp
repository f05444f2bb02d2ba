#include "TrainingComputeEstimator.h"

#include <QCoreApplication>

#include <cmath>

namespace cd::TrainingComputeEstimator {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::TrainingComputeEstimator)
};

// 10^15 parameters or tokens, a million GPUs: far beyond any real run, small enough that the
// products stay finite and the hours fit the cost computation.
constexpr double kMaxCount = 1e15;
constexpr int kMaxGpus = 1'000'000;

bool inRange(double value, double max)
{
    return std::isfinite(value) && value > 0 && value <= max;
}
} // namespace

double gpuHoursFor(double flops, const GpuSpec &gpu, double mfu)
{
    return flops / (gpu.peakFlopsPerSecond() * mfu * 3600.0);
}

Result<TrainingEstimate> estimate(const TrainingPlan &plan)
{
    if (!inRange(plan.params, kMaxCount))
        return makeError(ErrorCode::OutOfRange,
                         Tr::tr("The number of parameters must be above 0 and at most 1e15."),
                         QStringLiteral("params"));
    if (plan.tokens && !inRange(*plan.tokens, kMaxCount))
        return makeError(ErrorCode::OutOfRange,
                         Tr::tr("The number of tokens must be above 0 and at most 1e15."),
                         QStringLiteral("tokens"));
    if (plan.gpuCount < 1 || plan.gpuCount > kMaxGpus)
        return makeError(ErrorCode::OutOfRange,
                         Tr::tr("The number of GPUs must be between 1 and %1.").arg(kMaxGpus),
                         QStringLiteral("gpus"));
    if (!inRange(plan.mfu, 1.0))
        return makeError(ErrorCode::OutOfRange,
                         Tr::tr("The MFU is a share of the peak above 0 and at most 1, such as "
                                "0.40."),
                         QStringLiteral("mfu"));
    if (!(plan.gpu.peakTflops16 > 0))
        return makeError(ErrorCode::UnknownGpu, Tr::tr("No GPU with a peak throughput was chosen."),
                         QStringLiteral("gpu"));

    TrainingEstimate result;
    result.params = plan.params;
    result.tokensDefaulted = !plan.tokens.has_value();
    result.tokens = plan.tokens.value_or(kTokensPerParameter * plan.params);
    result.gpu = plan.gpu;
    result.gpuCount = plan.gpuCount;
    result.mfu = plan.mfu;
    result.flops = kFlopsPerParameterToken * result.params * result.tokens;
    result.gpuHours = gpuHoursFor(result.flops, plan.gpu, plan.mfu);
    result.wallHours = result.gpuHours / plan.gpuCount;
    result.price = plan.price;
    if (plan.price.known()) {
        result.cost = plan.price.costOf(result.gpuHours);
        if (result.cost->fen() >= Money::kMaxAbsFen)
            return makeError(ErrorCode::AmountOverflow,
                             Tr::tr("The projected cost is too large to compute."),
                             QStringLiteral("cost"));
    }
    return result;
}

} // namespace cd::TrainingComputeEstimator
