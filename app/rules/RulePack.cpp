#include "RulePack.h"

#include "domain/Dates.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cd {

QString confidenceName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::High:
        return QStringLiteral("high");
    case Confidence::Medium:
        return QStringLiteral("medium");
    case Confidence::Low:
        return QStringLiteral("low");
    }
    return QStringLiteral("low");
}

std::optional<Confidence> confidenceFromName(const QString &name)
{
    if (name == QLatin1String("high"))
        return Confidence::High;
    if (name == QLatin1String("medium"))
        return Confidence::Medium;
    if (name == QLatin1String("low"))
        return Confidence::Low;
    return std::nullopt;
}

QString LocalizedText::text(const QLocale &locale) const
{
    const QString full = locale.name(); // "zh_CN"
    if (byLanguage.contains(full))
        return byLanguage.value(full);
    const QString language = full.section(QLatin1Char('_'), 0, 0);
    for (auto it = byLanguage.constBegin(); it != byLanguage.constEnd(); ++it) {
        if (it.key().section(QLatin1Char('_'), 0, 0) == language)
            return it.value();
    }
    if (byLanguage.contains(QStringLiteral("en")))
        return byLanguage.value(QStringLiteral("en"));
    return byLanguage.isEmpty() ? QString() : byLanguage.first();
}

QString Citation::toString() const
{
    if (text.isEmpty())
        return sourceId;
    return sourceId + QStringLiteral(": ") + text;
}

const Parameter *RulePack::parameter(const QString &name) const
{
    const auto it = parameters.constFind(name);
    if (it == parameters.constEnd() || it->value.isNull())
        return nullptr;
    return &*it;
}

std::optional<Rate> RulePack::rate(const QString &name) const
{
    const Parameter *p = parameter(name);
    if (!p)
        return std::nullopt;
    auto parsed = Rate::parse(p->value.toString());
    return parsed ? std::optional<Rate>(parsed.value()) : std::nullopt;
}

std::optional<Money> RulePack::money(const QString &name) const
{
    const Parameter *p = parameter(name);
    if (!p)
        return std::nullopt;
    auto parsed = Money::parse(p->value.toString(), currency);
    return parsed ? std::optional<Money>(parsed.value()) : std::nullopt;
}

std::optional<QDate> RulePack::date(const QString &name) const
{
    const Parameter *p = parameter(name);
    return p ? parseIsoDate(p->value.toString()) : std::nullopt;
}

std::optional<int> RulePack::integer(const QString &name) const
{
    const Parameter *p = parameter(name);
    return p ? std::optional<int>(p->value.toInt()) : std::nullopt;
}

std::optional<bool> RulePack::flag(const QString &name) const
{
    const Parameter *p = parameter(name);
    return p ? std::optional<bool>(p->value.toBool()) : std::nullopt;
}

QStringList RulePack::list(const QString &name) const
{
    const Parameter *p = parameter(name);
    QStringList values;
    if (!p)
        return values;
    for (const QJsonValue &v : p->value.toArray())
        values.append(v.toString());
    return values;
}

QString RulePack::text(const QString &name) const
{
    const Parameter *p = parameter(name);
    return p ? p->value.toString() : QString();
}

RoundingMode RulePack::rounding() const
{
    const QString mode = text(QStringLiteral("rounding"));
    if (mode == QLatin1String("half_up_fen"))
        return RoundingMode::HalfUpFen;
    if (mode == QLatin1String("truncate_yuan"))
        return RoundingMode::TruncateYuan;
    return RoundingMode::TruncateFen;
}

CapScope RulePack::capScope() const
{
    const QString scope = text(QStringLiteral("cap_scope"));
    if (scope == QLatin1String("contract"))
        return CapScope::Contract;
    if (scope == QLatin1String("application"))
        return CapScope::Application;
    if (scope == QLatin1String("lifetime"))
        return CapScope::Lifetime;
    return CapScope::Year;
}

QList<DateWindow> RulePack::applicationWindows() const
{
    QList<DateWindow> windows;
    const Parameter *p = parameter(QStringLiteral("application_windows"));
    if (!p)
        return windows;
    for (const QJsonValue &v : p->value.toArray()) {
        const auto from = parseIsoDate(v.toObject().value(QStringLiteral("from")).toString());
        const auto to = parseIsoDate(v.toObject().value(QStringLiteral("to")).toString());
        if (from && to)
            windows.append({*from, *to});
    }
    return windows;
}

} // namespace cd
