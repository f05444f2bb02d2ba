// Makes large applicant CSVs from the 50-row sample for the batch tests and benchmarks: the
// sample's valid rows over and over, each with a unique applicant id and a unique, valid unified
// social credit code (organisation code and check character computed by cd::CreditCode).
#pragma once

#include "batch/BatchRowReader.h"
#include "batch/CsvWriter.h"
#include "domain/CreditCode.h"

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd::testing {

// A valid code whose organisation code body is `serial` (8 digits) under `prefix` (8 chars).
inline QString generatedCreditCode(const QString &prefix, qint64 serial)
{
    const QString body = QStringLiteral("%1").arg(serial % 100'000'000, 8, 10, QLatin1Char('0'));
    QString code = prefix.left(8) + body;
    code += *CreditCode::organisationCheckDigit(body);
    code += *CreditCode::checkCharacter(code);
    return code;
}

// The header and the valid rows of the sample (rows with a documented problem left out).
struct SampleRows
{
    QStringList header;
    QList<QStringList> rows;
};

inline SampleRows loadSampleRows(const QString &samplePath)
{
    SampleRows sample;
    QFile file(samplePath);
    if (!file.open(QIODevice::ReadOnly))
        return sample;
    CsvReader reader(&file);
    if (auto header = reader.next())
        sample.header = header->fields;
    const QStringList bad{QStringLiteral("SZTC-A-0037"), QStringLiteral("SZTC-A-0039"),
                          QStringLiteral("SZTC-A-0043"), QStringLiteral("SZTC-A-0047")};
    while (auto record = reader.next()) {
        if (!bad.contains(record->fields.value(0)))
            sample.rows.append(record->fields);
    }
    return sample;
}

// Writes `count` rows; returns false if the file cannot be written.
inline bool writeGeneratedCsv(const QString &samplePath, const QString &outPath, qint64 count)
{
    const SampleRows sample = loadSampleRows(samplePath);
    if (sample.rows.isEmpty())
        return false;
    const int idColumn = int(sample.header.indexOf(QStringLiteral("applicant_id")));
    const int codeColumn = int(sample.header.indexOf(QStringLiteral("unified_social_credit_code")));
    QFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(CsvWriter::record(sample.header));
    for (qint64 i = 0; i < count; ++i) {
        QStringList row = sample.rows.at(int(i % sample.rows.size()));
        row[idColumn] = QStringLiteral("GEN-%1").arg(i + 1, 7, 10, QLatin1Char('0'));
        row[codeColumn] = generatedCreditCode(row.at(codeColumn), i + 1);
        out.write(CsvWriter::record(row));
    }
    return out.flush();
}

} // namespace cd::testing
