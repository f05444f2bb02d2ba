// The result of checking an application against a program: the verdict, the subsidy and the
// trace that explains both. Produced by Estimator, shown by the wizard, printed in the package.
#pragma once

#include "domain/Money.h"
#include "rules/RulePack.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace cd {

enum class Verdict
{
    Yes,
    No,
    Undetermined
};
enum class TraceResult
{
    Pass,
    Fail,
    Unknown,
    Value
};
enum class BindingLimit
{
    None,
    Rate,
    AnnualCap,
    CombinedFunding
};

QString verdictName(Verdict verdict);         // "yes", "no", "undetermined"
QString traceResultName(TraceResult result);  // "pass", "fail", "unknown", "value"
QString bindingLimitName(BindingLimit limit); // "none", "rate", "annual_cap", "combined_funding"

// One rule as evaluated: what was checked, on which inputs, with what outcome and why.
struct TraceStep
{
    QString rule; // stable id, e.g. "applicant.registered_city", "contract.signing_date"
    TraceResult result = TraceResult::Value;
    QString explanation; // translated, plain language, with the numbers filled in
    Citation citation;
    Confidence confidence = Confidence::High;
    int contractIndex = -1; // -1: about the application as a whole
    QJsonObject inputs;
    QString value;           // for Value steps: "0.50", "1600000.00"
    bool assumption = false; // true when the rule rests on a low-confidence parameter
};

struct ContractEstimate
{
    int index = 0;
    bool counted = false; // passes (or may pass) every contract criterion
    bool open = false;    // counted only if its open questions are answered favourably
    Rate rate;
    Money base;       // the amount in the program's currency
    Money rateAmount; // rate × base, rounded by the program's rule
    Money otherFunding;
    Money subsidy;
    bool combinedFundingBinds = false;
};

struct Estimate
{
    QString programId;
    QString rulesVersion;
    QString currency = QStringLiteral("CNY");
    Verdict verdict = Verdict::Undetermined;
    Money subsidy;
    Rate rate;                                // the applicant's rate (start-up or standard)
    std::optional<BindingLimit> bindingLimit; // empty when the verdict is "no"
    std::optional<Money> capHeadroom;         // empty when the program has no cap
    QList<ContractEstimate> contracts;
    QList<TraceStep> trace;
    QStringList missing; // JSON paths of the questions still open, e.g. "applicant.founded_date"
};

} // namespace cd
