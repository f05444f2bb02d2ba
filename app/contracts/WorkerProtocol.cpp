#include "WorkerProtocol.h"

namespace cd::WorkerProtocol {

std::optional<ErrorCode> codeFromName(const QString &name)
{
    static const ErrorCode kCodes[] = {
        ErrorCode::FileNotFound,    ErrorCode::FileUnreadable, ErrorCode::FileTooLarge,
        ErrorCode::NotAPdf,         ErrorCode::CorruptPdf,     ErrorCode::NoTextLayer,
        ErrorCode::AnalysisTimeout, ErrorCode::Cancelled,      ErrorCode::PasswordRequired,
        ErrorCode::WrongPassword,   ErrorCode::InvalidJson,    ErrorCode::Usage,
        ErrorCode::Internal,
    };
    for (ErrorCode code : kCodes) {
        if (errorCodeName(code) == name)
            return code;
    }
    return std::nullopt;
}

} // namespace cd::WorkerProtocol
