#include "PdfPageRenderer.h"

#include "contracts/PdfTextReader.h"

#include <QCoreApplication>

#include <poppler-qt6.h>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::PdfPageRenderer)
};
} // namespace

PdfPageRenderer::PdfPageRenderer()
{
    PdfTextReader::quietPoppler();
}

PdfPageRenderer::~PdfPageRenderer() = default;

Status PdfPageRenderer::openFile(const QString &path, const QString &password)
{
    if (Status status = PdfInput::checkFile(path); !status)
        return status;
    const QByteArray bytes = password.toUtf8();
    m_document = Poppler::Document::load(path, bytes, bytes);
    return unlock(password);
}

Status PdfPageRenderer::openData(const QByteArray &bytes, const QString &password)
{
    if (Status status = PdfInput::checkData(bytes); !status)
        return status;
    const QByteArray utf8 = password.toUtf8();
    m_document = Poppler::Document::loadFromData(bytes, utf8, utf8);
    return unlock(password);
}

Status PdfPageRenderer::unlock(const QString &password)
{
    if (!m_document)
        return makeError(ErrorCode::CorruptPdf,
                         Tr::tr("The PDF is damaged or incomplete and cannot be shown."));
    if (m_document->isLocked()) {
        if (password.isEmpty())
            return makeError(ErrorCode::PasswordRequired,
                             Tr::tr("The PDF is protected by a password. Enter it to show the "
                                    "contract."));
        // Old (RC4, AES-128) encryption takes the password in Latin-1, AES-256 in UTF-8, which
        // load() has already tried; unlock() returns whether the document is still locked.
        const QByteArray latin1 = password.toLatin1();
        if (m_document->unlock(latin1, latin1))
            return makeError(ErrorCode::WrongPassword,
                             Tr::tr("The password does not open this PDF."));
    }
    if (m_document->numPages() <= 0)
        return makeError(ErrorCode::CorruptPdf, Tr::tr("The PDF has no readable pages."));
    m_document->setRenderHint(Poppler::Document::Antialiasing);
    m_document->setRenderHint(Poppler::Document::TextAntialiasing);
    m_document->setRenderHint(Poppler::Document::TextHinting);
    m_document->setRenderHint(Poppler::Document::TextSlightHinting);
    m_document->setRenderHint(Poppler::Document::ThinLineShape);
    return success();
}

int PdfPageRenderer::pageCount() const
{
    return m_document ? m_document->numPages() : 0;
}

QList<QSizeF> PdfPageRenderer::pageSizes() const
{
    QList<QSizeF> sizes;
    for (int i = 0; i < pageCount(); ++i) {
        const std::unique_ptr<Poppler::Page> page = m_document->page(i);
        sizes.append(page ? page->pageSizeF() : QSizeF());
    }
    return sizes;
}

Result<QImage> PdfPageRenderer::render(int page, double scale) const
{
    if (page < 1 || page > pageCount())
        return makeError(ErrorCode::OutOfRange, Tr::tr("The PDF has no page %1.").arg(page));
    const std::unique_ptr<Poppler::Page> popplerPage = m_document->page(page - 1);
    if (!popplerPage)
        return makeError(ErrorCode::CorruptPdf, Tr::tr("Page %1 of the PDF is damaged.").arg(page));
    const QSizeF points = popplerPage->pageSizeF();
    const double pixels = points.width() * scale * points.height() * scale;
    if (!(scale > 0) || pixels > double(kMaxPixels))
        return makeError(ErrorCode::OutOfRange,
                         Tr::tr("Page %1 is too large to show at this zoom.").arg(page));
    const QImage image = popplerPage->renderToImage(72.0 * scale, 72.0 * scale);
    if (image.isNull())
        return makeError(ErrorCode::CorruptPdf,
                         Tr::tr("Page %1 of the PDF could not be drawn.").arg(page));
    return image.convertToFormat(QImage::Format_RGB32);
}

} // namespace cd
