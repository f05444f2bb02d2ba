// The engine's error type: a stable machine-readable code, the field it concerns and a
// translated message. Every fallible engine function returns a Result<T> carrying one of these.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace cd {

// Stable codes: scripts and the CLI's exit codes depend on them, so never renumber or rename;
// add new ones at the end of their group.
enum class ErrorCode
{
    // input (exit code 3)
    InvalidJson,
    SchemaViolation,
    MissingField,
    WrongType,
    InvalidAmount,
    AmountOverflow,
    NegativeAmount,
    InvalidDate,
    InvalidEnum,
    UnknownProgram,
    InvalidRulePack,
    CurrencyMismatch,
    FileNotFound,
    FileUnreadable,
    FileTooLarge,
    NotAPdf,
    CorruptPdf,
    NoTextLayer,
    AnalysisTimeout,
    InvalidCsv,
    InvalidPackage,
    UnsafeArchiveEntry,
    ArchiveTooLarge,
    DatabaseError,
    DatabaseTooNew,
    NotFound,
    AlreadyExists,
    Cancelled,
    InvalidUsccFormat,
    WrongCheckDigit,
    InvalidEmail,
    DuplicateId,
    ContractFileNotFound,
    UnknownGpu,
    OutOfRange,
    // passwords (exit code 4)
    PasswordRequired,
    WrongPassword,
    // verification (exit code 6)
    VerificationFailed,
    // usage (exit code 2)
    Usage,
    // bugs (exit code 1)
    Internal,
};

// "invalid_json", "password_required", ...: the code as scripts and errors.csv see it.
QString errorCodeName(ErrorCode code);
// The CLI exit code of INTERFACES.md for this error.
int exitCodeFor(ErrorCode code);

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString field;   // JSON path or CSV column the error is about, may be empty
    QString message; // translated, for people

    QString codeName() const { return errorCodeName(code); }
    // "field: message" or just the message.
    QString describe() const;
};

inline Error makeError(ErrorCode code, QString message, QString field = {})
{
    return Error{code, std::move(field), std::move(message)};
}

// A value or an Error. Deliberately small: no monadic helpers, just checks and accessors.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For functions that return nothing but can fail.
struct Success
{};
using Status = Result<Success>;
inline Status success()
{
    return Success{};
}

} // namespace cd
