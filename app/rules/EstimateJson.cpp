#include "EstimateJson.h"

#include <QJsonArray>

namespace cd::EstimateJson {

namespace {
QJsonObject stepJson(const TraceStep &step)
{
    QJsonObject object{{QStringLiteral("rule"), step.rule},
                       {QStringLiteral("result"), traceResultName(step.result)},
                       {QStringLiteral("explanation"), step.explanation},
                       {QStringLiteral("citation"), step.citation.toString()},
                       {QStringLiteral("confidence"), confidenceName(step.confidence)}};
    if (step.contractIndex >= 0)
        object.insert(QStringLiteral("contract"), step.contractIndex);
    if (!step.inputs.isEmpty())
        object.insert(QStringLiteral("inputs"), step.inputs);
    if (!step.value.isEmpty())
        object.insert(QStringLiteral("value"), step.value);
    if (step.assumption)
        object.insert(QStringLiteral("assumption"), true);
    return object;
}
} // namespace

QJsonObject toJson(const Estimate &estimate, bool withMoney)
{
    QJsonObject object{{QStringLiteral("program"), estimate.programId},
                       {QStringLiteral("rules_version"), estimate.rulesVersion},
                       {QStringLiteral("eligible"), verdictName(estimate.verdict)},
                       {QStringLiteral("missing"), QJsonArray::fromStringList(estimate.missing)}};
    QJsonArray trace;
    for (const TraceStep &step : estimate.trace)
        trace.append(stepJson(step));
    object.insert(QStringLiteral("trace"), trace);
    if (!withMoney)
        return object;
    object.insert(QStringLiteral("subsidy"), estimate.subsidy.toDecimalString());
    object.insert(QStringLiteral("currency"), estimate.currency);
    object.insert(QStringLiteral("rate"), estimate.rate.toString());
    object.insert(QStringLiteral("binding_limit"),
                  estimate.bindingLimit ? QJsonValue(bindingLimitName(*estimate.bindingLimit))
                                        : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("cap_headroom"),
                  estimate.capHeadroom ? QJsonValue(estimate.capHeadroom->toDecimalString())
                                       : QJsonValue(QJsonValue::Null));
    QJsonArray contracts;
    for (const ContractEstimate &c : estimate.contracts) {
        contracts.append(
            QJsonObject{{QStringLiteral("index"), c.index},
                        {QStringLiteral("counted"), c.counted},
                        {QStringLiteral("rate"), c.rate.toString()},
                        {QStringLiteral("base"), c.base.toDecimalString()},
                        {QStringLiteral("other_public_funding"), c.otherFunding.toDecimalString()},
                        {QStringLiteral("subsidy"), c.subsidy.toDecimalString()}});
    }
    object.insert(QStringLiteral("contracts"), contracts);
    return object;
}

} // namespace cd::EstimateJson
