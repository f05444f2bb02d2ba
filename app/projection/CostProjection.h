// The month-by-month GPU cost of a plan or of an application's contracts: what each calendar
// month costs, how much of it the coupon pays until its limit (the annual cap) binds, the
// cumulative totals and the MFU 30–50 % band. Plain data for the GUI chart and the package chart.
#pragma once

#include "core/Error.h"
#include "domain/Application.h"
#include "domain/Money.h"
#include "projection/GpuCatalog.h"
#include "projection/GpuHourPrice.h"
#include "projection/TrainingComputeEstimator.h"
#include "rules/Estimate.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace cd {

// K GPUs running from `start` (00:00) for `wallHours`, paid at `price`; the coupon pays `rate`
// of it. A contract is one segment (its whole period), a training plan is one segment (its run).
struct SpendSegment
{
    QDate start;
    double wallHours = 0;
    int gpuCount = 1;
    GpuHourPrice price;
    Rate subsidyRate;
};

// What to project for one scenario; CostProjection::build() turns it into months.
struct ScenarioInput
{
    QString label;
    QString gpuName; // catalog name, or the contract's text; empty if unknown
    int gpuCount = 0;
    bool domestic = false;
    GpuHourPrice price; // shown in the legend; the segments carry their own prices
    QList<SpendSegment> segments;
    // The most the coupon pays over the whole scenario (annual cap headroom, or the estimate's
    // subsidy); empty: no limit.
    std::optional<Money> couponLimit;
    // True when reaching couponLimit means the annual cap binds (drawn as the dashed line).
    bool couponLimitIsCap = true;
    // The same run at MFU 0.50 (fewer hours) and 0.30 (more hours); empty: no band.
    QList<SpendSegment> bandLowSegments;
    QList<SpendSegment> bandHighSegments;
    std::optional<TrainingEstimate> plan;
};

struct ProjectionMonth
{
    QDate month;         // first day of the calendar month
    int days = 0;        // days with GPUs running in this month (partial months count less)
    double gpuHours = 0; // GPU-hours in this month
    Money cost;
    Money coupon; // coupon-covered share of `cost`
    Money own;    // cost − coupon
    Money cumulativeCost;
    Money cumulativeCoupon;
    Money cumulativeOwn;
    // The cumulative cost of the same plan at MFU 0.50 and 0.30; equal to cumulativeCost when
    // the scenario has no band.
    Money cumulativeCostLow;
    Money cumulativeCostHigh;
};

struct ProjectionScenario
{
    QString label;
    QString gpuName;
    int gpuCount = 0;
    bool domestic = false;
    GpuHourPrice price;
    QDate start;                   // first day with GPUs running
    QDate end;                     // last day with GPUs running (inclusive)
    QList<ProjectionMonth> months; // one per month of CostProjection::months
    Money totalCost;
    Money totalCoupon;
    Money totalOwn;
    double totalGpuHours = 0;
    std::optional<Money> couponLimit;
    // First day of the month in which the coupon reaches its limit because of the cap.
    std::optional<QDate> capBindsIn;
    bool hasBand = false;
    Money totalCostLow;  // at MFU 0.50
    Money totalCostHigh; // at MFU 0.30
    std::optional<TrainingEstimate> plan;
};

struct CostProjection
{
    QString currency = QStringLiteral("CNY");
    QList<QDate> months;                 // first days of the calendar months shown, in order
    QList<ProjectionScenario> scenarios; // [0] the plan, [1] the comparison (if any)
    // 1 when each entry of `months` is a calendar month; 3 or 12 after grouped().
    int monthsPerColumn = 1;

    bool isEmpty() const { return months.isEmpty() || scenarios.isEmpty(); }

    // The same projection in columns of `monthsPerColumn` calendar months (3: quarters, 12:
    // years, starting with the quarter or year of the first month): costs and hours summed,
    // cumulative values at the end of each column, the cap in the column of its month.
    CostProjection grouped(int monthsPerColumn) const;
    // The column width a chart should use so that it shows at most about three dozen columns.
    static int columnMonthsFor(qsizetype monthCount);

    // Months from the earliest start to the last day any segment (or band) runs; with
    // horizonMonths, exactly that many months from the first one.
    static Result<CostProjection> build(const QList<ScenarioInput> &inputs,
                                        std::optional<int> horizonMonths = std::nullopt);

    // A training plan run from `start` on its GPUs at its price (which must be known), with the
    // MFU 30–50 % band; the coupon pays `subsidyRate` up to `capHeadroom`.
    static Result<ScenarioInput> planScenario(const TrainingEstimate &estimate, const QDate &start,
                                              Rate subsidyRate,
                                              std::optional<Money> capHeadroom = std::nullopt);

    // The application's contracts as spent over their service periods (amount pro-rated by
    // days), the coupon paying each contract's rate up to the estimate's subsidy. Contracts
    // without amount or period are left out; none left is a MissingField error.
    static Result<ScenarioInput> contractScenario(const Application &application,
                                                  const Estimate &estimate,
                                                  const GpuCatalog &catalog);
    // One call for the application package: contractScenario() built into a projection.
    static Result<CostProjection> fromApplication(const Application &application,
                                                  const Estimate &estimate);
};

// The price per GPU-hour a contract implies: amount ÷ (GPU count × hours of the period).
Result<GpuHourPrice> priceFromContract(const ContractEntry &contract);
// The keys of a contract (as in application files) that priceFromContract() reads.
QStringList contractPriceFields();

} // namespace cd
