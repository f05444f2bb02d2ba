// Reads the applicant CSV of a batch (../shared/samples/batch/README.md): checks the header for
// the required columns before any row, then hands out one row at a time with its line number.
// What a row's values mean is BatchRowValidator's business.
#pragma once

#include "batch/CsvReader.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

namespace cd {

struct BatchColumns
{
    QStringList names; // as in the header, trimmed
    QHash<QString, int> index;
    int indexOf(const QString &name) const { return index.value(name, -1); }
};

struct BatchRow
{
    qint64 line = 0;   // physical line of the record's start (header = line 1)
    qint64 number = 0; // records after the header, 1-based
    QStringList fields;
    std::shared_ptr<const BatchColumns> columns;

    // Whether the record has exactly as many fields as the header.
    bool wellFormed() const { return columns && fields.size() == columns->names.size(); }
    bool hasColumn(const QString &name) const { return columns && columns->indexOf(name) >= 0; }
    // The trimmed value of a column; empty when absent or the record is short.
    QString value(const QString &name) const;
};

class BatchRowReader
{
public:
    // The columns every batch CSV has (the sample's README), in the sample's order.
    static const QStringList &requiredColumns();
    // Columns a row may add: any other field of the application file.
    static const QStringList &optionalColumns();

    explicit BatchRowReader(QIODevice *device);

    // Reads and checks the header: InvalidCsv (exit code 3) when the file is empty, a required
    // column is missing or a column appears twice.
    Status readHeader();
    const BatchColumns &columns() const { return *m_columns; }
    // Header columns CouponDesk does not know (they are ignored; the CLI mentions them).
    QStringList unknownColumns() const;

    // The next row, or std::nullopt at the end (or after a fatal CSV error, see error()).
    std::optional<BatchRow> next();
    const std::optional<Error> &error() const { return m_csv.error(); }
    qint64 errorLine() const { return m_csv.errorLine(); }
    qint64 bytesRead() const { return m_csv.bytesRead(); }

private:
    CsvReader m_csv;
    std::shared_ptr<BatchColumns> m_columns;
    qint64 m_number = 0;
};

} // namespace cd
