#include "CostProjection.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::CostProjection)
};

// Fifty years of months: more is a typo, not a plan.
constexpr int kMaxMonths = 600;

QDate firstOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

bool runs(const SpendSegment &segment)
{
    return segment.start.isValid() && std::isfinite(segment.wallHours) && segment.wallHours > 0 &&
           segment.gpuCount > 0;
}

// The last calendar day on which the segment's GPUs run (a started day counts).
QDate lastDay(const SpendSegment &segment)
{
    const qint64 days = static_cast<qint64>(std::ceil(segment.wallHours / 24.0));
    return segment.start.addDays(std::max<qint64>(days, 1) - 1);
}

// GPU-hours the segment has used by 00:00 of `date`.
double gpuHoursBy(const SpendSegment &segment, const QDate &date)
{
    const double elapsed = double(segment.start.daysTo(date)) * 24.0;
    return std::clamp(elapsed, 0.0, segment.wallHours) * segment.gpuCount;
}

// Cumulative cost by 00:00 of `date`. Rounding happens once, on the cumulative figure, so the
// months always add up to the segment's exact total (a contract's amount to the fen).
Money costBy(const SpendSegment &segment, const QDate &date)
{
    return segment.price.costOf(gpuHoursBy(segment, date));
}

Money sumCostBy(const QList<SpendSegment> &segments, const QDate &date, const QString &currency)
{
    Money total = Money::zero(currency);
    for (const SpendSegment &segment : segments)
        total += costBy(segment, date);
    return total;
}

int runningDays(const QList<SpendSegment> &segments, const QDate &monthFirst)
{
    int days = 0;
    for (QDate day = monthFirst; day.month() == monthFirst.month(); day = day.addDays(1)) {
        for (const SpendSegment &segment : segments) {
            if (day >= segment.start && day <= lastDay(segment)) {
                ++days;
                break;
            }
        }
    }
    return days;
}

ProjectionScenario project(const ScenarioInput &input, const QList<QDate> &months,
                           const QString &currency)
{
    ProjectionScenario scenario;
    scenario.label = input.label;
    scenario.gpuName = input.gpuName;
    scenario.gpuCount = input.gpuCount;
    scenario.domestic = input.domestic;
    scenario.price = input.price;
    scenario.couponLimit = input.couponLimit;
    scenario.plan = input.plan;
    scenario.hasBand = !input.bandLowSegments.isEmpty() && !input.bandHighSegments.isEmpty();
    for (const SpendSegment &segment : input.segments) {
        if (!scenario.start.isValid() || segment.start < scenario.start)
            scenario.start = segment.start;
        if (!scenario.end.isValid() || lastDay(segment) > scenario.end)
            scenario.end = lastDay(segment);
    }

    Money previousCost = Money::zero(currency);
    Money previousCoupon = Money::zero(currency);
    double previousHours = 0;
    for (const QDate &month : months) {
        const QDate next = month.addMonths(1);
        ProjectionMonth row;
        row.month = month;
        row.days = runningDays(input.segments, month);

        double hours = 0;
        Money couponUncapped = Money::zero(currency);
        for (const SpendSegment &segment : input.segments) {
            hours += gpuHoursBy(segment, next);
            couponUncapped += costBy(segment, next).times(segment.subsidyRate);
        }
        row.cumulativeCost = sumCostBy(input.segments, next, currency);
        row.cumulativeCoupon = couponUncapped;
        if (input.couponLimit && couponUncapped > *input.couponLimit) {
            row.cumulativeCoupon = *input.couponLimit;
            if (input.couponLimitIsCap && !scenario.capBindsIn)
                scenario.capBindsIn = month;
        }
        row.cumulativeOwn = row.cumulativeCost - row.cumulativeCoupon;
        row.cost = row.cumulativeCost - previousCost;
        row.coupon = row.cumulativeCoupon - previousCoupon;
        row.own = row.cost - row.coupon;
        row.gpuHours = hours - previousHours;
        if (scenario.hasBand) {
            row.cumulativeCostLow = sumCostBy(input.bandLowSegments, next, currency);
            row.cumulativeCostHigh = sumCostBy(input.bandHighSegments, next, currency);
        } else {
            row.cumulativeCostLow = row.cumulativeCost;
            row.cumulativeCostHigh = row.cumulativeCost;
        }
        previousCost = row.cumulativeCost;
        previousCoupon = row.cumulativeCoupon;
        previousHours = hours;
        scenario.months.append(row);
    }
    scenario.totalCost = previousCost;
    scenario.totalCoupon = previousCoupon;
    scenario.totalOwn = previousCost - previousCoupon;
    scenario.totalGpuHours = previousHours;
    scenario.totalCostLow = scenario.months.isEmpty() ? Money::zero(currency)
                                                      : scenario.months.last().cumulativeCostLow;
    scenario.totalCostHigh = scenario.months.isEmpty() ? Money::zero(currency)
                                                       : scenario.months.last().cumulativeCostHigh;
    return scenario;
}

