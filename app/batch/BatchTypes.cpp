#include "BatchTypes.h"

namespace cd {

namespace {
std::optional<Verdict> verdictFromName(const QString &name)
{
    for (Verdict v : {Verdict::Yes, Verdict::No, Verdict::Undetermined}) {
        if (verdictName(v) == name)
            return v;
    }
    return std::nullopt;
}

std::optional<BindingLimit> bindingLimitFromName(const QString &name)
{
    for (BindingLimit l : {BindingLimit::None, BindingLimit::Rate, BindingLimit::AnnualCap,
                           BindingLimit::CombinedFunding}) {
        if (bindingLimitName(l) == name)
            return l;
    }
    return std::nullopt;
}

QString moneyCell(const std::optional<Money> &money)
{
    return money ? money->toDecimalString() : QString();
}

QStringList listCell(const QString &cell)
{
    return cell.isEmpty() ? QStringList() : cell.split(QLatin1Char(';'));
}
} // namespace

QStringList BatchRowResult::header()
{
    return {QStringLiteral("applicant_id"),
            QStringLiteral("eligible"),
            QStringLiteral("subsidy_cny"),
            QStringLiteral("binding_limit"),
            QStringLiteral("package"),
            QStringLiteral("sha256"),
            QStringLiteral("contract_amount_cny"),
            QStringLiteral("contract_amount_extracted"),
            QStringLiteral("flags"),
            QStringLiteral("missing"),
            QStringLiteral("rules_version")};
}

QStringList BatchRowResult::cells() const
{
    return {applicantId,
            verdictName(verdict),
            subsidy.toDecimalString(),
            bindingLimit ? bindingLimitName(*bindingLimit) : QString(),
            package,
            sha256,
            moneyCell(csvAmount),
            moneyCell(extractedAmount),
            flags.join(QLatin1Char(';')),
            missing.join(QLatin1Char(';')),
            rulesVersion};
}

std::optional<BatchRowResult> BatchRowResult::fromCells(const QStringList &cells)
{
    if (cells.size() != header().size())
        return std::nullopt;
    BatchRowResult result;
    result.applicantId = cells.at(0);
    const auto verdict = verdictFromName(cells.at(1));
    auto subsidy = Money::parse(cells.at(2));
    if (!verdict || !subsidy)
        return std::nullopt;
    result.verdict = *verdict;
    result.subsidy = subsidy.value();
    if (!cells.at(3).isEmpty()) {
        result.bindingLimit = bindingLimitFromName(cells.at(3));
        if (!result.bindingLimit)
            return std::nullopt;
    }
    result.package = cells.at(4);
    result.sha256 = cells.at(5);
    for (int i : {6, 7}) {
        if (cells.at(i).isEmpty())
            continue;
        auto amount = Money::parse(cells.at(i));
        if (!amount)
            return std::nullopt;
        (i == 6 ? result.csvAmount : result.extractedAmount) = amount.value();
    }
    result.flags = listCell(cells.at(8));
    result.missing = listCell(cells.at(9));
    result.rulesVersion = cells.at(10);
    return result;
}

void BatchTotals::add(const BatchRowResult &result)
{
    ++accepted;
    if (!result.flags.isEmpty())
        ++flagged;
    if (!result.package.isEmpty())
        ++packages;
    if (result.csvAmount)
        contractTotal += *result.csvAmount;
    switch (result.verdict) {
    case Verdict::Yes:
        ++eligibleYes;
        subsidyEligible += result.subsidy;
        break;
    case Verdict::No:
        ++eligibleNo;
        return; // no subsidy to distribute
    case Verdict::Undetermined:
        ++eligibleUndetermined;
        subsidyUndetermined += result.subsidy;
        break;
    }
    std::size_t bin = 0;
    while (bin < kBinUpperYuan.size() && result.subsidy.fen() > kBinUpperYuan[bin] * 100)
        ++bin;
    ++bins[bin];
}

} // namespace cd
