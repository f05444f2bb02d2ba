#include "RulePackLoader.h"

#include "core/JsonFields.h"
#include "domain/Dates.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cd::RulePackLoader {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::RulePackLoader)
};

enum class ValueType
{
    Date,
    Rate,
    Money,
    Integer,
    Bool,
    EntityTypes,
    Uses,
    Strings,
    Choice,
    RateOrApplicable,
    Windows
};

struct ParameterSpec
{
    const char *name;
    ValueType type;
    bool required;
    const char *choices; // for Choice: comma-separated allowed values
};

// Every parameter the engine understands. A pack may leave out an optional one: the rule it
// drives is then off. Unknown names are refused so that a typo never silently disables a rule.
constexpr ParameterSpec kParameters[] = {
    {"valid_from", ValueType::Date, true, nullptr},
    {"valid_to", ValueType::Date, false, nullptr}, // absent: no end date published
    {"application_windows", ValueType::Windows, false, nullptr},
    {"eligible_entity_types", ValueType::EntityTypes, true, nullptr},
    {"registered_cities", ValueType::Strings, false, nullptr},
    {"require_independent_legal_person", ValueType::Bool, false, nullptr},
    {"required_sectors", ValueType::Strings, false, nullptr},
    {"standard_rate", ValueType::Rate, true, nullptr},
    {"startup_rate", ValueType::Rate, false, nullptr},
    {"startup_max_age_months", ValueType::Integer, false, nullptr},
    {"startup_entity_types", ValueType::EntityTypes, false, nullptr},
    {"domestic_compute_rate", ValueType::Rate, false, nullptr},
    {"other_compute_rate", ValueType::Rate, false, nullptr},
    {"annual_cap", ValueType::Money, false, nullptr},
    {"soft_cap", ValueType::Money, false, nullptr},
    {"cap_scope", ValueType::Choice, false, "year,contract,application,lifetime"},
    {"min_annual_spend", ValueType::Money, false, nullptr},
    {"require_provider_registered", ValueType::Bool, false, nullptr},
    {"require_provider_non_affiliated", ValueType::Bool, false, nullptr},
    {"contract_signed_on_or_after", ValueType::Date, false, nullptr},
    {"max_contract_term_months", ValueType::Integer, false, nullptr},
    {"eligible_uses", ValueType::Uses, false, nullptr},
    {"uncertain_uses", ValueType::Uses, false, nullptr},
    {"max_combined_share", ValueType::RateOrApplicable, false, nullptr},
    {"other_public_funding_allowed", ValueType::Bool, false, nullptr},
    {"require_data_exchange_platform", ValueType::Bool, false, nullptr},
    {"require_filed_model", ValueType::Bool, false, nullptr},
    {"annual_budget", ValueType::Money, false, nullptr},
    {"allocation_mode", ValueType::Choice, false, "first_come,pro_rata,competitive"},
    {"rounding", ValueType::Choice, false, "truncate_fen,half_up_fen,truncate_yuan"},
};

