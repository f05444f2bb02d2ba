// The JSON form of extracted contract fields (INTERFACES.md, "Extracted contract fields"):
// the `fields` object that `coupondesk-cli extract --json` prints.
#pragma once

#include "ContractFields.h"

#include <QJsonObject>
#include <QList>
#include <QRectF>

namespace cd {

// Where one field of the `fields` object stands in its contract (what the viewer outlines).
struct FieldLocation
{
    QString key;  // "amount", "party_b", …
    QString text; // the source text
    int page = 0; // 1-based
    QRectF rect;  // PDF points, origin top-left
    double confidence = 0.0;
};

class ContractFieldsJson
{
public:
    // {"amount": {"value": "3200000.00", "currency": "CNY", "text": …, "page": 3,
    //  "rect": [x, y, w, h], "confidence": 0.93}, "signing_date": {…}, …}; null where not found.
    static QJsonObject toJson(const ContractFields &fields);

    // The located fields of such an object, in the order of its keys; null or malformed
    // entries (no page, no rectangle) are left out.
    static QList<FieldLocation> locations(const QJsonObject &fields);
    // `fields` with field `key` read from another place: value, text, page and rectangle as the
    // user selected them, confidence 1.
    static QJsonObject corrected(const QJsonObject &fields, const QString &key,
                                 const QJsonValue &value, const QString &text, int page,
                                 const QRectF &rect);
};

} // namespace cd
