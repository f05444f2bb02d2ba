// A fresh, empty drafts database per test on either backend: a file in a temporary folder for
// SQLite, a newly created database on the server of COUPONDESK_TEST_PG_URL for PostgreSQL
// (dropped afterwards). Also a raw QtSql connection for fixtures the repository would not write.
#pragma once

#include "storage/DatabaseLocation.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace testdb {

inline QString postgresUrl()
{
    return qEnvironmentVariable("COUPONDESK_TEST_PG_URL");
}

// The backends this run covers: SQLite always, PostgreSQL when the test script started one.
inline QStringList backends()
{
    QStringList list{QStringLiteral("sqlite")};
    if (!postgresUrl().isEmpty())
        list.append(QStringLiteral("postgresql"));
    return list;
}

inline void announceBackends(const char *suite)
{
    // CI sets COUPONDESK_REQUIRE_PG (scripts/test.sh): there a missing server is a failure, not
    // a quietly smaller test run.
    if (postgresUrl().isEmpty() && qEnvironmentVariableIsSet("COUPONDESK_REQUIRE_PG"))
        qFatal("%s: COUPONDESK_REQUIRE_PG is set but COUPONDESK_TEST_PG_URL is not: PostgreSQL "
               "did not start",
               suite);
    if (postgresUrl().isEmpty())
        qInfo("%s: backends: sqlite ONLY; postgresql NOT RUN (COUPONDESK_TEST_PG_URL is not "
              "set; run under scripts/with-postgres.sh)",
              suite);
    else
        qInfo("%s: backends: sqlite AND postgresql (COUPONDESK_TEST_PG_URL is set)", suite);
}

inline QString uniqueName(const char *prefix)
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("%1_%2_%3")
        .arg(QLatin1String(prefix))
        .arg(QCoreApplication::applicationPid())
        .arg(++counter);
}

// A raw connection to `location`; close it with closeRaw().
inline QSqlDatabase openRaw(const cd::DatabaseLocation &location, const QString &name)
{
    QSqlDatabase db;
    if (location.isSqlite()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location.path);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setDatabaseName(location.databaseName);
    }
    if (!db.open())
        qWarning("raw connection failed: %s", qPrintable(db.lastError().text()));
    return db;
}

inline void closeRaw(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

// Runs statements on a raw connection; fails the test on an error.
inline bool execRaw(const cd::DatabaseLocation &location, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = openRaw(location, uniqueName("raw"));
        {
            QSqlQuery query(db);
            for (const QString &sql : statements) {
                if (!query.exec(sql)) {
                    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
                    ok = false;
                    break;
                }
            }
        }
        closeRaw(db);
    }
    return ok;
}

class TestDatabase
{
public:
    explicit TestDatabase(const QString &backend)
    {
        if (backend == QLatin1String("sqlite")) {
            m_location =
                cd::DatabaseLocation::sqliteFile(m_dir.filePath(QStringLiteral("drafts.sqlite")));
            return;
        }
        auto admin = cd::DatabaseLocation::parse(postgresUrl());
        if (!admin)
            qFatal("COUPONDESK_TEST_PG_URL is not a PostgreSQL URL");
        m_admin = admin.value();
        m_location = m_admin;
        m_location.databaseName = uniqueName("cdtest");
        if (!execRaw(m_admin, {QStringLiteral("CREATE DATABASE ") + m_location.databaseName}))
            qFatal("cannot create a test database on PostgreSQL");
    }
    ~TestDatabase()
    {
        if (!m_location.isSqlite())
            execRaw(m_admin, {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                                  .arg(m_location.databaseName)});
    }

    const cd::DatabaseLocation &location() const { return m_location; }
    QString url() const
    {
        if (m_location.isSqlite())
            return QStringLiteral("sqlite://") + m_location.path;
        return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
            .arg(m_location.user, m_location.password, m_location.host)
            .arg(m_location.port)
            .arg(m_location.databaseName);
    }
    QString dirPath() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    cd::DatabaseLocation m_admin;
    cd::DatabaseLocation m_location;
};

} // namespace testdb
