// The fixed layout of an application package (INTERFACES.md) and the entry-name rules that both
// the writer and the verifier apply, so a name the writer accepts is one the verifier accepts.
#pragma once

#include <QString>
#include <QStringList>

namespace cd::PackageLayout {

inline QString applicationPdf()
{
    return QStringLiteral("application.pdf");
}
inline QString dataJson()
{
    return QStringLiteral("data.json");
}
inline QString chartPng()
{
    return QStringLiteral("charts/costs.png");
}
inline QString chartSvg()
{
    return QStringLiteral("charts/costs.svg");
}
inline QString contractsFolder()
{
    return QStringLiteral("contracts/");
}
inline QString manifestSha256()
{
    return QStringLiteral("MANIFEST.sha256");
}
inline QString manifestJson()
{
    return QStringLiteral("manifest.json");
}
// Entries every package has besides the contracts.
QStringList requiredEntries();

// True when `name` is a relative path without "..", ".", empty segments, backslashes, drive
// letters or control characters. `why` gets the reason when it is not.
bool isSafeEntryName(const QString &name, QString *why = nullptr);
// The `why` of isSafeEntryName for a name with a control character (translated).
QString controlCharacterReason();
// A file name (one segment) derived from a user's file name: control characters, separators
// and characters that trouble other systems become "_", leading dots are dropped.
QString sanitizeFileName(const QString &fileName);

} // namespace cd::PackageLayout
