#include "PackageLayout.h"

#include <QCoreApplication>

namespace cd::PackageLayout {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::PackageLayout)
};

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f ||
           (c.unicode() >= 0x80 && c.unicode() < 0xa0) || c.category() == QChar::Other_Format;
}
} // namespace

QStringList requiredEntries()
{
    return {applicationPdf(), dataJson(), chartPng(), chartSvg(), manifestSha256(), manifestJson()};
}

QString controlCharacterReason()
{
    return Tr::tr("control character in the name");
}

bool isSafeEntryName(const QString &name, QString *why)
{
    auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (name.isEmpty())
        return refuse(Tr::tr("the entry has no name"));
    if (name.size() > 255)
        return refuse(Tr::tr("the entry name is too long"));
    if (name.startsWith(QLatin1Char('/')))
        return refuse(Tr::tr("absolute path"));
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':'))
        return refuse(Tr::tr("path with a drive letter"));
    if (name.contains(QLatin1Char('\\')))
        return refuse(Tr::tr("backslash in the path"));
    for (QChar c : name) {
        if (isControl(c))
            return refuse(controlCharacterReason());
    }
    const QStringList segments = name.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        if (segment == QLatin1String(".."))
            return refuse(Tr::tr("the path leaves the package (\"..\")"));
        if (segment == QLatin1String("."))
            return refuse(Tr::tr("\".\" in the path"));
        // A trailing "/" marks a folder entry; empty segments elsewhere are not allowed.
        if (segment.isEmpty() && i != segments.size() - 1)
            return refuse(Tr::tr("empty path segment"));
    }
    return true;
}

QString sanitizeFileName(const QString &fileName)
{
    QString out;
    out.reserve(fileName.size());
    for (QChar c : fileName) {
        if (isControl(c) || c == QLatin1Char('/') || c == QLatin1Char('\\') ||
            c == QLatin1Char(':') || c == QLatin1Char('*') || c == QLatin1Char('?') ||
            c == QLatin1Char('"') || c == QLatin1Char('<') || c == QLatin1Char('>') ||
            c == QLatin1Char('|'))
            out += QLatin1Char('_');
        else
            out += c;
    }
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    out = out.trimmed();
    if (out.size() > 120)
        out = out.right(120);
    if (out.isEmpty())
        out = QStringLiteral("contract.pdf");
    return out;
}

} // namespace cd::PackageLayout
