// Writes a package ZIP with libzip: entries in the order given, one fixed timestamp, optional
// AES-256 encryption, and an all-or-nothing file write (temporary file in the target folder,
// then rename), so a crash never leaves half a package behind.
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace cd {

struct PackageEntry
{
    QString name;
    QByteArray data;
    bool compress = true; // false for data that is already compressed (PDF, PNG)
};

struct PackageWriteOptions
{
    QString password;   // empty: not encrypted
    bool force = false; // replace an existing file
    QDate timestamp;    // every entry's modification date (00:00); invalid: 2000-01-01
};

class PackageWriter
{
public:
    // The ZIP in memory. Refuses unsafe or duplicate entry names (UnsafeArchiveEntry).
    static Result<QByteArray> toZip(const QList<PackageEntry> &entries,
                                    const PackageWriteOptions &options);
    // Writes `zip` to `path` atomically; AlreadyExists unless options.force.
    static Status writeFile(const QString &path, const QByteArray &zip,
                            const PackageWriteOptions &options);
};

} // namespace cd
