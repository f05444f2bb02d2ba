// Reads a PDF with Poppler into a ContractText: words with their boxes, page sizes, the page
// text in reading order and the metadata; pages without a text layer go through a
// PageRecognizer (OcrEngine).
// It runs in the calling thread and trusts Poppler not to hang or crash, so the application
// uses it only inside the PDF worker process (ContractAnalyzer); tests and the worker call it.
#pragma once

#include "contracts/ContractText.h"
#include "contracts/PageRecognizer.h"
#include "contracts/PdfInput.h"
#include "core/Error.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace cd {

struct ReadOptions
{
    QString password; // tried as user and as owner password; empty: none given
    bool ocr = true;  // recognise pages without a text layer
    QString ocrLanguages = QStringLiteral("chi_sim+eng");
    double ocrDpi = 300.0; // lowered for huge pages so a render stays under kMaxRenderPixels
    // Threads reading text layers of long documents (each opens its own copy of the PDF).
    int textThreads = 2;
    // Makes the recogniser for pages without a text layer (OcrEngine::factory()), once, when
    // the first such page is met. Empty, or nullptr from it: such pages fail the read.
    PageRecognizerFactory recognizer;
};

class PdfTextReader
{
public:
    // An OCR render is at most this many pixels (A4 at 300 dpi is 8.7 million).
    static constexpr qint64 kMaxRenderPixels = 40LL * 1000 * 1000;
    // Shorter documents are read by one thread: a second copy would not pay for its opening.
    static constexpr int kParallelMinPages = 8;

    // Text phase: called after each page with the number of pages read so far (possibly from a
    // helper thread, one call at a time). OCR phase: called before each page with its number.
    using ProgressFunction = std::function<void(int page, int pageCount, ReadPhase phase)>;

    explicit PdfTextReader(ReadOptions options = {});
    ~PdfTextReader();
    PdfTextReader(const PdfTextReader &) = delete;
    PdfTextReader &operator=(const PdfTextReader &) = delete;

    void setProgressFunction(ProgressFunction progress) { m_progress = std::move(progress); }
    // When *cancel becomes true the reader stops between pages (and inside OCR of a page) with
    // ErrorCode::Cancelled.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    // Errors: FileNotFound, FileUnreadable, FileTooLarge, NotAPdf (also for an empty file),
    // CorruptPdf, PasswordRequired, WrongPassword, NoTextLayer (no text and OCR off), Cancelled.
    Result<ContractText> readFile(const QString &path);
    Result<ContractText> readData(const QByteArray &bytes);

    // Sends Poppler's complaints about damaged files to our logging category instead of stderr
    // (once per process; the constructor calls it, and so does PdfPageRenderer).
    static void quietPoppler();

private:
    struct Loaded;
    Result<ContractText> read(Loaded &loaded);

    ReadOptions m_options;
    ProgressFunction m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    std::unique_ptr<PageRecognizer> m_ocr;
};

} // namespace cd
