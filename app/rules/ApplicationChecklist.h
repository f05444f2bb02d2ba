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
QList<ChecklistItem> check(const Application &application, const Estimate &estimate);
bool blocksExport(const QList<ChecklistItem> &items);

} // namespace ApplicationChecklist
} // namespace cd
