// Money as an integer count of fen (0.01 of the currency's main unit) with its currency, and
// Rate, a decimal share such as 0.50. No floating point touches money anywhere in CouponDesk;
// the only place where a fraction of a fen is dropped is Money::times() (see RoundingMode).
#pragma once

#include "core/Error.h"

#include <QString>
#include <QtGlobal>

namespace cd {

// How a product such as rate × amount is brought back to whole units. A rule pack names one;
// truncation to the fen is the default because the Shenzhen sample rules say so.
enum class RoundingMode
{
    TruncateFen,
    HalfUpFen,
    TruncateYuan
};

class Rate
{
public:
    static constexpr qint64 kScale = 1'000'000; // parts per million: 0.5 = 500000

    constexpr Rate() = default;
    static constexpr Rate fromPartsPerMillion(qint64 ppm) { return Rate(ppm); }
    // "0.5", "0.50", "1", "0.123456"; at most six decimals, no sign, no exponent.
    static Result<Rate> parse(const QString &text);

    constexpr qint64 partsPerMillion() const { return m_ppm; }
    // At least two decimals: "0.50", "0.125".
    QString toString() const;
    // "50 %" style for people, without the locale (callers format with QLocale if they want).
    QString toPercentString() const;

    friend constexpr bool operator==(Rate a, Rate b) { return a.m_ppm == b.m_ppm; }
    friend constexpr auto operator<=>(Rate a, Rate b) { return a.m_ppm <=> b.m_ppm; }

private:
    constexpr explicit Rate(qint64 ppm)
        : m_ppm(ppm)
    {}
    qint64 m_ppm = 0;
};

class Money
{
public:
    // 10^15 fen = 10 trillion yuan: far above any subsidy program, far below overflow of the
    // intermediate products in times().
    static constexpr qint64 kMaxAbsFen = 1'000'000'000'000'000;

    Money() = default;
    static Money fromFen(qint64 fen, const QString &currency = QStringLiteral("CNY"));
    static Money zero(const QString &currency = QStringLiteral("CNY"))
    {
        return fromFen(0, currency);
    }

    // Strict decimal string as in application files: "3200000.00", "12", "-5.5".
    // At most two decimals; no thousands separators, no exponent, no spaces.
    static Result<Money> parse(const QString &text,
                               const QString &currency = QStringLiteral("CNY"));

    qint64 fen() const { return m_fen; }
    QString currency() const { return m_currency; }
    bool isZero() const { return m_fen == 0; }
    bool isNegative() const { return m_fen < 0; }

    // "3200000.00": the form of application files and data.json.
    QString toDecimalString() const;

    // amount × rate, brought to whole fen (or yuan) by the one rounding rule of the program.
    Money times(Rate rate, RoundingMode mode = RoundingMode::TruncateFen) const;
    // amount × numerator / denominator, truncated: pro-rating by days, converting currencies.
    Money scaled(qint64 numerator, qint64 denominator) const;

    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money &operator+=(const Money &other);
    Money &operator-=(const Money &other);
    bool operator==(const Money &other) const = default;
    // Ordering compares amounts; comparing different currencies is a programming error.
    bool operator<(const Money &other) const;
    bool operator<=(const Money &other) const { return !(other < *this); }
    bool operator>(const Money &other) const { return other < *this; }
    bool operator>=(const Money &other) const { return !(*this < other); }

    static Money min(const Money &a, const Money &b) { return b < a ? b : a; }
    static Money max(const Money &a, const Money &b) { return a < b ? b : a; }

private:
    qint64 m_fen = 0;
    QString m_currency = QStringLiteral("CNY");
};

} // namespace cd
