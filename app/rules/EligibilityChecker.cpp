#include "EligibilityChecker.h"

#include "domain/Dates.h"
#include "domain/DomainLabels.h"
#include "domain/MoneyFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace cd::EligibilityChecker {

namespace {

QString dateText(const QDate &date)
{
    return formatDate(date, QLocale());
}

QString moneyText(const Money &money)
{
    return formatMoney(money, QLocale(), MoneyStyle::Full);
}

// Registered-city answers are free text; these spellings all mean the same place.
bool cityMatches(const QString &answer, const QStringList &accepted)
{
    const auto normalise = [](QString city) {
        city = city.trimmed().toLower();
        city.remove(QLatin1Char(' '));
        city.remove(QLatin1Char('-'));
        if (city.endsWith(QStringLiteral("市")))
            city.chop(1);
        return city;
    };
    const QString wanted = normalise(answer);
    for (const QString &city : accepted) {
        if (normalise(city) == wanted)
            return true;
    }
    return false;
}

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(cd::EligibilityChecker)

public:
    Checker(const Application &application, const RulePack &pack, const EstimateOptions &options)
        : m_app(application)
        , m_pack(pack)
        , m_options(options)
    {}

    Result<EligibilityResult> run()
    {
        checkProgramValidity();
        checkIndependentLegalPerson();
        checkRegisteredCity();
        checkEntityType();
        checkSector();
        chooseApplicantRate();
        for (int i = 0; i < m_app.contracts.size(); ++i) {
            auto contract = checkContract(i);
            if (!contract)
                return contract.error();
            m_result.contracts.append(contract.value());
        }
        checkCountedContracts();
        checkMinimumSpend();
        return m_result;
    }

private:
    // One place that turns a criterion's outcome into a trace step and the open/failed flags.
    TraceStep &record(const QString &rule, TraceResult result, const QString &explanation,
                      const QString &parameter, int contractIndex = -1,
                      const QString &missingPath = {})
    {
        TraceStep step;
        step.rule = rule;
        step.result = result;
        step.explanation = explanation;
        step.contractIndex = contractIndex;
        if (const Parameter *p = m_pack.parameter(parameter)) {
            step.citation = p->citation;
            step.confidence = p->confidence;
            step.assumption = p->confidence == Confidence::Low;
        }
        if (result == TraceResult::Unknown && !missingPath.isEmpty() &&
            !m_result.missing.contains(missingPath))
            m_result.missing.append(missingPath);
        if (contractIndex < 0) {
            if (result == TraceResult::Fail)
                m_result.failed = true;
            if (result == TraceResult::Unknown)
                m_result.open = true;
        }
        m_result.trace.append(step);
        return m_result.trace.last();
    }

    void checkProgramValidity()
    {
        const QDate from = *m_pack.date(QStringLiteral("valid_from"));
        const auto to = m_pack.date(QStringLiteral("valid_to"));
        const QString rule = QStringLiteral("program.validity");
        const QString parameter = to ? QStringLiteral("valid_to") : QStringLiteral("valid_from");
        const QString period = to ? tr("%1 to %2").arg(dateText(from), dateText(*to))
                                  : tr("from %1, no end date published").arg(dateText(from));
        if (!m_app.applicationDate) {
            record(rule, TraceResult::Unknown,
                   tr("The application date is not given; the program runs %1.").arg(period),
                   parameter, -1, QStringLiteral("application_date"));
            return;
        }
        const QDate date = *m_app.applicationDate;
        const bool inside = date >= from && (!to || date <= *to);
        record(rule, inside ? TraceResult::Pass : TraceResult::Fail,
               inside ? tr("The application date %1 lies within the program's validity (%2).")
                            .arg(dateText(date), period)
                      : tr("The application date %1 lies outside the program's validity (%2).")
                            .arg(dateText(date), period),
               parameter)
            .inputs.insert(QStringLiteral("application_date"), toIsoDate(date));
    }

