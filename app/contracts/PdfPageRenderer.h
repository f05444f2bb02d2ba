// Renders the pages of a PDF to images with Poppler (antialiased text and graphics), for the
// contract viewer. Like PdfTextReader it runs in the calling thread and trusts Poppler not to
// hang or crash, so the application uses it only inside the PDF worker process (PageRenderer
// drives it there with a time limit); the worker and tests call it directly.
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
}

namespace cd {

class PdfPageRenderer
{
public:
    // A page is rendered at most this many pixels (a 400 % zoom of an A3 page is about 30
    // million); larger requests get OutOfRange rather than gigabytes of memory.
    static constexpr qint64 kMaxPixels = 40LL * 1000 * 1000;

    PdfPageRenderer();
    ~PdfPageRenderer();
    PdfPageRenderer(const PdfPageRenderer &) = delete;
    PdfPageRenderer &operator=(const PdfPageRenderer &) = delete;

    // Errors: those of PdfInput::checkFile/checkData, CorruptPdf, PasswordRequired,
    // WrongPassword. The bytes of openData() must outlive the renderer (Poppler does not copy).
    Status openFile(const QString &path, const QString &password = {});
    Status openData(const QByteArray &bytes, const QString &password = {});

    int pageCount() const;
    // Page sizes in PDF points as displayed (after /Rotate), index 0 = page 1.
    QList<QSizeF> pageSizes() const;

    // Page `page` (1-based) at `scale` pixels per point, on white, as Format_RGB32.
    // Errors: OutOfRange (no such page, or too many pixels), CorruptPdf (Poppler gave nothing).
    Result<QImage> render(int page, double scale) const;

private:
    Status unlock(const QString &password);

    std::unique_ptr<Poppler::Document> m_document;
};

} // namespace cd
