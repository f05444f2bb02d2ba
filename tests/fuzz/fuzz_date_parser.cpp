// libFuzzer target: the contract date parser (app/contracts/DateParser) and the ISO date reader
// of application files (app/domain/Dates). Invariants: only valid dates, spans inside the text,
// in text order, not overlapping; parse() agrees with findAll().
#include "FuzzSupport.h"

#include "contracts/DateParser.h"
#include "domain/Dates.h"

using namespace cd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    fuzz::ensureApplication();
    const QString input = fuzz::text(data, size);
    const QList<DateMatch> found = DateParser::findAll(input);
    qsizetype end = 0;
    for (const DateMatch &match : found) {
        fuzz::check(match.date.isValid(), "findAll: invalid date");
        fuzz::check(match.start >= end, "findAll: spans overlap or are out of order");
        fuzz::check(match.length > 0 && match.start + match.length <= input.size(),
                    "findAll: span outside the text");
        end = match.start + match.length;
    }
    const auto parsed = DateParser::parse(input);
    if (parsed)
        fuzz::check(parsed->isValid(), "parse: invalid date");
    else
        fuzz::check(parsed.error().code == ErrorCode::InvalidDate, "parse: unexpected error code");
    if (const auto iso = parseIsoDate(input)) {
        fuzz::check(iso->isValid(), "parseIsoDate: invalid date");
        fuzz::check(toIsoDate(*iso) == input, "parseIsoDate: does not round-trip");
    }
    return 0;
}
