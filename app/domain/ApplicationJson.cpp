#include "ApplicationJson.h"

#include "core/JsonFields.h"
#include "domain/Dates.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cd::ApplicationJson {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::ApplicationJson)
};

const QStringList kEntityTypeNames{QStringLiteral("enterprise"), QStringLiteral("startup"),
                                   QStringLiteral("university"),
                                   QStringLiteral("research_institute")};
const QStringList kUseNames{QStringLiteral("training"), QStringLiteral("inference"),
                            QStringLiteral("training_and_inference"),
                            QStringLiteral("model_purchase"), QStringLiteral("corpus_purchase")};

Applicant readApplicant(JsonFields &fields)
{
    fields.rejectUnknownKeys({QStringLiteral("name"), QStringLiteral("name_en"),
                              QStringLiteral("entity_type"), QStringLiteral("registered_city"),
                              QStringLiteral("independent_legal_person"),
                              QStringLiteral("founded_date"), QStringLiteral("credit_code"),
                              QStringLiteral("contact_email"), QStringLiteral("sector")});
    Applicant applicant;
    applicant.name = fields.string(QStringLiteral("name")).value_or(QString());
    applicant.nameEn = fields.string(QStringLiteral("name_en")).value_or(QString());
    if (const auto type = fields.oneOf(QStringLiteral("entity_type"), kEntityTypeNames))
        applicant.entityType = entityTypeFromName(*type);
    applicant.registeredCity =
        fields.string(QStringLiteral("registered_city")).value_or(QString()).trimmed();
    applicant.independentLegalPerson = fields.boolean(QStringLiteral("independent_legal_person"));
    applicant.foundedDate = fields.date(QStringLiteral("founded_date"));
    applicant.creditCode =
        fields.string(QStringLiteral("credit_code")).value_or(QString()).trimmed();
    applicant.contactEmail =
        fields.string(QStringLiteral("contact_email")).value_or(QString()).trimmed();
    applicant.sector = fields.string(QStringLiteral("sector")).value_or(QString()).trimmed();
    return applicant;
}

ContractEntry readContract(JsonFields &fields)
{
    fields.rejectUnknownKeys({QStringLiteral("file"), QStringLiteral("sha256"),
                              QStringLiteral("provider"), QStringLiteral("provider_registered"),
                              QStringLiteral("provider_affiliated"), QStringLiteral("signing_date"),
                              QStringLiteral("period_start"), QStringLiteral("period_end"),
                              QStringLiteral("amount"), QStringLiteral("currency"),
                              QStringLiteral("other_public_funding"), QStringLiteral("use"),
                              QStringLiteral("gpu_model"), QStringLiteral("gpu_count"),
                              QStringLiteral("gpu_hours"), QStringLiteral("domestic_compute"),
                              QStringLiteral("via_data_exchange"), QStringLiteral("model_filed")});
    ContractEntry contract;
    contract.file = fields.string(QStringLiteral("file")).value_or(QString());
    contract.sha256 = fields.string(QStringLiteral("sha256")).value_or(QString());
    contract.provider = fields.string(QStringLiteral("provider")).value_or(QString()).trimmed();
    contract.providerRegistered = fields.boolean(QStringLiteral("provider_registered"));
    contract.providerAffiliated = fields.boolean(QStringLiteral("provider_affiliated"));
    contract.signingDate = fields.date(QStringLiteral("signing_date"));
    contract.periodStart = fields.date(QStringLiteral("period_start"));
    contract.periodEnd = fields.date(QStringLiteral("period_end"));
    if (contract.periodStart && contract.periodEnd && *contract.periodEnd < *contract.periodStart) {
        fields.addProblem(ErrorCode::InvalidDate, QStringLiteral("period_end"),
                          Tr::tr("The service period ends before it starts."));
    }
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}\\z"));
    const QString currency =
        fields.string(QStringLiteral("currency")).value_or(QStringLiteral("CNY"));
    if (!currencyPattern.match(currency).hasMatch()) {
        fields.addProblem(ErrorCode::InvalidEnum, QStringLiteral("currency"),
                          Tr::tr("\"%1\" is not a three-letter currency code such as CNY.")
                              .arg(currency.left(20)));
    }
    contract.currency = currency;
    contract.amount = fields.money(QStringLiteral("amount"), false, false, currency);
    contract.otherPublicFunding =
        fields.money(QStringLiteral("other_public_funding"), false, false, currency);
    if (const auto use = fields.oneOf(QStringLiteral("use"), kUseNames))
        contract.use = computeUseFromName(*use);
    contract.gpuModel = fields.string(QStringLiteral("gpu_model")).value_or(QString()).trimmed();
    if (const auto count = fields.integer(QStringLiteral("gpu_count"), false, 0, 10'000'000))
        contract.gpuCount = int(*count);
    if (const auto hours = fields.number(QStringLiteral("gpu_hours"))) {
        if (*hours < 0)
            fields.addProblem(ErrorCode::SchemaViolation, QStringLiteral("gpu_hours"),
                              Tr::tr("GPU-hours must not be negative."));
        else
            contract.gpuHours = hours;
    }
    contract.domesticCompute = fields.boolean(QStringLiteral("domestic_compute"));
    contract.viaDataExchange = fields.boolean(QStringLiteral("via_data_exchange"));
    contract.modelFiled = fields.boolean(QStringLiteral("model_filed"));
    return contract;
}

