// What the drafts database holds, as plain values: drafts and their summaries, the origin of each
// value, stored contracts, estimate snapshots, audit entries and edit leases.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace cd {

// Where a value came from; the wizard shows it as a badge next to the field.
enum class Provenance
{
    Typed,      // typed by the user
    Extracted,  // read from a contract, not yet confirmed
    Confirmed,  // extracted and confirmed by the user
    Corrected,  // read from a contract, then corrected by the user (typed over, or another
                // passage of the contract selected); stored as "corrected" ("edited" before)
    Imported,   // from an application file or CSV
    CarriedOver // copied from an earlier application of the same applicant
};
QString provenanceName(Provenance provenance); // "typed", "extracted", ...
std::optional<Provenance> provenanceFromName(const QString &name);

namespace DraftStatus {
inline const QString Draft = QStringLiteral("draft");
inline const QString Ready = QStringLiteral("ready");
inline const QString Exported = QStringLiteral("exported");
} // namespace DraftStatus

struct DraftSummary
{
    qint64 id = 0;
    QString programId;
    QString applicantName;
    QString status;
    QString wizardPage;
    QDateTime updatedAt;
};

struct Draft
{
    qint64 id = 0;
    std::optional<qint64> applicantId;
    QString programId;
    QJsonObject application; // the application file's JSON (INTERFACES.md), possibly incomplete
    QString wizardPage;
    QString wizardField;
    QString status;
    qint64 revision = 0; // counts saves; lets a reader notice a newer version
    QDateTime createdAt;
    QDateTime updatedAt;
    QMap<QString, Provenance> provenance; // JSON path → origin
};

struct StoredApplicant
{
    qint64 id = 0;
    QString name;
    QString creditCode;
    QJsonObject data; // the "applicant" object of the application file
    QDateTime updatedAt;
};

// One field edit as saved: the audit log keeps old and new values.
struct FieldChange
{
    QString path; // "applicant.name", "contracts[0].amount"
    QJsonValue oldValue;
    QJsonValue newValue;
    Provenance provenance = Provenance::Typed;
};

struct StoredContract
{
    int position = 0;
    QString sha256;
    QString fileName;
    qint64 size = 0;
    QJsonObject fields; // extracted fields as in `extract --json`'s "fields"
};

struct EstimateSnapshot
{
    qint64 id = 0;
    qint64 draftId = 0;
    QString programId;
    QString rulesVersion; // the rule pack version the estimate is pinned to
    QJsonObject estimate; // `estimate --json`
    QDateTime createdAt;
};

struct AuditEntry
{
    qint64 id = 0;
    qint64 draftId = 0;
    QDateTime at;
    QString who; // OS user name
    QString path;
    QJsonValue oldValue;
    QJsonValue newValue;
};

// "This draft is being edited elsewhere": renewed by its holder, void once expired or once the
// holding process on this machine is gone.
struct Lease
{
    QString holder; // one id per DraftSession
    QString host;
    qint64 pid = 0;
    QString userName;
    QDateTime expiresAt;
};

struct LeaseResult
{
    bool acquired = false;
    Lease lease; // ours when acquired, the other holder's otherwise
};

struct DeleteResult
{
    int contractsRemoved = 0; // blobs no other draft used
};

} // namespace cd
