#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::CsvReader)
};

constexpr qint64 kChunkBytes = 64 * 1024;

struct Utf8Scan
{
    qsizetype valid = 0;  // bytes of complete, well-formed characters from the start
    bool invalid = false; // the byte at `valid` starts an ill-formed sequence
};

// Well-formed UTF-8 per Unicode table 3-7 (no overlongs, surrogates or values past U+10FFFF).
// An incomplete character at the end is neither valid nor invalid: it waits for the next chunk.
Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const quint8 lead = quint8(bytes[i]);
        int length = 0;
        quint8 low = 0x80, high = 0xBF; // range of the second byte
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            scan.valid = i;
            scan.invalid = true;
            return scan;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size) {
                scan.valid = i; // incomplete: wait for more bytes
                return scan;
            }
            const quint8 next = quint8(bytes[i + k]);
            const bool ok = k == 1 ? (next >= low && next <= high) : (next >= 0x80 && next <= 0xBF);
            if (!ok) {
                scan.valid = i;
                scan.invalid = true;
                return scan;
            }
        }
        i += length;
    }
    scan.valid = size;
    return scan;
}
} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{}

bool CsvReader::fill()
{
    while (!m_deviceDone) {
        QByteArray bytes = m_device->read(kChunkBytes);
        if (bytes.isEmpty()) {
            m_deviceDone = true;
            if (!m_carry.isEmpty()) {
                fail(Tr::tr("The file ends inside a UTF-8 character (line %1).").arg(m_line),
                     m_line);
                return false;
            }
            if (!m_device->atEnd() && !m_device->errorString().isEmpty())
                fail(Tr::tr("The file cannot be read: %1").arg(m_device->errorString()), m_line);
            return false;
        }
        m_bytesRead += bytes.size();
        if (!m_carry.isEmpty()) {
            bytes.prepend(m_carry);
            m_carry.clear();
        }
        qsizetype start = 0;
        if (!m_started) {
            m_started = true;
            if (bytes.startsWith("\xEF\xBB\xBF"))
                start = 3;
            // UTF-16 and UTF-32 ("Unicode text" in Excel): a byte order mark, or ASCII with a
            // NUL byte after every character.
            if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") ||
                (bytes.size() >= 2 && (bytes.at(0) == '\0') != (bytes.at(1) == '\0'))) {
                fail(Tr::tr("The file is UTF-16 or UTF-32 text (\"Unicode text\"). Save it as "
                            "\"CSV UTF-8\"."),
                     m_line);
                m_deviceDone = true;
                return false;
            }
        }
        Utf8Scan scan = scanUtf8(QByteArrayView(bytes).sliced(start));
        // A NUL byte is never text: stop before it, like before bytes that are not UTF-8.
        if (const qsizetype nul = QByteArrayView(bytes).sliced(start, scan.valid).indexOf('\0');
            nul >= 0) {
            scan.valid = nul;
            scan.invalid = true;
            m_nulPending = true;
        }
        // ConvertInitialBom: a BOM is skipped above only at the very start of the file.
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
        const QString text = decoder.decode(QByteArrayView(bytes).sliced(start, scan.valid));
        if (scan.invalid) {
            // Keep the good text before the bad bytes; fail once the parser reaches them.
            m_deviceDone = true;
            m_invalidPending = true;
        } else {
            m_carry = bytes.mid(start + scan.valid);
        }
        if (text.isEmpty() && !m_invalidPending)
            continue; // only part of a character so far
        if (m_pos >= m_buffer.size())
            m_buffer = text;
        else
            m_buffer = m_buffer.mid(m_pos) + text;
        m_pos = 0;
        if (!text.isEmpty())
            return true;
    }
    if (m_invalidPending && !m_error) {
        if (m_nulPending)
            fail(Tr::tr("The file contains a NUL byte (line %1): it is not a text file.")
                     .arg(m_line),
                 m_line);
        else
            fail(Tr::tr("The file is not UTF-8 text (line %1). Save it as \"CSV UTF-8\".")
                     .arg(m_line),
                 m_line);
    }
    return false;
}

bool CsvReader::atEnd()
{
    return m_pos >= m_buffer.size() && !fill();
}

void CsvReader::fail(const QString &message, qint64 line)
{
    if (!m_error) {
        m_error = makeError(ErrorCode::InvalidCsv, message);
        m_errorLine = line;
    }
}

std::optional<CsvRecord> CsvReader::next()
{
    if (m_error)
        return std::nullopt;
    // Empty lines between records are not records.
    for (;;) {
        if (atEnd())
            return std::nullopt;
        const QChar c = m_buffer.at(m_pos);
        if (c == QLatin1Char('\n')) {
            ++m_pos;
            ++m_line;
        } else if (c == QLatin1Char('\r')) {
            ++m_pos;
            if (!atEnd() && m_buffer.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
        } else {
            break;
        }
    }

    CsvRecord record;
    record.line = m_line;
    qsizetype recordChars = 0;
    QString field;
    for (;;) {
        field.clear();
        if (!atEnd() && m_buffer.at(m_pos) == QLatin1Char('"')) {
            ++m_pos;
            for (;;) {
                if (atEnd()) {
                    if (!m_error)
                        fail(Tr::tr("The quoted field that starts on line %1 is never closed.")
                                 .arg(record.line),
                             record.line);
                    return std::nullopt;
                }
                const QChar c = m_buffer.at(m_pos++);
                if (c == QLatin1Char('"')) {
                    if (!atEnd() && m_buffer.at(m_pos) == QLatin1Char('"')) {
                        ++m_pos;
                        field += c;
                        continue;
                    }
                    break;
                }
                if (c == QLatin1Char('\n'))
                    ++m_line;
                else if (c == QLatin1Char('\r') &&
                         (atEnd() || m_buffer.at(m_pos) != QLatin1Char('\n')))
                    ++m_line;
                field += c;
                if (recordChars + field.size() > kMaxRecordChars) {
                    fail(Tr::tr("The record that starts on line %1 is longer than %2 characters; "
                                "is a closing quote missing?")
                             .arg(record.line)
                             .arg(kMaxRecordChars),
                         record.line);
                    return std::nullopt;
                }
            }
        }
        // Unquoted text, or (leniently, as spreadsheets do) text after a closing quote.
        while (!atEnd()) {
            const QChar c = m_buffer.at(m_pos);
            if (c == QLatin1Char(',') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                break;
            field += c;
            ++m_pos;
            if (recordChars + field.size() > kMaxRecordChars) {
                fail(Tr::tr("The record that starts on line %1 is longer than %2 characters.")
                         .arg(record.line)
                         .arg(kMaxRecordChars),
                     record.line);
                return std::nullopt;
            }
        }
        recordChars += field.size();
        record.fields.append(field);
        if (atEnd()) {
            if (m_error)
                return std::nullopt; // cut short by undecodable bytes or a read error
            return record;           // no final line break
        }
        const QChar c = m_buffer.at(m_pos++);
        if (c == QLatin1Char(','))
            continue;
        if (c == QLatin1Char('\r') && !atEnd() && m_buffer.at(m_pos) == QLatin1Char('\n'))
            ++m_pos;
        ++m_line;
        return record;
    }
}

} // namespace cd