template <typename T>
void putOptional(QJsonObject &object, const QString &key, const std::optional<T> &value)
{
    object.insert(key, value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
}

QJsonValue dateValue(const std::optional<QDate> &date)
{
    return date ? QJsonValue(toIsoDate(*date)) : QJsonValue(QJsonValue::Null);
}

QJsonValue moneyValue(const std::optional<Money> &money)
{
    return money ? QJsonValue(money->toDecimalString()) : QJsonValue(QJsonValue::Null);
}
} // namespace

Result<Application> readObject(const QJsonObject &root)
{
    QList<Error> problems;
    JsonFields fields(root, QString(), &problems);
    const auto schema = fields.string(QStringLiteral("schema"), true);
    if (schema && *schema != QLatin1String(Application::kSchema)) {
        fields.addProblem(ErrorCode::SchemaViolation, QStringLiteral("schema"),
                          Tr::tr("Expected \"%1\", found \"%2\".")
                              .arg(QLatin1String(Application::kSchema), schema->left(60)));
    }
    Application application;
    application.program = fields.string(QStringLiteral("program"), true).value_or(QString());
    application.applicationDate = fields.date(QStringLiteral("application_date"));
    application.priorSubsidyThisYear = fields.money(QStringLiteral("prior_subsidy_this_year"));
    if (const auto applicantObject = fields.childObject(QStringLiteral("applicant"), true)) {
        JsonFields applicantFields(*applicantObject, QStringLiteral("applicant"), &problems);
        application.applicant = readApplicant(applicantFields);
    }
    if (const auto contracts = fields.array(QStringLiteral("contracts"), true)) {
        for (qsizetype i = 0; i < contracts->size(); ++i) {
            const QString path = QStringLiteral("contracts[%1]").arg(i);
            if (!contracts->at(i).isObject()) {
                problems.append(makeError(ErrorCode::WrongType,
                                          Tr::tr("Expected %1.").arg(Tr::tr("an object")), path));
                continue;
            }
            JsonFields contractFields(contracts->at(i).toObject(), path, &problems);
            application.contracts.append(readContract(contractFields));
        }
    }
    const QStringList known{
        QStringLiteral("schema"),           QStringLiteral("program"),
        QStringLiteral("application_date"), QStringLiteral("prior_subsidy_this_year"),
        QStringLiteral("applicant"),        QStringLiteral("contracts")};
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (!known.contains(it.key()))
            application.extra.insert(it.key(), it.value());
    }
    if (!problems.isEmpty())
        return problems.first();
    return application;
}

