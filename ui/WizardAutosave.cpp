#include "WizardAutosave.h"

#include "ApplicationWizard.h"
#include "EstimatePanel.h"

#include "domain/ApplicationFields.h"

#include <QAction>
#include <QKeySequence>
#include <QTime>

namespace cd {

WizardAutosave::WizardAutosave(ApplicationWizard *wizard, std::unique_ptr<DraftSession> session)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_session(std::move(session))
{
    if (m_session->isReadOnly())
        wizard->setReadOnly(m_session->readOnlyReason());
    wizard->setProvenanceMap(m_session->draft().provenance);
    wizard->contractDocuments().setSession(m_session.get());
    connect(wizard, &ApplicationWizard::fieldEdited, this,
            [this](const QString &path, const QJsonValue &, const QJsonValue &value,
                   Provenance source) {
                if (!m_replaying)
                    (void)m_session->setField(path, value, source);
            });
    connect(wizard, &QWizard::currentIdChanged, this, [this](int id) {
        // Closing the wizard reports page -1: keep the page the user was on.
        if (id >= 0)
            (void)m_session->setWizardPosition(ApplicationWizard::pageName(id), QString());
    });
    connect(m_session.get(), &DraftSession::fieldChanged, this, &WizardAutosave::replay);
    connect(m_session.get(), &DraftSession::saved, this, [this] {
        m_wizard->estimatePanel()->showSaved(
            tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    });
    connect(m_session.get(), &DraftSession::saveFailed, this, [this](const Error &error) {
        m_wizard->estimatePanel()->showSaved(
            tr("Not saved yet (%1) — your input is kept and saving is retried.")
                .arg(error.message));
    });
    connect(m_session.get(), &DraftSession::leaseLost, this,
            [this](const QString &reason) { m_wizard->setReadOnly(reason); });
    // The wizard closing (finished, cancelled or the window closed) writes what is pending.
    connect(wizard, &QDialog::finished, this, [this] { (void)m_session->flushNow(); });

    auto *undoAction = new QAction(tr("Undo"), wizard);
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WindowShortcut);
    connect(undoAction, &QAction::triggered, this, &WizardAutosave::undo);
    auto *redoAction = new QAction(tr("Redo"), wizard);
    redoAction->setObjectName(QStringLiteral("redoAction"));
    redoAction->setShortcut(QKeySequence::Redo);
    connect(redoAction, &QAction::triggered, this, &WizardAutosave::redo);
    wizard->addAction(undoAction);
    wizard->addAction(redoAction);
}

WizardAutosave::~WizardAutosave()
{
    // The wizard's widgets may already be gone: save without reporting to them.
    if (m_session) {
        m_session->disconnect(this);
        (void)m_session->flushNow();
    }
}

void WizardAutosave::undo()
{
    m_session->undo();
}

void WizardAutosave::redo()
{
    m_session->redo();
}

void WizardAutosave::replay(const QString &path, const QJsonValue &value)
{
    // The session reports every change, including the wizard's own: only undo and redo differ.
    if (m_replaying)
        return;
    if (ApplicationFields::value(m_wizard->application(), path) == value) {
        // The wizard's own edit, or an undone confirmation: only the origins may differ.
        m_wizard->setProvenanceMap(m_session->draft().provenance);
        return;
    }
    m_replaying = true;
    const Status status = m_wizard->applyField(path, value);
    // Undo and redo restore the origins too (an undone confirmation is extracted again).
    m_wizard->setProvenanceMap(m_session->draft().provenance);
    if (status)
        m_wizard->reloadCurrentPage();
    m_replaying = false;
}

} // namespace cd