    void checkIndependentLegalPerson()
    {
        if (!m_pack.flag(QStringLiteral("require_independent_legal_person")).value_or(false))
            return;
        const QString rule = QStringLiteral("applicant.independent_legal_person");
        const QString parameter = QStringLiteral("require_independent_legal_person");
        if (!m_app.applicant.independentLegalPerson) {
            record(rule, TraceResult::Unknown,
                   tr("Is the applicant an independent legal person? Not answered yet."), parameter,
                   -1, QStringLiteral("applicant.independent_legal_person"));
        } else if (*m_app.applicant.independentLegalPerson) {
            record(rule, TraceResult::Pass, tr("The applicant is an independent legal person."),
                   parameter);
        } else {
            record(rule, TraceResult::Fail,
                   tr("The program requires an independent legal person; branch offices and "
                      "unincorporated "
                      "units cannot apply on their own."),
                   parameter);
        }
    }

    void checkRegisteredCity()
    {
        const QStringList cities = m_pack.list(QStringLiteral("registered_cities"));
        if (cities.isEmpty())
            return;
        const QString rule = QStringLiteral("applicant.registered_city");
        const QString parameter = QStringLiteral("registered_cities");
        const QString city = m_app.applicant.registeredCity;
        if (city.isEmpty()) {
            record(rule, TraceResult::Unknown, tr("The city of registration is not given."),
                   parameter, -1, QStringLiteral("applicant.registered_city"));
            return;
        }
        const bool ok = cityMatches(city, cities);
        record(rule, ok ? TraceResult::Pass : TraceResult::Fail,
               ok ? tr("Registered in %1, where the program applies.").arg(city)
                  : tr("Registered in %1; the program requires registration in %2.")
                        .arg(city, cities.first()),
               parameter)
            .inputs.insert(QStringLiteral("registered_city"), city);
    }

    void checkEntityType()
    {
        const QStringList allowed = m_pack.list(QStringLiteral("eligible_entity_types"));
        const QString rule = QStringLiteral("applicant.entity_type");
        const QString parameter = QStringLiteral("eligible_entity_types");
        if (!m_app.applicant.entityType) {
            record(rule, TraceResult::Unknown, tr("The kind of organisation is not given."),
                   parameter, -1, QStringLiteral("applicant.entity_type"));
            return;
        }
        const QString type = entityTypeName(*m_app.applicant.entityType);
        const bool ok = allowed.contains(type);
        record(
            rule, ok ? TraceResult::Pass : TraceResult::Fail,
            ok ? tr("Organisations of the kind \"%1\" may apply.").arg(entityTypeLabel(type))
               : tr("Organisations of the kind \"%1\" may not apply; the program is open to: %2.")
                     .arg(entityTypeLabel(type), labelList(allowed, entityTypeLabel)),
            parameter)
            .inputs.insert(QStringLiteral("entity_type"), type);
    }

    void checkSector()
    {
        const QStringList sectors = m_pack.list(QStringLiteral("required_sectors"));
        if (sectors.isEmpty())
            return;
        const QString rule = QStringLiteral("applicant.sector");
        const QString parameter = QStringLiteral("required_sectors");
        const QString sector = m_app.applicant.sector;
        if (sector.isEmpty()) {
            record(rule, TraceResult::Unknown,
                   tr("The applicant's sector is not given; the program requires one of: %1.")
                       .arg(labelList(sectors, sectorLabel)),
                   parameter, -1, QStringLiteral("applicant.sector"));
            return;
        }
        const bool ok = sectors.contains(sector);
        record(rule, ok ? TraceResult::Pass : TraceResult::Fail,
               ok ? tr("The sector \"%1\" is eligible.").arg(sectorLabel(sector))
                  : tr("The sector \"%1\" is not eligible; the program requires one of: %2.")
                        .arg(sectorLabel(sector), labelList(sectors, sectorLabel)),
               parameter);
    }

