#include "CsvReader.h"

#include <QCoreApplication>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::CsvReader)
};

constexpr qint64 kChunkBytes = 64 * 1024;
} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
    // Default flags: invalid bytes are reported through hasError(), an initial BOM is skipped.
    , m_decoder(QStringConverter::Utf8)
{}

bool CsvReader::fill()
{
    while (!m_deviceDone) {
        const QByteArray bytes = m_device->read(kChunkBytes);
        if (bytes.isEmpty()) {
            m_deviceDone = true;
            if (m_device->atEnd() || !m_device->isOpen())
                break;
            // read() gave nothing before the end: a device error.
            if (!m_device->errorString().isEmpty() && !m_error)
                fail(Tr::tr("The file cannot be read: %1").arg(m_device->errorString()), m_line);
            break;
        }
        m_bytesRead += bytes.size();
        const QString text = m_decoder.decode(bytes);
        if (m_decoder.hasError()) {
            fail(Tr::tr("The file is not UTF-8 text (near line %1). Save it as \"CSV UTF-8\".")
                     .arg(m_line),
                 m_line);
            m_deviceDone = true;
            return false;
        }
        if (text.isEmpty())
            continue; // a chunk that ended inside a multi-byte character
        if (m_pos >= m_buffer.size())
            m_buffer = text;
        else
            m_buffer = m_buffer.mid(m_pos) + text;
        m_pos = 0;
        return true;
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
