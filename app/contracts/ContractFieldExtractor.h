// Finds the fields a subsidy application needs in a contract's text: the payable total (not a
// line item, instalment or superseded amount), dates, parties, GPU model, count, hours and unit
// price, each with where it was found and how sure the extractor is.
#pragma once

#include "ContractFields.h"
#include "ContractText.h"

namespace cd {

class ContractFieldExtractor
{
public:
    // Pure function of the text: no I/O, safe to call from any thread.
    static ContractFields extract(const ContractText &text);
};

} // namespace cd