    // Start-up rate when the applicant is younger than the age limit on the application date;
    // a declared start-up that is older gets the standard rate and a note saying why.
    void chooseApplicantRate()
    {
        const Rate standard = *m_pack.rate(QStringLiteral("standard_rate"));
        m_result.applicantRate = standard;
        const auto startupRate = m_pack.rate(QStringLiteral("startup_rate"));
        if (!startupRate)
            return;
        const int maxMonths = m_pack.integer(QStringLiteral("startup_max_age_months")).value_or(0);
        QStringList startupTypes = m_pack.list(QStringLiteral("startup_entity_types"));
        if (startupTypes.isEmpty())
            startupTypes = {QStringLiteral("enterprise"), QStringLiteral("startup")};
        const auto type = m_app.applicant.entityType;
        const QString rule = QStringLiteral("applicant.startup_rate");
        const QString parameter = QStringLiteral("startup_max_age_months");
        if (type && !startupTypes.contains(entityTypeName(*type))) {
            TraceStep &step =
                record(rule, TraceResult::Value,
                       tr("The start-up rate is for enterprises; the standard rate of %1 applies.")
                           .arg(standard.toPercentString()),
                       QStringLiteral("standard_rate"));
            step.value = standard.toString();
            return;
        }
        const auto founded = m_app.applicant.foundedDate;
        const auto applied = m_app.applicationDate;
        if (!founded || !applied) {
            m_result.applicantRate = *startupRate;
            TraceStep &step = record(
                rule, TraceResult::Unknown,
                tr("Enterprises younger than %n month(s) on the application date get the start-up "
                   "rate of %1; the founding date or application date is missing, so the "
                   "start-up rate is assumed.",
                   nullptr, maxMonths)
                    .arg(startupRate->toPercentString()),
                parameter, -1,
                !founded ? QStringLiteral("applicant.founded_date")
                         : QStringLiteral("application_date"));
            step.value = startupRate->toString();
            return;
        }
        const QDate limit = founded->addMonths(maxMonths);
        const bool young = *applied < limit;
        m_result.applicantRate = young ? *startupRate : standard;
        QString explanation;
        if (young) {
            explanation =
                tr("Founded on %1, less than %n month(s) before the application date %2: the "
                   "start-up rate "
                   "of %3 applies.",
                   nullptr, maxMonths)
                    .arg(dateText(*founded), dateText(*applied), startupRate->toPercentString());
        } else if (type == EntityType::Startup) {
            explanation =
                tr("Declared a start-up, but founded on %1, %n month(s) or more before the "
                   "application "
                   "date %2: the standard rate of %3 applies.",
                   nullptr, maxMonths)
                    .arg(dateText(*founded), dateText(*applied), standard.toPercentString());
        } else {
            explanation =
                tr("Founded on %1, %n month(s) or more before the application date %2: the "
                   "standard rate "
                   "of %3 applies.",
                   nullptr, maxMonths)
                    .arg(dateText(*founded), dateText(*applied), standard.toPercentString());
        }
        TraceStep &step = record(rule, TraceResult::Value, explanation, parameter);
        step.value = m_result.applicantRate.toString();
        step.inputs.insert(QStringLiteral("founded_date"), toIsoDate(*founded));
        step.inputs.insert(QStringLiteral("application_date"), toIsoDate(*applied));
    }

