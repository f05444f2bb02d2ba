// Drafts keep the estimate they were computed with, pinned to the rule pack's id and version.
// When an office installs a newer version of that pack, this recomputes the draft and says what
// changed: the subsidy, the verdict and each rule whose outcome moved.
#pragma once

#include "core/Error.h"
#include "rules/ProgramCatalog.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace cd {

class DraftRepository;

struct RuleChange
{
    enum class Kind
    {
        Added,
        Removed,
        Changed
    };
    Kind kind = Kind::Changed;
    QString rule;
    int contractIndex = -1;
    QString oldResult; // "pass", "fail", "unknown", "value"; empty when added
    QString newResult; // empty when removed
    QString oldValue;
    QString newValue;
    QString newExplanation;
};

struct EstimateDiff
{
    QString programId;
    QString oldRulesVersion;
    QString newRulesVersion;
    QString oldSubsidy; // decimal strings as in the estimate JSON; empty when absent
    QString newSubsidy;
    QString oldEligible;
    QString newEligible;
    QList<RuleChange> rules;
    QJsonObject newEstimate; // to show or to pin with DraftRepository::saveEstimate

    bool subsidyChanged() const { return oldSubsidy != newSubsidy; }
    bool changed() const
    {
        return subsidyChanged() || oldEligible != newEligible || !rules.isEmpty();
    }
    QJsonObject toJson() const;
};

namespace RulePackPinning {

// Compares two `estimate --json` documents rule by rule (rule id and contract index).
EstimateDiff diff(const QJsonObject &oldEstimate, const QJsonObject &newEstimate);

// Computes the draft with the catalog's pack and pins the result. Errors when the draft does not
// parse as an application or its program is unknown.
Result<qint64> snapshot(DraftRepository &repository, qint64 draftId, const ProgramCatalog &catalog);

// Empty when the draft has no snapshot yet or the catalog's pack is not newer than the pinned
// version; otherwise the recomputed estimate and its difference (nothing is saved).
Result<std::optional<EstimateDiff>> checkForNewerPack(DraftRepository &repository, qint64 draftId,
                                                      const ProgramCatalog &catalog);

} // namespace RulePackPinning
} // namespace cd
