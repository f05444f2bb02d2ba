#include "Error.h"

#include <QStringLiteral>

namespace cd {

namespace {
struct CodeInfo
{
    ErrorCode code;
    const char *name;
    int exitCode;
};

// One table so the name, the exit code and the enum cannot drift apart.
constexpr CodeInfo kCodes[] = {
    {ErrorCode::InvalidJson, "invalid_json", 3},
    {ErrorCode::SchemaViolation, "schema_violation", 3},
    {ErrorCode::MissingField, "missing_required", 3},
    {ErrorCode::WrongType, "wrong_type", 3},
    {ErrorCode::InvalidAmount, "non_numeric_amount", 3},
    {ErrorCode::AmountOverflow, "amount_overflow", 3},
    {ErrorCode::NegativeAmount, "negative_amount", 3},
    {ErrorCode::InvalidDate, "malformed_date", 3},
    {ErrorCode::InvalidEnum, "invalid_enum", 3},
    {ErrorCode::UnknownProgram, "unknown_program", 3},
    {ErrorCode::InvalidRulePack, "invalid_rule_pack", 3},
    {ErrorCode::CurrencyMismatch, "currency_mismatch", 3},
    {ErrorCode::FileNotFound, "file_not_found", 3},
    {ErrorCode::FileUnreadable, "file_unreadable", 3},
    {ErrorCode::FileTooLarge, "file_too_large", 3},
    {ErrorCode::NotAPdf, "not_a_pdf", 3},
    {ErrorCode::CorruptPdf, "corrupt_pdf", 3},
    {ErrorCode::NoTextLayer, "no_text_layer", 3},
    {ErrorCode::AnalysisTimeout, "analysis_timeout", 3},
    {ErrorCode::InvalidCsv, "invalid_csv", 3},
    {ErrorCode::InvalidPackage, "invalid_package", 3},
    {ErrorCode::UnsafeArchiveEntry, "unsafe_archive_entry", 3},
    {ErrorCode::ArchiveTooLarge, "archive_too_large", 3},
    {ErrorCode::DatabaseError, "database_error", 3},
    {ErrorCode::DatabaseTooNew, "database_too_new", 3},
    {ErrorCode::NotFound, "not_found", 3},
    {ErrorCode::AlreadyExists, "already_exists", 3},
    {ErrorCode::Cancelled, "cancelled", 3},
    {ErrorCode::InvalidUsccFormat, "invalid_uscc_format", 3},
    {ErrorCode::WrongCheckDigit, "wrong_check_digit", 3},
    {ErrorCode::InvalidEmail, "invalid_email", 3},
    {ErrorCode::DuplicateId, "duplicate_id", 3},
    {ErrorCode::ContractFileNotFound, "contract_file_not_found", 3},
    {ErrorCode::UnknownGpu, "unknown_gpu", 3},
    {ErrorCode::OutOfRange, "out_of_range", 3},
    {ErrorCode::PasswordRequired, "password_required", 4},
    {ErrorCode::WrongPassword, "wrong_password", 4},
    {ErrorCode::VerificationFailed, "verification_failed", 6},
    {ErrorCode::Usage, "usage", 2},
    {ErrorCode::Internal, "internal", 1},
};

const CodeInfo &infoFor(ErrorCode code)
{
    for (const CodeInfo &info : kCodes) {
        if (info.code == code)
            return info;
    }
    return kCodes[std::size(kCodes) - 1];
}
} // namespace

QString errorCodeName(ErrorCode code)
{
    return QString::fromLatin1(infoFor(code).name);
}

int exitCodeFor(ErrorCode code)
{
    return infoFor(code).exitCode;
}

QString Error::describe() const
{
    if (field.isEmpty())
        return message;
    return field + QStringLiteral(": ") + message;
}

} // namespace cd
