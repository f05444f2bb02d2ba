// The lines the PDF worker process (coupondesk-pdf-worker) and ContractAnalyzer exchange.
// Request on the worker's stdin: one line of JSON, then, for in-memory PDFs, exactly
// "data_size" bytes of the PDF. The password travels there, never on the command line.
//   {"file": PATH} or {"data_size": N}, "password", "ocr", "languages", "memory_mb"
// Replies on stdout, one compact JSON object per line:
//   {"progress": {"page": 3, "pages": 60, "phase": "text" | "ocr"}}
//   {"result": <ContractTextJson>}            (last line)
//   {"error": {"code": "password_required", "message": "…"}}   (last line)
#pragma once

#include "core/Error.h"

#include <QString>

#include <optional>

namespace cd::WorkerProtocol {

inline constexpr char kWorkerName[] = "coupondesk-pdf-worker";

// The codes a worker may report, by their stable names (errorCodeName()).
std::optional<ErrorCode> codeFromName(const QString &name);

} // namespace cd::WorkerProtocol