const ParameterSpec *specFor(const QString &name)
{
    for (const ParameterSpec &spec : kParameters) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

const QStringList kEntityTypeNames{QStringLiteral("enterprise"), QStringLiteral("startup"),
                                   QStringLiteral("university"),
                                   QStringLiteral("research_institute")};
const QStringList kUseNames{QStringLiteral("training"), QStringLiteral("inference"),
                            QStringLiteral("training_and_inference"),
                            QStringLiteral("model_purchase"), QStringLiteral("corpus_purchase")};
const QStringList kLanguages{QStringLiteral("zh_CN"), QStringLiteral("en"), QStringLiteral("de")};

class PackReader
{
public:
    explicit PackReader(QList<Error> *problems)
        : m_problems(problems)
    {}

    RulePack read(const QJsonObject &root)
    {
        JsonFields fields(root, QString(), m_problems);
        fields.rejectUnknownKeys(
            {QStringLiteral("schema"), QStringLiteral("id"), QStringLiteral("version"),
             QStringLiteral("name"), QStringLiteral("authority"), QStringLiteral("description"),
             QStringLiteral("currency"), QStringLiteral("sources"), QStringLiteral("parameters"),
             QStringLiteral("required_documents")});
        RulePack pack;
        const auto schema = fields.string(QStringLiteral("schema"), true);
        if (schema && *schema != QLatin1String(RulePack::kSchema))
            fields.addProblem(ErrorCode::SchemaViolation, QStringLiteral("schema"),
                              Tr::tr("Expected \"%1\".").arg(QLatin1String(RulePack::kSchema)));
        pack.id = fields.string(QStringLiteral("id"), true).value_or(QString());
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*\\z"));
        if (!pack.id.isEmpty() && !idPattern.match(pack.id).hasMatch())
            fields.addProblem(ErrorCode::SchemaViolation, QStringLiteral("id"),
                              Tr::tr("An id uses lower-case letters, digits and hyphens only."));
        pack.versionText = fields.string(QStringLiteral("version"), true).value_or(QString());
        pack.version = QVersionNumber::fromString(pack.versionText);
        if (!pack.versionText.isEmpty() &&
            (pack.version.isNull() || pack.version.toString() != pack.versionText))
            fields.addProblem(ErrorCode::SchemaViolation, QStringLiteral("version"),
                              Tr::tr("A version is numbers separated by dots, such as 2024.1."));
        pack.name = localized(fields, QStringLiteral("name"), true);
        pack.authority = localized(fields, QStringLiteral("authority"), false);
        pack.currency =
            fields.string(QStringLiteral("currency"), true).value_or(QStringLiteral("CNY"));
        readSources(fields, pack);
        readParameters(fields, pack);
        readDocuments(fields, pack);
        checkConsistency(pack);
        return pack;
    }

private:
    LocalizedText localized(JsonFields &fields, const QString &key, bool required)
    {
        LocalizedText text;
        const auto object = fields.childObject(key, required);
        if (!object)
            return text;
        JsonFields inner(*object, fields.pathOf(key), m_problems);
        inner.rejectUnknownKeys(kLanguages);
        for (const QString &language : kLanguages) {
            if (const auto value = inner.string(language, language == QLatin1String("en")))
                text.byLanguage.insert(language, *value);
        }
        return text;
    }

    Citation citation(JsonFields &fields, const RulePack &pack)
    {
        Citation result;
        const auto object = fields.childObject(QStringLiteral("citation"), true);
        if (!object)
            return result;
        JsonFields inner(*object, fields.pathOf(QStringLiteral("citation")), m_problems);
        inner.rejectUnknownKeys({QStringLiteral("source"), QStringLiteral("text")});
        result.sourceId = inner.string(QStringLiteral("source"), true).value_or(QString());
        result.text = inner.string(QStringLiteral("text"), true).value_or(QString());
        if (!result.sourceId.isEmpty() && !pack.sources.contains(result.sourceId))
            inner.addProblem(
                ErrorCode::SchemaViolation, QStringLiteral("source"),
                Tr::tr("No source with the id \"%1\" in \"sources\".").arg(result.sourceId));
        return result;
    }

    void readSources(JsonFields &fields, RulePack &pack)
    {
        const auto sources = fields.childObject(QStringLiteral("sources"), true);
        if (!sources)
            return;
        if (sources->isEmpty())
            fields.addProblem(ErrorCode::SchemaViolation, QStringLiteral("sources"),
                              Tr::tr("At least one source is needed."));
        for (auto it = sources->constBegin(); it != sources->constEnd(); ++it) {
            const QString path = QStringLiteral("sources.") + it.key();
            if (!it->isObject()) {
                m_problems->append(makeError(
                    ErrorCode::WrongType, Tr::tr("Expected %1.").arg(Tr::tr("an object")), path));
                continue;
            }
            JsonFields source(it->toObject(), path, m_problems);
            source.rejectUnknownKeys({QStringLiteral("title"), QStringLiteral("url")});
            pack.sources.insert(
                it.key(),
                Source{it.key(), source.string(QStringLiteral("title"), true).value_or(QString()),
                       source.string(QStringLiteral("url")).value_or(QString())});
        }
    }

    void readParameters(JsonFields &fields, RulePack &pack)
    {
        const auto parameters = fields.childObject(QStringLiteral("parameters"), true);
        if (!parameters)
            return;
        for (auto it = parameters->constBegin(); it != parameters->constEnd(); ++it) {
            const QString path = QStringLiteral("parameters.") + it.key();
            const ParameterSpec *spec = specFor(it.key());
            if (!spec) {
                m_problems->append(
                    makeError(ErrorCode::SchemaViolation,
                              Tr::tr("Unknown parameter; the engine would ignore it."), path));
                continue;
            }
            if (!it->isObject()) {
                m_problems->append(
                    makeError(ErrorCode::WrongType,
                              Tr::tr("Expected %1.")
                                  .arg(Tr::tr("an object with value, citation and confidence")),
                              path));
                continue;
            }
            JsonFields p(it->toObject(), path, m_problems);
            p.rejectUnknownKeys({QStringLiteral("value"), QStringLiteral("citation"),
                                 QStringLiteral("confidence"), QStringLiteral("valid_from"),
                                 QStringLiteral("valid_to"), QStringLiteral("note")});
            Parameter parameter;
            parameter.name = it.key();
            if (!p.object().contains(QStringLiteral("value")))
                p.addProblem(ErrorCode::MissingField, QStringLiteral("value"),
                             Tr::tr("This field is required."));
            parameter.value = p.object().value(QStringLiteral("value"));
            if (!parameter.value.isNull())
                checkValue(p, *spec, pack.currency);
            parameter.citation = citation(p, pack);
            if (const auto confidence = p.oneOf(
                    QStringLiteral("confidence"),
                    {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")},
                    true))
                parameter.confidence = *confidenceFromName(*confidence);
            parameter.validFrom = p.date(QStringLiteral("valid_from"));
            parameter.validTo = p.date(QStringLiteral("valid_to"));
            parameter.note = p.string(QStringLiteral("note")).value_or(QString());
            pack.parameters.insert(parameter.name, parameter);
        }
        for (const ParameterSpec &spec : kParameters) {
            const QString name = QString::fromLatin1(spec.name);
            if (spec.required &&
                (!pack.parameters.contains(name) || pack.parameters.value(name).value.isNull()))
                fields.addProblem(ErrorCode::MissingField, QStringLiteral("parameters.") + name,
                                  Tr::tr("This parameter is required."));
        }
    }

    void checkValue(JsonFields &p, const ParameterSpec &spec, const QString &currency)
    {
        const QString key = QStringLiteral("value");
        switch (spec.type) {
        case ValueType::Date:
            p.date(key);
            break;
        case ValueType::Rate:
            if (const auto rate = p.rate(key); rate && rate->partsPerMillion() > Rate::kScale)
                p.addProblem(ErrorCode::SchemaViolation, key,
                             Tr::tr("A rate cannot exceed 1.00 (100 %)."));
            break;
        case ValueType::Money:
            p.money(key, false, false, currency);
            break;
        case ValueType::Integer:
            p.integer(key, false, 0, 1200);
            break;
        case ValueType::Bool:
            p.boolean(key);
            break;
        case ValueType::EntityTypes:
            checkList(p, kEntityTypeNames);
            break;
        case ValueType::Uses:
            checkList(p, kUseNames);
            break;
        case ValueType::Strings:
            p.stringList(key);
            break;
        case ValueType::Choice:
            p.oneOf(key, QString::fromLatin1(spec.choices).split(QLatin1Char(',')));
            break;
        case ValueType::RateOrApplicable:
            if (p.object().value(key).toString() != QLatin1String("applicable_rate"))
                p.rate(key);
            break;
        case ValueType::Windows:
            checkWindows(p);
            break;
        }
    }

    void checkList(JsonFields &p, const QStringList &allowed)
    {
        const auto values = p.stringList(QStringLiteral("value"));
        if (!values)
            return;
        for (const QString &value : *values) {
            if (!allowed.contains(value))
                p.addProblem(ErrorCode::InvalidEnum, QStringLiteral("value"),
                             Tr::tr("\"%1\" is not one of: %2.")
                                 .arg(value.left(40), allowed.join(QStringLiteral(", "))));
        }
    }

    void checkWindows(JsonFields &p)
    {
        const auto windows = p.array(QStringLiteral("value"));
        if (!windows)
            return;
        for (qsizetype i = 0; i < windows->size(); ++i) {
            JsonFields window(windows->at(i).toObject(),
                              p.pathOf(QStringLiteral("value[%1]").arg(i)), m_problems);
            const auto from = window.date(QStringLiteral("from"), true);
            const auto to = window.date(QStringLiteral("to"), true);
            if (from && to && *to < *from)
                window.addProblem(ErrorCode::InvalidDate, QStringLiteral("to"),
                                  Tr::tr("The window ends before it starts."));
        }
    }

    void readDocuments(JsonFields &fields, RulePack &pack)
    {
        const auto documents = fields.array(QStringLiteral("required_documents"));
        if (!documents)
            return;
        for (qsizetype i = 0; i < documents->size(); ++i) {
            JsonFields document(documents->at(i).toObject(),
                                QStringLiteral("required_documents[%1]").arg(i), m_problems);
            document.rejectUnknownKeys(
                {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("citation")});
            RequiredDocument required;
            required.id = document.string(QStringLiteral("id"), true).value_or(QString());
            required.name = localized(document, QStringLiteral("name"), true);
            required.citation = citation(document, pack);
            pack.requiredDocuments.append(required);
        }
    }

    void checkConsistency(const RulePack &pack)
    {
        const auto from = pack.date(QStringLiteral("valid_from"));
        const auto to = pack.date(QStringLiteral("valid_to"));
        if (from && to && *to < *from)
            m_problems->append(makeError(ErrorCode::InvalidDate,
                                         Tr::tr("The program ends before it starts."),
                                         QStringLiteral("parameters.valid_to.value")));
        if (pack.has(QStringLiteral("startup_rate")) &&
            !pack.has(QStringLiteral("startup_max_age_months")))
            m_problems->append(makeError(ErrorCode::MissingField,
                                         Tr::tr("A start-up rate needs the start-up age limit."),
                                         QStringLiteral("parameters.startup_max_age_months")));
        if (pack.has(QStringLiteral("domestic_compute_rate")) !=
            pack.has(QStringLiteral("other_compute_rate")))
            m_problems->append(makeError(ErrorCode::MissingField,
                                         Tr::tr("Domestic and other compute rates come as a pair."),
                                         QStringLiteral("parameters.other_compute_rate")));
        if (pack.has(QStringLiteral("soft_cap")) && !pack.has(QStringLiteral("annual_cap")))
            m_problems->append(makeError(ErrorCode::MissingField,
                                         Tr::tr("A soft cap needs the hard cap (annual_cap)."),
                                         QStringLiteral("parameters.annual_cap")));
    }

    QList<Error> *m_problems;
};
} // namespace

RulePackLoadResult load(const QByteArray &json, const QString &origin)
{
    RulePackLoadResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.problems.append(makeError(ErrorCode::InvalidJson,
                                         Tr::tr("The rule pack is not valid JSON (%1 at byte %2).")
                                             .arg(parseError.errorString())
                                             .arg(parseError.offset)));
        return result;
    }
    if (!document.isObject()) {
        result.problems.append(
            makeError(ErrorCode::InvalidRulePack, Tr::tr("A rule pack is a JSON object.")));
        return result;
    }
    PackReader reader(&result.problems);
    RulePack pack = reader.read(document.object());
    pack.origin = origin;
    for (Error &problem : result.problems) {
        if (problem.code != ErrorCode::InvalidJson)
            problem.code = ErrorCode::InvalidRulePack;
    }
    if (result.problems.isEmpty())
        result.pack = std::move(pack);
    return result;
}