QString scenarioLabel(const QString &gpuName, int gpuCount, const GpuHourPrice &price)
{
    Q_UNUSED(price);
    //: Scenario in the cost chart's legend: GPU model × number of GPUs
    return Tr::tr("%1 × %n GPU(s)", nullptr, gpuCount).arg(gpuName);
}
} // namespace

Result<GpuHourPrice> priceFromContract(const ContractEntry &contract)
{
    if (!contract.amount)
        return makeError(ErrorCode::MissingField, Tr::tr("The contract has no amount."),
                         QStringLiteral("amount"));
    if (!contract.gpuCount)
        return makeError(ErrorCode::MissingField, Tr::tr("The contract has no GPU count."),
                         QStringLiteral("gpu_count"));
    if (!contract.periodStart || !contract.periodEnd)
        return makeError(ErrorCode::MissingField,
                         Tr::tr("The contract has no complete service period."),
                         QStringLiteral("period_end"));
    return GpuHourPrice::fromContract(*contract.amount, *contract.gpuCount, *contract.periodStart,
                                      *contract.periodEnd);
}

QStringList contractPriceFields()
{
    return {QStringLiteral("amount"), QStringLiteral("gpu_count"), QStringLiteral("period_start"),
            QStringLiteral("period_end")};
}

Result<CostProjection> CostProjection::build(const QList<ScenarioInput> &inputs,
                                             std::optional<int> horizonMonths)
{
    if (inputs.isEmpty())
        return makeError(ErrorCode::MissingField, Tr::tr("There is nothing to project."));
    if (horizonMonths && (*horizonMonths < 1 || *horizonMonths > kMaxMonths))
        return makeError(ErrorCode::OutOfRange,
                         Tr::tr("The projection covers 1 to %1 months.").arg(kMaxMonths),
                         QStringLiteral("months"));
    CostProjection projection;
    projection.currency =
        inputs.first().price.known() ? inputs.first().price.currency() : QStringLiteral("CNY");
    QDate first;
    QDate last;
    bool currencySet = false;
    for (const ScenarioInput &input : inputs) {
        if (input.segments.isEmpty())
            return makeError(
                ErrorCode::MissingField,
                Tr::tr("The scenario \"%1\" has no GPU time to project.").arg(input.label));
        for (const QList<SpendSegment> *list :
             {&input.segments, &input.bandLowSegments, &input.bandHighSegments}) {
            for (const SpendSegment &segment : *list) {
                if (!runs(segment) || !segment.price.known())
                    return makeError(ErrorCode::OutOfRange,
                                     Tr::tr("The scenario \"%1\" has a period without GPUs, "
                                            "hours or price.")
                                         .arg(input.label));
                if (!currencySet) {
                    projection.currency = segment.price.currency();
                    currencySet = true;
                } else if (segment.price.currency() != projection.currency) {
                    return makeError(ErrorCode::CurrencyMismatch,
                                     Tr::tr("All scenarios of one chart need the same currency "
                                            "(%1 and %2).")
                                         .arg(projection.currency, segment.price.currency()));
                }
                if (!first.isValid() || segment.start < first)
                    first = segment.start;
                if (!last.isValid() || lastDay(segment) > last)
                    last = lastDay(segment);
            }
        }
    }
    const QDate firstMonth = firstOfMonth(first);
    int count = horizonMonths.value_or((last.year() - firstMonth.year()) * 12 + last.month() -
                                       firstMonth.month() + 1);
    if (count > kMaxMonths)
        return makeError(ErrorCode::OutOfRange,
                         Tr::tr("The plan runs for more than %1 months; choose more GPUs or a "
                                "shorter horizon.")
                             .arg(kMaxMonths),
                         QStringLiteral("months"));
    for (int i = 0; i < count; ++i)
        projection.months.append(firstMonth.addMonths(i));
    for (const ScenarioInput &input : inputs)
        projection.scenarios.append(project(input, projection.months, projection.currency));
    return projection;
}

