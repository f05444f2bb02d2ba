// The sample contracts of ../shared/samples/contracts and their truth.json, for the contract
// tests.
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace cd::test {

inline QString contractPath(const QString &name)
{
    return QStringLiteral(COUPONDESK_SAMPLES_DIR "/contracts/") + name;
}

inline QJsonArray contractTruth()
{
    QFile file(contractPath(QStringLiteral("truth.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

// Whitespace differs between extractors (line wraps inside long amounts): compare without it.
inline QString withoutSpaces(QString text)
{
    text.remove(QLatin1Char(' '));
    text.remove(QLatin1Char('\n'));
    text.remove(QChar(0x3000));
    return text;
}

} // namespace cd::test
