#include "DraftRepository.h"

#include "core/PrivateFiles.h"
#include "domain/ApplicationJson.h"
#include "rules/EstimateJson.h"
#include "storage/SchemaMigrations.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcStorage, "coupondesk.storage")

namespace cd {

namespace {
QAtomicInteger<quint64> g_connectionCounter;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// NOT NULL text columns: a null QString would be bound as SQL NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// A single JSON value as text ("\"abc\"", "12", "null"); undefined (the path did not exist)
// is stored as SQL NULL.
QVariant valueText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QJsonValue valueFromText(const QVariant &variant)
{
    if (variant.isNull())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument document = QJsonDocument::fromJson("[" + variant.toString().toUtf8() + "]");
    return document.array().isEmpty() ? QJsonValue(QJsonValue::Undefined) : document.array().at(0);
}

QString applicantNameOf(const QJsonObject &application)
{
    return application.value(QStringLiteral("applicant"))
        .toObject()
        .value(QStringLiteral("name"))
        .toString();
}

bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true;
#endif
}

// A lease blocks others while it has not expired and, on this machine, while its process lives.
bool leaseIsLive(const Lease &lease)
{
    if (lease.expiresAt.toMSecsSinceEpoch() <= nowMs())
        return false;
    if (lease.host == QSysInfo::machineHostName() &&
        lease.pid != QCoreApplication::applicationPid())
        return processAlive(lease.pid);
    return true;
}

// Every leaf of the application JSON, as the paths the wizard and the audit log use.
void collectPaths(const QJsonValue &value, const QString &path, QStringList *paths)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectPaths(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                         paths);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectPaths(array.at(i),
                         path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), paths);
    } else if (!value.isNull() && !value.isUndefined() && !path.isEmpty()) {
        paths->append(path);
    }
}
} // namespace

QString provenanceName(Provenance provenance)
{
    switch (provenance) {
    case Provenance::Typed:
        return QStringLiteral("typed");
    case Provenance::Extracted:
        return QStringLiteral("extracted");
    case Provenance::Confirmed:
        return QStringLiteral("confirmed");
    case Provenance::Corrected:
        return QStringLiteral("corrected");
    case Provenance::Imported:
        return QStringLiteral("imported");
    case Provenance::CarriedOver:
        break;
    }
    return QStringLiteral("carried_over");
}

std::optional<Provenance> provenanceFromName(const QString &name)
{
    // Drafts saved before values could be corrected on the contract page say "edited".
    if (name == QLatin1String("edited"))
        return Provenance::Corrected;
    for (Provenance p : {Provenance::Typed, Provenance::Extracted, Provenance::Confirmed,
                         Provenance::Corrected, Provenance::Imported, Provenance::CarriedOver}) {
        if (provenanceName(p) == name)
            return p;
    }
    return std::nullopt;
}

QString DraftRepository::osUserName()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

