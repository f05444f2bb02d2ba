#include "SubsidyCalculator.h"

#include "domain/MoneyFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace cd::SubsidyCalculator {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::SubsidyCalculator)
};

QString moneyText(const Money &money)
{
    return formatMoney(money, QLocale(), MoneyStyle::Full);
}

TraceStep valueStep(const RulePack &pack, const QString &rule, const QString &parameter,
                    const QString &explanation, const Money &value, int contractIndex = -1)
{
    TraceStep step;
    step.rule = rule;
    step.result = TraceResult::Value;
    step.explanation = explanation;
    step.contractIndex = contractIndex;
    step.value = value.toDecimalString();
    if (const Parameter *p = pack.parameter(parameter)) {
        step.citation = p->citation;
        step.confidence = p->confidence;
        step.assumption = p->confidence == Confidence::Low;
    }
    return step;
}

// Per contract: rate × amount, then what other public funding on the same contract leaves.
ContractEstimate contractSubsidy(const RulePack &pack, int index, const ContractEntry &contract,
                                 const ContractEligibility &eligibility, Estimate &estimate)
{
    ContractEstimate result;
    result.index = index;
    result.counted = !eligibility.failed && eligibility.base.has_value();
    result.open = eligibility.open;
    result.rate = eligibility.rate;
    result.base = eligibility.base.value_or(Money::zero(pack.currency));
    result.subsidy = Money::zero(pack.currency);
    result.rateAmount = Money::zero(pack.currency);
    result.otherFunding = Money::fromFen(
        contract.otherPublicFunding ? contract.otherPublicFunding->fen() : 0, pack.currency);
    if (!result.counted)
        return result;

    result.rateAmount = result.base.times(result.rate, pack.rounding());
    result.subsidy = result.rateAmount;
    const Parameter *combined = pack.parameter(QStringLiteral("max_combined_share"));
    if (combined) {
        // All public funding on one contract together stays within a share of its amount.
        const bool applicable = combined->value.toString() == QLatin1String("applicable_rate");
        const Rate share =
            applicable ? result.rate : Rate::parse(combined->value.toString()).value();
        const Money limit =
            Money::max(Money::zero(pack.currency),
                       result.base.times(share, pack.rounding()) - result.otherFunding);
        if (limit < result.subsidy) {
            result.subsidy = limit;
            result.combinedFundingBinds = true;
        }
    }
    const QString label = Tr::tr("Contract %1").arg(index + 1);
    if (result.otherFunding.isZero()) {
        estimate.trace.append(valueStep(pack, QStringLiteral("contract.subsidy"),
                                        QStringLiteral("standard_rate"),
                                        Tr::tr("%1: %2 × %3 = %4.")
                                            .arg(label, result.rate.toPercentString(),
                                                 moneyText(result.base), moneyText(result.subsidy)),
                                        result.subsidy, index));
    } else {
        estimate.trace.append(valueStep(
            pack, QStringLiteral("contract.subsidy"), QStringLiteral("max_combined_share"),
            Tr::tr("%1: %2 × %3 − other public funding %4 = %5.")
                .arg(label, result.rate.toPercentString(), moneyText(result.base),
                     moneyText(result.otherFunding), moneyText(result.subsidy)),
            result.subsidy, index));
    }
    // A per-contract cap (cap_scope "contract") applies here; the other scopes apply to the total.
    const auto cap = pack.money(QStringLiteral("annual_cap"));
    if (cap && pack.capScope() == CapScope::Contract && *cap < result.subsidy) {
        result.subsidy = *cap;
        estimate.trace.append(valueStep(
            pack, QStringLiteral("contract.cap"), QStringLiteral("annual_cap"),
            Tr::tr("%1: limited to the cap of %2 per contract.").arg(label, moneyText(*cap)),
            result.subsidy, index));
    }
    return result;
}

// The annual (or per-application, or lifetime) cap less what was already received.
void applyCap(const Application &application, const RulePack &pack, Money total, bool combinedBinds,
              Estimate &estimate)
{
    const auto cap = pack.money(QStringLiteral("annual_cap"));
    const bool totalCap = cap && pack.capScope() != CapScope::Contract;
    BindingLimit binding = combinedBinds    ? BindingLimit::CombinedFunding
                           : total.isZero() ? BindingLimit::None
                                            : BindingLimit::Rate;
    if (totalCap) {
        const Money prior = Money::fromFen(
            application.priorSubsidyThisYear ? application.priorSubsidyThisYear->fen() : 0,
            pack.currency);
        const Money room = Money::max(Money::zero(pack.currency), *cap - prior);
        if (room < total) {
            total = room;
            binding = BindingLimit::AnnualCap;
        }
        estimate.capHeadroom = room - total;
        estimate.trace.append(valueStep(
            pack, QStringLiteral("application.annual_cap"), QStringLiteral("annual_cap"),
            binding == BindingLimit::AnnualCap
                ? Tr::tr("The cap of %1 less %2 already received leaves %3; the subsidy is "
                         "limited to it.")
                      .arg(moneyText(*cap), moneyText(prior), moneyText(room))
                : Tr::tr("The cap of %1 less %2 already received leaves %3; %4 remain after this "
                         "application.")
                      .arg(moneyText(*cap), moneyText(prior), moneyText(room),
                           moneyText(*estimate.capHeadroom)),
            total));
        if (!application.priorSubsidyThisYear &&
            !estimate.missing.contains(QStringLiteral("prior_subsidy_this_year")))
            estimate.missing.append(QStringLiteral("prior_subsidy_this_year"));
    }
    if (const auto softCap = pack.money(QStringLiteral("soft_cap")); softCap && *softCap < total) {
        TraceStep step = valueStep(
            pack, QStringLiteral("application.soft_cap"), QStringLiteral("soft_cap"),
            Tr::tr("Above %1 the program pays only in exceptional cases; the estimate uses the "
                   "upper limit.")
                .arg(moneyText(*softCap)),
            total);
        step.assumption = true;
        estimate.trace.append(step);
    }
    estimate.subsidy = total;
    estimate.bindingLimit = binding;
}
} // namespace

void calculate(const Application &application, const RulePack &pack,
               const EligibilityResult &eligibility, Estimate &estimate)
{
    estimate.rate = eligibility.applicantRate;
    Money total = Money::zero(pack.currency);
    bool combinedBinds = false;
    for (int i = 0; i < eligibility.contracts.size(); ++i) {
        ContractEstimate contract = contractSubsidy(pack, i, application.contracts.at(i),
                                                    eligibility.contracts.at(i), estimate);
        total += contract.subsidy;
        combinedBinds = combinedBinds || contract.combinedFundingBinds;
        estimate.contracts.append(contract);
    }
    if (estimate.verdict == Verdict::No) {
        // Nothing is paid; the headroom is what the cap leaves before this application.
        const auto cap = pack.money(QStringLiteral("annual_cap"));
        if (cap) {
            const Money prior = Money::fromFen(
                application.priorSubsidyThisYear ? application.priorSubsidyThisYear->fen() : 0,
                pack.currency);
            estimate.capHeadroom = Money::max(Money::zero(pack.currency), *cap - prior);
        }
        estimate.subsidy = Money::zero(pack.currency);
        estimate.bindingLimit.reset();
        return;
    }
    applyCap(application, pack, total, combinedBinds, estimate);
}

} // namespace cd::SubsidyCalculator
