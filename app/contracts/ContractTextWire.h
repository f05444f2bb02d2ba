// ContractText in binary, as the PDF worker hands it to ContractAnalyzer. A 200-page contract
// has ~10^5 words: as JSON they took a fifth of the whole `extract` to write, parse and convert;
// in this form (the layout is in the .cpp) they are copied, with a bounds check on every field.
// ContractTextJson stays the readable form (drafts keep it, tests compare it).
#pragma once

#include "contracts/ContractText.h"
#include "core/Error.h"

#include <QByteArray>

namespace cd::ContractTextWire {

QByteArray encode(const ContractText &text);
// Anything that is not exactly what encode() writes (truncated, other version, counts that
// cannot fit in the bytes given) is an InvalidJson error: the worker's output is untrusted.
Result<ContractText> decode(const QByteArray &bytes);

} // namespace cd::ContractTextWire