int CostProjection::columnMonthsFor(qsizetype monthCount)
{
    if (monthCount <= 36)
        return 1;
    return monthCount <= 3 * 36 ? 3 : 12;
}

namespace {
// First day of the quarter or year (for 3 or 12) that contains `month`.
QDate columnStart(const QDate &month, int monthsPerColumn)
{
    const int index = (month.month() - 1) / monthsPerColumn * monthsPerColumn;
    return QDate(month.year(), index + 1, 1);
}

void addInto(ProjectionMonth &column, const ProjectionMonth &month)
{
    column.days += month.days;
    column.gpuHours += month.gpuHours;
    column.cost += month.cost;
    column.coupon += month.coupon;
    column.own += month.own;
    // Cumulative values are those at the end of the column's last month.
    column.cumulativeCost = month.cumulativeCost;
    column.cumulativeCoupon = month.cumulativeCoupon;
    column.cumulativeOwn = month.cumulativeOwn;
    column.cumulativeCostLow = month.cumulativeCostLow;
    column.cumulativeCostHigh = month.cumulativeCostHigh;
}
} // namespace

CostProjection CostProjection::grouped(int columnMonths) const
{
    if (columnMonths <= monthsPerColumn || isEmpty())
        return *this;
    CostProjection result = *this;
    result.monthsPerColumn = columnMonths;
    result.months.clear();
    for (const QDate &month : months) {
        const QDate start = columnStart(month, columnMonths);
        if (result.months.isEmpty() || result.months.last() != start)
            result.months.append(start);
    }
    for (qsizetype s = 0; s < scenarios.size(); ++s) {
        ProjectionScenario &scenario = result.scenarios[s];
        scenario.months.clear();
        for (const ProjectionMonth &month : scenarios.at(s).months) {
            const QDate start = columnStart(month.month, columnMonths);
            if (scenario.months.isEmpty() || scenario.months.last().month != start) {
                ProjectionMonth column;
                column.month = start;
                column.cost = Money::zero(currency);
                column.coupon = Money::zero(currency);
                column.own = Money::zero(currency);
                scenario.months.append(column);
            }
            addInto(scenario.months.last(), month);
        }
        if (scenario.capBindsIn)
            scenario.capBindsIn = columnStart(*scenario.capBindsIn, columnMonths);
    }
    return result;
}

Result<ScenarioInput> CostProjection::planScenario(const TrainingEstimate &estimate,
                                                   const QDate &start, Rate subsidyRate,
                                                   std::optional<Money> capHeadroom)
{
    if (!estimate.price.known())
        return makeError(ErrorCode::MissingField,
                         Tr::tr("A cost projection needs a price per GPU-hour."),
                         QStringLiteral("price"));
    if (!start.isValid())
        return makeError(ErrorCode::InvalidDate, Tr::tr("The projection needs a start date."),
                         QStringLiteral("start"));
    ScenarioInput input;
    input.gpuName = estimate.gpu.name;
    input.gpuCount = estimate.gpuCount;
    input.domestic = estimate.gpu.domestic;
    input.price = estimate.price;
    input.label = scenarioLabel(estimate.gpu.name, estimate.gpuCount, estimate.price);
    input.couponLimit = capHeadroom;
    input.couponLimitIsCap = true;
    input.plan = estimate;
    const auto segmentAt = [&](double mfu) {
        SpendSegment segment;
        segment.start = start;
        segment.gpuCount = estimate.gpuCount;
        segment.wallHours =
            TrainingComputeEstimator::gpuHoursFor(estimate.flops, estimate.gpu, mfu) /
            estimate.gpuCount;
        segment.price = estimate.price;
        segment.subsidyRate = subsidyRate;
        return segment;
    };
    SpendSegment main = segmentAt(estimate.mfu);
    main.wallHours = estimate.wallHours;
    input.segments.append(main);
    input.bandLowSegments.append(segmentAt(TrainingComputeEstimator::kMfuHigh));
    input.bandHighSegments.append(segmentAt(TrainingComputeEstimator::kMfuLow));
    return input;
}