DraftRepository::DraftRepository(DatabaseLocation location)
    : m_location(std::move(location))
{
    // One name per instance and thread: QSqlDatabase connections must not be shared.
    m_connectionName = QStringLiteral("coupondesk-drafts-%1-%2")
                           .arg(++g_connectionCounter)
                           .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

DraftRepository::~DraftRepository()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    // Every QSqlQuery of this class is a local of a member function, so none is alive now.
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<DraftRepository>> DraftRepository::open(const DatabaseLocation &location)
{
    std::unique_ptr<DraftRepository> repository(new DraftRepository(location));
    if (Status connected = repository->connect(); !connected)
        return connected.error();
    int version = 0;
    Status migrated = repository->write([&]() -> Status {
        if (repository->m_location.backend == DatabaseLocation::Backend::Postgres) {
            // Two offices' clients starting at once must not both create the tables.
            QSqlQuery lock(repository->m_db);
            if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(726354)")))
                return repository->sqlError(lock, tr("lock the schema"));
        }
        auto result = SchemaMigrations::migrate(repository->m_db, repository->m_location.backend,
                                                repository->m_location.displayName());
        if (!result)
            return result.error();
        version = result.value();
        return success();
    });
    if (!migrated)
        return migrated.error();
    repository->m_schemaVersion = version;
    return repository;
}

Result<std::unique_ptr<DraftRepository>> DraftRepository::openAtStartup(const QString &overrideUrl)
{
    auto location = DatabaseLocation::resolve(overrideUrl);
    if (!location)
        return location.error();
    auto repository = open(location.value());
    if (!repository || !location->isSqlite())
        return repository;
    auto backup = repository.value()->backup(DatabaseLocation::backupCount());
    if (!backup)
        qCWarning(lcStorage) << "backup failed:" << backup.error().message;
    return repository;
}

Status DraftRepository::connect()
{
    const QString name = m_location.displayName();
    if (m_location.isSqlite()) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return makeError(ErrorCode::DatabaseError,
                             tr("The SQLite driver of Qt is missing (install libqt6sql6-sqlite)."));
        const QFileInfo info(m_location.path);
        if (!PrivateFiles::makeFolder(info.absolutePath()))
            return makeError(ErrorCode::DatabaseError,
                             tr("Cannot create the folder %1 for the drafts database.")
                                 .arg(info.absolutePath()));
#ifdef Q_OS_UNIX
        const QByteArray path = QFile::encodeName(m_location.path);
        if (!info.exists()) {
            // Create the file ourselves so it is never readable by others, not even briefly.
            const int fd = ::open(path.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
            if (fd < 0 && errno != EEXIST)
                return makeError(
                    ErrorCode::DatabaseError,
                    tr("Cannot create the drafts database %1: %2. Is the folder "
                       "read-only or the disk full?")
                        .arg(m_location.path, QString::fromLocal8Bit(std::strerror(errno))));
            if (fd >= 0)
                ::close(fd);
        } else {
            struct stat st;
            if (::stat(path.constData(), &st) == 0 && (st.st_mode & 077) != 0 &&
                st.st_uid == ::geteuid())
                ::chmod(path.constData(), 0600);
        }
#endif
        QFile file(m_location.path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::DatabaseError,
                             tr("Cannot read the drafts database %1: %2")
                                 .arg(m_location.path, file.errorString()));
        const QByteArray header = file.read(16);
        file.close();
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            return makeError(ErrorCode::DatabaseError,
                             tr("%1 is not a CouponDesk drafts database (not a SQLite file). It "
                                "was left untouched; choose another file.")
                                 .arg(m_location.path));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(m_location.path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!m_db.open())
            //: The database operation that failed: "open the database"
            return sqlError(m_db.lastError().text(), tr("open"));
        return configureSqlite();
    }

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return makeError(ErrorCode::DatabaseError,
                         tr("The PostgreSQL driver of Qt is missing (install libqt6sql6-psql)."));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(m_location.host);
    m_db.setPort(m_location.port);
    m_db.setUserName(m_location.user);
    m_db.setPassword(m_location.password);
    m_db.setDatabaseName(m_location.databaseName);
    QString options = QStringLiteral("connect_timeout=5;application_name=coupondesk");
    if (!m_location.connectOptions.isEmpty())
        options += QLatin1Char(';') + m_location.connectOptions;
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return makeError(ErrorCode::DatabaseError,
                         tr("Cannot connect to the PostgreSQL database %1: %2")
                             .arg(name, m_db.lastError().text().trimmed()));
    return success();
}

Status DraftRepository::configureSqlite()
{
    QSqlQuery query(m_db);
    // WAL: readers never block the writer and a killed writer leaves a consistent file.
    // synchronous=NORMAL keeps every commit across a crash or kill of the program (the WAL is in
    // the OS's hands); only a power cut may lose the last commits, never consistency.
    for (const char *pragma : {"PRAGMA busy_timeout = 10000", "PRAGMA journal_mode = WAL",
                               "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return sqlError(query, tr("open"));
        if (query.next() && QLatin1String(pragma).contains(QLatin1String("journal_mode")) &&
            query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcStorage) << "SQLite refused WAL mode:" << query.value(0).toString();
    }
    return success();
}

bool DraftRepository::connectionLost()
{
    if (m_location.isSqlite())
        return false;
    QSqlQuery probe(m_db);
    return !probe.exec(QStringLiteral("SELECT 1"));
}

Error DraftRepository::sqlError(const QString &detail, const QString &what) const
{
    //: %1 is the database, %2 the operation that failed (such as "open"), %3 the driver's message
    return makeError(ErrorCode::DatabaseError,
                     tr("The drafts database %1 failed (%2): %3")
                         .arg(m_location.displayName(), what, detail.trimmed()));
}

Error DraftRepository::sqlError(const QSqlQuery &query, const QString &what) const
{
    return sqlError(query.lastError().text(), what);
}

Status DraftRepository::exec(QSqlQuery &query, const QString &what) const
{
    if (!query.exec())
        return sqlError(query, what);
    return success();
}

Result<qint64> DraftRepository::insertReturningId(QSqlQuery &query, const QString &what) const
{
    if (!query.exec())
        return sqlError(query, what);
    if (m_location.isSqlite())
        return query.lastInsertId().toLongLong();
    if (!query.next())
        return sqlError(query, what);
    return query.value(0).toLongLong();
}

Status DraftRepository::runOnce(bool writeTx, const std::function<Status()> &body)
{
    QSqlQuery control(m_db);
    const QString begin = writeTx && m_location.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE")
                                                           : QStringLiteral("BEGIN");
    if (!control.exec(begin))
        return sqlError(control, tr("begin a transaction"));
    Status status = body();
    if (status) {
        if (control.exec(QStringLiteral("COMMIT")))
            return status;
        //: The database operation that failed: "commit the transaction"
        status = sqlError(control, tr("commit"));
    }
    control.exec(QStringLiteral("ROLLBACK"));
    return status;
}

Status DraftRepository::write(const std::function<Status()> &body)
{
    Status status = runOnce(true, body);
    if (!status && status.error().code == ErrorCode::DatabaseError && connectionLost()) {
        // The server restarted or dropped us: reconnect once and repeat the whole transaction,
        // which is safe because the failed one was rolled back by the server.
        qCInfo(lcStorage) << "reconnecting to" << m_location.displayName();
        m_db.close();
        if (m_db.open())
            status = runOnce(true, body);
    }
    return status;
}

Status DraftRepository::read(const std::function<Status()> &body)
{
    Status status = runOnce(false, body);
    if (!status && status.error().code == ErrorCode::DatabaseError && connectionLost()) {
        m_db.close();
        if (m_db.open())
            status = runOnce(false, body);
    }
    return status;
}

Status DraftRepository::upsertApplicant(qint64 draftId, const QJsonObject &applicant)
{
    const QString name = applicant.value(QStringLiteral("name")).toString();
    const QString creditCode = applicant.value(QStringLiteral("credit_code")).toString();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT applicant_id FROM drafts WHERE id = ?"));
    query.addBindValue(draftId);
    if (!query.exec() || !query.next())
        return sqlError(query, tr("find the applicant"));
    qint64 applicantId = query.value(0).isNull() ? 0 : query.value(0).toLongLong();
    if (applicantId == 0 && name.isEmpty() && creditCode.isEmpty())
        return success();
    if (applicantId == 0 && !creditCode.isEmpty()) {
        query.prepare(
            QStringLiteral("SELECT id FROM applicants WHERE credit_code = ? ORDER BY id"));
        query.addBindValue(creditCode);
        if (!query.exec())
            return sqlError(query, tr("find the applicant"));
        if (query.next())
            applicantId = query.value(0).toLongLong();
    }
    const qint64 now = nowMs();
    if (applicantId == 0) {
        query.prepare(m_location.isSqlite()
                          ? QStringLiteral("INSERT INTO applicants (name, credit_code, data, "
                                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?)")
                          : QStringLiteral("INSERT INTO applicants (name, credit_code, data, "
                                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
                                           "RETURNING id"));
        query.addBindValue(text(name));
        query.addBindValue(creditCode.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(creditCode));
        query.addBindValue(jsonText(applicant));
        query.addBindValue(now);
        query.addBindValue(now);
        auto id = insertReturningId(query, tr("save the applicant"));
        if (!id)
            return id.error();
        applicantId = id.value();
    } else {
        query.prepare(QStringLiteral("UPDATE applicants SET name = ?, credit_code = ?, data = ?, "
                                     "updated_at = ? WHERE id = ?"));
        query.addBindValue(text(name));
        query.addBindValue(creditCode.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(creditCode));
        query.addBindValue(jsonText(applicant));
        query.addBindValue(now);
        query.addBindValue(applicantId);
        if (Status s = exec(query, tr("save the applicant")); !s)
            return s;
    }
    query.prepare(QStringLiteral("UPDATE drafts SET applicant_id = ? WHERE id = ?"));
    query.addBindValue(applicantId);
    query.addBindValue(draftId);
    return exec(query, tr("save the applicant"));
}

Result<qint64> DraftRepository::insertDraft(const QJsonObject &application, Provenance source,
                                            std::optional<qint64> applicantId)
{
    const qint64 now = nowMs();
    QSqlQuery query(m_db);
    QString sql = QStringLiteral(
        "INSERT INTO drafts (applicant_id, program_id, applicant_name, application, wizard_page, "
        "wizard_field, status, revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, "
        "?, ?)");
    if (!m_location.isSqlite())
        sql += QStringLiteral(" RETURNING id");
    query.prepare(sql);
    query.addBindValue(applicantId ? QVariant(*applicantId)
                                   : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(text(application.value(QStringLiteral("program")).toString()));
    query.addBindValue(text(applicantNameOf(application)));
    query.addBindValue(jsonText(application));
    query.addBindValue(QStringLiteral(""));
    query.addBindValue(QStringLiteral(""));
    query.addBindValue(DraftStatus::Draft);
    query.addBindValue(now);
    query.addBindValue(now);
    auto id = insertReturningId(query, tr("create a draft"));
    if (!id)
        return id;
    QStringList paths;
    collectPaths(application, QString(), &paths);
    query.prepare(QStringLiteral(
        "INSERT INTO field_provenance (draft_id, path, source, updated_at) VALUES (?, ?, ?, ?)"));
    for (const QString &path : std::as_const(paths)) {
        if (path == QLatin1String("schema") || path == QLatin1String("program"))
            continue;
        query.addBindValue(id.value());
        query.addBindValue(path);
        query.addBindValue(provenanceName(source));
        query.addBindValue(now);
        if (Status s = exec(query, tr("create a draft")); !s)
            return s.error();
    }
    return id;
}

Result<qint64> DraftRepository::createDraft(const Application &application, Provenance source)
{
    return createDraftFromJson(ApplicationJson::toJsonObject(application), source);
}

Result<qint64> DraftRepository::createDraftFromJson(const QJsonObject &application,
                                                    Provenance source)
{
    qint64 draftId = 0;
    Status status = write([&]() -> Status {
        auto id = insertDraft(application, source, std::nullopt);
        if (!id)
            return id.error();
        draftId = id.value();
        return upsertApplicant(draftId, application.value(QStringLiteral("applicant")).toObject());
    });
    if (!status)
        return status.error();
    return draftId;
}

Result<qint64> DraftRepository::createDraftForApplicant(qint64 applicantId,
                                                        const QString &programId)
{
    qint64 draftId = 0;
    Status status = write([&]() -> Status {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT data FROM applicants WHERE id = ?"));
        query.addBindValue(applicantId);
        if (!query.exec())
            return sqlError(query, tr("read the applicant"));
        if (!query.next())
            return makeError(ErrorCode::NotFound,
                             tr("There is no applicant %1 in the database.").arg(applicantId));
        QJsonObject application{
            {QStringLiteral("schema"), QString::fromLatin1(Application::kSchema)},
            {QStringLiteral("program"), programId},
            {QStringLiteral("applicant"), jsonObject(query.value(0).toString())},
            {QStringLiteral("contracts"), QJsonArray()}};
        auto id = insertDraft(application, Provenance::CarriedOver, applicantId);
        if (!id)
            return id.error();
        draftId = id.value();
        return success();
    });
    if (!status)
        return status.error();
    return draftId;
}

Result<QList<DraftSummary>> DraftRepository::listDrafts()
{
    QList<DraftSummary> drafts;
    Status status = read([&]() -> Status {
        drafts.clear();
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(
                QStringLiteral("SELECT id, program_id, applicant_name, status, wizard_page, "
                               "updated_at FROM drafts ORDER BY updated_at DESC, id DESC")))
            return sqlError(query, tr("list the drafts"));
        while (query.next()) {
            DraftSummary summary;
            summary.id = query.value(0).toLongLong();
            summary.programId = query.value(1).toString();
            summary.applicantName = query.value(2).toString();
            summary.status = query.value(3).toString();
            summary.wizardPage = query.value(4).toString();
            summary.updatedAt = fromMs(query.value(5).toLongLong());
            drafts.append(std::move(summary));
        }
        return success();
    });
    if (!status)
        return status.error();
    return drafts;
}

Result<Draft> DraftRepository::loadDraft(qint64 id)
{
    Draft draft;
    Status status = read([&]() -> Status {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "SELECT applicant_id, program_id, application, wizard_page, wizard_field, status, "
            "revision, created_at, updated_at FROM drafts WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return sqlError(query, tr("read draft %1").arg(id));
        if (!query.next())
            return makeError(
                ErrorCode::NotFound,
                tr("There is no draft %1 in %2.").arg(id).arg(m_location.displayName()));
        draft = Draft();
        draft.id = id;
        if (!query.value(0).isNull())
            draft.applicantId = query.value(0).toLongLong();
        draft.programId = query.value(1).toString();
        draft.application = jsonObject(query.value(2).toString());
        draft.wizardPage = query.value(3).toString();
        draft.wizardField = query.value(4).toString();
        draft.status = query.value(5).toString();
        draft.revision = query.value(6).toLongLong();
        draft.createdAt = fromMs(query.value(7).toLongLong());
        draft.updatedAt = fromMs(query.value(8).toLongLong());
        query.prepare(
            QStringLiteral("SELECT path, source FROM field_provenance WHERE draft_id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return sqlError(query, tr("read draft %1").arg(id));
        while (query.next()) {
            if (auto p = provenanceFromName(query.value(1).toString()))
                draft.provenance.insert(query.value(0).toString(), *p);
        }
        return success();
    });
    if (!status)
        return status.error();
    return draft;
}

Status DraftRepository::saveChanges(qint64 draftId, const QJsonObject &application,
                                    const QList<FieldChange> &changes, const QString &wizardPage,
                                    const QString &wizardField,
                                    const QMap<QString, Provenance> *provenance)
{
    return write([&]() -> Status {
        const qint64 now = nowMs();
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "UPDATE drafts SET program_id = ?, applicant_name = ?, application = ?, "
            "wizard_page = ?, wizard_field = ?, revision = revision + 1, updated_at = ? "
            "WHERE id = ?"));
        query.addBindValue(text(application.value(QStringLiteral("program")).toString()));
        query.addBindValue(text(applicantNameOf(application)));
        query.addBindValue(jsonText(application));
        query.addBindValue(text(wizardPage));
        query.addBindValue(text(wizardField));
        query.addBindValue(now);
        query.addBindValue(draftId);
        if (Status s = exec(query, tr("save draft %1").arg(draftId)); !s)
            return s;
        if (query.numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, tr("Draft %1 no longer exists.").arg(draftId));
        const QString who = osUserName();
        bool applicantChanged = false;
        for (const FieldChange &change : changes) {
            applicantChanged |= change.path.startsWith(QLatin1String("applicant."));
            query.prepare(QStringLiteral("INSERT INTO audit_log (draft_id, at, who, path, "
                                         "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)"));
            query.addBindValue(draftId);
            query.addBindValue(now);
            query.addBindValue(who);
            query.addBindValue(text(change.path));
            query.addBindValue(valueText(change.oldValue));
            query.addBindValue(valueText(change.newValue));
            if (Status s = exec(query, tr("save draft %1").arg(draftId)); !s)
                return s;
            if (provenance)
                continue;
            query.prepare(
                QStringLiteral("INSERT INTO field_provenance (draft_id, path, source, updated_at) "
                               "VALUES (?, ?, ?, ?) ON CONFLICT (draft_id, path) DO UPDATE SET "
                               "source = excluded.source, updated_at = excluded.updated_at"));
            query.addBindValue(draftId);
            query.addBindValue(text(change.path));
            query.addBindValue(provenanceName(change.provenance));
            query.addBindValue(now);
            if (Status s = exec(query, tr("save draft %1").arg(draftId)); !s)
                return s;
        }
        if (provenance) {
            query.prepare(QStringLiteral("DELETE FROM field_provenance WHERE draft_id = ?"));
            query.addBindValue(draftId);
            if (Status s = exec(query, tr("save draft %1").arg(draftId)); !s)
                return s;
            for (auto it = provenance->cbegin(); it != provenance->cend(); ++it) {
                query.prepare(QStringLiteral("INSERT INTO field_provenance (draft_id, path, "
                                             "source, updated_at) VALUES (?, ?, ?, ?)"));
                query.addBindValue(draftId);
                query.addBindValue(text(it.key()));
                query.addBindValue(provenanceName(it.value()));
                query.addBindValue(now);
                if (Status s = exec(query, tr("save draft %1").arg(draftId)); !s)
                    return s;
            }
        }
        if (applicantChanged)
            return upsertApplicant(draftId,
                                   application.value(QStringLiteral("applicant")).toObject());
        return success();
    });
}

Status DraftRepository::setStatus(qint64 draftId, const QString &status)
{
    return write([&]() -> Status {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("UPDATE drafts SET status = ?, updated_at = ? WHERE id = ?"));
        query.addBindValue(text(status));
        query.addBindValue(nowMs());
        query.addBindValue(draftId);
        if (Status s = exec(query, tr("save draft %1").arg(draftId)); !s)
            return s;
        if (query.numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, tr("There is no draft %1.").arg(draftId));
        return success();
    });
}

Status DraftRepository::setProvenance(qint64 draftId, const QString &path, Provenance provenance)
{
    return write([&]() -> Status {
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("INSERT INTO field_provenance (draft_id, path, source, updated_at) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (draft_id, path) DO UPDATE SET "
                           "source = excluded.source, updated_at = excluded.updated_at"));
        query.addBindValue(draftId);
        query.addBindValue(text(path));
        query.addBindValue(provenanceName(provenance));
        query.addBindValue(nowMs());
        return exec(query, tr("save draft %1").arg(draftId));
    });
}

