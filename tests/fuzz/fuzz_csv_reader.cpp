// libFuzzer target: the batch CSV reader (app/batch/CsvReader), the header and row reader and
// the row validator on arbitrary bytes. Invariants: records come in line order, a record never
// exceeds the length limit, rows either validate or carry coded errors.
#include "FuzzSupport.h"

#include "batch/BatchRowReader.h"
#include "batch/BatchRowValidator.h"
#include "batch/CsvReader.h"

#include <QBuffer>

using namespace cd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray input = fuzz::bytes(data, size);
    {
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        qint64 line = 0;
        while (const auto record = reader.next()) {
            fuzz::check(record->line > line, "CsvReader: lines do not increase");
            line = record->line;
            qsizetype chars = 0;
            for (const QString &field : record->fields)
                chars += field.size();
            fuzz::check(chars <= CsvReader::kMaxRecordChars, "CsvReader: record over the limit");
        }
        fuzz::check(reader.bytesRead() <= input.size(), "CsvReader: read more than there is");
        if (reader.error())
            fuzz::check(reader.error()->code == ErrorCode::InvalidCsv, "CsvReader: error code");
    }
    // The same bytes as a batch file, behind the real header so the rows get validated.
    QByteArray batch = BatchRowReader::requiredColumns().join(QLatin1Char(',')).toUtf8() + '\n';
    batch += input;
    for (const QByteArray &file : {input, batch}) {
        QBuffer buffer;
        buffer.setData(file);
        buffer.open(QIODevice::ReadOnly);
        BatchRowReader reader(&buffer);
        if (!reader.readHeader())
            continue;
        BatchRowValidator validator(QStringLiteral("shenzhen-training-2024"),
                                    QStringLiteral("/nonexistent-coupondesk-fuzz"));
        int rows = 0;
        while (const auto row = reader.next()) {
            QList<BatchRowError> errors;
            const auto item = validator.validate(*row, errors);
            fuzz::check(item.has_value() == errors.isEmpty(), "validator: item and errors");
            if (++rows > 2000)
                break;
        }
    }
    return 0;
}