Result<ScenarioInput> CostProjection::contractScenario(const Application &application,
                                                       const Estimate &estimate,
                                                       const GpuCatalog &catalog)
{
    ScenarioInput input;
    QStringList gpuNames;
    int gpuCount = 0;
    bool domestic = true;
    for (qsizetype i = 0; i < application.contracts.size(); ++i) {
        const ContractEntry &contract = application.contracts.at(i);
        if (!contract.amount || !contract.periodStart || !contract.periodEnd ||
            *contract.periodEnd < *contract.periodStart || contract.amount->isZero() ||
            contract.amount->isNegative() || contract.amount->currency() != estimate.currency)
            continue;
        // Without a GPU count the amount is still spread over the period; only the price per
        // GPU-hour is then unknown.
        const int count = contract.gpuCount.value_or(0);
        auto price = GpuHourPrice::fromContract(*contract.amount, std::max(count, 1),
                                                *contract.periodStart, *contract.periodEnd);
        if (!price)
            continue;
        SpendSegment segment;
        segment.start = *contract.periodStart;
        segment.wallHours = double(servicePeriodHours(*contract.periodStart, *contract.periodEnd));
        segment.gpuCount = std::max(count, 1);
        segment.price = price.value();
        for (const ContractEstimate &contractEstimate : estimate.contracts) {
            if (contractEstimate.index == i && contractEstimate.counted)
                segment.subsidyRate = contractEstimate.rate;
        }
        if (estimate.verdict == Verdict::No)
            segment.subsidyRate = Rate();
        input.segments.append(segment);

        const GpuSpec *gpu = catalog.find(contract.gpuModel);
        const QString name = gpu ? gpu->name : contract.gpuModel.trimmed();
        if (!name.isEmpty() && !gpuNames.contains(name))
            gpuNames.append(name);
        domestic = domestic && gpu && gpu->domestic;
        gpuCount += count;
        if (input.segments.size() == 1 && count > 0)
            input.price = price.value();
        else
            input.price = GpuHourPrice();
    }
    if (input.segments.isEmpty())
        return makeError(ErrorCode::MissingField,
                         Tr::tr("No contract has an amount and a service period to project."),
                         QStringLiteral("contracts"));
    input.gpuName = gpuNames.join(QStringLiteral(" + "));
    input.gpuCount = gpuCount;
    input.domestic = domestic && !gpuNames.isEmpty();
    input.label = gpuCount > 0 && !input.gpuName.isEmpty()
                      ? scenarioLabel(input.gpuName, gpuCount, input.price)
                      : Tr::tr("Contracts");
    // The estimate's subsidy already holds every limit (cap, combined funding); the chart's
    // coupon share stops there, and the dashed line marks it only when the cap is the reason.
    input.couponLimit = estimate.subsidy;
    input.couponLimitIsCap =
        estimate.bindingLimit && *estimate.bindingLimit == BindingLimit::AnnualCap;
    return input;
}

Result<CostProjection> CostProjection::fromApplication(const Application &application,
                                                       const Estimate &estimate)
{
    auto input = contractScenario(application, estimate, GpuCatalog::load());
    if (!input)
        return input.error();
    return build({input.value()});
}

} // namespace cd
