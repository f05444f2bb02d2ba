// Typed, path-aware reading of JSON objects. Each getter records a problem (with the JSON path
// of the offending value) instead of failing, so a caller can report every problem at once
// (rule packs) or only the first one (application files).
#pragma once

#include "core/Error.h"
#include "domain/Money.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace cd {

class JsonFields
{
public:
    // path: where `object` sits in the document, e.g. "contracts[0]"; empty for the root.
    JsonFields(QJsonObject object, QString path, QList<Error> *problems);

    QString pathOf(const QString &key) const;
    bool has(const QString &key) const; // present and not null
    const QJsonObject &object() const { return m_object; }

    // A required key that is absent or null records MissingField. An optional key that is absent
    // or null gives std::nullopt without a problem. A value of the wrong type is always a problem.
    std::optional<QString> string(const QString &key, bool required = false);
    std::optional<bool> boolean(const QString &key, bool required = false);
    std::optional<qint64> integer(const QString &key, bool required = false, qint64 min = 0,
                                  qint64 max = 1'000'000'000);
    std::optional<double> number(const QString &key, bool required = false);
    std::optional<QDate> date(const QString &key, bool required = false);
    // Amounts are decimal strings; JSON numbers are refused because they lose fen.
    std::optional<Money> money(const QString &key, bool required = false,
                               bool allowNegative = false,
                               const QString &currency = QStringLiteral("CNY"));
    std::optional<Rate> rate(const QString &key, bool required = false);
    std::optional<QJsonObject> childObject(const QString &key, bool required = false);
    std::optional<QJsonArray> array(const QString &key, bool required = false);
    std::optional<QStringList> stringList(const QString &key, bool required = false);
    // The value must be one of `allowed`.
    std::optional<QString> oneOf(const QString &key, const QStringList &allowed,
                                 bool required = false);
    // Records SchemaViolation for every key not in `known`.
    void rejectUnknownKeys(const QStringList &known);

    void addProblem(ErrorCode code, const QString &key, const QString &message);

private:
    bool checkPresent(const QString &key, bool required);
    void wrongType(const QString &key, const QString &expected);

    QJsonObject m_object;
    QString m_path;
    QList<Error> *m_problems;
};

} // namespace cd