RulePackLoadResult loadFile(const QString &path)
{
    RulePackLoadResult result;
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        result.problems.append(
            makeError(ErrorCode::FileNotFound, Tr::tr("The file %1 does not exist.").arg(path)));
        return result;
    }
    if (QFileInfo(path).size() > kMaxFileBytes) {
        result.problems.append(
            makeError(ErrorCode::FileTooLarge,
                      Tr::tr("The file %1 is too large for a rule pack.").arg(path)));
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems.append(
            makeError(ErrorCode::FileUnreadable,
                      Tr::tr("The file %1 cannot be read: %2").arg(path, file.errorString())));
        return result;
    }
    return load(file.read(kMaxFileBytes + 1), path);
}

Result<RulePack> loadFileOrError(const QString &path)
{
    RulePackLoadResult result = loadFile(path);
    if (result.pack)
        return std::move(*result.pack);
    Error first = result.problems.first();
    if (result.problems.size() > 1)
        first.message += QLatin1Char(' ') +
                         Tr::tr("(%n more problem(s))", nullptr, int(result.problems.size() - 1));
    return first;
}

QStringList knownParameterNames()
{
    QStringList names;
    for (const ParameterSpec &spec : kParameters)
        names.append(QString::fromLatin1(spec.name));
    return names;
}

} // namespace cd::RulePackLoader
