// Recognises the text of a rendered page image with Tesseract 5 and returns it as a PageText
// with word boxes in PDF points, so scanned pages look to the extractor like text pages.
#pragma once

#include "contracts/PageRecognizer.h"
#include "core/Error.h"

#include <QImage>
#include <QString>

#include <atomic>
#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace cd {

struct OcrOptions
{
    QString languages = QStringLiteral("chi_sim+eng"); // Tesseract's "lang+lang" form
    QString dataPath; // tessdata folder; empty: Tesseract's default (TESSDATA_PREFIX)
};

class OcrEngine final : public PageRecognizer
{
public:
    explicit OcrEngine(OcrOptions options = {});
    ~OcrEngine() override;
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    // Loads the language models (about a second for chi_sim+eng). recognize() calls it when
    // needed; call it early to report a missing language before any page is rendered.
    // Tesseract's OpenMP threads only obey OMP_THREAD_LIMIT when it is set before the process
    // starts (libgomp reads it at load time): the PDF worker is started with OMP_THREAD_LIMIT=1.
    Status initialize();

    // `image` is the page rendered at `dpi`; boxes are mapped back to points (72 per inch).
    // Setting *cancel to true stops recognition within a few words (ErrorCode::Cancelled);
    // layout analysis before recognition cannot be interrupted.
    Result<PageText> recognize(const QImage &image, double dpi, int pageNumber,
                               const std::atomic<bool> *cancel = nullptr) override;

    // For ReadOptions::recognizer: an OcrEngine with the languages asked for.
    static PageRecognizerFactory factory(const QString &dataPath = QString());

    const OcrOptions &options() const { return m_options; }

private:
    OcrOptions m_options;
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    bool m_initialized = false;
};

} // namespace cd
