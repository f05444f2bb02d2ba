#include "OcrEngine.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::OcrEngine)
};

Q_LOGGING_CATEGORY(lcOcr, "coupondesk.contracts.ocr", QtInfoMsg)

bool cancelRequested(void *flag, int)
{
    return static_cast<const std::atomic<bool> *>(flag)->load();
}

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0xFF00 && u <= 0xFFEF) || c.isSurrogate();
}
} // namespace

OcrEngine::OcrEngine(OcrOptions options)
    : m_options(std::move(options))
{}

OcrEngine::~OcrEngine()
{
    if (m_api)
        m_api->End();
}

PageRecognizerFactory OcrEngine::factory(const QString &dataPath)
{
    return [dataPath](const QString &languages) -> std::unique_ptr<PageRecognizer> {
        return std::make_unique<OcrEngine>(OcrOptions{languages, dataPath});
    };
}

Status OcrEngine::initialize()
{
    if (m_initialized)
        return success();
    m_api = std::make_unique<tesseract::TessBaseAPI>();
    const QByteArray dataPath = m_options.dataPath.toLocal8Bit();
    const QByteArray languages = m_options.languages.toLatin1();
    if (m_api->Init(dataPath.isEmpty() ? nullptr : dataPath.constData(), languages.constData(),
                    tesseract::OEM_LSTM_ONLY) != 0) {
        m_api.reset();
        return makeError(ErrorCode::Internal,
                         Tr::tr("The OCR languages \"%1\" are not installed (Tesseract could not "
                                "load them).")
                             .arg(m_options.languages));
    }
    // Chinese has no spaces between words; without this Tesseract invents some.
    m_api->SetVariable("preserve_interword_spaces", "1");
    m_initialized = true;
    return success();
}

Result<PageText> OcrEngine::recognize(const QImage &image, double dpi, int pageNumber,
                                      const std::atomic<bool> *cancel)
{
    if (auto status = initialize(); !status)
        return status.error();
    PageText page;
    page.pageNumber = pageNumber;
    page.fromOcr = true;
    const double scale = 72.0 / dpi;
    page.size = QSizeF(image.width() * scale, image.height() * scale);
    if (image.isNull())
        return page;

    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    m_api->SetImage(gray.constBits(), gray.width(), gray.height(), 1,
                    static_cast<int>(gray.bytesPerLine()));
    m_api->SetSourceResolution(static_cast<int>(dpi));
    tesseract::ETEXT_DESC monitor;
    if (cancel) {
        monitor.cancel = &cancelRequested;
        monitor.cancel_this = const_cast<std::atomic<bool> *>(cancel);
    }
    const int status = m_api->Recognize(&monitor);
    if (cancel && cancel->load()) {
        m_api->Clear();
        return makeError(ErrorCode::Cancelled, Tr::tr("Text recognition was cancelled."));
    }
    if (status != 0) {
        m_api->Clear();
        qCWarning(lcOcr) << "Tesseract failed on page" << pageNumber;
        return page; // nothing recognised: an empty page, not an error of the document
    }

    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    QString line;
    if (it) {
        do {
            std::unique_ptr<char[]> utf8(it->GetUTF8Text(tesseract::RIL_WORD));
            if (!utf8)
                continue;
            const QString text = QString::fromUtf8(utf8.get()).trimmed();
            if (text.isEmpty())
                continue;
            if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE) && !line.isEmpty()) {
                page.text += line + QLatin1Char('\n');
                line.clear();
            }
            // Spaces between Latin words, none inside Chinese runs.
            if (!line.isEmpty() && !(isCjk(line.back()) && isCjk(text.front())))
                line += QLatin1Char(' ');
            line += text;
            int left = 0, top = 0, right = 0, bottom = 0;
            it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom);
            TextWord word;
            word.text = text;
            word.rect =
                QRectF(left * scale, top * scale, (right - left) * scale, (bottom - top) * scale);
            word.confidence = qBound(0.0, it->Confidence(tesseract::RIL_WORD) / 100.0, 1.0);
            page.words.append(std::move(word));
        } while (it->Next(tesseract::RIL_WORD));
    }
    if (!line.isEmpty())
        page.text += line;
    m_api->Clear();
    return page;
}

} // namespace cd
