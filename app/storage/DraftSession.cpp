#include "DraftSession.h"

#include "storage/DraftRepository.h"
#include "storage/JsonPath.h"
#include "storage/ProvenanceRules.h"

#include <QUuid>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::DraftSession)
};
} // namespace

DraftSession::DraftSession(DraftRepository &repository, Options options)
    : m_repository(repository)
    , m_options(options)
    , m_holder(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(m_options.debounce);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { (void)flushNow(); });
    m_leaseTimer.setInterval(std::max<std::chrono::milliseconds>(m_options.leaseDuration / 3,
                                                                 std::chrono::milliseconds(50)));
    connect(&m_leaseTimer, &QTimer::timeout, this, &DraftSession::renewLease);
}

Result<std::unique_ptr<DraftSession>> DraftSession::open(DraftRepository &repository,
                                                         qint64 draftId, Options options)
{
    std::unique_ptr<DraftSession> session(new DraftSession(repository, options));
    auto draft = repository.loadDraft(draftId);
    if (!draft)
        return draft.error();
    session->m_draft = std::move(draft.value());
    auto lease = repository.acquireLease(draftId, session->m_holder, options.leaseDuration);
    if (!lease)
        return lease.error();
    if (lease->acquired) {
        session->m_hasLease = true;
        session->m_leaseTimer.start();
    } else {
        session->m_readOnly = true;
        session->m_readOnlyReason =
            Tr::tr("This draft is being edited by %1 on %2 (until at least %3). It is shown "
                   "read-only; close it there to edit it here.")
                .arg(lease->lease.userName, lease->lease.host,
                     lease->lease.expiresAt.toLocalTime().toString(Qt::ISODate));
    }
    return session;
}

DraftSession::~DraftSession()
{
    m_saveTimer.stop();
    m_leaseTimer.stop();
    if (m_dirty)
        (void)flushNow();
    if (m_hasLease)
        (void)m_repository.releaseLease(m_draft.id, m_holder);
}

QJsonValue DraftSession::value(const QString &path) const
{
    return JsonPath::get(m_draft.application, path);
}

std::optional<Provenance> DraftSession::provenance(const QString &path) const
{
    const auto it = m_draft.provenance.constFind(path);
    if (it == m_draft.provenance.constEnd())
        return std::nullopt;
    return it.value();
}

Status DraftSession::readOnlyError() const
{
    return makeError(ErrorCode::DatabaseError, m_readOnlyReason);
}

Status DraftSession::setField(const QString &path, const QJsonValue &value, Provenance source)
{
    if (m_readOnly)
        return readOnlyError();
    if (!JsonPath::isValid(path))
        return makeError(ErrorCode::SchemaViolation,
                         Tr::tr("\"%1\" is not a field path.").arg(path.left(100)), path);
    const QJsonValue old = JsonPath::get(m_draft.application, path);
    const bool valueChanged = !(old == value && !old.isUndefined());
    const std::optional<Provenance> oldSource = provenance(path);
    const std::optional<Provenance> next = ProvenanceRules::after(oldSource, source, valueChanged);
    if (!next)
        return success();
    const Provenance newSource = *next;
    // A path into a missing array element fails here, before it reaches the undo stack.
    QJsonObject probe = m_draft.application;
    if (Status status = JsonPath::set(probe, path, value); !status)
        return status;
    m_undo.resize(m_undoIndex); // a new edit drops what was undone
    const bool container = old.isArray() || old.isObject() || value.isArray() || value.isObject();
    std::optional<ProvenanceRules::ProvenanceMap> before;
    if (container)
        before = m_draft.provenance;
    apply(path, value, newSource);
    std::optional<ProvenanceRules::ProvenanceMap> afterEdit;
    if (container)
        afterEdit = m_draft.provenance;
    if (m_lastEditOpen && !container && !m_undo.isEmpty() && m_undo.last().path == path &&
        !m_undo.last().provenanceBefore) {
        m_undo.last().newValue = value;
        m_undo.last().newSource = newSource;
    } else {
        m_undo.append(Edit{path, old, value, oldSource, newSource, before, afterEdit});
    }
    m_undoIndex = m_undo.size();
    m_lastEditOpen = true;
    Q_EMIT undoStateChanged();
    return success();
}

void DraftSession::undo()
{
    if (m_readOnly || !canUndo())
        return;
    const Edit &edit = m_undo.at(--m_undoIndex);
    m_lastEditOpen = false;
    apply(edit.path, edit.oldValue, edit.oldSource.value_or(Provenance::Typed),
          edit.provenanceBefore);
    Q_EMIT undoStateChanged();
}

