// The drafts database schema as numbered steps: a database is brought from its recorded
// schema_version to kCurrentVersion in place, inside the caller's transaction.
#pragma once

#include "core/Error.h"
#include "storage/DatabaseLocation.h"

#include <QSqlDatabase>
#include <QStringList>

namespace cd::SchemaMigrations {

constexpr int kCurrentVersion = 3;

// The statements that take a database from version - 1 to `version`, in the backend's dialect.
QStringList statements(int version, DatabaseLocation::Backend backend);

// Reads the version and applies the missing steps. Must run inside a write transaction, so a
// failed upgrade leaves the old database untouched. Returns the version now in the database.
// A database with tables but no schema_version is refused (not ours); a newer one gives
// DatabaseTooNew.
Result<int> migrate(QSqlDatabase &db, DatabaseLocation::Backend backend, const QString &name);

} // namespace cd::SchemaMigrations
