// What a value's origin means: how it changes when the user types, confirms or corrects a value,
// how the origins of a list's elements follow the elements when the list changes, and which
// values an export may use (confirmed or typed ones, never a value read from a contract that
// nobody has checked). The draft session and the wizard both apply these same rules.
#pragma once

#include "storage/DraftRecords.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QStringList>

#include <optional>

namespace cd::ProvenanceRules {

using ProvenanceMap = QMap<QString, Provenance>; // JSON path → origin

// The origin a value has after `requested` is applied to it; std::nullopt when nothing changes.
// - A new value: typing over a value that came from a contract (extracted, confirmed or
//   corrected) makes it corrected; otherwise the value gets `requested`.
// - The same value again: confirming it, or correcting it to the very value that was extracted,
//   makes an extracted value confirmed; a value without an origin that a contract also states
//   becomes extracted; anything else changes nothing (tabbing through a field does not touch
//   its origin).
std::optional<Provenance> after(std::optional<Provenance> current, Provenance requested,
                                bool valueChanged);

// Whether an export may use a value of this origin: all but an unconfirmed extracted one.
// A path without a recorded origin counts (it was typed before origins were recorded).
bool counts(std::optional<Provenance> provenance);

// After the container at `path` (an array such as "contracts", or an object) changed from
// `oldValue` to `newValue`: the origins of its elements move with them. An array element that
// is still there (found by equal content, at the same index first) keeps its children's origins
// under its new index; a removed or new element has none. In an object, a child whose value
// changed loses its origin.
void followContainer(ProvenanceMap &map, const QString &path, const QJsonValue &oldValue,
                     const QJsonValue &newValue);

struct Filtered
{
    QJsonObject application; // unconfirmed values removed (null)
    QStringList unconfirmed; // their paths, in path order
};
// The application as an export may use it: every value whose origin does not count is cleared.
// The currency of an amount goes with its amount (a kept amount keeps its currency).
Filtered countedValues(const QJsonObject &application, const ProvenanceMap &map);

} // namespace cd::ProvenanceRules