Result<DeleteResult> DraftRepository::deleteDraft(qint64 draftId)
{
    DeleteResult result;
    Status status = write([&]() -> Status {
        result = DeleteResult();
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT holder, host, pid, user_name, expires_at FROM "
                                     "draft_leases WHERE draft_id = ?"));
        query.addBindValue(draftId);
        if (!query.exec())
            return sqlError(query, tr("delete draft %1").arg(draftId));
        if (query.next()) {
            const Lease lease{query.value(0).toString(), query.value(1).toString(),
                              query.value(2).toLongLong(), query.value(3).toString(),
                              fromMs(query.value(4).toLongLong())};
            if (leaseIsLive(lease))
                return makeError(ErrorCode::DatabaseError,
                                 tr("Draft %1 is open in CouponDesk (%2 on %3); close it there "
                                    "before deleting it.")
                                     .arg(draftId)
                                     .arg(lease.userName, lease.host));
        }
        QStringList hashes;
        query.prepare(
            QStringLiteral("SELECT DISTINCT sha256 FROM draft_contracts WHERE draft_id = ?"));
        query.addBindValue(draftId);
        if (!query.exec())
            return sqlError(query, tr("delete draft %1").arg(draftId));
        while (query.next())
            hashes.append(query.value(0).toString());
        query.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ?"));
        query.addBindValue(draftId);
        if (Status s = exec(query, tr("delete draft %1").arg(draftId)); !s)
            return s;
        if (query.numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, tr("There is no draft %1.").arg(draftId));
        for (const QString &hash : std::as_const(hashes)) {
            query.prepare(
                QStringLiteral("DELETE FROM contract_texts WHERE sha256 = ? AND NOT "
                               "EXISTS (SELECT 1 FROM draft_contracts WHERE sha256 = ?)"));
            query.addBindValue(hash);
            query.addBindValue(hash);
            if (Status s = exec(query, tr("delete draft %1").arg(draftId)); !s)
                return s;
            query.prepare(
                QStringLiteral("DELETE FROM contract_files WHERE sha256 = ? AND NOT "
                               "EXISTS (SELECT 1 FROM draft_contracts WHERE sha256 = ?)"));
            query.addBindValue(hash);
            query.addBindValue(hash);
            if (Status s = exec(query, tr("delete draft %1").arg(draftId)); !s)
                return s;
            result.contractsRemoved += query.numRowsAffected() > 0 ? 1 : 0;
        }
        return success();
    });
    if (!status)
        return status.error();
    if (m_location.isSqlite()) {
        // Deleted rows stay in free pages and in the WAL until these run.
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("VACUUM")) ||
            !query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            qCWarning(lcStorage) << "VACUUM after delete failed:" << query.lastError().text();
    }
    return result;
}

