// Reads and writes one value of the application JSON by the paths the wizard, the audit log and
// the estimate's "missing" list use: "applicant.name", "contracts[0].amount".
#pragma once

#include "core/Error.h"

#include <QJsonObject>
#include <QJsonValue>

namespace cd::JsonPath {

bool isValid(const QString &path);
// Undefined when the path does not exist.
QJsonValue get(const QJsonObject &root, const QString &path);
// Creates missing objects on the way; an array index may be at most one past the end (append).
// An undefined value removes the key.
Status set(QJsonObject &root, const QString &path, const QJsonValue &value);

} // namespace cd::JsonPath
