// Reads and writes the application file (INTERFACES.md, schema coupondesk.application/1).
// Reading is strict and reports the JSON path of the first problem it meets, so that a user
// learns "contracts[0].amount: amounts are decimal strings" instead of "invalid file".
#pragma once

#include "domain/Application.h"

#include <QByteArray>
#include <QJsonObject>

namespace cd::ApplicationJson {

Result<Application> read(const QByteArray &json);
Result<Application> readObject(const QJsonObject &object);
Result<Application> readFile(const QString &path);

QJsonObject toJsonObject(const Application &application);
// Indented, keys in a stable order: the same application always gives the same bytes.
QByteArray write(const Application &application);

// Files larger than this are refused before parsing (a real application is a few KB).
constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;

} // namespace cd::ApplicationJson
