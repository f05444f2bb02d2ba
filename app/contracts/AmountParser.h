// Reads money amounts as contracts write them: Arabic numerals with the separators of each
// locale, 万元/亿元, "4.8 million", uppercase or lowercase Chinese numerals with 元角分整, and the
// currency they name (CNY/RMB/¥/元/人民币, EUR/€, USD/$). Results are exact, in integer fen.
#pragma once

#include "core/Error.h"
#include "domain/Money.h"

#include <QList>
#include <QString>

#include <optional>

namespace cd {

// How to read "573.408" or "1,250": which separator is the decimal one when the number alone
// does not say. Auto takes ',' + three digits as a thousands group and '.' as the decimal point.
enum class NumberStyle
{
    Auto,
    PointDecimal, // 1,036,800.00
    CommaDecimal, // 1.036.800,00
};

struct AmountMatch
{
    Money money;          // currency empty when the text names none
    bool inWords = false; // Chinese numerals (大写)
    qsizetype start = 0;  // span of the whole expression in the searched text
    qsizetype length = 0;
};

class AmountParser
{
public:
    // One amount expression and nothing else (surrounding spaces allowed; the text is
    // normalised first, so full-width forms are fine): "¥2,981,400.00",
    // "259.2万元", "RMB 4.8 million", "1.250.000,00 €", "叁佰贰拾万元整". Negative amounts give
    // NegativeAmount, anything else that is not an amount InvalidAmount, absurd sizes
    // AmountOverflow.
    static Result<AmountMatch> parse(const QString &text, NumberStyle style = NumberStyle::Auto);

    // Every money expression in running (already normalised) text: numbers with a currency sign,
    // code or 元/万元, and Chinese numerals ending in 元/圆. Bare numbers are not money and are not
    // returned.
    static QList<AmountMatch> findAll(const QString &text, NumberStyle style = NumberStyle::Auto);

    // A bare Arabic number ("2,242,560", "208.512", "2,75") in fen-free form scaled by 100: the
    // value × 100, so 2,75 → 275. std::nullopt if it is not a well-formed number or has more
    // than two decimals.
    static std::optional<qint64> parseNumberHundredths(const QString &text,
                                                       NumberStyle style = NumberStyle::Auto);

    // Chinese numerals without a currency: "二十四" → 24, "贰仟伍佰柒拾捌万" → 25780000,
    // "二〇二四" → 2024 (digit by digit). std::nullopt if not a Chinese number.
    static std::optional<qint64> parseChineseInteger(const QString &text);

    // Which style a whole document uses, from its unambiguous numbers ("1.036.800,00" →
    // CommaDecimal); Auto when it cannot tell.
    static NumberStyle detectStyle(const QString &text);
};

} // namespace cd