    Result<ContractEligibility> checkContract(int index)
    {
        const ContractEntry &contract = m_app.contracts.at(index);
        ContractEligibility eligibility;
        const QString path = QStringLiteral("contracts[%1].").arg(index);
        const auto criterion = [&](const QString &rule, TraceResult result,
                                   const QString &explanation, const QString &parameter,
                                   const QString &field = {}) {
            if (result == TraceResult::Fail)
                eligibility.failed = true;
            if (result == TraceResult::Unknown)
                eligibility.open = true;
            return &record(rule, result, explanation, parameter, index,
                           field.isEmpty() ? QString() : path + field);
        };
        const QString label = tr("Contract %1").arg(index + 1);

        if (m_pack.flag(QStringLiteral("require_provider_registered")).value_or(false)) {
            const QString p = QStringLiteral("require_provider_registered");
            if (!contract.providerRegistered)
                criterion(QStringLiteral("contract.provider_registered"), TraceResult::Unknown,
                          tr("%1: is the provider on the program's register of service providers? "
                             "Not answered yet.")
                              .arg(label),
                          p, QStringLiteral("provider_registered"));
            else if (*contract.providerRegistered)
                criterion(QStringLiteral("contract.provider_registered"), TraceResult::Pass,
                          tr("%1: the provider is a registered service provider.").arg(label), p);
            else
                criterion(QStringLiteral("contract.provider_registered"), TraceResult::Fail,
                          tr("%1: the provider is not on the program's register, so the contract "
                             "does not count.")
                              .arg(label),
                          p);
        }
        if (m_pack.flag(QStringLiteral("require_provider_non_affiliated")).value_or(false)) {
            const QString p = QStringLiteral("require_provider_non_affiliated");
            if (!contract.providerAffiliated)
                criterion(QStringLiteral("contract.provider_affiliated"), TraceResult::Unknown,
                          tr("%1: is the provider affiliated with the applicant? Not answered yet.")
                              .arg(label),
                          p, QStringLiteral("provider_affiliated"));
            else if (!*contract.providerAffiliated)
                criterion(QStringLiteral("contract.provider_affiliated"), TraceResult::Pass,
                          tr("%1: the provider is not affiliated with the applicant.").arg(label),
                          p);
            else
                criterion(
                    QStringLiteral("contract.provider_affiliated"), TraceResult::Fail,
                    tr("%1: compute rented from an affiliated company does not count.").arg(label),
                    p);
        }
        if (const auto earliest = m_pack.date(QStringLiteral("contract_signed_on_or_after"))) {
            const QString p = QStringLiteral("contract_signed_on_or_after");
            if (!contract.signingDate)
                criterion(QStringLiteral("contract.signing_date"), TraceResult::Unknown,
                          tr("%1: the signing date is not given; contracts count from %2.")
                              .arg(label, dateText(*earliest)),
                          p, QStringLiteral("signing_date"));
            else if (*contract.signingDate >= *earliest)
                criterion(QStringLiteral("contract.signing_date"), TraceResult::Pass,
                          tr("%1: signed on %2, not before %3.")
                              .arg(label, dateText(*contract.signingDate), dateText(*earliest)),
                          p);
            else
                criterion(QStringLiteral("contract.signing_date"), TraceResult::Fail,
                          tr("%1: signed on %2, before %3, so it does not count.")
                              .arg(label, dateText(*contract.signingDate), dateText(*earliest)),
                          p);
        }
        if (const auto maxMonths = m_pack.integer(QStringLiteral("max_contract_term_months"))) {
            const QString p = QStringLiteral("max_contract_term_months");
            if (!contract.periodStart || !contract.periodEnd) {
                criterion(
                    QStringLiteral("contract.term"), TraceResult::Unknown,
                    tr("%1: the service period is not given; the term may be at most %n month(s).",
                       nullptr, *maxMonths)
                        .arg(label),
                    p,
                    !contract.periodStart ? QStringLiteral("period_start")
                                          : QStringLiteral("period_end"));
            } else {
                // A one-year term runs from the start to the day before the same date a year later.
                const bool ok = *contract.periodEnd < contract.periodStart->addMonths(*maxMonths);
                criterion(
                    QStringLiteral("contract.term"), ok ? TraceResult::Pass : TraceResult::Fail,
                    ok ? tr("%1: the term of at most %n month(s) is kept.", nullptr, *maxMonths)
                             .arg(label)
                       : tr("%1: the term exceeds %n month(s), so the contract does not count.",
                            nullptr, *maxMonths)
                             .arg(label),
                    p);
            }
        }
        checkUse(contract, label, criterion);
        if (m_pack.flag(QStringLiteral("require_data_exchange_platform")).value_or(false)) {
            const QString p = QStringLiteral("require_data_exchange_platform");
            if (!contract.viaDataExchange)
                criterion(QStringLiteral("contract.via_data_exchange"), TraceResult::Unknown,
                          tr("%1: was the corpus bought through a data trading platform? Not "
                             "answered yet.")
                              .arg(label),
                          p, QStringLiteral("via_data_exchange"));
            else
                criterion(QStringLiteral("contract.via_data_exchange"),
                          *contract.viaDataExchange ? TraceResult::Pass : TraceResult::Fail,
                          *contract.viaDataExchange
                              ? tr("%1: bought through a data trading platform.").arg(label)
                              : tr("%1: only purchases through a data trading platform count.")
                                    .arg(label),
                          p);
        }
        if (m_pack.flag(QStringLiteral("require_filed_model")).value_or(false)) {
            const QString p = QStringLiteral("require_filed_model");
            if (!contract.modelFiled)
                criterion(QStringLiteral("contract.model_filed"), TraceResult::Unknown,
                          tr("%1: is the model filed with the Cyberspace Administration? Not "
                             "answered yet.")
                              .arg(label),
                          p, QStringLiteral("model_filed"));
            else
                criterion(
                    QStringLiteral("contract.model_filed"),
                    *contract.modelFiled ? TraceResult::Pass : TraceResult::Fail,
                    *contract.modelFiled
                        ? tr("%1: the model is filed with the Cyberspace Administration.")
                              .arg(label)
                        : tr("%1: only models filed with the Cyberspace Administration count.")
                              .arg(label),
                    p);
        }
        const Money otherFunding =
            contract.otherPublicFunding.value_or(Money::zero(contract.currency));
        if (m_pack.has(QStringLiteral("other_public_funding_allowed")) &&
            !m_pack.flag(QStringLiteral("other_public_funding_allowed")).value()) {
            const QString p = QStringLiteral("other_public_funding_allowed");
            if (!contract.otherPublicFunding)
                criterion(QStringLiteral("contract.other_public_funding"), TraceResult::Unknown,
                          tr("%1: has the contract received other public compute funding? Not "
                             "answered yet.")
                              .arg(label),
                          p, QStringLiteral("other_public_funding"));
            else
                criterion(QStringLiteral("contract.other_public_funding"),
                          otherFunding.isZero() ? TraceResult::Pass : TraceResult::Fail,
                          otherFunding.isZero()
                              ? tr("%1: no other public compute funding.").arg(label)
                              : tr("%1: the program excludes contracts with other public compute "
                                   "funding.")
                                    .arg(label),
                          p);
        }
        eligibility.rate = contractRate(contract, index, label, eligibility);
        if (!contract.amount) {
            criterion(
                QStringLiteral("contract.amount"), TraceResult::Unknown,
                tr("%1: the contract amount is not given, so it adds nothing to the estimate yet.")
                    .arg(label),
                QStringLiteral("standard_rate"), QStringLiteral("amount"));
        } else {
            auto base = convert(*contract.amount, path + QStringLiteral("amount"));
            if (!base)
                return base.error();
            eligibility.base = base.value();
        }
        return eligibility;
    }

