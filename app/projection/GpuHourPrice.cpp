#include "GpuHourPrice.h"

#include <QCoreApplication>

#include <cmath>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::GpuHourPrice)
};

// Half up (away from zero for the positive amounts used here) to a whole fen.
qint64 roundHalfUpToFen(long double fen)
{
    const long double rounded = std::floor(fen + 0.5L);
    if (!(rounded < static_cast<long double>(Money::kMaxAbsFen)))
        return Money::kMaxAbsFen;
    if (rounded < -static_cast<long double>(Money::kMaxAbsFen))
        return -Money::kMaxAbsFen;
    return static_cast<qint64>(rounded);
}
} // namespace

QString priceSourceName(PriceSource source)
{
    switch (source) {
    case PriceSource::Typed:
        return QStringLiteral("typed");
    case PriceSource::Contract:
        return QStringLiteral("contract");
    case PriceSource::None:
        break;
    }
    return QStringLiteral("none");
}

qint64 servicePeriodHours(const QDate &start, const QDate &end)
{
    if (!start.isValid() || !end.isValid() || end < start)
        return 0;
    return (start.daysTo(end) + 1) * 24;
}

GpuHourPrice GpuHourPrice::typed(const Money &perHour)
{
    GpuHourPrice price;
    price.m_source = PriceSource::Typed;
    price.m_currency = perHour.currency();
    price.m_numeratorFen = perHour.fen();
    price.m_denominatorHours = 1;
    return price;
}

Result<GpuHourPrice> GpuHourPrice::fromContract(const Money &amount, int gpuCount,
                                                const QDate &start, const QDate &end)
{
    if (gpuCount <= 0)
        return makeError(ErrorCode::OutOfRange,
                         Tr::tr("The contract's GPU count must be at least 1."),
                         QStringLiteral("gpu_count"));
    const qint64 hours = servicePeriodHours(start, end);
    if (hours <= 0)
        return makeError(ErrorCode::InvalidDate,
                         Tr::tr("The service period must have a start and an end on or after "
                                "it."),
                         QStringLiteral("period_end"));
    if (amount.isNegative() || amount.isZero())
        return makeError(ErrorCode::OutOfRange, Tr::tr("The contract amount must be positive."),
                         QStringLiteral("amount"));
    GpuHourPrice price;
    price.m_source = PriceSource::Contract;
    price.m_currency = amount.currency();
    price.m_numeratorFen = amount.fen();
    price.m_denominatorHours = hours * gpuCount;
    return price;
}

Money GpuHourPrice::perHour() const
{
    return costOf(1.0);
}

Money GpuHourPrice::costOf(double gpuHours) const
{
    if (!known() || !std::isfinite(gpuHours))
        return Money::zero(m_currency);
    const long double fen = static_cast<long double>(gpuHours) * m_numeratorFen /
                            static_cast<long double>(m_denominatorHours);
    return Money::fromFen(roundHalfUpToFen(fen), m_currency);
}

} // namespace cd
