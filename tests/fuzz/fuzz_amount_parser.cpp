// libFuzzer target: the contract amount parser (app/contracts/AmountParser) on arbitrary text,
// in every number style. Invariants: results are exact, non-negative, below the Money limit,
// and their spans lie inside the text.
#include "FuzzSupport.h"

#include "contracts/AmountParser.h"
#include "contracts/TextNormalizer.h"

using namespace cd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096) // running text of a page is longer, but the work per byte is what counts
        return 0;
    fuzz::ensureApplication();
    const QString input = fuzz::text(data, size);
    const QString normalized = TextNormalizer::normalize(input);
    for (NumberStyle style :
         {NumberStyle::Auto, NumberStyle::PointDecimal, NumberStyle::CommaDecimal}) {
        const auto parsed = AmountParser::parse(input, style);
        if (parsed) {
            fuzz::check(!parsed->money.isNegative(), "parse: negative amount");
            fuzz::check(parsed->money.fen() <= Money::kMaxAbsFen, "parse: amount over the limit");
        } else {
            const ErrorCode code = parsed.error().code;
            fuzz::check(code == ErrorCode::InvalidAmount || code == ErrorCode::AmountOverflow ||
                            code == ErrorCode::NegativeAmount,
                        "parse: unexpected error code");
        }
        for (const AmountMatch &match : AmountParser::findAll(normalized, style)) {
            fuzz::check(match.start >= 0 && match.length > 0 &&
                            match.start + match.length <= normalized.size(),
                        "findAll: span outside the text");
            fuzz::check(!match.money.isNegative() && match.money.fen() <= Money::kMaxAbsFen,
                        "findAll: amount out of range");
        }
        if (const auto hundredths = AmountParser::parseNumberHundredths(input, style))
            fuzz::check(*hundredths >= 0, "parseNumberHundredths: negative");
    }
    if (const auto integer = AmountParser::parseChineseInteger(input))
        fuzz::check(*integer >= 0, "parseChineseInteger: negative");
    (void)AmountParser::detectStyle(normalized);
    return 0;
}