Result<QList<StoredApplicant>> DraftRepository::listApplicants()
{
    QList<StoredApplicant> applicants;
    Status status = read([&]() -> Status {
        applicants.clear();
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT id, name, credit_code, data, updated_at FROM "
                                       "applicants ORDER BY name, id")))
            return sqlError(query, tr("list the applicants"));
        while (query.next())
            applicants.append(StoredApplicant{
                query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                jsonObject(query.value(3).toString()), fromMs(query.value(4).toLongLong())});
        return success();
    });
    if (!status)
        return status.error();
    return applicants;
}

Result<StoredContract> DraftRepository::addContract(qint64 draftId, const QByteArray &content,
                                                    const QString &fileName,
                                                    const QJsonObject &fields,
                                                    const QByteArray &contractText)
{
    if (content.isEmpty())
        return makeError(ErrorCode::FileUnreadable,
                         tr("The contract file %1 is empty.").arg(fileName),
                         QStringLiteral("file"));
    StoredContract contract;
    contract.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    contract.fileName = fileName;
    contract.size = content.size();
    contract.fields = fields;
    Status status = write([&]() -> Status {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT 1 FROM drafts WHERE id = ?"));
        query.addBindValue(draftId);
        if (!query.exec())
            return sqlError(query, tr("store the contract"));
        if (!query.next())
            return makeError(ErrorCode::NotFound, tr("There is no draft %1.").arg(draftId));
        query.prepare(QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM draft_contracts "
                                     "WHERE draft_id = ?"));
        query.addBindValue(draftId);
        if (!query.exec() || !query.next())
            return sqlError(query, tr("store the contract"));
        contract.position = query.value(0).toInt();
        query.prepare(QStringLiteral("INSERT INTO contract_files (sha256, content, size, added_at) "
                                     "VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"));
        query.addBindValue(contract.sha256);
        query.addBindValue(content);
        query.addBindValue(contract.size);
        query.addBindValue(nowMs());
        if (Status s = exec(query, tr("store the contract")); !s)
            return s;
        if (!contractText.isEmpty()) {
            query.prepare(QStringLiteral("INSERT INTO contract_texts (sha256, text) VALUES (?, ?) "
                                         "ON CONFLICT (sha256) DO NOTHING"));
            query.addBindValue(contract.sha256);
            query.addBindValue(contractText);
            if (Status s = exec(query, tr("store the contract")); !s)
                return s;
        }
        query.prepare(QStringLiteral("INSERT INTO draft_contracts (draft_id, position, sha256, "
                                     "file_name, fields) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(draftId);
        query.addBindValue(contract.position);
        query.addBindValue(contract.sha256);
        query.addBindValue(text(fileName));
        query.addBindValue(jsonText(fields));
        return exec(query, tr("store the contract"));
    });
    if (!status)
        return status.error();
    return contract;
}

Result<QList<StoredContract>> DraftRepository::contracts(qint64 draftId)
{
    QList<StoredContract> list;
    Status status = read([&]() -> Status {
        list.clear();
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("SELECT dc.position, dc.sha256, dc.file_name, cf.size, dc.fields FROM "
                           "draft_contracts dc "
                           "JOIN contract_files cf ON cf.sha256 = dc.sha256 WHERE dc.draft_id = ? "
                           "ORDER BY dc.position"));
        query.addBindValue(draftId);
        if (!query.exec())
            return sqlError(query, tr("read the contracts"));
        while (query.next())
            list.append(StoredContract{query.value(0).toInt(), query.value(1).toString(),
                                       query.value(2).toString(), query.value(3).toLongLong(),
                                       jsonObject(query.value(4).toString())});
        return success();
    });
    if (!status)
        return status.error();
    return list;
}

