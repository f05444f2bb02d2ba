#include "RecentFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStringList>

#include <optional>

namespace cd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecentFiles)
};

const QString kKey = QStringLiteral("recent/files");

// Stored as "kind:path"; the kind names stay stable across versions and languages.
QString kindName(RecentFile::Kind kind)
{
    switch (kind) {
    case RecentFile::Kind::ApplicationFile:
        return QStringLiteral("application");
    case RecentFile::Kind::BatchSpreadsheet:
        return QStringLiteral("spreadsheet");
    case RecentFile::Kind::PackageFolder:
        return QStringLiteral("packages");
    }
    return {};
}

std::optional<RecentFile> decode(const QString &stored)
{
    const qsizetype colon = stored.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon + 1 >= stored.size())
        return std::nullopt;
    const QString name = stored.left(colon);
    for (const auto kind : {RecentFile::Kind::ApplicationFile, RecentFile::Kind::BatchSpreadsheet,
                            RecentFile::Kind::PackageFolder}) {
        if (kindName(kind) == name)
            return RecentFile{kind, stored.mid(colon + 1)};
    }
    return std::nullopt;
}

void store(const QList<RecentFile> &files)
{
    QStringList encoded;
    for (const RecentFile &file : files)
        encoded << kindName(file.kind) + QLatin1Char(':') + file.path;
    QSettings().setValue(kKey, encoded);
}

} // namespace

bool RecentFile::exists() const
{
    const QFileInfo info(path);
    return kind == Kind::PackageFolder ? info.isDir() : info.isFile();
}

namespace RecentFiles {

QList<RecentFile> list()
{
    QList<RecentFile> files;
    for (const QString &stored : QSettings().value(kKey).toStringList()) {
        if (const auto file = decode(stored))
            files << *file;
    }
    return files;
}

void add(RecentFile::Kind kind, const QString &path)
{
    if (path.isEmpty())
        return;
    const RecentFile added{kind, QDir::cleanPath(QFileInfo(path).absoluteFilePath())};
    QList<RecentFile> files = list();
    files.removeAll(added);
    files.prepend(added);
    store(files.mid(0, kMaxEntries));
}

void remove(const RecentFile &file)
{
    QList<RecentFile> files = list();
    files.removeAll(file);
    store(files);
}

void clear()
{
    QSettings().remove(kKey);
}

QString kindLabel(RecentFile::Kind kind)
{
    switch (kind) {
    case RecentFile::Kind::ApplicationFile:
        return Tr::tr("Application file");
    case RecentFile::Kind::BatchSpreadsheet:
        return Tr::tr("Batch spreadsheet");
    case RecentFile::Kind::PackageFolder:
        return Tr::tr("Packages to review");
    }
    return {};
}

} // namespace RecentFiles
} // namespace cd
