// Where the drafts database lives: a SQLite file (the default, in the user's data folder) or a
// PostgreSQL server an office shares. Parsed from --database URLs and the "storage/database"
// setting.
#pragma once

#include "core/Error.h"

#include <QString>

namespace cd {

class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(cd::DatabaseLocation)

public:
    enum class Backend
    {
        Sqlite,
        Postgres
    };

    // The QSettings keys; the GUI's settings dialog and the README name these.
    static constexpr const char *kSettingsKey = "storage/database";
    static constexpr const char *kBackupCountKey = "storage/backupCount";
    static constexpr int kDefaultBackupCount = 5;

    // "sqlite:///path/file.sqlite", "postgresql://user[:password]@host[:port]/dbname[?opts]" or
    // a plain file path (taken as SQLite).
    static Result<DatabaseLocation> parse(const QString &url);
    // The override (e.g. --database) if not empty, else the setting, else the default file.
    static Result<DatabaseLocation> resolve(const QString &overrideUrl = {});
    static DatabaseLocation sqliteFile(const QString &path);
    // <AppDataLocation>/drafts.sqlite
    static QString defaultSqlitePath();
    // How many rotating backups to keep (setting, default 5).
    static int backupCount();

    Backend backend = Backend::Sqlite;
    QString path; // SQLite
    QString host; // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString connectOptions; // libpq options from the URL's query, e.g. "sslmode=require"

    bool isSqlite() const { return backend == Backend::Sqlite; }
    // For messages and `drafts list`: the URL without the password.
    QString displayName() const;
};

} // namespace cd