Result<QByteArray> DraftRepository::contractContent(const QString &sha256)
{
    QByteArray content;
    Status status = read([&]() -> Status {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT content FROM contract_files WHERE sha256 = ?"));
        query.addBindValue(sha256);
        if (!query.exec())
            return sqlError(query, tr("read the contract"));
        if (!query.next())
            return makeError(ErrorCode::NotFound,
                             tr("There is no contract with SHA-256 %1.").arg(sha256.left(64)));
        content = query.value(0).toByteArray();
        return success();
    });
    if (!status)
        return status.error();
    return content;
}

Result<QByteArray> DraftRepository::contractText(const QString &sha256)
{
    QByteArray content;
    Status status = read([&]() -> Status {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT text FROM contract_texts WHERE sha256 = ?"));
        query.addBindValue(sha256);
        if (!query.exec())
            return sqlError(query, tr("read the contract"));
        content = query.next() ? query.value(0).toByteArray() : QByteArray();
        return success();
    });
    if (!status)
        return status.error();
    return content;
}

Status DraftRepository::setContractFields(qint64 draftId, const QString &sha256,
                                          const QJsonObject &fields)
{
    return write([&]() -> Status {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "UPDATE draft_contracts SET fields = ? WHERE draft_id = ? AND sha256 = ?"));
        query.addBindValue(jsonText(fields));
        query.addBindValue(draftId);
        query.addBindValue(sha256);
        if (Status s = exec(query, tr("store the contract")); !s)
            return s;
        if (query.numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound,
                             tr("There is no contract with SHA-256 %1.").arg(sha256.left(64)));
        return success();
    });
}

