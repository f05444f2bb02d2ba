// Turns what the extractor found in a contract PDF into the application file's contract fields
// (provider = party B, amount with its currency, dates, GPUs), so the wizard and the batch fill
// a contract from a PDF the same way. Fields that were not found are left out, never guessed.
#pragma once

#include "contracts/ContractFields.h"

#include <QJsonObject>

namespace cd::ExtractedContract {

// Keys as in the application file's contracts[] objects: provider, signing_date, period_start,
// period_end, amount, currency, gpu_model, gpu_count, gpu_hours.
QJsonObject applicationFields(const ContractFields &fields);

} // namespace cd::ExtractedContract
