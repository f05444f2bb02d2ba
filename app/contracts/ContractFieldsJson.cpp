#include "ContractFieldsJson.h"

#include "domain/Dates.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace cd {

QString unitPriceBasisName(UnitPriceBasis basis)
{
    switch (basis) {
    case UnitPriceBasis::PerGpuMonth:
        return QStringLiteral("per_gpu_month");
    case UnitPriceBasis::PerGpuHour:
        return QStringLiteral("per_gpu_hour");
    case UnitPriceBasis::PerNodeMonth:
        return QStringLiteral("per_node_month");
    }
    return {};
}

namespace {

double rounded(double value, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    return std::round(value * factor) / factor;
}

template <typename T> QJsonObject located(const FoundField<T> &field, const QJsonValue &value)
{
    QJsonObject object;
    object.insert(QStringLiteral("value"), value);
    object.insert(QStringLiteral("text"), field.text);
    object.insert(QStringLiteral("page"), field.page);
    object.insert(QStringLiteral("rect"),
                  QJsonArray{rounded(field.rect.x(), 1), rounded(field.rect.y(), 1),
                             rounded(field.rect.width(), 1), rounded(field.rect.height(), 1)});
    object.insert(QStringLiteral("confidence"), rounded(field.confidence, 2));
    return object;
}

template <typename T, typename F>
QJsonValue orNull(const std::optional<FoundField<T>> &field, F toValue)
{
    if (!field)
        return QJsonValue::Null;
    return toValue(*field);
}

} // namespace

QJsonObject ContractFieldsJson::toJson(const ContractFields &fields)
{
    QJsonObject json;
    json.insert(QStringLiteral("amount"), orNull(fields.amount, [](const auto &f) {
                    QJsonObject object = located(f, f.value.toDecimalString());
                    object.insert(QStringLiteral("currency"), f.value.currency());
                    return object;
                }));
    const auto date = [](const auto &f) { return located(f, toIsoDate(f.value)); };
    json.insert(QStringLiteral("signing_date"), orNull(fields.signingDate, date));
    json.insert(QStringLiteral("period_start"), orNull(fields.periodStart, date));
    json.insert(QStringLiteral("period_end"), orNull(fields.periodEnd, date));
    const auto text = [](const auto &f) { return located(f, f.value); };
    json.insert(QStringLiteral("party_a"), orNull(fields.partyA, text));
    json.insert(QStringLiteral("party_b"), orNull(fields.partyB, text));
    json.insert(QStringLiteral("gpu_model"), orNull(fields.gpuModel, text));
    const auto integer = [](const auto &f) { return located(f, QJsonValue(f.value)); };
    json.insert(QStringLiteral("gpu_count"), orNull(fields.gpuCount, integer));
    json.insert(QStringLiteral("gpu_hours"), orNull(fields.gpuHours, integer));
    json.insert(QStringLiteral("unit_price"), orNull(fields.unitPrice, [](const auto &f) {
                    QJsonObject object = located(f, f.value.price.toDecimalString());
                    object.insert(QStringLiteral("currency"), f.value.price.currency());
                    object.insert(QStringLiteral("basis"), unitPriceBasisName(f.value.basis));
                    return object;
                }));
    return json;
}

QList<FieldLocation> ContractFieldsJson::locations(const QJsonObject &fields)
{
    QList<FieldLocation> result;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QJsonObject field = it.value().toObject();
        const QJsonArray rect = field.value(QStringLiteral("rect")).toArray();
        const int page = field.value(QStringLiteral("page")).toInt();
        if (page < 1 || rect.size() != 4)
            continue;
        result.append(FieldLocation{it.key(), field.value(QStringLiteral("text")).toString(), page,
                                    QRectF(rect.at(0).toDouble(), rect.at(1).toDouble(),
                                           rect.at(2).toDouble(), rect.at(3).toDouble()),
                                    field.value(QStringLiteral("confidence")).toDouble()});
    }
    return result;
}

QJsonObject ContractFieldsJson::corrected(const QJsonObject &fields, const QString &key,
                                          const QJsonValue &value, const QString &text, int page,
                                          const QRectF &rect)
{
    QJsonObject result = fields;
    QJsonObject field = fields.value(key).toObject();
    field.insert(QStringLiteral("value"), value);
    field.insert(QStringLiteral("text"), text);
    field.insert(QStringLiteral("page"), page);
    field.insert(QStringLiteral("rect"),
                 QJsonArray{rounded(rect.x(), 1), rounded(rect.y(), 1), rounded(rect.width(), 1),
                            rounded(rect.height(), 1)});
    field.insert(QStringLiteral("confidence"), 1.0);
    result.insert(key, field);
    return result;
}

} // namespace cd