Result<int> DraftRepository::contractBlobCount()
{
    int count = 0;
    Status status = read([&]() -> Status {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM contract_files")) || !query.next())
            return sqlError(query, tr("count the contracts"));
        count = query.value(0).toInt();
        return success();
    });
    if (!status)
        return status.error();
    return count;
}

Result<qint64> DraftRepository::saveEstimate(qint64 draftId, const Estimate &estimate)
{
    qint64 snapshotId = 0;
    Status status = write([&]() -> Status {
        QSqlQuery query(m_db);
        QString sql = QStringLiteral("INSERT INTO estimates (draft_id, program_id, rules_version, "
                                     "subsidy, estimate, created_at) VALUES (?, ?, ?, ?, ?, ?)");
        if (!m_location.isSqlite())
            sql += QStringLiteral(" RETURNING id");
        query.prepare(sql);
        query.addBindValue(draftId);
        query.addBindValue(text(estimate.programId));
        query.addBindValue(text(estimate.rulesVersion));
        query.addBindValue(estimate.subsidy.toDecimalString());
        query.addBindValue(jsonText(EstimateJson::toJson(estimate)));
        query.addBindValue(nowMs());
        auto id = insertReturningId(query, tr("save the estimate"));
        if (!id)
            return id.error();
        snapshotId = id.value();
        return success();
    });
    if (!status)
        return status.error();
    return snapshotId;
}

