#include "JsonPath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace cd::JsonPath {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::JsonPath)
};

struct Step
{
    QString key;
    int index = -1; // >= 0: an array element of `key`
};

std::optional<QList<Step>> parse(const QString &path)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)(?:\\[([0-9]{1,6})\\])?\\z"));
    QList<Step> steps;
    if (path.isEmpty())
        return std::nullopt;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        const QRegularExpressionMatch match = pattern.match(part);
        if (!match.hasMatch())
            return std::nullopt;
        steps.append(
            Step{match.captured(1), match.captured(2).isEmpty() ? -1 : match.captured(2).toInt()});
    }
    return steps;
}

Status setIn(QJsonObject &object, const QList<Step> &steps, qsizetype at, const QJsonValue &value,
             const QString &path)
{
    const Step &step = steps.at(at);
    const bool last = at == steps.size() - 1;
    if (step.index < 0) {
        if (last) {
            if (value.isUndefined())
                object.remove(step.key);
            else
                object.insert(step.key, value);
            return success();
        }
        QJsonObject child = object.value(step.key).toObject();
        Status status = setIn(child, steps, at + 1, value, path);
        if (status)
            object.insert(step.key, child);
        return status;
    }
    QJsonArray array = object.value(step.key).toArray();
    if (step.index > array.size())
        return makeError(ErrorCode::SchemaViolation,
                         Tr::tr("There is no element %1 to change.").arg(step.index), path);
    if (last) {
        if (step.index == array.size())
            array.append(value);
        else
            array.replace(step.index, value);
    } else {
        QJsonObject child =
            step.index < array.size() ? array.at(step.index).toObject() : QJsonObject();
        Status status = setIn(child, steps, at + 1, value, path);
        if (!status)
            return status;
        if (step.index == array.size())
            array.append(child);
        else
            array.replace(step.index, child);
    }
    object.insert(step.key, array);
    return success();
}
} // namespace

bool isValid(const QString &path)
{
    return parse(path).has_value();
}

QJsonValue get(const QJsonObject &root, const QString &path)
{
    const auto steps = parse(path);
    if (!steps)
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue current = root;
    for (const Step &step : *steps) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(step.key);
        if (step.index >= 0) {
            if (!current.isArray() || step.index >= current.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            current = current.toArray().at(step.index);
        }
    }
    return current;
}

Status set(QJsonObject &root, const QString &path, const QJsonValue &value)
{
    const auto steps = parse(path);
    if (!steps)
        return makeError(ErrorCode::SchemaViolation,
                         Tr::tr("\"%1\" is not a field path.").arg(path.left(100)), path);
    return setIn(root, *steps, 0, value, path);
}

} // namespace cd::JsonPath
