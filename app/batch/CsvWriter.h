// Writes CSV that is safe to open in a spreadsheet: RFC 4180 quoting, and a cell that a
// spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is prefixed with '.
#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace cd::CsvWriter {

// The cell as it must appear in the file: neutralised, then quoted if needed.
QString escapeCell(const QString &value);
// One record with its CRLF line end (RFC 4180).
QByteArray record(const QStringList &cells);

} // namespace cd::CsvWriter
