// CsvReader and CsvWriter: the csv-spectrum files read to their JSON, every RFC 4180 corner
// (quotes, "" escapes, line breaks in fields, CRLF/LF/CR, BOM, no final newline, empty fields),
// line numbers, errors, streaming in bounded chunks, and spreadsheet-safe writing.
#include "batch/CsvReader.h"
#include "batch/CsvWriter.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cd;

namespace {
struct Parsed
{
    QList<CsvRecord> records;
    std::optional<Error> error;
    qint64 errorLine = 0;
};

Parsed parse(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    Parsed parsed;
    while (auto record = reader.next())
        parsed.records.append(*record);
    parsed.error = reader.error();
    parsed.errorLine = reader.errorLine();
    return parsed;
}

QList<QStringList> fieldsOf(const Parsed &parsed)
{
    QList<QStringList> fields;
    for (const CsvRecord &record : parsed.records)
        fields.append(record.fields);
    return fields;
}

QList<qint64> linesOf(const Parsed &parsed)
{
    QList<qint64> lines;
    for (const CsvRecord &record : parsed.records)
        lines.append(record.line);
    return lines;
}

// csv-spectrum's form: a list of objects keyed by the header.
QJsonArray toJsonRecords(const Parsed &parsed)
{
    QJsonArray array;
    if (parsed.records.isEmpty())
        return array;
    const QStringList header = parsed.records.first().fields;
    for (qsizetype i = 1; i < parsed.records.size(); ++i) {
        QJsonObject object;
        for (qsizetype c = 0; c < header.size(); ++c)
            object.insert(header.at(c), parsed.records.at(i).fields.value(c));
        array.append(object);
    }
    return array;
}

QJsonArray replaceInStrings(const QJsonArray &array, const QString &from, const QString &to)
{
    QJsonArray result;
    for (const QJsonValue &value : array) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = it.value().toString().replace(from, to);
        result.append(object);
    }
    return result;
}

QList<QStringList> R(std::initializer_list<std::initializer_list<const char *>> rows)
{
    QList<QStringList> result;
    for (const auto &row : rows) {
        QStringList fields;
        for (const char *field : row)
            fields.append(
                QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom)
                    .decode(QByteArrayView(field)));
        result.append(fields);
    }
    return result;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A device that hands out data slowly and counts what it gave, to see that the reader streams.
class CountingDevice : public QIODevice
{
public:
    explicit CountingDevice(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    qint64 given() const { return m_pos; }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_pos >= m_data.size(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, qint64(m_data.size()) - m_pos);
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvSpectrum_data()
    {
        QTest::addColumn<QString>("name");
        const QDir dir(QStringLiteral(COUPONDESK_SAMPLES_DIR "/csv-spectrum/csvs"));
        const QStringList files = dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 12);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file.chopped(4);
    }
    void csvSpectrum()
    {
        QFETCH(QString, name);
        const QString base = QStringLiteral(COUPONDESK_SAMPLES_DIR "/csv-spectrum/");
        const QByteArray csv =
            readFile(base + QStringLiteral("csvs/") + name + QStringLiteral(".csv"));
        const QJsonDocument json = QJsonDocument::fromJson(
            readFile(base + QStringLiteral("json/") + name + QStringLiteral(".json")));
        QVERIFY(!csv.isEmpty());
        QVERIFY(!json.isNull());
        const Parsed parsed = parse(csv);
        QVERIFY(!parsed.error);
        const QJsonArray actual = toJsonRecords(parsed);

        // Two files of the shared copy do not match their own JSON (the lead was told):
        if (name == QLatin1String("newlines_crlf")) {
            // The CSV has no CR byte at all (its CRLFs were converted to LF), but the JSON still
            // expects "\r\n" inside the quoted field. Reading must not invent a CR.
            QVERIFY(!csv.contains('\r'));
            QEXPECT_FAIL("", "sample defect: CRs stripped from newlines_crlf.csv", Continue);
            QCOMPARE(actual, json.array());
            QCOMPARE(actual,
                     replaceInStrings(json.array(), QStringLiteral("\r\n"), QStringLiteral("\n")));
            return;
        }
        if (name == QLatin1String("location_coordinates")) {
            // The JSON is one object instead of a list, and its phone number is not the CSV's.
            QVERIFY(json.isObject());
            QEXPECT_FAIL("", "sample defect: JSON is an object with another phone number",
                         Continue);
            QCOMPARE(actual, QJsonArray{json.object()});
            QCOMPARE(actual.size(), 1);
            QJsonObject expected = json.object();
            const QByteArray secondLine = csv.split('\n').value(1);
            expected.insert(QStringLiteral("Contact Phone Number"),
                            QString::fromUtf8(secondLine.left(secondLine.indexOf(','))));
            QCOMPARE(actual.first().toObject(), expected);
            return;
        }
        QVERIFY(json.isArray());
        QCOMPARE(actual, json.array());
    }

