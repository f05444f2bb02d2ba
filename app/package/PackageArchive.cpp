#include "PackageArchive.h"

#include "package/PackageLayout.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <zip.h>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::PackageArchive)
};

QString libzipMessage(zip_error_t *error)
{
    return QString::fromLocal8Bit(zip_error_strerror(error));
}
} // namespace

PackageArchive::~PackageArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

Result<std::unique_ptr<PackageArchive>>
PackageArchive::open(const QString &path, const QString &password, const ArchiveLimits &limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::FileNotFound, Tr::tr("The file does not exist."), path);
    if (!info.isFile())
        return makeError(ErrorCode::FileUnreadable, Tr::tr("This is not a file."), path);
    if (info.size() == 0)
        return makeError(ErrorCode::InvalidPackage, Tr::tr("The file is empty."), path);
    if (info.size() > limits.maxFileBytes)
        return makeError(
            ErrorCode::ArchiveTooLarge,
            Tr::tr("The file is larger than %1 MB.").arg(limits.maxFileBytes / (1024 * 1024)),
            path);
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::FileUnreadable, file.errorString(), path);
        const QByteArray magic = file.read(4);
        if (magic != QByteArray("PK\x03\x04", 4) && magic != QByteArray("PK\x05\x06", 4))
            return makeError(ErrorCode::InvalidPackage, Tr::tr("This is not a ZIP file."), path);
    }

    int code = 0;
    const QByteArray encoded = QFile::encodeName(path);
    zip_t *zip = zip_open(encoded.constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString message = libzipMessage(&error);
        zip_error_fini(&error);
        if (code == ZIP_ER_EXISTS) // libzip's consistency check found two entries of one name
            return makeError(ErrorCode::UnsafeArchiveEntry,
                             Tr::tr("Two entries of the package have the same name."), path);
        return makeError(ErrorCode::InvalidPackage,
                         Tr::tr("This is not a readable ZIP file (%1).").arg(message), path);
    }
    std::unique_ptr<PackageArchive> archive(new PackageArchive);
    archive->m_zip = zip;
    archive->m_limits = limits;
    archive->m_password = password.toUtf8();

    const zip_int64_t count = zip_get_num_entries(zip, 0);
    if (count == 0)
        return makeError(ErrorCode::InvalidPackage, Tr::tr("The ZIP file has no entries."), path);
    if (count < 0 || count > limits.maxEntries)
        return makeError(ErrorCode::ArchiveTooLarge,
                         Tr::tr("The package has %1 entries; at most %2 are allowed.")
                             .arg(count)
                             .arg(limits.maxEntries),
                         path);
    QSet<QString> names;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(zip, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS, &stat) < 0 ||
            !(stat.valid & ZIP_STAT_NAME) || !(stat.valid & ZIP_STAT_SIZE) ||
            !(stat.valid & ZIP_STAT_COMP_SIZE))
            return makeError(ErrorCode::InvalidPackage,
                             Tr::tr("Entry %1 of the ZIP directory is unreadable.").arg(i), path);
        ArchiveEntry entry;
        entry.index = static_cast<quint64>(i);
        entry.name = QString::fromUtf8(stat.name);
        entry.size = static_cast<qint64>(qMin<zip_uint64_t>(stat.size, 1ULL << 62));
        entry.compressedSize = static_cast<qint64>(qMin<zip_uint64_t>(stat.comp_size, 1ULL << 62));
        entry.encrypted =
            (stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE;
        entry.folder = entry.name.endsWith(QLatin1Char('/'));

        QString why;
        // libzip reads a name without the UTF-8 flag as CP437, which turns control bytes into
        // arrows and smileys: look at the raw bytes too.
        const char *raw = zip_get_name(zip, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
        for (const char *c = raw; c && *c; ++c) {
            if (static_cast<unsigned char>(*c) < 0x20 || *c == 0x7f) {
                why = PackageLayout::controlCharacterReason();
                break;
            }
        }
        if (!why.isEmpty() || !PackageLayout::isSafeEntryName(entry.name, &why))
            return makeError(ErrorCode::UnsafeArchiveEntry,
                             Tr::tr("Unsafe entry \"%1\": %2").arg(entry.name, why), path);
        if (names.contains(entry.name))
            return makeError(ErrorCode::UnsafeArchiveEntry,
                             Tr::tr("The entry \"%1\" appears more than once.").arg(entry.name),
                             path);
        names.insert(entry.name);
        if (entry.folder && entry.size != 0)
            return makeError(ErrorCode::InvalidPackage,
                             Tr::tr("The folder entry \"%1\" has data.").arg(entry.name), path);
        if (entry.size > limits.maxEntryBytes)
            return makeError(ErrorCode::ArchiveTooLarge,
                             Tr::tr("The entry \"%1\" would unpack to %2 MB; at most %3 MB are "
                                    "allowed.")
                                 .arg(entry.name)
                                 .arg(entry.size / (1024 * 1024))
                                 .arg(limits.maxEntryBytes / (1024 * 1024)),
                             path);
        if (entry.size > limits.ratioFloorBytes &&
            entry.size / qMax<qint64>(entry.compressedSize, 1) > limits.maxRatio)
            return makeError(ErrorCode::ArchiveTooLarge,
                             Tr::tr("The entry \"%1\" is compressed more than %2:1 (a ZIP bomb?).")
                                 .arg(entry.name)
                                 .arg(limits.maxRatio),
                             path);
        total += entry.size;
        if (total > limits.maxTotalBytes)
            return makeError(ErrorCode::ArchiveTooLarge,
                             Tr::tr("The package would unpack to more than %1 MB.")
                                 .arg(limits.maxTotalBytes / (1024 * 1024)),
                             path);
        archive->m_encrypted = archive->m_encrypted || entry.encrypted;
        archive->m_entries.append(entry);
    }

    if (archive->m_encrypted) {
        if (archive->m_password.isEmpty())
            return makeError(ErrorCode::PasswordRequired,
                             Tr::tr("The package is encrypted; give its password."), path);
        // AES entries carry a password check value: opening one tells a wrong password at once.
        for (const ArchiveEntry &entry : std::as_const(archive->m_entries)) {
            if (!entry.encrypted)
                continue;
            zip_file_t *file =
                zip_fopen_index_encrypted(zip, entry.index, 0, archive->m_password.constData());
            if (!file) {
                const int error = zip_error_code_zip(zip_get_error(zip));
                if (error == ZIP_ER_WRONGPASSWD || error == ZIP_ER_NOPASSWD)
                    return makeError(ErrorCode::WrongPassword,
                                     Tr::tr("The password does not open the package."), path);
                return makeError(ErrorCode::InvalidPackage,
                                 Tr::tr("Cannot open \"%1\": %2")
                                     .arg(entry.name, libzipMessage(zip_get_error(zip))),
                                 path);
            }
            zip_fclose(file);
            break;
        }
    }
    return archive;
}

