// coupondesk-pdf-worker: reads one untrusted PDF with PdfTextReader in a process of its own, so
// that a PDF that hangs or crashes Poppler or Tesseract only takes this process down.
// ContractAnalyzer starts it, feeds the request on stdin (see contracts/WorkerProtocol.h) and
// kills it when its time budget runs out. Not meant to be run by people.
//
// The same source builds coupondesk-ocr-worker (COUPONDESK_OCR_WORKER), the only program that
// loads Tesseract: loading it and its forty libraries is a quarter of a text worker's start-up.
// When the text worker meets a page without text and OCR is wanted, it hands the request over:
// it replaces itself (exec) with the OCR worker, which reads the PDF again, quietly, and
// recognises those pages. Its output continues on the same stdout, so the application sees one
// worker either way.
#include "contracts/ContractTextWire.h"
#include "contracts/PdfPageRenderer.h"
#include "contracts/PdfTextReader.h"
#ifdef COUPONDESK_OCR_WORKER
#include "contracts/OcrEngine.h"
#endif
#include "contracts/WorkerProtocol.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <malloc.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define COUPONDESK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define COUPONDESK_ASAN 1
#endif
#endif
#ifdef COUPONDESK_ASAN
// From <sanitizer/allocator_interface.h>, which only clang installs; libasan has them too.
extern "C" {
std::size_t __sanitizer_get_current_allocated_bytes();
int __sanitizer_install_malloc_and_free_hooks(void (*malloc_hook)(const volatile void *,
                                                                  std::size_t),
                                              void (*free_hook)(const volatile void *));
}
#endif

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::PdfWorker)
};

void writeLine(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
}

int reportError(const cd::Error &error)
{
    writeLine({{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.codeName()},
                                                     {QStringLiteral("message"), error.message}}}});
    return 0;
}

#ifdef COUPONDESK_ASAN
// AddressSanitizer reserves terabytes of shadow address space at start, so under an address-
// space limit every later allocation would fail. Its builds (tests) limit the heap instead: an
// allocation past the limit aborts, as running out of address space would.
std::size_t g_heapLimit = 0;

void checkHeap(const volatile void *, std::size_t)
{
    if (g_heapLimit && __sanitizer_get_current_allocated_bytes() > g_heapLimit)
        std::abort();
}

void ignoreFree(const volatile void *) {} // the sanitizer takes both hooks or none
#endif
// The PDF of an in-memory request: exactly `size` bytes after the request line (a pipe hands
// them over in pieces).
cd::Result<QByteArray> readData(QFile &input, qint64 size)
{
    if (size < 0 || size > cd::PdfInput::kMaxFileBytes)
        return cd::makeError(cd::ErrorCode::FileTooLarge,
                             Tr::tr("The PDF is too large to analyse."));
    QByteArray data;
    data.reserve(size);
    while (data.size() < size) {
        const QByteArray piece = input.read(size - data.size());
        if (piece.isEmpty())
            break;
        data += piece;
    }
    if (data.size() != size)
        return cd::makeError(cd::ErrorCode::FileUnreadable,
                             Tr::tr("The PDF did not arrive completely."));
    return data;
}

// Render mode (see contracts/WorkerProtocol.h): open the PDF once, then one page per command
// line until stdin closes. Each image goes out as a header line and its raw RGB32 pixels.
int serveRenders(QFile &input, const QJsonObject &request, const QByteArray &data)
{
    // Drawing pages ahead is background work: on a busy machine the window it serves goes first.
    setpriority(PRIO_PROCESS, 0, 5);
    cd::PdfPageRenderer renderer;
    const QString password = request.value(QStringLiteral("password")).toString();
    const cd::Status opened =
        request.contains(QStringLiteral("file"))
            ? renderer.openFile(request.value(QStringLiteral("file")).toString(), password)
            : renderer.openData(data, password);
    if (!opened)
        return reportError(opened.error());
    QJsonArray sizes;
    for (const QSizeF &size : renderer.pageSizes())
        sizes.append(QJsonArray{size.width(), size.height()});
    writeLine(
        {{QStringLiteral("document"), QJsonObject{{QStringLiteral("pages"), renderer.pageCount()},
                                                  {QStringLiteral("sizes"), sizes}}}});
    for (;;) {
        const QByteArray line = input.readLine(1 << 16);
        if (line.isEmpty())
            return 0;
        const QJsonObject command =
            QJsonDocument::fromJson(line).object().value(QStringLiteral("render")).toObject();
        const int id = command.value(QStringLiteral("id")).toInt();
        const auto image = renderer.render(command.value(QStringLiteral("page")).toInt(),
                                           command.value(QStringLiteral("scale")).toDouble());
        if (!image) {
            writeLine({{QStringLiteral("failed"),
                        QJsonObject{{QStringLiteral("id"), id},
                                    {QStringLiteral("code"), image.error().codeName()},
                                    {QStringLiteral("message"), image.error().message}}}});
            continue;
        }
        writeLine({{QStringLiteral("image"),
                    QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("width"), image->width()},
                                {QStringLiteral("height"), image->height()},
                                {QStringLiteral("bytes"), qint64(image->sizeInBytes())}}}});
        std::fwrite(image->constBits(), 1, static_cast<size_t>(image->sizeInBytes()), stdout);
        std::fflush(stdout);
    }
}

#ifndef COUPONDESK_OCR_WORKER
bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

