#include "PrivateFiles.h"

#include <QDir>
#include <QFileInfo>

namespace cd::PrivateFiles {

bool restrict(QFileDevice &file)
{
    return file.setPermissions(kFile);
}

bool makeFolder(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return true;
    // The first missing ancestor and everything below it are ours.
    QString first = absolute;
    while (!QFileInfo::exists(QFileInfo(first).absolutePath()) &&
           QFileInfo(first).absolutePath() != first)
        first = QFileInfo(first).absolutePath();
    if (!QDir().mkpath(absolute))
        return false;
    for (QString folder = absolute;; folder = QFileInfo(folder).absolutePath()) {
        QFile::setPermissions(folder, kFolder);
        if (folder == first || QFileInfo(folder).absolutePath() == folder)
            break;
    }
    return true;
}

} // namespace cd::PrivateFiles
