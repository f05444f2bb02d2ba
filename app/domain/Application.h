// One application for a subsidy program: the applicant, the contracts and what was already
// received this year, as in the application file of INTERFACES.md. An unanswered question is an
// empty optional, never a made-up default: the rules turn it into an open item.
#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

enum class EntityType
{
    Enterprise,
    Startup,
    University,
    ResearchInstitute
};
enum class ComputeUse
{
    Training,
    Inference,
    TrainingAndInference,
    ModelPurchase,
    CorpusPurchase
};

QString entityTypeName(EntityType type); // "enterprise", ...
std::optional<EntityType> entityTypeFromName(const QString &name);
QString computeUseName(ComputeUse use); // "training", ...
std::optional<ComputeUse> computeUseFromName(const QString &name);

struct Applicant
{
    QString name;
    QString nameEn;
    std::optional<EntityType> entityType;
    QString registeredCity; // empty: not answered
    std::optional<bool> independentLegalPerson;
    std::optional<QDate> foundedDate;
    QString creditCode;
    QString contactEmail;
    QString sector; // e.g. "software_it", "manufacturing"; empty: not answered
};

struct ContractEntry
{
    QString file;
    QString sha256;
    QString provider;
    std::optional<bool> providerRegistered;
    std::optional<bool> providerAffiliated;
    std::optional<QDate> signingDate;
    std::optional<QDate> periodStart;
    std::optional<QDate> periodEnd;
    std::optional<Money> amount; // in the contract's currency
    QString currency = QStringLiteral("CNY");
    std::optional<Money> otherPublicFunding;
    std::optional<ComputeUse> use;
    QString gpuModel;
    std::optional<int> gpuCount;
    std::optional<double> gpuHours;      // a count of hours, not money
    std::optional<bool> domesticCompute; // from the GPU catalog or answered by the user
    std::optional<bool> viaDataExchange; // corpus coupons: bought on a data trading platform
    std::optional<bool> modelFiled;      // model coupons: model filed with the CAC
};

struct Application
{
    static constexpr const char *kSchema = "coupondesk.application/1";

    QString program;
    std::optional<QDate> applicationDate;
    Applicant applicant;
    std::optional<Money> priorSubsidyThisYear;
    QList<ContractEntry> contracts;
    // Keys the engine does not know (for example "estimate" inside a package) are kept so a
    // read-and-write round trip loses nothing.
    QJsonObject extra;
};

} // namespace cd