Result<QByteArray> PackageArchive::read(const ArchiveEntry &entry) const
{
    if (entry.folder)
        return QByteArray();
    zip_file_t *file =
        entry.encrypted ? zip_fopen_index_encrypted(m_zip, entry.index, 0, m_password.constData())
                        : zip_fopen_index(m_zip, entry.index, 0);
    if (!file) {
        const int error = zip_error_code_zip(zip_get_error(m_zip));
        if (error == ZIP_ER_WRONGPASSWD || error == ZIP_ER_NOPASSWD)
            return makeError(ErrorCode::WrongPassword,
                             Tr::tr("The password does not open the package."), entry.name);
        return makeError(
            ErrorCode::InvalidPackage,
            Tr::tr("Cannot open the entry: %1").arg(libzipMessage(zip_get_error(m_zip))),
            entry.name);
    }
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(qMin<qint64>(entry.size, 64 * 1024 * 1024)));
    char chunk[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file, chunk, sizeof chunk);
        if (n < 0) {
            const QString message = libzipMessage(zip_file_get_error(file));
            zip_fclose(file);
            return makeError(ErrorCode::InvalidPackage,
                             Tr::tr("The entry is damaged or was altered (%1).").arg(message),
                             entry.name);
        }
        if (n == 0)
            break;
        // Never trust the directory alone: stop as soon as the data outgrows what it declared.
        if (bytes.size() + n > entry.size || bytes.size() + n > m_limits.maxEntryBytes) {
            zip_fclose(file);
            return makeError(
                ErrorCode::ArchiveTooLarge,
                Tr::tr("The entry unpacks to more than its declared %1 bytes.").arg(entry.size),
                entry.name);
        }
        bytes.append(chunk, static_cast<qsizetype>(n));
    }
    if (zip_fclose(file) != 0)
        return makeError(ErrorCode::InvalidPackage,
                         Tr::tr("The entry is damaged or was altered (checksum error)."),
                         entry.name);
    if (bytes.size() != entry.size)
        return makeError(ErrorCode::InvalidPackage,
                         Tr::tr("The entry is %1 bytes long, but the ZIP directory says %2.")
                             .arg(bytes.size())
                             .arg(entry.size),
                         entry.name);
    return bytes;
}

} // namespace cd
