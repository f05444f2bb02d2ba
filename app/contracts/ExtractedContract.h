// Turns what the extractor found in a contract PDF into the application file's contract fields
// (provider = party B, amount with its currency, dates, GPUs), so the wizard and the batch fill
// a contract from a PDF the same way. Fields that were not found are left out, never guessed.
#pragma once

#include "contracts/ContractFields.h"
#include "core/Error.h"

#include <QJsonObject>
#include <QStringList>

namespace cd::ExtractedContract {

// Keys as in the application file's contracts[] objects: provider, signing_date, period_start,
// period_end, amount, currency, gpu_model, gpu_count, gpu_hours.
QJsonObject applicationFields(const ContractFields &fields);

// The application field (provider, amount, signing_date, period_start, period_end, gpu_model,
// gpu_count, gpu_hours) each field of `extract --json` fills: "party_b" → "provider", the others
// by the same name; empty for fields the application has no place for (party_a, unit_price).
QString applicationKey(const QString &extractedKey);
// The extracted field behind an application field: "provider" → "party_b".
QString extractedKey(const QString &applicationKey);
// The application fields that can be read from a contract, in form order.
QStringList applicationKeys();

// The value of application field `key` read from text the user selected on the contract page,
// parsed as the extractor parses it (AmountParser, DateParser; a leading label such as "乙方："
// is dropped from a name or GPU model). An amount names its currency when the
// text does. Errors (InvalidAmount, InvalidDate, WrongType, MissingField) say what was expected.
Result<QJsonObject> fromSelection(const QString &key, const QString &selectedText);

} // namespace cd::ExtractedContract
