// A streaming RFC 4180 reader: one record at a time from a QIODevice, so a file of any length is
// read in bounded memory. Quoted fields, "" escapes, line breaks inside quotes, CRLF/LF/CR line
// ends, UTF-8 with or without a byte order mark; each record knows its first physical line.
#pragma once

#include "core/Error.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

struct CsvRecord
{
    QStringList fields;
    qint64 line = 0; // physical line (1-based) on which the record starts
};

class CsvReader
{
public:
    // The device must be open for reading; the reader does not own it.
    explicit CsvReader(QIODevice *device);

    // The next record, or std::nullopt at the end of the input or after a fatal error (see
    // error()). A completely empty line is not a record (spreadsheets leave them at the end).
    std::optional<CsvRecord> next();

    // Set when reading stopped early: an unterminated quoted field, a record longer than
    // kMaxRecordChars, bytes that are not UTF-8 (UTF-16, Latin-1, GBK...), a NUL byte, or a
    // device error.
    const std::optional<Error> &error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    // Bytes consumed from the device so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }

    // Far above any real row; protects against an unterminated quote swallowing a whole file.
    static constexpr qsizetype kMaxRecordChars = 1 << 20;

private:
    bool fill();  // decodes the next chunk into m_buffer; false at the end
    bool atEnd(); // no characters left, none to come
    void fail(const QString &message, qint64 line);

    QIODevice *m_device;
    QByteArray m_carry; // the start of a character split across two chunks
    bool m_started = false;
    bool m_invalidPending = false;
    bool m_nulPending = false; // the bad byte is a NUL
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_deviceDone = false;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    std::optional<Error> m_error;
    qint64 m_errorLine = 0;
};

} // namespace cd