Result<std::optional<EstimateSnapshot>> DraftRepository::latestEstimate(qint64 draftId)
{
    std::optional<EstimateSnapshot> snapshot;
    Status status = read([&]() -> Status {
        snapshot.reset();
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT id, program_id, rules_version, estimate, created_at "
                                     "FROM estimates WHERE draft_id = ? ORDER BY id DESC LIMIT 1"));
        query.addBindValue(draftId);
        if (!query.exec())
            return sqlError(query, tr("read the estimate"));
        if (query.next())
            snapshot = EstimateSnapshot{query.value(0).toLongLong(),
                                        draftId,
                                        query.value(1).toString(),
                                        query.value(2).toString(),
                                        jsonObject(query.value(3).toString()),
                                        fromMs(query.value(4).toLongLong())};
        return success();
    });
    if (!status)
        return status.error();
    return snapshot;
}

Result<QList<AuditEntry>> DraftRepository::auditLog(qint64 draftId)
{
    QList<AuditEntry> entries;
    Status status = read([&]() -> Status {
        entries.clear();
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("SELECT id, at, who, path, old_value, new_value FROM audit_log "
                           "WHERE draft_id = ? ORDER BY id"));
        query.addBindValue(draftId);
        if (!query.exec())
            return sqlError(query, tr("read the audit log"));
        while (query.next())
            entries.append(AuditEntry{
                query.value(0).toLongLong(), draftId, fromMs(query.value(1).toLongLong()),
                query.value(2).toString(), query.value(3).toString(), valueFromText(query.value(4)),
                valueFromText(query.value(5))});
        return success();
    });
    if (!status)
        return status.error();
    return entries;
}

