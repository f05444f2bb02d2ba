// Reads a package ZIP defensively: the file type, entry names, duplicates, entry count, sizes
// and compression ratios are checked from the central directory before anything is inflated,
// and the sizes are enforced again while reading, so a lying directory cannot exhaust memory.
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

typedef struct zip zip_t;

namespace cd {

struct ArchiveLimits
{
    qint64 maxFileBytes = 512LL * 1024 * 1024;
    int maxEntries = 1000;
    qint64 maxEntryBytes = 256LL * 1024 * 1024;
    qint64 maxTotalBytes = 512LL * 1024 * 1024;
    // Uncompressed / compressed; only checked for entries above ratioFloorBytes, because tiny
    // files of repeated bytes compress well and are harmless.
    qint64 maxRatio = 100;
    qint64 ratioFloorBytes = 1024 * 1024;
};

struct ArchiveEntry
{
    QString name;
    qint64 size = 0;
    qint64 compressedSize = 0;
    bool encrypted = false;
    bool folder = false; // a "name/" entry without data
    quint64 index = 0;
};

class PackageArchive
{
public:
    ~PackageArchive();
    PackageArchive(const PackageArchive &) = delete;
    PackageArchive &operator=(const PackageArchive &) = delete;

    // Errors: FileNotFound, InvalidPackage (not a ZIP, empty, damaged), UnsafeArchiveEntry
    // (zip-slip, absolute path, control characters, duplicates), ArchiveTooLarge,
    // PasswordRequired, WrongPassword.
    static Result<std::unique_ptr<PackageArchive>>
    open(const QString &path, const QString &password = {}, const ArchiveLimits &limits = {});

    const QList<ArchiveEntry> &entries() const { return m_entries; }
    bool encrypted() const { return m_encrypted; }
    // Reads one entry, never more than its declared size; a CRC or size mismatch is an error
    // (InvalidPackage).
    Result<QByteArray> read(const ArchiveEntry &entry) const;

private:
    PackageArchive() = default;

    zip_t *m_zip = nullptr;
    QList<ArchiveEntry> m_entries;
    bool m_encrypted = false;
    QByteArray m_password;
    ArchiveLimits m_limits;
};

} // namespace cd
