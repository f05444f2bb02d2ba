// The price of one GPU-hour and where it came from (typed in, derived from a contract, or
// unknown). Also the one place where a floating-point count of GPU-hours becomes Money.
#pragma once

#include "core/Error.h"
#include "domain/Money.h"

#include <QDate>

#include <optional>

namespace cd {

enum class PriceSource
{
    None,
    Typed,
    Contract
};
QString priceSourceName(PriceSource source); // "none", "typed", "contract"

class GpuHourPrice
{
public:
    GpuHourPrice() = default; // no price: source None
    static GpuHourPrice typed(const Money &perHour);
    // amount ÷ (GPU count × hours of the service period), both dates included. The exact
    // fraction is kept, so the whole period costs exactly the contract's amount.
    static Result<GpuHourPrice> fromContract(const Money &amount, int gpuCount, const QDate &start,
                                             const QDate &end);

    bool known() const { return m_source != PriceSource::None; }
    PriceSource source() const { return m_source; }
    QString currency() const { return m_currency; }
    // Rounded half up to the fen, for display; exact for typed prices.
    Money perHour() const;
    // Cost of `gpuHours` GPU-hours: gpuHours × price computed in long double, then rounded half
    // up to the fen once. Every cost CouponDesk projects passes through here.
    Money costOf(double gpuHours) const;
    // The fraction behind the price: numeratorFen ÷ denominatorHours fen per GPU-hour.
    qint64 numeratorFen() const { return m_numeratorFen; }
    qint64 denominatorHours() const { return m_denominatorHours; }

private:
    PriceSource m_source = PriceSource::None;
    QString m_currency = QStringLiteral("CNY");
    qint64 m_numeratorFen = 0;
    qint64 m_denominatorHours = 1;
};

// Hours of a service period with both dates included: (days) × 24. 0 for an invalid period.
qint64 servicePeriodHours(const QDate &start, const QDate &end);

} // namespace cd
