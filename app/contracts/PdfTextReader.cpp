#include "PdfTextReader.h"

#include "contracts/SealInkFilter.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <poppler-qt6.h>

#include <cmath>
#include <mutex>
#include <thread>
#include <vector>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::PdfTextReader)
};

Q_LOGGING_CATEGORY(lcReader, "coupondesk.contracts.reader", QtWarningMsg)

// Poppler reports every syntax problem of a damaged file through qDebug by default; route it to
// our category where it can be switched on when needed.
void popplerMessage(const QString &message, const QVariant &)
{
    qCDebug(lcReader) << "poppler:" << message;
}

bool isBlank(const QImage &gray)
{
    // A page whose render has no dark pixel has nothing to recognise.
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if (line[x] < 200)
                return false;
        }
    }
    return true;
}

PageText readTextLayer(const Poppler::Page &page, int pageNumber)
{
    PageText result;
    result.pageNumber = pageNumber;
    result.size = page.pageSizeF();
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page.textList();
    result.words.reserve(static_cast<qsizetype>(boxes.size()));
    for (const auto &box : boxes) {
        TextWord word;
        word.text = box->text();
        word.rect = box->boundingBox();
        result.text += word.text;
        // Poppler links the words of one line; the last word of a line has no next word.
        if (!box->nextWord())
            result.text += QLatin1Char('\n');
        else if (box->hasSpaceAfter())
            result.text += QLatin1Char(' ');
        result.words.append(std::move(word));
    }
    if (result.text.endsWith(QLatin1Char('\n')))
        result.text.chop(1);
    return result;
}

bool hasText(const PageText &page)
{
    for (const TextWord &word : page.words) {
        if (!word.text.trimmed().isEmpty())
            return true;
    }
    return false;
}
} // namespace

void PdfTextReader::quietPoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(&popplerMessage, QVariant()); });
}

// Where the document comes from, so that helper threads can open their own copy: a Poppler
// document must not be used from two threads at once.
struct PdfTextReader::Loaded
{
    QString path;
    const QByteArray *data = nullptr;
    QByteArray password;
    std::unique_ptr<Poppler::Document> document;

    std::unique_ptr<Poppler::Document> open() const
    {
        std::unique_ptr<Poppler::Document> opened =
            data ? Poppler::Document::loadFromData(*data, password, password)
                 : Poppler::Document::load(path, password, password);
        if (opened && opened->isLocked())
            opened->unlock(password, password);
        return opened;
    }
};

PdfTextReader::PdfTextReader(ReadOptions options)
    : m_options(std::move(options))
{
    quietPoppler();
}

PdfTextReader::~PdfTextReader() = default;

Result<ContractText> PdfTextReader::readFile(const QString &path)
{
    if (auto status = PdfInput::checkFile(path); !status)
        return status.error();
    Loaded loaded;
    loaded.path = path;
    loaded.password = m_options.password.toUtf8();
    loaded.document = loaded.open();
    return read(loaded);
}

Result<ContractText> PdfTextReader::readData(const QByteArray &bytes)
{
    if (auto status = PdfInput::checkData(bytes); !status)
        return status.error();
    Loaded loaded;
    // Poppler does not copy the bytes: they outlive the document (both end with this function).
    loaded.data = &bytes;
    loaded.password = m_options.password.toUtf8();
    loaded.document = loaded.open();
    return read(loaded);
}

