#include "ProvenanceRules.h"

#include "storage/JsonPath.h"

#include <QJsonArray>

namespace cd::ProvenanceRules {

namespace {
bool fromContract(std::optional<Provenance> p)
{
    return p == Provenance::Extracted || p == Provenance::Confirmed || p == Provenance::Corrected;
}

// "contracts[2].amount" under "contracts" → index 2 and rest ".amount"; std::nullopt otherwise.
std::optional<std::pair<int, QString>> elementOf(const QString &child, const QString &path)
{
    if (!child.startsWith(path) || child.size() <= path.size() ||
        child.at(path.size()) != QLatin1Char('['))
        return std::nullopt;
    const qsizetype close = child.indexOf(QLatin1Char(']'), path.size());
    if (close < 0)
        return std::nullopt;
    bool ok = false;
    const int index = child.mid(path.size() + 1, close - path.size() - 1).toInt(&ok);
    if (!ok)
        return std::nullopt;
    return std::make_pair(index, child.mid(close + 1));
}
} // namespace

std::optional<Provenance> after(std::optional<Provenance> current, Provenance requested,
                                bool valueChanged)
{
    if (valueChanged) {
        if (requested == Provenance::Typed && fromContract(current))
            return Provenance::Corrected;
        return requested;
    }
    if ((requested == Provenance::Confirmed || requested == Provenance::Corrected) &&
        current == Provenance::Extracted)
        return Provenance::Confirmed;
    // A default (CNY) that the contract also states is now a value read from it.
    if (requested == Provenance::Extracted && !current)
        return Provenance::Extracted;
    return std::nullopt;
}

bool counts(std::optional<Provenance> provenance)
{
    return provenance != Provenance::Extracted;
}

void followContainer(ProvenanceMap &map, const QString &path, const QJsonValue &oldValue,
                     const QJsonValue &newValue)
{
    if (oldValue.isArray() || newValue.isArray()) {
        const QJsonArray before = oldValue.toArray();
        const QJsonArray after = newValue.toArray();
        // New index of each old element that is still there.
        QList<int> moved(before.size(), -1);
        QList<bool> taken(after.size(), false);
        for (qsizetype j = 0; j < after.size(); ++j) {
            if (j < before.size() && before.at(j) == after.at(j)) {
                moved[j] = int(j);
                taken[j] = true;
            }
        }
        for (qsizetype j = 0; j < after.size(); ++j) {
            if (taken.at(j))
                continue;
            for (qsizetype i = 0; i < before.size(); ++i) {
                if (moved.at(i) < 0 && before.at(i) == after.at(j)) {
                    moved[i] = int(j);
                    taken[j] = true;
                    break;
                }
            }
        }
        ProvenanceMap result;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const auto element = elementOf(it.key(), path);
            if (!element) {
                result.insert(it.key(), it.value());
                continue;
            }
            const int index = element->first;
            if (index >= 0 && index < moved.size() && moved.at(index) >= 0)
                result.insert(path + QStringLiteral("[%1]").arg(moved.at(index)) + element->second,
                              it.value());
        }
        map = result;
        return;
    }
    if (!oldValue.isObject() && !newValue.isObject())
        return;
    const QJsonObject before = oldValue.toObject();
    const QJsonObject after = newValue.toObject();
    const QString prefix = path + QLatin1Char('.');
    for (auto it = map.begin(); it != map.end();) {
        if (it.key().startsWith(prefix)) {
            const QString sub = it.key().mid(prefix.size());
            if (JsonPath::get(before, sub) != JsonPath::get(after, sub)) {
                it = map.erase(it);
                continue;
            }
        }
        ++it;
    }
}

Filtered countedValues(const QJsonObject &application, const ProvenanceMap &map)
{
    Filtered filtered;
    filtered.application = application;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (counts(it.value()) || it.key().endsWith(QLatin1String(".currency")))
            continue;
        const QJsonValue value = JsonPath::get(application, it.key());
        if (value.isUndefined() || value.isNull() || value.isArray() || value.isObject())
            continue;
        if (JsonPath::set(filtered.application, it.key(), QJsonValue(QJsonValue::Null)))
            filtered.unconfirmed.append(it.key());
    }
    return filtered;
}

} // namespace cd::ProvenanceRules
