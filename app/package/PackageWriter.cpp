#include "PackageWriter.h"

#include "core/PrivateFiles.h"
#include "package/PackageLayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryFile>

#include <zip.h>

#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::PackageWriter)
};

Error zipError(zip_error_t *error)
{
    return makeError(ErrorCode::Internal,
                     Tr::tr("Could not build the ZIP: %1")
                         .arg(QString::fromLocal8Bit(zip_error_strerror(error))));
}

// DOS date/time fields: ZIP stores local time without a zone, so giving the fields directly
// (rather than a time_t) keeps the bytes independent of the machine's time zone.
void dosDateTime(QDate date, zip_uint16_t *dosDate, zip_uint16_t *dosTime)
{
    if (!date.isValid() || date.year() < 1980 || date.year() > 2107)
        date = QDate(2000, 1, 1);
    *dosDate =
        static_cast<zip_uint16_t>(((date.year() - 1980) << 9) | (date.month() << 5) | date.day());
    *dosTime = 0;
}

Result<QByteArray> readSource(zip_source_t *source)
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_open(source) < 0)
        return zipError(zip_source_error(source));
    if (zip_source_stat(source, &stat) < 0 || !(stat.valid & ZIP_STAT_SIZE)) {
        zip_source_close(source);
        return zipError(zip_source_error(source));
    }
    QByteArray bytes(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(source, bytes.data(), stat.size);
    zip_source_close(source);
    if (read != static_cast<zip_int64_t>(stat.size))
        return zipError(zip_source_error(source));
    return bytes;
}
} // namespace

Result<QByteArray> PackageWriter::toZip(const QList<PackageEntry> &entries,
                                        const PackageWriteOptions &options)
{
    QSet<QString> names;
    for (const PackageEntry &entry : entries) {
        QString why;
        if (!PackageLayout::isSafeEntryName(entry.name, &why))
            return makeError(ErrorCode::UnsafeArchiveEntry,
                             Tr::tr("Refusing the entry name \"%1\": %2").arg(entry.name, why));
        if (names.contains(entry.name))
            return makeError(ErrorCode::UnsafeArchiveEntry,
                             Tr::tr("The entry \"%1\" appears twice.").arg(entry.name));
        names.insert(entry.name);
    }

    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) {
        Error e = zipError(&error);
        zip_error_fini(&error);
        return e;
    }
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer);
        Error e = zipError(&error);
        zip_error_fini(&error);
        return e;
    }
    zip_error_fini(&error);
    // Keep the buffer after zip_close() so the finished archive can be read back.
    zip_source_keep(buffer);

    zip_uint16_t dosDate = 0;
    zip_uint16_t dosTime = 0;
    dosDateTime(options.timestamp, &dosDate, &dosTime);
    const QByteArray password = options.password.toUtf8();

    auto fail = [&](const Error &e) {
        zip_discard(archive);
        zip_source_free(buffer);
        return e;
    };
    for (const PackageEntry &entry : entries) {
        // zip_source_buffer does not copy: `entries` outlives zip_close() below.
        zip_source_t *source = zip_source_buffer(archive, entry.data.constData(),
                                                 static_cast<zip_uint64_t>(entry.data.size()), 0);
        if (!source)
            return fail(zipError(zip_get_error(archive)));
        const QByteArray name = entry.name.toUtf8();
        const zip_int64_t index =
            zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(source);
            return fail(zipError(zip_get_error(archive)));
        }
        const auto i = static_cast<zip_uint64_t>(index);
        if (zip_set_file_compression(archive, i, entry.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE,
                                     entry.compress ? 6 : 0) < 0 ||
            zip_file_set_dostime(archive, i, dosTime, dosDate, 0) < 0)
            return fail(zipError(zip_get_error(archive)));
        if (!password.isEmpty() &&
            zip_file_set_encryption(archive, i, ZIP_EM_AES_256, password.constData()) < 0)
            return fail(zipError(zip_get_error(archive)));
    }
    if (zip_close(archive) < 0)
        return fail(zipError(zip_get_error(archive)));
    Result<QByteArray> bytes = readSource(buffer);
    zip_source_free(buffer);
    return bytes;
}

Status PackageWriter::writeFile(const QString &path, const QByteArray &zip,
                                const PackageWriteOptions &options)
{
    const QFileInfo target(path);
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        return makeError(ErrorCode::FileNotFound,
                         Tr::tr("The folder \"%1\" does not exist.").arg(folder.path()), path);
    if (target.isDir())
        return makeError(ErrorCode::AlreadyExists, Tr::tr("\"%1\" is a folder.").arg(path), path);
    if (target.exists() && !options.force)
        return makeError(ErrorCode::AlreadyExists,
                         Tr::tr("\"%1\" exists already; use --force to replace it.").arg(path),
                         path);

    // Same folder as the target, so the final rename never crosses file systems.
    QTemporaryFile temporary(folder.filePath(QStringLiteral(".coupondesk-package-XXXXXX.part")));
    if (!temporary.open())
        return makeError(
            ErrorCode::FileUnreadable,
            Tr::tr("Cannot write in \"%1\": %2").arg(folder.path(), temporary.errorString()), path);
    // Applicants' data and contracts: for the owner only, like the drafts database.
    PrivateFiles::restrict(temporary);
    if (temporary.write(zip) != zip.size() || !temporary.flush() ||
        ::fsync(temporary.handle()) != 0)
        return makeError(ErrorCode::FileUnreadable,
                         Tr::tr("Cannot write \"%1\": %2").arg(path, temporary.errorString()),
                         path);
    const QByteArray from = QFile::encodeName(temporary.fileName());
    const QByteArray to = QFile::encodeName(target.absoluteFilePath());
    if (!options.force) {
        // link() fails if the target appeared meanwhile: no check-then-write race.
        if (::link(from.constData(), to.constData()) == 0)
            return success(); // the temporary name is removed by QTemporaryFile
        if (errno == EEXIST)
            return makeError(ErrorCode::AlreadyExists,
                             Tr::tr("\"%1\" exists already; use --force to replace it.").arg(path),
                             path);
        // File systems without hard links: fall back to rename after the check above.
    }
    if (std::rename(from.constData(), to.constData()) != 0)
        return makeError(ErrorCode::FileUnreadable,
                         Tr::tr("Cannot move the package to \"%1\".").arg(path), path);
    temporary.setAutoRemove(false);
    return success();
}

} // namespace cd
