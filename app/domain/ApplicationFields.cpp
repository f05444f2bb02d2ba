#include "ApplicationFields.h"

#include "domain/ApplicationJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace cd::ApplicationFields {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::ApplicationFields)
};

// "contracts[0].amount" → {"contracts", "0", "amount"}
QStringList splitPath(const QString &path)
{
    QString flat = path;
    flat.replace(QRegularExpression(QStringLiteral("\\[(\\d+)\\]")), QStringLiteral(".\\1"));
    return flat.split(QLatin1Char('.'), Qt::SkipEmptyParts);
}

QJsonValue lookup(const QJsonValue &node, QStringList keys)
{
    if (keys.isEmpty())
        return node;
    const QString key = keys.takeFirst();
    if (node.isArray()) {
        bool ok = false;
        const int index = key.toInt(&ok);
        if (!ok || index < 0 || index >= node.toArray().size())
            return QJsonValue(QJsonValue::Undefined);
        return lookup(node.toArray().at(index), keys);
    }
    if (!node.isObject())
        return QJsonValue(QJsonValue::Undefined);
    return lookup(node.toObject().value(key), keys);
}

std::optional<QJsonValue> replaced(const QJsonValue &node, QStringList keys,
                                   const QJsonValue &value)
{
    const QString key = keys.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        bool ok = false;
        const int index = key.toInt(&ok);
        if (!ok || index < 0 || index >= array.size())
            return std::nullopt;
        if (keys.isEmpty()) {
            array[index] = value;
        } else {
            const auto inner = replaced(array.at(index), keys, value);
            if (!inner)
                return std::nullopt;
            array[index] = *inner;
        }
        return array;
    }
    if (!node.isObject())
        return std::nullopt;
    QJsonObject object = node.toObject();
    if (keys.isEmpty()) {
        object.insert(key, value);
    } else {
        const auto inner = replaced(object.value(key), keys, value);
        if (!inner)
            return std::nullopt;
        object.insert(key, *inner);
    }
    return object;
}
} // namespace

QJsonValue value(const Application &application, const QString &path)
{
    const QJsonValue found = lookup(ApplicationJson::toJsonObject(application), splitPath(path));
    return found.isUndefined() ? QJsonValue(QJsonValue::Null) : found;
}

Status setValue(Application &application, const QString &path, const QJsonValue &newValue)
{
    const QStringList keys = splitPath(path);
    if (keys.isEmpty())
        return makeError(ErrorCode::SchemaViolation, Tr::tr("No field given."), path);
    const auto root = replaced(ApplicationJson::toJsonObject(application), keys, newValue);
    if (!root)
        return makeError(ErrorCode::SchemaViolation, Tr::tr("There is no such field."), path);
    auto updated = ApplicationJson::readObject(root->toObject());
    if (!updated)
        return updated.error();
    application = std::move(updated).value();
    return success();
}

} // namespace cd::ApplicationFields
