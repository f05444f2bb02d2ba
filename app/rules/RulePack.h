// A subsidy program as data: its rates, caps, dates and criteria, each with a citation and a
// confidence. Loaded and validated by RulePackLoader; the checker and the calculator read it.
// The JSON format is documented in resources/schemas/rulepack.schema.json and README.md.
#pragma once

#include "domain/Application.h"
#include "domain/Money.h"

#include <QDate>
#include <QJsonValue>
#include <QLocale>
#include <QMap>
#include <QStringList>
#include <QVersionNumber>

#include <optional>

namespace cd {

enum class Confidence
{
    High,
    Medium,
    Low
};
QString confidenceName(Confidence confidence); // "high", "medium", "low"
std::optional<Confidence> confidenceFromName(const QString &name);

enum class CapScope
{
    Year,
    Contract,
    Application,
    Lifetime
};

// Text in several languages; falls back to English, then to any language present.
struct LocalizedText
{
    QMap<QString, QString> byLanguage; // "zh_CN", "en", "de"
    QString text(const QLocale &locale) const;
};

struct Source
{
    QString id;
    QString title;
    QString url;
};

struct Citation
{
    QString sourceId;
    QString text; // the clause, quoted or summarised
    QString toString() const;
};

// One number or setting of the program with where it comes from and how sure we are.
struct Parameter
{
    QString name;
    QJsonValue value;
    Citation citation;
    Confidence confidence = Confidence::High;
    std::optional<QDate> validFrom;
    std::optional<QDate> validTo;
    QString note;
};

struct RequiredDocument
{
    QString id;
    LocalizedText name;
    Citation citation;
};

struct DateWindow
{
    QDate from;
    QDate to;
};

struct RulePack
{
    static constexpr const char *kSchema = "coupondesk.rulepack/1";

    QString id;
    QVersionNumber version;
    QString versionText;
    LocalizedText name;
    LocalizedText authority;
    QString currency = QStringLiteral("CNY");
    QMap<QString, Source> sources;
    QMap<QString, Parameter> parameters;
    QList<RequiredDocument> requiredDocuments;
    QString origin; // file or resource it was loaded from

    const Parameter *parameter(const QString &name) const;
    bool has(const QString &name) const { return parameter(name) != nullptr; }

    // Typed accessors; the loader has already checked the types, so these never fail on a
    // loaded pack. A parameter that is absent gives std::nullopt: the rule it drives is off.
    std::optional<Rate> rate(const QString &name) const;
    std::optional<Money> money(const QString &name) const;
    std::optional<QDate> date(const QString &name) const;
    std::optional<int> integer(const QString &name) const;
    std::optional<bool> flag(const QString &name) const;
    QStringList list(const QString &name) const;
    QString text(const QString &name) const;

    RoundingMode rounding() const;
    CapScope capScope() const;
    QList<DateWindow> applicationWindows() const;
};

} // namespace cd
