#include "ExtractedContract.h"

#include "domain/Dates.h"

namespace cd::ExtractedContract {

QJsonObject applicationFields(const ContractFields &fields)
{
    QJsonObject object;
    if (fields.partyB)
        object.insert(QStringLiteral("provider"), fields.partyB->value);
    if (fields.amount) {
        object.insert(QStringLiteral("currency"), fields.amount->value.currency());
        object.insert(QStringLiteral("amount"), fields.amount->value.toDecimalString());
    }
    if (fields.signingDate)
        object.insert(QStringLiteral("signing_date"), toIsoDate(fields.signingDate->value));
    if (fields.periodStart)
        object.insert(QStringLiteral("period_start"), toIsoDate(fields.periodStart->value));
    if (fields.periodEnd)
        object.insert(QStringLiteral("period_end"), toIsoDate(fields.periodEnd->value));
    if (fields.gpuModel)
        object.insert(QStringLiteral("gpu_model"), fields.gpuModel->value);
    if (fields.gpuCount)
        object.insert(QStringLiteral("gpu_count"), double(fields.gpuCount->value));
    if (fields.gpuHours)
        object.insert(QStringLiteral("gpu_hours"), double(fields.gpuHours->value));
    return object;
}

} // namespace cd::ExtractedContract