Result<ContractText> PdfTextReader::read(Loaded &loaded)
{
    Poppler::Document *document = loaded.document.get();
    if (!document)
        return makeError(ErrorCode::CorruptPdf,
                         Tr::tr("The PDF is damaged or incomplete and cannot be opened."));
    ContractText text;
    text.encrypted = document->isEncrypted();
    if (document->isLocked()) {
        if (m_options.password.isEmpty())
            return makeError(ErrorCode::PasswordRequired,
                             Tr::tr("The PDF is protected by a password. Enter it to analyse "
                                    "the contract."));
        // Old (RC4, AES-128) encryption takes the password in Latin-1, AES-256 in UTF-8.
        // unlock() returns whether the document is still locked.
        const QByteArray latin1 = m_options.password.toLatin1();
        if (document->unlock(latin1, latin1))
            return makeError(ErrorCode::WrongPassword,
                             Tr::tr("The password does not open this PDF."));
        loaded.password = latin1;
    }
    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return makeError(ErrorCode::CorruptPdf, Tr::tr("The PDF has no readable pages."));
    text.pageCount = pageCount;
    const QStringList keys = document->infoKeys();
    for (const QString &key : keys)
        text.metadata.insert(key, document->info(key));

    auto cancelled = [this] { return m_cancel && m_cancel->load(); };
    auto cancelError = [] {
        return makeError(ErrorCode::Cancelled, Tr::tr("The analysis was cancelled."));
    };

    // The text layers: Poppler's layout analysis is most of the time of a long contract, so
    // long documents are read by several threads, each with its own copy of the document.
    text.pages.resize(pageCount);
    std::mutex progressMutex;
    int pagesDone = 0;
    PageText *slots = text.pages.data(); // each thread writes only its own pages
    auto readPages = [&](Poppler::Document *own, int first, int step) {
        for (int i = first; i < pageCount; i += step) {
            if (cancelled())
                return;
            std::unique_ptr<Poppler::Page> page = own->page(i);
            PageText pageText;
            pageText.pageNumber = i + 1;
            if (page)
                pageText = readTextLayer(*page, i + 1);
            slots[i] = std::move(pageText);
            // "page k of n" counts pages done, so it only rises even when threads share the work.
            const std::lock_guard lock(progressMutex);
            ++pagesDone;
            if (m_progress)
                m_progress(pagesDone, pageCount, ReadPhase::Text);
        }
    };
    const int threads = pageCount >= kParallelMinPages ? qBound(1, m_options.textThreads, 8) : 1;
    std::vector<std::thread> helpers;
    std::vector<std::unique_ptr<Poppler::Document>> copies;
    for (int t = 1; t < threads; ++t) {
        std::unique_ptr<Poppler::Document> copy = loaded.open();
        if (!copy || copy->isLocked() || copy->numPages() != pageCount)
            break;
        copies.push_back(std::move(copy));
    }
    const int step = static_cast<int>(copies.size()) + 1;
    for (int t = 0; t < static_cast<int>(copies.size()); ++t)
        helpers.emplace_back(readPages, copies[static_cast<size_t>(t)].get(), t + 1, step);
    readPages(document, 0, step);
    for (std::thread &helper : helpers)
        helper.join();
    if (cancelled())
        return cancelError();

    QList<int> withoutText; // 0-based page indexes
    for (int i = 0; i < pageCount; ++i) {
        if (hasText(text.pages.at(i)))
            text.textLayer = true;
        else
            withoutText.append(i);
    }

    if (!withoutText.isEmpty() && m_options.ocr) {
        document->setRenderHint(Poppler::Document::Antialiasing);
        document->setRenderHint(Poppler::Document::TextAntialiasing);
        if (!m_ocr && m_options.recognizer)
            m_ocr = m_options.recognizer(m_options.ocrLanguages);
        if (!m_ocr)
            return makeError(ErrorCode::Internal,
                             Tr::tr("Text recognition (OCR) is not available here, and the PDF "
                                    "has pages without text."));
        for (int i : withoutText) {
            if (cancelled())
                return cancelError();
            if (m_progress)
                m_progress(i + 1, pageCount, ReadPhase::Ocr);
            std::unique_ptr<Poppler::Page> page = document->page(i);
            if (!page)
                continue;
            const QSizeF points = page->pageSizeF();
            double dpi = m_options.ocrDpi;
            const double pixels = points.width() * points.height() * (dpi / 72.0) * (dpi / 72.0);
            if (pixels > double(kMaxRenderPixels))
                dpi *= std::sqrt(double(kMaxRenderPixels) / pixels);
            if (points.isEmpty() || dpi < 10)
                continue;
            const QImage gray = SealInkFilter::grayWithoutSeals(page->renderToImage(dpi, dpi), dpi);
            if (gray.isNull() || isBlank(gray))
                continue;
            auto recognized = m_ocr->recognize(gray, dpi, i + 1, m_cancel);
            if (!recognized)
                return recognized.error();
            PageText &pageText = text.pages[i];
            pageText.fromOcr = true;
            pageText.words = std::move(recognized->words);
            pageText.text = std::move(recognized->text);
            if (pageText.size.isEmpty())
                pageText.size = points;
            text.ocr = true;
        }
    }

    if (!text.textLayer && !m_options.ocr)
        return makeError(ErrorCode::NoTextLayer,
                         Tr::tr("The PDF has no text layer (it is probably a scan) and text "
                                "recognition (OCR) is switched off."));
    return text;
}

} // namespace cd
