// Files CouponDesk writes hold applicants' names, credit codes, amounts and contracts: they are
// readable by their owner only (mode 0600, folders 0700), whatever the umask says.
#pragma once

#include <QFileDevice>
#include <QString>

namespace cd::PrivateFiles {

constexpr QFileDevice::Permissions kFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// For an open QSaveFile / QTemporaryFile / QFile: owner read and write only. On a QSaveFile this
// applies to the temporary file, so the final file never exists with wider permissions.
bool restrict(QFileDevice &file);

// Creates `path` (and missing parents) like QDir::mkpath; a folder it creates itself gets mode
// 0700. An existing folder is left as it is: the user may have shared it on purpose.
bool makeFolder(const QString &path);

} // namespace cd::PrivateFiles
