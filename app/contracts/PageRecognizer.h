// Recognises the text of a rendered page image. PdfTextReader uses it for pages without a text
// layer through this interface only, so that a program that never recognises pages itself (the
// text worker, which hands such contracts to coupondesk-ocr-worker) does not load Tesseract.
#pragma once

#include "contracts/ContractText.h"
#include "core/Error.h"

#include <QImage>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace cd {

class PageRecognizer
{
public:
    virtual ~PageRecognizer() = default;
    // `image` is the page rendered at `dpi`; boxes are mapped back to points (72 per inch).
    // Setting *cancel to true stops recognition (ErrorCode::Cancelled).
    virtual Result<PageText> recognize(const QImage &image, double dpi, int pageNumber,
                                       const std::atomic<bool> *cancel) = 0;
};

// Makes a recogniser for Tesseract's "lang+lang" languages; nullptr when it cannot.
using PageRecognizerFactory = std::function<std::unique_ptr<PageRecognizer>(const QString &)>;

} // namespace cd
