// Base of every wizard page: access to the wizard's draft and an inline message banner, so a
// page that cannot go on always says why next to the fields (and screen readers hear it).
#pragma once

#include "core/Error.h"

#include <QMap>
#include <QWizardPage>

class QLabel;

namespace cd {

class ApplicationWizard;

class ApplicationWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ApplicationWizardPage(ApplicationWizard *wizard);

protected:
    ApplicationWizard *appWizard() const { return m_wizard; }
    // Shows `text` in `banner` (an error in the error colour, with an icon-free text prefix so
    // colour is not the only signal); an empty text hides it.
    static void showBanner(QLabel *banner, const QString &text, bool error = true);
    // Remembers (or forgets, when status is ok) the error of one field and shows every field
    // error still standing in `banner`; returns status.
    bool noteFieldStatus(QLabel *banner, const QString &path, const Status &status);
    bool hasFieldErrors() const { return !m_fieldErrors.isEmpty(); }
    void clearFieldErrors(QLabel *banner);

private:
    ApplicationWizard *m_wizard;
    QMap<QString, QString> m_fieldErrors; // path → message
};

} // namespace cd
