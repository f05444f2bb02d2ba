#include "DatabaseLocation.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace cd {

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation location;
    location.backend = Backend::Sqlite;
    location.path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return location;
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &url)
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::Usage, tr("The database URL is empty."),
                         QStringLiteral("database"));
    if (!text.contains(QLatin1String("://")))
        return sqliteFile(text);

    const QUrl parsed(text, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid())
        return makeError(ErrorCode::Usage,
                         tr("\"%1\" is not a valid database URL.").arg(text.left(200)),
                         QStringLiteral("database"));
    if (scheme == QLatin1String("sqlite")) {
        const QString path = parsed.path();
        if (path.isEmpty() || path == QLatin1String("/"))
            return makeError(ErrorCode::Usage,
                             tr("A SQLite URL needs a file: sqlite:///path/file.sqlite"),
                             QStringLiteral("database"));
        return sqliteFile(path);
    }
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        DatabaseLocation location;
        location.backend = Backend::Postgres;
        location.host = parsed.host();
        location.port = parsed.port(5432);
        location.user = parsed.userName();
        location.password = parsed.password();
        location.databaseName = parsed.path().mid(1);
        if (location.host.isEmpty() || location.databaseName.isEmpty() ||
            location.databaseName.contains(QLatin1Char('/')))
            return makeError(ErrorCode::Usage,
                             tr("A PostgreSQL URL looks like "
                                "postgresql://user@host:port/dbname; \"%1\" lacks the host or "
                                "the database name.")
                                 .arg(location.displayName()),
                             QStringLiteral("database"));
        QStringList options;
        const auto items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
        for (const auto &item : items)
            options.append(item.first + QLatin1Char('=') + item.second);
        location.connectOptions = options.join(QLatin1Char(';'));
        return location;
    }
    return makeError(ErrorCode::Usage,
                     tr("Unknown database type \"%1\": use sqlite:///path/file.sqlite or "
                        "postgresql://user@host:port/dbname.")
                         .arg(scheme.left(40)),
                     QStringLiteral("database"));
}

Result<DatabaseLocation> DatabaseLocation::resolve(const QString &overrideUrl)
{
    if (!overrideUrl.isEmpty())
        return parse(overrideUrl);
    const QString setting = QSettings().value(QLatin1String(kSettingsKey)).toString();
    if (!setting.isEmpty())
        return parse(setting);
    return sqliteFile(defaultSqlitePath());
}

QString DatabaseLocation::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/drafts.sqlite");
}

int DatabaseLocation::backupCount()
{
    bool ok = false;
    const int count =
        QSettings().value(QLatin1String(kBackupCountKey), kDefaultBackupCount).toInt(&ok);
    return ok && count >= 0 ? count : kDefaultBackupCount;
}

QString DatabaseLocation::displayName() const
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("sqlite://") + path;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    text += host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + databaseName;
    return text;
}

} // namespace cd
