// The files and folders opened last (application files, batch spreadsheets, folders of packages
// under review), newest first, so that the start page and File → Open recent can offer them
// again. Kept in the user's settings (QSettings, key recent/files); at most kMaxEntries.
#pragma once

#include <QList>
#include <QString>

namespace cd {

struct RecentFile
{
    enum class Kind
    {
        ApplicationFile,
        BatchSpreadsheet,
        PackageFolder
    };
    Kind kind = Kind::ApplicationFile;
    QString path; // absolute

    bool exists() const;
    bool operator==(const RecentFile &other) const = default;
};

namespace RecentFiles {

constexpr int kMaxEntries = 10;

// Newest first; entries of unknown kinds (a newer version wrote them) are skipped.
QList<RecentFile> list();
// Puts `path` first (moving it up when it is already listed) and forgets the oldest beyond
// kMaxEntries. A relative path is made absolute against the current folder.
void add(RecentFile::Kind kind, const QString &path);
void remove(const RecentFile &file);
void clear();

// "Application file", "Batch spreadsheet", "Packages to review" (translated).
QString kindLabel(RecentFile::Kind kind);

} // namespace RecentFiles
} // namespace cd
