// The drafts database on QtSql: SQLite in the user's data folder by default, PostgreSQL for an
// office's shared database. Every write is one short transaction; one instance per thread.
#pragma once

#include "core/Error.h"
#include "domain/Application.h"
#include "rules/Estimate.h"
#include "storage/DatabaseLocation.h"
#include "storage/DraftRecords.h"

#include <QSqlDatabase>

#include <chrono>
#include <functional>
#include <memory>

class QSqlQuery;

namespace cd {

class DraftRepository
{
    Q_DECLARE_TR_FUNCTIONS(cd::DraftRepository)

public:
    // Opens (creating a SQLite file with mode 0600 if needed) and migrates the schema. A newer
    // schema gives DatabaseTooNew; a damaged or foreign file gives DatabaseError and is left as is.
    static Result<std::unique_ptr<DraftRepository>> open(const DatabaseLocation &location);
    // What the GUI calls when it starts: the database of the override URL (--database), else of
    // the setting, else the default file; on SQLite also a rotating backup keeping
    // DatabaseLocation::backupCount() copies. A failed backup is logged, never fatal.
    static Result<std::unique_ptr<DraftRepository>> openAtStartup(const QString &overrideUrl = {});
    ~DraftRepository();
    DraftRepository(const DraftRepository &) = delete;
    DraftRepository &operator=(const DraftRepository &) = delete;

    const DatabaseLocation &location() const { return m_location; }
    bool isSqlite() const { return m_location.isSqlite(); }
    int schemaVersion() const { return m_schemaVersion; }

    // Drafts
    Result<qint64> createDraft(const Application &application, Provenance source);
    Result<qint64> createDraftFromJson(const QJsonObject &application, Provenance source);
    // A new draft for a program that reuses a stored applicant (values marked carried over).
    Result<qint64> createDraftForApplicant(qint64 applicantId, const QString &programId);
    Result<QList<DraftSummary>> listDrafts();
    Result<Draft> loadDraft(qint64 id);
    // One autosave: the whole application JSON, its audit entries and provenance, the wizard
    // position, in one transaction.
    // `provenance`, when given, replaces every stored origin of the draft (after a list
    // changed, the origins of its elements moved); otherwise only the changed paths' are written.
    Status saveChanges(qint64 draftId, const QJsonObject &application,
                       const QList<FieldChange> &changes, const QString &wizardPage,
                       const QString &wizardField,
                       const QMap<QString, Provenance> *provenance = nullptr);
    Status setStatus(qint64 draftId, const QString &status);
    Status setProvenance(qint64 draftId, const QString &path, Provenance provenance);
    // Removes the draft with its audit log, estimates and contract blobs no other draft uses;
    // on SQLite the file is vacuumed so the deleted data is really gone from it.
    Result<DeleteResult> deleteDraft(qint64 draftId);

    // Applicants (reused across applications)
    Result<QList<StoredApplicant>> listApplicants();

    // Contracts, stored once per SHA-256, with their text for the viewer (opaque bytes; the
    // first text stored for a file stays)
    Result<StoredContract> addContract(qint64 draftId, const QByteArray &content,
                                       const QString &fileName, const QJsonObject &fields,
                                       const QByteArray &text = QByteArray());
    Result<QList<StoredContract>> contracts(qint64 draftId);
    Result<QByteArray> contractContent(const QString &sha256);
    Result<QByteArray> contractText(const QString &sha256); // empty when none was stored
    Status setContractFields(qint64 draftId, const QString &sha256, const QJsonObject &fields);
    Result<int> contractBlobCount();

    // Estimate snapshots, pinned to the rule pack version they were computed with
    Result<qint64> saveEstimate(qint64 draftId, const Estimate &estimate);
    Result<std::optional<EstimateSnapshot>> latestEstimate(qint64 draftId);

    Result<QList<AuditEntry>> auditLog(qint64 draftId);

    // Edit leases
    Result<LeaseResult> acquireLease(qint64 draftId, const QString &holder,
                                     std::chrono::milliseconds duration);
    Status renewLease(qint64 draftId, const QString &holder, std::chrono::milliseconds duration);
    Status releaseLease(qint64 draftId, const QString &holder);

    // SQLite only: an online copy with VACUUM INTO, keeping the newest `keep` in `directory`
    // (default: "backups" next to the database). Returns the new file.
    Result<QString> backup(int keep, const QString &directory = {});
    // "ok" or SQLite's/PostgreSQL's complaint.
    Result<QString> integrityCheck();

    // The OS user recorded in the audit log and leases.
    static QString osUserName();

private:
    explicit DraftRepository(DatabaseLocation location);
    Status connect();
    Status configureSqlite();
    bool connectionLost();
    // Runs `body` inside a write transaction (BEGIN IMMEDIATE on SQLite). On PostgreSQL a lost
    // connection is reopened and the transaction retried once.
    Status write(const std::function<Status()> &body);
    Status read(const std::function<Status()> &body);
    Status runOnce(bool writeTx, const std::function<Status()> &body);
    Error sqlError(const QSqlQuery &query, const QString &what) const;
    Error sqlError(const QString &detail, const QString &what) const;
    Status exec(QSqlQuery &query, const QString &what) const;
    Result<qint64> insertReturningId(QSqlQuery &query, const QString &what) const;
    Status upsertApplicant(qint64 draftId, const QJsonObject &applicant);
    Result<qint64> insertDraft(const QJsonObject &application, Provenance source,
                               std::optional<qint64> applicantId);

    DatabaseLocation m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
};

} // namespace cd
