#include "RulePackPinning.h"

#include "domain/ApplicationJson.h"
#include "rules/EstimateJson.h"
#include "rules/Estimator.h"
#include "storage/DraftRepository.h"

#include <QJsonArray>
#include <QMap>
#include <QVersionNumber>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::RulePackPinning)
};

QString stepKey(const QJsonObject &step)
{
    return step.value(QStringLiteral("rule")).toString() + QLatin1Char('#') +
           QString::number(step.value(QStringLiteral("contract")).toInt(-1));
}

QMap<QString, QJsonObject> stepsByKey(const QJsonObject &estimate)
{
    QMap<QString, QJsonObject> steps;
    const QJsonArray trace = estimate.value(QStringLiteral("trace")).toArray();
    for (const QJsonValue &value : trace)
        steps.insert(stepKey(value.toObject()), value.toObject());
    return steps;
}

QString kindName(RuleChange::Kind kind)
{
    switch (kind) {
    case RuleChange::Kind::Added:
        return QStringLiteral("added");
    case RuleChange::Kind::Removed:
        return QStringLiteral("removed");
    case RuleChange::Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}
} // namespace

QJsonObject EstimateDiff::toJson() const
{
    QJsonArray changes;
    for (const RuleChange &change : rules) {
        QJsonObject object{{QStringLiteral("kind"), kindName(change.kind)},
                           {QStringLiteral("rule"), change.rule},
                           {QStringLiteral("old_result"), change.oldResult},
                           {QStringLiteral("new_result"), change.newResult},
                           {QStringLiteral("old_value"), change.oldValue},
                           {QStringLiteral("new_value"), change.newValue}};
        if (change.contractIndex >= 0)
            object.insert(QStringLiteral("contract"), change.contractIndex);
        changes.append(object);
    }
    return QJsonObject{{QStringLiteral("program"), programId},
                       {QStringLiteral("old_rules_version"), oldRulesVersion},
                       {QStringLiteral("new_rules_version"), newRulesVersion},
                       {QStringLiteral("old_subsidy"), oldSubsidy},
                       {QStringLiteral("new_subsidy"), newSubsidy},
                       {QStringLiteral("old_eligible"), oldEligible},
                       {QStringLiteral("new_eligible"), newEligible},
                       {QStringLiteral("rules"), changes}};
}

namespace RulePackPinning {

EstimateDiff diff(const QJsonObject &oldEstimate, const QJsonObject &newEstimate)
{
    EstimateDiff result;
    result.programId = newEstimate.value(QStringLiteral("program")).toString();
    result.oldRulesVersion = oldEstimate.value(QStringLiteral("rules_version")).toString();
    result.newRulesVersion = newEstimate.value(QStringLiteral("rules_version")).toString();
    result.oldSubsidy = oldEstimate.value(QStringLiteral("subsidy")).toString();
    result.newSubsidy = newEstimate.value(QStringLiteral("subsidy")).toString();
    result.oldEligible = oldEstimate.value(QStringLiteral("eligible")).toString();
    result.newEligible = newEstimate.value(QStringLiteral("eligible")).toString();
    result.newEstimate = newEstimate;

    const QMap<QString, QJsonObject> before = stepsByKey(oldEstimate);
    const QMap<QString, QJsonObject> after = stepsByKey(newEstimate);
    auto fill = [](RuleChange &change, const QJsonObject &step, bool isNew) {
        change.rule = step.value(QStringLiteral("rule")).toString();
        change.contractIndex = step.value(QStringLiteral("contract")).toInt(-1);
        const QString res = step.value(QStringLiteral("result")).toString();
        const QString value = step.value(QStringLiteral("value")).toString();
        if (isNew) {
            change.newResult = res;
            change.newValue = value;
            change.newExplanation = step.value(QStringLiteral("explanation")).toString();
        } else {
            change.oldResult = res;
            change.oldValue = value;
        }
    };
    for (auto it = before.begin(); it != before.end(); ++it) {
        const auto found = after.constFind(it.key());
        RuleChange change;
        fill(change, it.value(), false);
        if (found == after.constEnd()) {
            change.kind = RuleChange::Kind::Removed;
            result.rules.append(change);
            continue;
        }
        fill(change, found.value(), true);
        // A rule changed when its outcome, its number or the clause it rests on changed.
        const auto field = [](const QJsonObject &o, const char *key) {
            return o.value(QLatin1String(key));
        };
        if (field(it.value(), "result") != field(found.value(), "result") ||
            field(it.value(), "value") != field(found.value(), "value") ||
            field(it.value(), "citation") != field(found.value(), "citation") ||
            field(it.value(), "confidence") != field(found.value(), "confidence")) {
            change.kind = RuleChange::Kind::Changed;
            result.rules.append(change);
        }
    }
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.contains(it.key()))
            continue;
        RuleChange change;
        change.kind = RuleChange::Kind::Added;
        fill(change, it.value(), true);
        result.rules.append(change);
    }
    return result;
}

namespace {
Result<QJsonObject> compute(DraftRepository &repository, qint64 draftId,
                            const ProgramCatalog &catalog, Estimate *estimateOut)
{
    auto draft = repository.loadDraft(draftId);
    if (!draft)
        return draft.error();
    auto application = ApplicationJson::readObject(draft->application);
    if (!application)
        return application.error();
    auto pack = catalog.require(application->program);
    if (!pack)
        return pack.error();
    auto estimate = Estimator::estimate(application.value(), pack.value());
    if (!estimate)
        return estimate.error();
    if (estimateOut)
        *estimateOut = estimate.value();
    return EstimateJson::toJson(estimate.value());
}
} // namespace

Result<qint64> snapshot(DraftRepository &repository, qint64 draftId, const ProgramCatalog &catalog)
{
    Estimate estimate;
    auto json = compute(repository, draftId, catalog, &estimate);
    if (!json)
        return json.error();
    return repository.saveEstimate(draftId, estimate);
}

Result<std::optional<EstimateDiff>> checkForNewerPack(DraftRepository &repository, qint64 draftId,
                                                      const ProgramCatalog &catalog)
{
    auto pinned = repository.latestEstimate(draftId);
    if (!pinned)
        return pinned.error();
    if (!pinned->has_value())
        return std::optional<EstimateDiff>();
    const EstimateSnapshot &old = pinned->value();
    const RulePack *pack = catalog.find(old.programId);
    if (!pack)
        return std::optional<EstimateDiff>();
    if (pack->version <= QVersionNumber::fromString(old.rulesVersion))
        return std::optional<EstimateDiff>();
    auto json = compute(repository, draftId, catalog, nullptr);
    if (!json)
        return json.error();
    return std::optional<EstimateDiff>(diff(old.estimate, json.value()));
}

} // namespace RulePackPinning
} // namespace cd
