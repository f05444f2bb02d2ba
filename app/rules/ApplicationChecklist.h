// The whole-application check before export, like a tax office's plausibility check: errors
// block the export and say how to fix them; hints do not. Each item names the wizard step and
// the field it is about, so the review page can link to it.
#pragma once

#include "domain/Application.h"
#include "rules/Estimate.h"

#include <QList>

namespace cd {

enum class ChecklistSeverity
{
    Error,
    Hint
};
enum class WizardStep
{
    ProgramAndApplicant,
    Eligibility,
    Contracts,
    ComputeAndCosts,
    Estimate,
    Review
};

struct ChecklistItem
{
    ChecklistSeverity severity = ChecklistSeverity::Hint;
    WizardStep step = WizardStep::ProgramAndApplicant;
    QString path;    // field path, e.g. "applicant.contact_email"; may be empty
    QString message; // translated
};

namespace ApplicationChecklist {

// The wizard step where the field at `path` is answered.
WizardStep stepForPath(const QString &path);
// `unconfirmed`: the paths of values read from a contract that nobody has confirmed yet; the
// application and the estimate given are the ones without them (what the export uses). Each
// becomes a hint, and one the estimate misses an error that asks to confirm it.
QList<ChecklistItem> check(const Application &application, const Estimate &estimate,
                           const QStringList &unconfirmed = {});
bool blocksExport(const QList<ChecklistItem> &items);

} // namespace ApplicationChecklist
} // namespace cd
