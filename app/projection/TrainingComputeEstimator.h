// How much compute a training run needs and what it costs: C = 6·N·D FLOPs (Kaplan et al. 2020),
// D = 20·N tokens by default (Chinchilla), GPU-hours = C ÷ (peak FLOP/s × MFU × 3600), wall hours
// on K GPUs, cost at a price per GPU-hour. Figures and sources: ../shared/policy/GPUS.md.
#pragma once

#include "core/Error.h"
#include "projection/GpuCatalog.h"
#include "projection/GpuHourPrice.h"

#include <optional>

namespace cd {

struct TrainingPlan
{
    double params = 0;            // N, parameters of a dense transformer
    std::optional<double> tokens; // D; empty: 20 · N
    GpuSpec gpu;                  // from GpuCatalog
    int gpuCount = 1;             // K
    double mfu = 0.40;            // model FLOPs utilisation, share of peak
    GpuHourPrice price;           // may be unknown
};

struct TrainingEstimate
{
    double params = 0;
    double tokens = 0;
    bool tokensDefaulted = false; // D = 20 · N was used
    GpuSpec gpu;
    int gpuCount = 1;
    double mfu = 0.40;
    double flops = 0;
    double gpuHours = 0;
    double wallHours = 0;
    GpuHourPrice price;
    std::optional<Money> cost; // empty when no price is known
};

namespace TrainingComputeEstimator {

constexpr double kDefaultMfu = 0.40;
constexpr double kTokensPerParameter = 20.0; // Hoffmann et al. 2022
constexpr double kFlopsPerParameterToken = 6.0;
// The sensitivity band drawn on the chart (GPUS.md: show 30 % and 50 %).
constexpr double kMfuLow = 0.30;
constexpr double kMfuHigh = 0.50;

// OutOfRange for a non-positive or absurd N, D, K or an MFU outside (0, 1].
Result<TrainingEstimate> estimate(const TrainingPlan &plan);
// GPU-hours for `flops` at the GPU's peak and `mfu`.
double gpuHoursFor(double flops, const GpuSpec &gpu, double mfu);

} // namespace TrainingComputeEstimator

} // namespace cd
