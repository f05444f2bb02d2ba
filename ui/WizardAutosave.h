// Connects a wizard to its stored draft: every accepted edit goes to the DraftSession (saved
// debounced, in its own transaction), the wizard position is remembered, undo/redo of field
// edits replays into the wizard, and the side panel says whether the draft is saved.
#pragma once

#include "storage/DraftSession.h"

#include <QObject>

#include <memory>

namespace cd {

class ApplicationWizard;

class WizardAutosave : public QObject
{
    Q_OBJECT

public:
    WizardAutosave(ApplicationWizard *wizard, std::unique_ptr<DraftSession> session);
    ~WizardAutosave() override;

    DraftSession *session() const { return m_session.get(); }
    void undo();
    void redo();

private:
    void replay(const QString &path, const QJsonValue &value);

    ApplicationWizard *m_wizard;
    std::unique_ptr<DraftSession> m_session;
    bool m_replaying = false;
};

} // namespace cd
