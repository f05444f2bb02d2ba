// The estimate as the JSON document of INTERFACES.md (`estimate --json`, data.json's "estimate").
#pragma once

#include "rules/Estimate.h"

#include <QJsonObject>

namespace cd::EstimateJson {

// withMoney false gives the `check --json` document: the same without the money fields.
QJsonObject toJson(const Estimate &estimate, bool withMoney = true);

} // namespace cd::EstimateJson
