#include "PdfInput.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace cd {

namespace {
struct Tr
{
    // The messages were PdfTextReader's before these checks moved here: they keep its context.
    Q_DECLARE_TR_FUNCTIONS(cd::PdfTextReader)
};

Error tooLarge(qint64 size)
{
    return makeError(ErrorCode::FileTooLarge,
                     Tr::tr("The file is %1 MB; contracts larger than %2 MB are not analysed.")
                         .arg(size / (1024 * 1024))
                         .arg(PdfInput::kMaxFileBytes / (1024 * 1024)));
}

Status checkHeader(const QByteArray &head)
{
    if (head.isEmpty())
        return makeError(ErrorCode::NotAPdf, Tr::tr("The file is empty."));
    // The PDF specification lets readers accept the header anywhere in the first 1024 bytes.
    if (!head.left(1024).contains("%PDF-"))
        return makeError(ErrorCode::NotAPdf, Tr::tr("The file is not a PDF document."));
    return success();
}
} // namespace

Status PdfInput::checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::FileNotFound,
                         Tr::tr("The file \"%1\" does not exist.").arg(path));
    if (!info.isFile() || !info.isReadable())
        return makeError(ErrorCode::FileUnreadable,
                         Tr::tr("The file \"%1\" cannot be read.").arg(path));
    if (info.size() > kMaxFileBytes)
        return tooLarge(info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::FileUnreadable,
            Tr::tr("The file \"%1\" cannot be read: %2").arg(path, file.errorString()));
    return checkHeader(file.read(1024));
}

Status PdfInput::checkData(const QByteArray &bytes)
{
    if (bytes.size() > kMaxFileBytes)
        return tooLarge(bytes.size());
    return checkHeader(bytes.left(1024));
}

QString readPhaseName(ReadPhase phase)
{
    return phase == ReadPhase::Ocr ? QStringLiteral("ocr") : QStringLiteral("text");
}

} // namespace cd
