// One draft open for editing: holds its application JSON, autosaves each field change in a short
// transaction after a pause in typing, offers undo/redo and keeps the draft's edit lease, so a
// second window or process gets a read-only view with a clear reason.
#pragma once

#include "core/Error.h"
#include "storage/DraftRecords.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace cd {

class DraftRepository;

class DraftSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::chrono::milliseconds debounce{300};
        std::chrono::milliseconds leaseDuration{30000}; // renewed every third of this
        std::chrono::milliseconds retryAfterFailure{2000};
    };

    // Loads the draft and takes its lease; if another live session holds it, the session opens
    // read-only (isReadOnly(), readOnlyReason()). The repository must outlive the session.
    static Result<std::unique_ptr<DraftSession>> open(DraftRepository &repository, qint64 draftId,
                                                      Options options);
    static Result<std::unique_ptr<DraftSession>> open(DraftRepository &repository, qint64 draftId)
    {
        return open(repository, draftId, Options());
    }
    // Saves what is pending and releases the lease.
    ~DraftSession() override;

    qint64 draftId() const { return m_draft.id; }
    const Draft &draft() const { return m_draft; }
    const QJsonObject &application() const { return m_draft.application; }
    QJsonValue value(const QString &path) const;
    std::optional<Provenance> provenance(const QString &path) const;

    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }

    // Changes the value now (the GUI shows it at once) and schedules the save. The value's origin
    // follows ProvenanceRules::after(): typing over a value read from a contract marks it
    // corrected; the same value with Provenance::Confirmed confirms an extracted one.
    Status setField(const QString &path, const QJsonValue &value,
                    Provenance source = Provenance::Typed);
    // Where the user is, so reopening the draft returns to the same page and field.
    Status setWizardPosition(const QString &page, const QString &field);

    // The contract PDFs of this draft, stored once per content with what was extracted from
    // them (`fields` as in `extract --json`) and, optionally, their text (ContractTextJson,
    // compressed) so the contract viewer can show a reopened draft without reading it again.
    Result<StoredContract> storeContract(const QByteArray &pdf, const QString &fileName,
                                         const QJsonObject &fields,
                                         const QByteArray &text = QByteArray());
    Result<QList<StoredContract>> storedContracts();
    Result<QByteArray> contractContent(const QString &sha256);
    Result<QByteArray> contractText(const QString &sha256); // empty when none was stored
    // Replaces the stored fields of a contract (a value corrected on the page moves its box).
    Status updateContractFields(const QString &sha256, const QJsonObject &fields);

    // Writes pending changes now (window closing, "Save" shortcut, tests).
    Status flushNow();
    bool hasUnsavedChanges() const { return m_dirty; }
    // The last save failure while it has not been retried successfully.
    std::optional<Error> lastError() const { return m_lastError; }

    // Field edits of this session; consecutive edits of one field (typing) are one step. Our own
    // small stack rather than QUndoStack keeps the storage engine free of QtGui, so writer
    // processes start fast; the GUI binds its Undo/Redo actions to undoStateChanged().
    bool canUndo() const { return m_undoIndex > 0; }
    bool canRedo() const { return m_undoIndex < m_undo.size(); }
    int undoCount() const { return int(m_undo.size()); }
    void undo();
    void redo();

Q_SIGNALS:
    void fieldChanged(const QString &path, const QJsonValue &value);
    void saved();
    void saveFailed(const cd::Error &error);
    // The lease could not be renewed because someone else took the draft: now read-only.
    void leaseLost(const QString &reason);
    void undoStateChanged();

private:
    struct Edit
    {
        QString path;
        QJsonValue oldValue;
        QJsonValue newValue;
        std::optional<Provenance> oldSource;
        Provenance newSource = Provenance::Typed;
        // For a list or object replaced as a whole: every origin before and after, because the
        // origins of its elements moved with them.
        std::optional<QMap<QString, Provenance>> provenanceBefore;
        std::optional<QMap<QString, Provenance>> provenanceAfter;
    };
    DraftSession(DraftRepository &repository, Options options);
    void apply(const QString &path, const QJsonValue &value, Provenance source,
               const std::optional<QMap<QString, Provenance>> &wholeMap = std::nullopt);
    void schedule();
    void renewLease();
    Status readOnlyError() const;

    DraftRepository &m_repository;
    Options m_options;
    Draft m_draft;
    QString m_holder;
    bool m_hasLease = false;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    bool m_dirty = false;
    bool m_rewriteProvenance = false; // origins moved: the next save writes all of them
    QList<FieldChange> m_pending;     // one entry per path: oldest old value, newest new value
    std::optional<Error> m_lastError;
    QTimer m_saveTimer;
    QTimer m_leaseTimer;
    QList<Edit> m_undo;
    qsizetype m_undoIndex = 0;   // edits before this index are applied
    bool m_lastEditOpen = false; // the next edit of the same field merges into the last step
};

} // namespace cd
