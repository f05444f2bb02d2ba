// What every part that handles a contract PDF shares without loading a PDF library: the checks
// made before a PDF is opened (ContractAnalyzer and PageRenderer refuse a file before starting
// a worker; the worker checks again) and the phases of reading, as progress reports name them.
// Keeping these apart from PdfTextReader keeps Poppler and Tesseract out of the application and
// the command-line tool, which only talk to the worker processes (a fifth of their start-up).
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

namespace cd::PdfInput {

// Larger files are refused before Poppler sees them. Real contracts, even scanned ones, are a
// few MB; 200 MB leaves room for a long high-resolution scan.
inline constexpr qint64 kMaxFileBytes = 200LL * 1024 * 1024;

// FileNotFound, FileUnreadable, FileTooLarge, NotAPdf (also for an empty file).
Status checkFile(const QString &path);
Status checkData(const QByteArray &bytes);

} // namespace cd::PdfInput

namespace cd {

// What a reader is doing, for progress reports.
enum class ReadPhase
{
    Text,
    Ocr,
};
QString readPhaseName(ReadPhase phase); // "text", "ocr": stable, used by the worker protocol

} // namespace cd
