// Reads and changes one field of an application by its JSON path ("applicant.name",
// "contracts[0].amount"), with the same validation as reading a file. The wizard's pages, the
// autosave and undo all speak in these paths, so a value typed in the GUI is checked exactly like
// the same value in an application file.
#pragma once

#include "domain/Application.h"

#include <QJsonValue>

namespace cd::ApplicationFields {

// The value at `path` in the application's JSON form (null when unanswered or absent).
QJsonValue value(const Application &application, const QString &path);
// Sets the value at `path` (null clears it). The application is unchanged when the new value is
// invalid; the error names the path.
Status setValue(Application &application, const QString &path, const QJsonValue &value);

} // namespace cd::ApplicationFields