    template <typename Criterion>
    void checkUse(const ContractEntry &contract, const QString &label, Criterion &criterion)
    {
        const QStringList eligible = m_pack.list(QStringLiteral("eligible_uses"));
        if (eligible.isEmpty())
            return;
        const QStringList uncertain = m_pack.list(QStringLiteral("uncertain_uses"));
        const QString rule = QStringLiteral("contract.use");
        const QString p = QStringLiteral("eligible_uses");
        if (!contract.use) {
            criterion(rule, TraceResult::Unknown,
                      tr("%1: what is the compute used for? Not answered yet.").arg(label), p,
                      QStringLiteral("use"));
            return;
        }
        const QString use = computeUseName(*contract.use);
        if (eligible.contains(use)) {
            criterion(rule, TraceResult::Pass,
                      tr("%1: the use \"%2\" is eligible.").arg(label, computeUseLabel(use)), p);
        } else if (uncertain.contains(use)) {
            TraceStep *step = criterion(
                rule, TraceResult::Unknown,
                tr("%1: whether the use \"%2\" counts is not settled by the sources; treat it as "
                   "an assumption and ask the program office.")
                    .arg(label, computeUseLabel(use)),
                QStringLiteral("uncertain_uses"), QStringLiteral("use"));
            step->confidence = Confidence::Low;
            step->assumption = true;
        } else {
            criterion(rule, TraceResult::Fail,
                      tr("%1: the use \"%2\" is not eligible; the program covers: %3.")
                          .arg(label, computeUseLabel(use), labelList(eligible, computeUseLabel)),
                      p);
        }
    }

    // Programs such as Hangzhou's pay a different rate for domestic compute; others use the
    // applicant's rate for every contract.
    template <typename Eligibility>
    Rate contractRate(const ContractEntry &contract, int index, const QString &label,
                      Eligibility &eligibility)
    {
        const auto domestic = m_pack.rate(QStringLiteral("domestic_compute_rate"));
        const auto other = m_pack.rate(QStringLiteral("other_compute_rate"));
        if (!domestic || !other)
            return m_result.applicantRate;
        const QString rule = QStringLiteral("contract.compute_origin");
        if (!contract.domesticCompute) {
            eligibility.open = true;
            TraceStep &step = record(
                rule, TraceResult::Unknown,
                tr("%1: domestic compute gets %2, other compute %3; the origin is not given, so %2 "
                   "is assumed.")
                    .arg(label, domestic->toPercentString(), other->toPercentString()),
                QStringLiteral("domestic_compute_rate"), index,
                QStringLiteral("contracts[%1].domestic_compute").arg(index));
            step.value = domestic->toString();
            return *domestic;
        }
        const Rate rate = *contract.domesticCompute ? *domestic : *other;
        TraceStep &step = record(
            rule, TraceResult::Value,
            *contract.domesticCompute
                ? tr("%1: domestic compute, rate %2.").arg(label, rate.toPercentString())
                : tr("%1: non-domestic compute, rate %2.").arg(label, rate.toPercentString()),
            *contract.domesticCompute ? QStringLiteral("domestic_compute_rate")
                                      : QStringLiteral("other_compute_rate"),
            index);
        step.value = rate.toString();
        return rate;
    }

