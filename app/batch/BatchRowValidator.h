// Turns one CSV row of a batch into an Application, or into the errors that errors.csv lists
// (line, applicant id, field, code, message). Also holds BatchDefaults, the command-line values
// for columns a row leaves empty, checked by the same rules as the row's own values.
#pragma once

#include "batch/BatchRowReader.h"
#include "domain/Application.h"

#include <QDir>
#include <QList>
#include <QMap>

#include <optional>
#include <vector>

namespace cd {

struct BatchRowError
{
    qint64 line = 0;
    QString applicantId;
    QString field;
    ErrorCode code = ErrorCode::InvalidCsv;
    QString message;
};

// Values for optional columns (application_date, provider_registered, ...) that apply to every
// row whose own cell is empty. Stored as text and parsed per row by the validator.
class BatchDefaults
{
public:
    // Refuses an unknown column or a value the column's rules reject (same codes as a row).
    Status set(const QString &column, const QString &value);
    QString value(const QString &column) const { return m_values.value(column); }
    const QMap<QString, QString> &values() const { return m_values; }
    // "column=value" pairs separated by ";" or line breaks (the batch view's defaults field);
    // a column may be spelt like its command-line option (application-date). Empty text: no
    // defaults. The first bad pair is the error.
    static Result<BatchDefaults> parse(const QString &text);
    // "column=value" lines in column order: part of the rerun key, so a changed default
    // recomputes every row.
    QByteArray fingerprint() const;

private:
    QMap<QString, QString> m_values;
};

// A row that passed validation, ready for the runner.
struct BatchItem
{
    qint64 line = 0;
    qint64 number = 0;
    QString applicantId;
    Application application;
    QString contractPath; // absolute path of the contract file; empty when the row has none
    QStringList fields;   // the row as read, for the rerun key
};

class BatchRowValidator
{
public:
    // contractsDir: where contract_file names are looked up. program: the program id written
    // into each application.
    BatchRowValidator(QString program, QString contractsDir, BatchDefaults defaults = {});

    // Every problem of the row goes to `errors`; the item only when there are none. Keeps the
    // applicant ids seen so far (a later row with the same id is a duplicate_id).
    std::optional<BatchItem> validate(const BatchRow &row, QList<BatchRowError> &errors);

    // Checks one value of an optional column (used by BatchDefaults::set too).
    static std::optional<Error> checkValue(const QString &column, const QString &value);

private:
    QString m_program;
    QDir m_contractsDir;
    BatchDefaults m_defaults;
    // 64-bit digests of the ids in an open-addressing table (8 bytes a slot, at most half
    // full): 100,000 rows need 2 MB where a node-based set needs 4-5. Collision odds ~1e-10.
    bool insertId(quint64 digest);
    std::vector<quint64> m_idSlots;
    std::size_t m_idCount = 0;
};

} // namespace cd
