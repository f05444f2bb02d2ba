// The JSON form of extracted contract fields (INTERFACES.md, "Extracted contract fields"):
// the `fields` object that `coupondesk-cli extract --json` prints.
#pragma once

#include "ContractFields.h"

#include <QJsonObject>

namespace cd {

class ContractFieldsJson
{
public:
    // {"amount": {"value": "3200000.00", "currency": "CNY", "text": …, "page": 3,
    //  "rect": [x, y, w, h], "confidence": 0.93}, "signing_date": {…}, …}; null where not found.
    static QJsonObject toJson(const ContractFields &fields);
};

} // namespace cd