// Replaces this process with coupondesk-ocr-worker, given the same request (marked as a
// hand-over) and PDF bytes on a fresh stdin. Returns only if that fails.
void handOverToOcrWorker(QJsonObject request, const QByteArray &data)
{
    request.insert(QStringLiteral("handover"), true);
    const QByteArray header = QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
    // An anonymous file in memory: the password in the request never touches a disk. Header and
    // PDF are written one after the other: a copy of a 200 MB PDF would not fit the memory limit.
    const int fd = memfd_create("coupondesk-request", MFD_CLOEXEC);
    if (fd < 0)
        return;
    if (!writeAll(fd, header) || !writeAll(fd, data)) {
        close(fd);
        return;
    }
    if (lseek(fd, 0, SEEK_SET) != 0 || dup2(fd, STDIN_FILENO) < 0) {
        close(fd);
        return;
    }
    const QByteArray program =
        QFile::encodeName(QCoreApplication::applicationDirPath() + QLatin1String("/") +
                          QLatin1String(cd::WorkerProtocol::kOcrWorkerName));
    char *const arguments[] = {const_cast<char *>(program.constData()), nullptr};
    execv(program.constData(), arguments);
}
#endif

void limitMemory(qint64 megabytes)
{
    if (megabytes <= 0)
        return;
#ifdef COUPONDESK_ASAN
    g_heapLimit = static_cast<std::size_t>(megabytes) * 1024 * 1024;
    __sanitizer_install_malloc_and_free_hooks(checkHeap, ignoreFree);
    return;
#endif
    const rlim_t bytes = static_cast<rlim_t>(megabytes) * 1024 * 1024;
    rlimit limit{bytes, bytes};
    setrlimit(RLIMIT_AS, &limit);
}
} // namespace

int main(int argc, char **argv)
{
#ifdef COUPONDESK_OCR_WORKER
    // libgomp reads OMP_THREAD_LIMIT when it is loaded, before main(): set it and start again.
    // With its default, Tesseract's threads make a page 4x slower on a 2-core machine.
    if (!std::getenv("OMP_THREAD_LIMIT")) {
        setenv("OMP_THREAD_LIMIT", "1", 1);
        execv("/proc/self/exe", argv);
    }
#endif
    // Poppler's layout analysis allocates and frees large pools for every page; by default glibc
    // hands that memory back to the kernel after each page and faults it in again (a third
    // more time on a 200-page contract). The worker is short-lived: keep the memory.
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
    // A crash inside a PDF library is expected here now and then; leave no core files behind.
    rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    QCoreApplication app(argc, argv);
    cd::Translations::install(cd::Translations::languageFor(QLocale::system()));

    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return reportError(cd::makeError(cd::ErrorCode::Internal, Tr::tr("No request on stdin.")));
    const QByteArray header = input.readLine(1 << 20);
    QJsonParseError parseError;
    const QJsonObject request = QJsonDocument::fromJson(header, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return reportError(
            cd::makeError(cd::ErrorCode::Usage, Tr::tr("The request on stdin is not JSON.")));

    cd::ReadOptions options;
    options.password = request.value(QStringLiteral("password")).toString();
    options.ocr = request.value(QStringLiteral("ocr")).toBool(true);
    if (request.contains(QStringLiteral("languages")))
        options.ocrLanguages = request.value(QStringLiteral("languages")).toString();
    if (request.contains(QStringLiteral("text_threads")))
        options.textThreads = request.value(QStringLiteral("text_threads")).toInt(1);
    QByteArray pdfData; // of a request with "data_size"
#ifdef COUPONDESK_OCR_WORKER
    options.recognizer = cd::OcrEngine::factory();
#else
    options.recognizer = [&request, &pdfData](const QString &) {
        handOverToOcrWorker(request, pdfData);
        return std::unique_ptr<cd::PageRecognizer>();
    };
#endif
    // After a hand-over the text pages were reported already, by the text worker.
    const bool quietText = request.value(QStringLiteral("handover")).toBool();
    cd::PdfTextReader reader(options);
    reader.setProgressFunction([quietText](int page, int pageCount, cd::ReadPhase phase) {
        if (quietText && phase == cd::ReadPhase::Text)
            return;
        writeLine({{QStringLiteral("progress"),
                    QJsonObject{{QStringLiteral("page"), page},
                                {QStringLiteral("pages"), pageCount},
                                {QStringLiteral("phase"), cd::readPhaseName(phase)}}}});
    });

    const qint64 memoryMb = request.value(QStringLiteral("memory_mb")).toInteger(0);
    const bool render = request.value(QStringLiteral("mode")).toString() == QLatin1String("render");
    cd::Result<cd::ContractText> result = cd::makeError(cd::ErrorCode::Internal, QString());
    if (request.contains(QStringLiteral("file"))) {
        limitMemory(memoryMb);
        if (render)
            return serveRenders(input, request, QByteArray());
        result = reader.readFile(request.value(QStringLiteral("file")).toString());
    } else {
        auto data = readData(input, request.value(QStringLiteral("data_size")).toInteger(-1));
        if (!data)
            return reportError(data.error());
        pdfData = std::move(data.value());
        limitMemory(memoryMb > 0 ? memoryMb + pdfData.size() / (1024 * 1024) : 0);
        if (render)
            return serveRenders(input, request, pdfData);
        result = reader.readData(pdfData);
    }
    if (!result)
        return reportError(result.error());
    const QByteArray bytes = cd::ContractTextWire::encode(result.value());
    writeLine({{QStringLiteral("result_bytes"), qint64(bytes.size())}});
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
    // The application waits for this process to end before it uses the result: tearing down
    // the documents and their caches (10-20 ms on a long contract) is time nobody needs.
    std::_Exit(0);
}