    void corners_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<qint64>>("lines");
        using N = QList<qint64>;
        QTest::newRow("simple LF")
            << QByteArray("a,b\n1,2\n") << R({{"a", "b"}, {"1", "2"}}) << N{1, 2};
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << R({{"a", "b"}, {"1", "2"}})
                              << N{1, 2};
        QTest::newRow("CR only") << QByteArray("a,b\r1,2\r") << R({{"a", "b"}, {"1", "2"}})
                                 << N{1, 2};
        QTest::newRow("no final newline")
            << QByteArray("a,b\n1,2") << R({{"a", "b"}, {"1", "2"}}) << N{1, 2};
        QTest::newRow("BOM stripped") << QByteArray("\xEF\xBB\xBF"
                                                    "a,b\n1,2\n")
                                      << R({{"a", "b"}, {"1", "2"}}) << N{1, 2};
        QTest::newRow("BOM only at start")
            << QByteArray("a\n\xEF\xBB\xBFx\n") << R({{"a"}, {"\xEF\xBB\xBFx"}}) << N{1, 2};
        QTest::newRow("quoted comma")
            << QByteArray("\"Co., Ltd.\",x\n") << R({{"Co., Ltd.", "x"}}) << N{1};
        QTest::newRow("escaped quotes")
            << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n") << R({{"say \"hi\"", "\""}}) << N{1};
        QTest::newRow("embedded LF")
            << QByteArray("a,\"x\ny\"\nb,c\n") << R({{"a", "x\ny"}, {"b", "c"}}) << N{1, 3};
        QTest::newRow("embedded CRLF kept")
            << QByteArray("a,\"x\r\ny\"\r\nb,c\r\n") << R({{"a", "x\r\ny"}, {"b", "c"}}) << N{1, 3};
        QTest::newRow("record over three lines") << QByteArray("h\n\"1\n2\n3\"\nnext\n")
                                                 << R({{"h"}, {"1\n2\n3"}, {"next"}}) << N{1, 2, 5};
        QTest::newRow("empty fields")
            << QByteArray("a,,c\n,,\n") << R({{"a", "", "c"}, {"", "", ""}}) << N{1, 2};
        QTest::newRow("trailing empty field")
            << QByteArray("a,b,\n") << R({{"a", "b", ""}}) << N{1};
        QTest::newRow("trailing comma at EOF") << QByteArray("a,b,") << R({{"a", "b", ""}}) << N{1};
        QTest::newRow("quoted empty") << QByteArray("\"\",x\n") << R({{"", "x"}}) << N{1};
        QTest::newRow("blank lines skipped, counted")
            << QByteArray("a\n\n\nb\r\n\r\nc") << R({{"a"}, {"b"}, {"c"}}) << N{1, 4, 6};
        QTest::newRow("spaces kept") << QByteArray(" a , b \n") << R({{" a ", " b "}}) << N{1};
        QTest::newRow("UTF-8 Chinese") << QByteArray("名称\n深圳市溯潋教育科技有限公司\n")
                                       << R({{"名称"}, {"深圳市溯潋教育科技有限公司"}}) << N{1, 2};
        QTest::newRow("wrong field count is still a record")
            << QByteArray("a,b\n1\n1,2,3\n") << R({{"a", "b"}, {"1"}, {"1", "2", "3"}})
            << N{1, 2, 3};
        QTest::newRow("text after closing quote kept")
            << QByteArray("\"ab\"cd,e\n") << R({{"abcd", "e"}}) << N{1};
        QTest::newRow("empty input") << QByteArray() << R({}) << N{};
    }
    void corners()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<qint64>, lines);
        const Parsed parsed = parse(csv);
        QVERIFY2(!parsed.error, parsed.error ? qPrintable(parsed.error->message) : "");
        QCOMPARE(fieldsOf(parsed), records);
        QCOMPARE(linesOf(parsed), lines);
    }

    void unterminatedQuoteIsAnErrorWithItsLine()
    {
        const Parsed parsed = parse("a,b\n1,2\n3,\"open\n4,5\n");
        QCOMPARE(parsed.records.size(), 2);
        QVERIFY(parsed.error);
        QCOMPARE(parsed.error->code, ErrorCode::InvalidCsv);
        QCOMPARE(parsed.errorLine, 3);
    }

    void invalidUtf8IsAnError()
    {
        const Parsed parsed = parse("a,b\n1,2\n\xff\xfe,3\n");
        QVERIFY(parsed.error);
        QCOMPARE(parsed.error->code, ErrorCode::InvalidCsv);
        QCOMPARE(parsed.records.size(), 2);
    }

    // A NUL byte ends the input like bytes that are not UTF-8: the records before it count.
    void nulByteIsAnErrorWithItsLine()
    {
        const Parsed parsed = parse(QByteArray("a,b\n1,2\n3,x\0y\n", 14));
        QCOMPARE(parsed.records.size(), 2);
        QVERIFY(parsed.error);
        QCOMPARE(parsed.error->code, ErrorCode::InvalidCsv);
        QCOMPARE(parsed.errorLine, 3);
        QVERIFY(parsed.error->message.contains(QLatin1String("NUL")));
    }

    void utf16IsRecognised_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("UTF-16LE BOM") << QByteArray("\xFF\xFE"
                                                    "a\0,\0b\0\n\0",
                                                    10);
        QTest::newRow("UTF-16BE BOM") << QByteArray("\xFE\xFF\0a\0,\0b\0\n", 10);
        QTest::newRow("UTF-16LE no BOM") << QByteArray("a\0,\0b\0\n\0", 8);
        QTest::newRow("UTF-32LE BOM") << QByteArray("\xFF\xFE\0\0a\0\0\0", 8);
    }
    void utf16IsRecognised()
    {
        QFETCH(QByteArray, csv);
        const Parsed parsed = parse(csv);
        QVERIFY(parsed.records.isEmpty());
        QVERIFY(parsed.error);
        QCOMPARE(parsed.error->code, ErrorCode::InvalidCsv);
        QVERIFY2(parsed.error->message.contains(QLatin1String("UTF-16")),
                 qPrintable(parsed.error->message));
    }

    void overlongRecordIsAnError()
    {
        QByteArray csv("a\n\"");
        csv += QByteArray(CsvReader::kMaxRecordChars + 10, 'x');
        const Parsed parsed = parse(csv);
        QVERIFY(parsed.error);
        QCOMPARE(parsed.errorLine, 2);
    }

    void multiByteCharacterAcrossChunks()
    {
        // 64 KiB chunks: put three-byte characters across every possible split.
        QByteArray csv("h\n");
        QStringList expected{QStringLiteral("h")};
        QString row;
        while (csv.size() < 200'000) {
            row = QStringLiteral("深圳%1").arg(csv.size());
            csv += row.toUtf8() + "\n";
            expected.append(row);
        }
        const Parsed parsed = parse(csv);
        QVERIFY(!parsed.error);
        QStringList actual;
        for (const CsvRecord &record : parsed.records)
            actual.append(record.fields.first());
        QCOMPARE(actual, expected);
    }

    void readsInBoundedChunks()
    {
        QByteArray csv("id,name\n");
        for (int i = 0; csv.size() < 8'000'000; ++i)
            csv += QByteArray::number(i) + ",\"Shenzhen Example Co., Ltd.\"\n";
        CountingDevice device(csv);
        CsvReader reader(&device);
        QVERIFY(reader.next());
        QVERIFY(reader.next());
        QVERIFY2(device.given() <= 128 * 1024, qPrintable(QString::number(device.given())));
        qint64 records = 2;
        while (reader.next())
            ++records;
        QVERIFY(!reader.error());
        QCOMPARE(device.given(), qint64(csv.size()));
        QCOMPARE(records, qint64(csv.count('\n')));
    }

    void writerNeutralisesFormulas_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"x\")")
                                << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-150000.00") << QStringLiteral("'-150000.00");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("CR") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("plain") << QStringLiteral("SZTC-A-0001") << QStringLiteral("SZTC-A-0001");
        QTest::newRow("comma") << QStringLiteral("Co., Ltd.") << QStringLiteral("\"Co., Ltd.\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("empty") << QString() << QString();
    }
    void writerNeutralisesFormulas()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(CsvWriter::escapeCell(value), cell);
    }

    void writerRoundTrip()
    {
        const QStringList cells{QStringLiteral("Co., \"Ltd.\""), QStringLiteral("line\r\nbreak"),
                                QString(), QStringLiteral("深圳")};
        const Parsed parsed = parse(CsvWriter::record(cells) + CsvWriter::record(cells));
        QCOMPARE(fieldsOf(parsed), (QList<QStringList>{cells, cells}));
        QCOMPARE(linesOf(parsed), (QList<qint64>{1, 3}));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
