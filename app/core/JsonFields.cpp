#include "JsonFields.h"

#include "domain/Dates.h"

#include <QCoreApplication>
#include <cmath>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::JsonFields)
};
} // namespace

JsonFields::JsonFields(QJsonObject object, QString path, QList<Error> *problems)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_problems(problems)
{}

QString JsonFields::pathOf(const QString &key) const
{
    if (key.isEmpty())
        return m_path;
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

bool JsonFields::has(const QString &key) const
{
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it->isNull() && !it->isUndefined();
}

void JsonFields::addProblem(ErrorCode code, const QString &key, const QString &message)
{
    if (m_problems)
        m_problems->append(makeError(code, message, pathOf(key)));
}

bool JsonFields::checkPresent(const QString &key, bool required)
{
    if (has(key))
        return true;
    if (required)
        addProblem(ErrorCode::MissingField, key, Tr::tr("This field is required."));
    return false;
}

void JsonFields::wrongType(const QString &key, const QString &expected)
{
    addProblem(ErrorCode::WrongType, key, Tr::tr("Expected %1.").arg(expected));
}

std::optional<QString> JsonFields::string(const QString &key, bool required)
{
    if (!checkPresent(key, required))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        wrongType(key, Tr::tr("a text"));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<bool> JsonFields::boolean(const QString &key, bool required)
{
    if (!checkPresent(key, required))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isBool()) {
        wrongType(key, Tr::tr("true or false"));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<qint64> JsonFields::integer(const QString &key, bool required, qint64 min, qint64 max)
{
    if (!checkPresent(key, required))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::isnan(number) || std::floor(number) != number) {
        wrongType(key, Tr::tr("a whole number"));
        return std::nullopt;
    }
    if (number < double(min) || number > double(max)) {
        addProblem(
            ErrorCode::SchemaViolation, key,
            Tr::tr("%1 is outside the allowed range %2 to %3.").arg(number).arg(min).arg(max));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<double> JsonFields::number(const QString &key, bool required)
{
    if (!checkPresent(key, required))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        wrongType(key, Tr::tr("a number"));
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<QDate> JsonFields::date(const QString &key, bool required)
{
    const auto text = string(key, required);
    if (!text)
        return std::nullopt;
    const auto date = parseIsoDate(*text);
    if (!date) {
        addProblem(ErrorCode::InvalidDate, key,
                   Tr::tr("\"%1\" is not a date of the form YYYY-MM-DD.").arg(text->left(40)));
    }
    return date;
}

std::optional<Money> JsonFields::money(const QString &key, bool required, bool allowNegative,
                                       const QString &currency)
{
    if (!checkPresent(key, required))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        addProblem(ErrorCode::WrongType, key,
                   Tr::tr("Amounts are written as decimal strings such as \"3200000.00\"."));
        return std::nullopt;
    }
    auto parsed = Money::parse(value.toString(), currency);
    if (!parsed) {
        addProblem(parsed.error().code, key, parsed.error().message);
        return std::nullopt;
    }
    if (parsed->isNegative() && !allowNegative) {
        addProblem(ErrorCode::NegativeAmount, key, Tr::tr("The amount must not be negative."));
        return std::nullopt;
    }
    return parsed.value();
}

std::optional<Rate> JsonFields::rate(const QString &key, bool required)
{
    const auto text = string(key, required);
    if (!text)
        return std::nullopt;
    auto parsed = Rate::parse(*text);
    if (!parsed) {
        addProblem(parsed.error().code, key, parsed.error().message);
        return std::nullopt;
    }
    return parsed.value();
}

std::optional<QJsonObject> JsonFields::childObject(const QString &key, bool required)
{
    if (!checkPresent(key, required))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        wrongType(key, Tr::tr("an object"));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonArray> JsonFields::array(const QString &key, bool required)
{
    if (!checkPresent(key, required))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        wrongType(key, Tr::tr("a list"));
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QStringList> JsonFields::stringList(const QString &key, bool required)
{
    const auto values = array(key, required);
    if (!values)
        return std::nullopt;
    QStringList list;
    for (qsizetype i = 0; i < values->size(); ++i) {
        if (!values->at(i).isString()) {
            addProblem(ErrorCode::WrongType, QStringLiteral("%1[%2]").arg(key).arg(i),
                       Tr::tr("Expected %1.").arg(Tr::tr("a text")));
            return std::nullopt;
        }
        list.append(values->at(i).toString());
    }
    return list;
}

std::optional<QString> JsonFields::oneOf(const QString &key, const QStringList &allowed,
                                         bool required)
{
    const auto text = string(key, required);
    if (!text)
        return std::nullopt;
    if (!allowed.contains(*text)) {
        addProblem(ErrorCode::InvalidEnum, key,
                   Tr::tr("\"%1\" is not one of: %2.")
                       .arg(text->left(40), allowed.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return text;
}

void JsonFields::rejectUnknownKeys(const QStringList &known)
{
    for (const QString &key : m_object.keys()) {
        if (!known.contains(key))
            addProblem(ErrorCode::SchemaViolation, key, Tr::tr("Unknown field."));
    }
}

} // namespace cd
