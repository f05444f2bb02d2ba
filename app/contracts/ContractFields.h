// What the field extractor found in a contract: each field with its value, the text it was read
// from, where that text is (page, rectangle in PDF points, origin top-left) and a confidence.
// A field that is not in the document is std::nullopt, never a guess.
#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QRectF>
#include <QString>

#include <optional>

namespace cd {

// Below this confidence an extracted value needs a closer look: the extractor gives 0.75 to a
// value read once under its label and less when candidates disagree or the label is missing
// (README, "Contract field extraction"); the contracts page and the viewer mark such values.
inline constexpr double kLowConfidence = 0.7;

template <typename T> struct FoundField
{
    T value{};
    QString text;            // the source text, as it stands in the document (normalised)
    int page = 0;            // 1-based
    QRectF rect;             // union of the word boxes the text was read from
    double confidence = 0.0; // 0..1
};

enum class UnitPriceBasis
{
    PerGpuMonth,
    PerGpuHour,
    PerNodeMonth,
};

struct UnitPrice
{
    Money price;
    UnitPriceBasis basis = UnitPriceBasis::PerGpuMonth;
};

struct ContractFields
{
    std::optional<FoundField<Money>> amount; // final payable total, with its currency
    std::optional<FoundField<QDate>> signingDate;
    std::optional<FoundField<QDate>> periodStart;
    std::optional<FoundField<QDate>> periodEnd; // inclusive
    std::optional<FoundField<QString>> partyA;  // customer
    std::optional<FoundField<QString>> partyB;  // compute provider
    std::optional<FoundField<QString>>
        gpuModel; // catalog name: "NVIDIA H800", "Huawei Ascend 910B"
    std::optional<FoundField<qint64>> gpuCount;
    std::optional<FoundField<qint64>> gpuHours;
    std::optional<FoundField<UnitPrice>> unitPrice;
};

// "per_gpu_month", "per_gpu_hour", "per_node_month" (as in truth.json and the JSON output).
QString unitPriceBasisName(UnitPriceBasis basis);

} // namespace cd