Result<LeaseResult> DraftRepository::acquireLease(qint64 draftId, const QString &holder,
                                                  std::chrono::milliseconds duration)
{
    LeaseResult result;
    Status status = write([&]() -> Status {
        result = LeaseResult();
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT 1 FROM drafts WHERE id = ?"));
        query.addBindValue(draftId);
        if (!query.exec())
            return sqlError(query, tr("open draft %1").arg(draftId));
        if (!query.next())
            return makeError(ErrorCode::NotFound, tr("There is no draft %1.").arg(draftId));
        query.prepare(QStringLiteral("SELECT holder, host, pid, user_name, expires_at FROM "
                                     "draft_leases WHERE draft_id = ?"));
        query.addBindValue(draftId);
        if (!query.exec())
            return sqlError(query, tr("open draft %1").arg(draftId));
        if (query.next()) {
            const Lease existing{query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toLongLong(), query.value(3).toString(),
                                 fromMs(query.value(4).toLongLong())};
            if (existing.holder != holder && leaseIsLive(existing)) {
                result.lease = existing;
                return success();
            }
            query.prepare(
                QStringLiteral("DELETE FROM draft_leases WHERE draft_id = ? AND holder = ?"));
            query.addBindValue(draftId);
            query.addBindValue(existing.holder);
            if (Status s = exec(query, tr("open draft %1").arg(draftId)); !s)
                return s;
        }
        Lease mine{holder, QSysInfo::machineHostName(), QCoreApplication::applicationPid(),
                   osUserName(), fromMs(nowMs() + duration.count())};
        query.prepare(QStringLiteral(
            "INSERT INTO draft_leases (draft_id, holder, host, pid, user_name, expires_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (draft_id) DO NOTHING"));
        query.addBindValue(draftId);
        query.addBindValue(text(mine.holder));
        query.addBindValue(text(mine.host));
        query.addBindValue(mine.pid);
        query.addBindValue(text(mine.userName));
        query.addBindValue(mine.expiresAt.toMSecsSinceEpoch());
        if (Status s = exec(query, tr("open draft %1").arg(draftId)); !s)
            return s;
        if (query.numRowsAffected() > 0) {
            result.acquired = true;
            result.lease = mine;
            return success();
        }
        // Someone else inserted between our read and our insert (PostgreSQL): theirs stands.
        query.prepare(QStringLiteral("SELECT holder, host, pid, user_name, expires_at FROM "
                                     "draft_leases WHERE draft_id = ?"));
        query.addBindValue(draftId);
        if (!query.exec())
            return sqlError(query, tr("open draft %1").arg(draftId));
        if (query.next())
            result.lease = Lease{query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toLongLong(), query.value(3).toString(),
                                 fromMs(query.value(4).toLongLong())};
        return success();
    });
    if (!status)
        return status.error();
    return result;
}

Status DraftRepository::renewLease(qint64 draftId, const QString &holder,
                                   std::chrono::milliseconds duration)
{
    // Renewing is re-acquiring: if ours lapsed (a laptop asleep) and nobody took it, we get it
    // back; if someone did, we learn it.
    auto result = acquireLease(draftId, holder, duration);
    if (!result)
        return result.error();
    if (!result->acquired)
        return makeError(ErrorCode::DatabaseError,
                         tr("Draft %1 was taken over by %2 on %3 while this window was idle.")
                             .arg(draftId)
                             .arg(result->lease.userName, result->lease.host));
    return success();
}

Status DraftRepository::releaseLease(qint64 draftId, const QString &holder)
{
    return write([&]() -> Status {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("DELETE FROM draft_leases WHERE draft_id = ? AND holder = ?"));
        query.addBindValue(draftId);
        query.addBindValue(holder);
        return exec(query, tr("close draft %1").arg(draftId));
    });
}

Result<QString> DraftRepository::backup(int keep, const QString &directory)
{
    if (!m_location.isSqlite())
        return makeError(ErrorCode::DatabaseError,
                         tr("Backups of a PostgreSQL database are made on the server (pg_dump)."));
    if (keep <= 0)
        return QString();
    const QFileInfo info(m_location.path);
    const QString dirPath =
        directory.isEmpty() ? info.absolutePath() + QStringLiteral("/backups") : directory;
    QDir dir;
    if (!dir.mkpath(dirPath))
        return makeError(ErrorCode::DatabaseError,
                         tr("Cannot create the backup folder %1.").arg(dirPath));
    QFile::setPermissions(dirPath,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString stem = info.completeBaseName() + QLatin1Char('-');
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    QString target;
    for (int n = 0; n < 100; ++n) {
        target = dirPath + QLatin1Char('/') + stem + stamp +
                 (n ? QStringLiteral("-%1").arg(n) : QString()) + QStringLiteral(".sqlite");
        if (!QFileInfo::exists(target))
            break;
    }
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(target).constData(),
                          O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::DatabaseError,
                         tr("Cannot create the backup %1: %2")
                             .arg(target, QString::fromLocal8Bit(std::strerror(errno))));
    ::close(fd);
#endif
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(target);
        if (!query.exec()) {
            QFile::remove(target);
            return sqlError(query, tr("make a backup"));
        }
    }
    QStringList backups =
        QDir(dirPath).entryList({stem + QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    while (backups.size() > keep)
        QFile::remove(dirPath + QLatin1Char('/') + backups.takeFirst());
    return target;
}

Result<QString> DraftRepository::integrityCheck()
{
    QSqlQuery query(m_db);
    if (!m_location.isSqlite()) {
        if (!query.exec(QStringLiteral("SELECT 1")))
            return sqlError(query, tr("check the database"));
        return QStringLiteral("ok");
    }
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(query, tr("check the database"));
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace cd
