// Rule-pack test data shared by the storage and GUI tests: a newer version of an installed pack,
// to check what a draft shows when the rules it was estimated with have been replaced.
#pragma once

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace cd::test {

// Writes `dir`/shenzhen-training-2024.json: the installed pack as version 2099.1 whose standard
// rate is 0.40 instead of 0.50 (nothing else changes). False when it cannot be written.
inline bool writeNewerShenzhenPack(const QString &dir)
{
    QFile source(
        QStringLiteral(COUPONDESK_SOURCE_DIR "/resources/programs/shenzhen-training-2024.json"));
    if (!source.open(QIODevice::ReadOnly))
        return false;
    QJsonObject pack = QJsonDocument::fromJson(source.readAll()).object();
    pack.insert(QStringLiteral("version"), QStringLiteral("2099.1"));
    QJsonObject parameters = pack.value(QStringLiteral("parameters")).toObject();
    QJsonObject rate = parameters.value(QStringLiteral("standard_rate")).toObject();
    if (rate.isEmpty())
        return false;
    rate.insert(QStringLiteral("value"), QStringLiteral("0.40"));
    parameters.insert(QStringLiteral("standard_rate"), rate);
    pack.insert(QStringLiteral("parameters"), parameters);
    if (!QDir().mkpath(dir))
        return false;
    QFile newer(QDir(dir).filePath(QStringLiteral("shenzhen-training-2024.json")));
    return newer.open(QIODevice::WriteOnly) && newer.write(QJsonDocument(pack).toJson()) > 0;
}

} // namespace cd::test