    Result<Money> convert(const Money &amount, const QString &path)
    {
        if (amount.currency() == m_pack.currency)
            return amount;
        const auto rate = m_options.exchangeRates.constFind(amount.currency());
        if (rate == m_options.exchangeRates.constEnd()) {
            return makeError(
                ErrorCode::CurrencyMismatch,
                tr("The amount is in %1, the program pays in %2; give an exchange rate "
                   "(for example --exchange-rate %1=7.80) to convert it.")
                    .arg(amount.currency(), m_pack.currency),
                path);
        }
        const Money converted =
            Money::fromFen(amount.fen(), m_pack.currency).times(*rate, RoundingMode::TruncateFen);
        TraceStep step;
        step.rule = QStringLiteral("contract.exchange_rate");
        step.result = TraceResult::Value;
        step.explanation = tr("%1 converted at %2 %3 per %4 to %5.")
                               .arg(moneyText(amount), rate->toString(), m_pack.currency,
                                    amount.currency(), moneyText(converted));
        step.confidence = Confidence::Medium;
        step.value = converted.toDecimalString();
        m_result.trace.append(step);
        return converted;
    }

    void checkCountedContracts()
    {
        if (m_app.contracts.isEmpty()) {
            record(QStringLiteral("application.contracts"), TraceResult::Unknown,
                   tr("No contract has been added yet."), QStringLiteral("standard_rate"), -1,
                   QStringLiteral("contracts"));
            return;
        }
        bool anyCounted = false;
        for (const ContractEligibility &contract : std::as_const(m_result.contracts)) {
            anyCounted = anyCounted || !contract.failed;
            if (!contract.failed && contract.open)
                m_result.open = true;
        }
        if (!anyCounted)
            record(QStringLiteral("application.contracts"), TraceResult::Fail,
                   tr("None of the contracts meets the program's conditions."),
                   QStringLiteral("standard_rate"));
    }

    void checkMinimumSpend()
    {
        const auto minimum = m_pack.money(QStringLiteral("min_annual_spend"));
        if (!minimum || m_app.contracts.isEmpty())
            return;
        Money total = Money::zero(m_pack.currency);
        bool anyAmountMissing = false;
        for (const ContractEligibility &contract : std::as_const(m_result.contracts)) {
            if (contract.failed)
                continue;
            if (contract.base)
                total += *contract.base;
            else
                anyAmountMissing = true;
        }
        const QString rule = QStringLiteral("application.min_annual_spend");
        const QString p = QStringLiteral("min_annual_spend");
        if (total >= *minimum) {
            record(rule, TraceResult::Pass,
                   tr("The counted contracts add up to %1, at least the required %2.")
                       .arg(moneyText(total), moneyText(*minimum)),
                   p)
                .value = total.toDecimalString();
        } else if (anyAmountMissing) {
            record(rule, TraceResult::Unknown,
                   tr("The counted contracts add up to %1 so far; at least %2 is required, and an "
                      "amount is still missing.")
                       .arg(moneyText(total), moneyText(*minimum)),
                   p)
                .value = total.toDecimalString();
        } else {
            record(rule, TraceResult::Fail,
                   tr("The counted contracts add up to %1, less than the required annual rental of "
                      "%2.")
                       .arg(moneyText(total), moneyText(*minimum)),
                   p)
                .value = total.toDecimalString();
        }
    }

    const Application &m_app;
    const RulePack &m_pack;
    const EstimateOptions &m_options;
    EligibilityResult m_result;
};
} // namespace

Result<EligibilityResult> check(const Application &application, const RulePack &pack,
                                const EstimateOptions &options)
{
    return Checker(application, pack, options).run();
}

} // namespace cd::EligibilityChecker