void DraftSession::redo()
{
    if (m_readOnly || !canRedo())
        return;
    const Edit &edit = m_undo.at(m_undoIndex++);
    m_lastEditOpen = false;
    apply(edit.path, edit.newValue, edit.newSource, edit.provenanceAfter);
    Q_EMIT undoStateChanged();
}

void DraftSession::apply(const QString &path, const QJsonValue &value, Provenance source,
                         const std::optional<QMap<QString, Provenance>> &wholeMap)
{
    const QJsonValue old = JsonPath::get(m_draft.application, path);
    if (!JsonPath::set(m_draft.application, path, value))
        return;
    if (wholeMap) {
        m_draft.provenance = *wholeMap;
        m_rewriteProvenance = true;
    } else if (old.isArray() || old.isObject() || value.isArray() || value.isObject()) {
        // The origins of a list's elements follow the elements (a contract removed from the
        // middle takes its values' origins with it).
        ProvenanceRules::followContainer(m_draft.provenance, path, old, value);
        m_rewriteProvenance = true;
    }
    m_draft.provenance.insert(path, source);
    bool merged = false;
    for (FieldChange &change : m_pending) {
        if (change.path == path) {
            change.newValue = value;
            change.provenance = source;
            merged = true;
        }
    }
    if (!merged)
        m_pending.append(FieldChange{path, old, value, source});
    Q_EMIT fieldChanged(path, value);
    schedule();
}

Status DraftSession::setWizardPosition(const QString &page, const QString &field)
{
    if (m_readOnly)
        return readOnlyError();
    if (m_draft.wizardPage == page && m_draft.wizardField == field)
        return success();
    m_draft.wizardPage = page;
    m_draft.wizardField = field;
    schedule();
    return success();
}

void DraftSession::schedule()
{
    m_dirty = true;
    m_saveTimer.start(); // restarts: saves once typing pauses
}

Status DraftSession::flushNow()
{
    m_saveTimer.stop();
    if (!m_dirty || m_readOnly)
        return success();
    Status status = m_repository.saveChanges(m_draft.id, m_draft.application, m_pending,
                                             m_draft.wizardPage, m_draft.wizardField,
                                             m_rewriteProvenance ? &m_draft.provenance : nullptr);
    if (!status) {
        // Keep everything in memory and try again: the disk may be full for a moment, the
        // office server restarting.
        m_lastError = status.error();
        m_saveTimer.start(m_options.retryAfterFailure);
        Q_EMIT saveFailed(status.error());
        return status;
    }
    m_pending.clear();
    m_rewriteProvenance = false;
    m_dirty = false;
    m_lastError.reset();
    m_saveTimer.setInterval(m_options.debounce);
    Q_EMIT saved();
    return status;
}

Result<StoredContract> DraftSession::storeContract(const QByteArray &pdf, const QString &fileName,
                                                   const QJsonObject &fields,
                                                   const QByteArray &text)
{
    if (m_readOnly)
        return readOnlyError().error();
    return m_repository.addContract(m_draft.id, pdf, fileName, fields, text);
}

Result<QList<StoredContract>> DraftSession::storedContracts()
{
    return m_repository.contracts(m_draft.id);
}

Result<QByteArray> DraftSession::contractContent(const QString &sha256)
{
    return m_repository.contractContent(sha256);
}

Result<QByteArray> DraftSession::contractText(const QString &sha256)
{
    return m_repository.contractText(sha256);
}

Status DraftSession::updateContractFields(const QString &sha256, const QJsonObject &fields)
{
    if (m_readOnly)
        return readOnlyError();
    return m_repository.setContractFields(m_draft.id, sha256, fields);
}

void DraftSession::renewLease()
{
    if (!m_hasLease)
        return;
    Status status = m_repository.renewLease(m_draft.id, m_holder, m_options.leaseDuration);
    if (!status && status.error().code == ErrorCode::DatabaseError) {
        // Only a lease taken by someone else makes us read-only; a passing server outage does not.
        auto lease = m_repository.acquireLease(m_draft.id, m_holder, m_options.leaseDuration);
        if (lease && !lease->acquired) {
            m_hasLease = false;
            m_readOnly = true;
            m_leaseTimer.stop();
            m_readOnlyReason = status.error().message;
            Q_EMIT leaseLost(m_readOnlyReason);
        }
    }
}

} // namespace cd
