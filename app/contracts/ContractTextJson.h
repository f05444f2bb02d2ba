// ContractText to and from JSON: the PDF worker process sends its result to the application in
// this form, and it is a readable dump of what the reader saw (schema coupondesk.contract-text/1).
#pragma once

#include "contracts/ContractText.h"
#include "core/Error.h"

#include <QByteArray>
#include <QJsonObject>

namespace cd::ContractTextJson {

// {"schema", "page_count", "text_layer", "ocr", "encrypted", "metadata": {…},
//  "pages": [{"page", "width", "height", "from_ocr", "text",
//             "words": [["text", x, y, w, h] or ["text", x, y, w, h, confidence], …]}]}
// Words are arrays rather than objects: a 200-page contract has ~10^5 of them.
QJsonObject toJsonObject(const ContractText &text);
// Compact (one line, no '\n' inside): the worker writes it as one line of its output.
QByteArray write(const ContractText &text);

Result<ContractText> readObject(const QJsonObject &object);
Result<ContractText> read(const QByteArray &json);

} // namespace cd::ContractTextJson
