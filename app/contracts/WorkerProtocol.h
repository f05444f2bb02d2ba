// The lines the PDF worker process (coupondesk-pdf-worker) and ContractAnalyzer exchange.
// Request on the worker's stdin: one line of JSON, then, for in-memory PDFs, exactly
// "data_size" bytes of the PDF. The password travels there, never on the command line.
//   {"file": PATH} or {"data_size": N}, "password", "ocr", "languages", "memory_mb"
//   ("handover": true only from the text worker to coupondesk-ocr-worker, see worker/main.cpp)
// Replies on stdout, one compact JSON object per line:
//   {"progress": {"page": 3, "pages": 60, "phase": "text" | "ocr"}}
//   {"result_bytes": N} and N bytes of ContractTextWire            (last)
//   {"error": {"code": "password_required", "message": "…"}}   (last line)
// Render mode ("mode": "render" in the request, for PageRenderer): after opening the PDF the
// worker answers {"document": {"pages": N, "sizes": [[w, h], …]}} (points) or an error, then
// serves one command line at a time until stdin closes:
//   → {"render": {"id": 7, "page": 3, "scale": 1.5}}           (page 1-based, pixels per point)
//   ← {"image": {"id": 7, "width": W, "height": H, "bytes": N}} and N bytes of RGB32 pixels
//   ← {"failed": {"id": 7, "code": "out_of_range", "message": "…"}}
#pragma once

#include "core/Error.h"

#include <QString>

#include <optional>

class QObject;
class QProcess;

namespace cd::WorkerProtocol {

inline constexpr char kWorkerName[] = "coupondesk-pdf-worker";
// The text worker hands contracts that need OCR over to this one, installed beside it.
inline constexpr char kOcrWorkerName[] = "coupondesk-ocr-worker";

// The codes a worker may report, by their stable names (errorCodeName()).
std::optional<ErrorCode> codeFromName(const QString &name);

// A worker process object as ContractAnalyzer and PageRenderer run it (not started yet): one
// OpenMP thread for Tesseract, stderr discarded unless `forwardErrors`.
QProcess *newWorkerProcess(QObject *parent, bool forwardErrors = false);
// Stops a worker: disconnected from `receiver`, killed if it still runs, deleted later.
void discardWorker(QProcess *process, QObject *receiver);

} // namespace cd::WorkerProtocol