Result<Application> read(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::InvalidJson,
                         Tr::tr("The file is not valid JSON (%1 at byte %2).")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    }
    if (!document.isObject())
        return makeError(ErrorCode::SchemaViolation,
                         Tr::tr("The application file must be a JSON object."));
    return readObject(document.object());
}

Result<Application> readFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::FileNotFound, Tr::tr("The file %1 does not exist.").arg(path));
    if (QFileInfo(path).size() > kMaxFileBytes)
        return makeError(ErrorCode::FileTooLarge,
                         Tr::tr("The file %1 is too large for an application file.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnreadable,
                         Tr::tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    return read(file.read(kMaxFileBytes + 1));
}

QJsonObject toJsonObject(const Application &application)
{
    QJsonObject root = application.extra;
    root.insert(QStringLiteral("schema"), QLatin1String(Application::kSchema));
    root.insert(QStringLiteral("program"), application.program);
    root.insert(QStringLiteral("application_date"), dateValue(application.applicationDate));
    const Applicant &a = application.applicant;
    QJsonObject applicant{{QStringLiteral("name"), a.name},
                          {QStringLiteral("name_en"), a.nameEn},
                          {QStringLiteral("registered_city"), a.registeredCity},
                          {QStringLiteral("credit_code"), a.creditCode},
                          {QStringLiteral("contact_email"), a.contactEmail}};
    applicant.insert(QStringLiteral("entity_type"), a.entityType
                                                        ? QJsonValue(entityTypeName(*a.entityType))
                                                        : QJsonValue(QJsonValue::Null));
    putOptional(applicant, QStringLiteral("independent_legal_person"), a.independentLegalPerson);
    applicant.insert(QStringLiteral("founded_date"), dateValue(a.foundedDate));
    if (!a.sector.isEmpty())
        applicant.insert(QStringLiteral("sector"), a.sector);
    root.insert(QStringLiteral("applicant"), applicant);
    root.insert(QStringLiteral("prior_subsidy_this_year"),
                moneyValue(application.priorSubsidyThisYear));
    QJsonArray contracts;
    for (const ContractEntry &c : application.contracts) {
        QJsonObject contract{{QStringLiteral("file"), c.file},
                             {QStringLiteral("sha256"), c.sha256},
                             {QStringLiteral("provider"), c.provider},
                             {QStringLiteral("currency"), c.currency},
                             {QStringLiteral("gpu_model"), c.gpuModel}};
        putOptional(contract, QStringLiteral("provider_registered"), c.providerRegistered);
        putOptional(contract, QStringLiteral("provider_affiliated"), c.providerAffiliated);
        contract.insert(QStringLiteral("signing_date"), dateValue(c.signingDate));
        contract.insert(QStringLiteral("period_start"), dateValue(c.periodStart));
        contract.insert(QStringLiteral("period_end"), dateValue(c.periodEnd));
        contract.insert(QStringLiteral("amount"), moneyValue(c.amount));
        contract.insert(QStringLiteral("other_public_funding"), moneyValue(c.otherPublicFunding));
        contract.insert(QStringLiteral("use"),
                        c.use ? QJsonValue(computeUseName(*c.use)) : QJsonValue(QJsonValue::Null));
        putOptional(contract, QStringLiteral("gpu_count"), c.gpuCount);
        putOptional(contract, QStringLiteral("gpu_hours"), c.gpuHours);
        if (c.domesticCompute)
            contract.insert(QStringLiteral("domestic_compute"), *c.domesticCompute);
        if (c.viaDataExchange)
            contract.insert(QStringLiteral("via_data_exchange"), *c.viaDataExchange);
        if (c.modelFiled)
            contract.insert(QStringLiteral("model_filed"), *c.modelFiled);
        contracts.append(contract);
    }
    root.insert(QStringLiteral("contracts"), contracts);
    return root;
}

QByteArray write(const Application &application)
{
    // QJsonObject keeps keys sorted, so the output is stable for the same application.
    return QJsonDocument(toJsonObject(application)).toJson(QJsonDocument::Indented);
}

} // namespace cd::ApplicationJson
