// BatchRowReader and BatchRowValidator: the header check, every kind of bad row with its code,
// field and line, the 50-row sample's four documented bad rows, the mapping of a row onto an
// Application, amounts, and the batch defaults.
#include "batch/BatchRowValidator.h"
#include "batch/CsvWriter.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>

using namespace cd;

namespace {
const QString kSample = QStringLiteral(COUPONDESK_SAMPLES_DIR "/batch/applicants.csv");
const QString kContracts = QStringLiteral(COUPONDESK_SAMPLES_DIR "/contracts");

struct Outcome
{
    Status header = success();
    QList<BatchItem> items;
    QList<BatchRowError> errors;
};

Outcome validateCsv(const QByteArray &csv, const QString &contractsDir = kContracts,
                    const BatchDefaults &defaults = {})
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    BatchRowReader reader(&buffer);
    Outcome outcome;
    outcome.header = reader.readHeader();
    if (!outcome.header)
        return outcome;
    BatchRowValidator validator(QStringLiteral("shenzhen-training-2024"), contractsDir, defaults);
    while (const auto row = reader.next()) {
        if (auto item = validator.validate(*row, outcome.errors))
            outcome.items.append(*item);
    }
    return outcome;
}

// A valid row of the sample (row 4, with a contract file), as column → value.
QMap<QString, QString> validRow()
{
    return {
        {QStringLiteral("applicant_id"), QStringLiteral("SZTC-A-0004")},
        {QStringLiteral("company_name"),
         QStringLiteral("Shenzhen Wusong Lingxi Intelligent Technology Co., Ltd.")},
        {QStringLiteral("company_name_zh"), QStringLiteral("深圳市雾松灵犀智能科技有限公司")},
        {QStringLiteral("entity_type"), QStringLiteral("startup")},
        {QStringLiteral("registered_city"), QStringLiteral("Shenzhen")},
        {QStringLiteral("founded_date"), QStringLiteral("2021-11-15")},
        {QStringLiteral("unified_social_credit_code"), QStringLiteral("91440300MA9MDTG56J")},
        {QStringLiteral("contact_email"), QStringLiteral("finance@wusong-lingxi.example")},
        {QStringLiteral("contract_file"), QStringLiteral("A01_zh_service_contract_h800.pdf")},
        {QStringLiteral("contract_amount_cny"), QStringLiteral("6336000.00")},
        {QStringLiteral("contract_signing_date"), QStringLiteral("2024-03-18")},
        {QStringLiteral("gpu_model"), QStringLiteral("NVIDIA H800")},
        {QStringLiteral("gpu_domestic"), QStringLiteral("false")},
        {QStringLiteral("prior_subsidy_cny_this_year"), QStringLiteral("0.00")},
    };
}

QByteArray csvOf(const QList<QMap<QString, QString>> &rows, QStringList columns = {})
{
    if (columns.isEmpty()) {
        columns = BatchRowReader::requiredColumns();
        for (const auto &row : rows) {
            for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
                if (!columns.contains(it.key()))
                    columns.append(it.key());
            }
        }
    }
    QByteArray csv = CsvWriter::record(columns);
    for (const auto &row : rows) {
        QStringList cells;
        for (const QString &column : columns)
            cells.append(row.value(column));
        // CsvWriter would prefix "-150" with ': rows here must carry the raw text.
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            QString cell = cells.at(i);
            if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
                cell.contains(QLatin1Char('\n')))
                cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                       QLatin1Char('"');
            line += (i ? QStringLiteral(",") : QString()) + cell;
        }
        csv += line.toUtf8() + '\n';
    }
    return csv;
}
} // namespace

class TestBatchRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleHasExactlyTheDocumentedBadRows()
    {
        QFile file(kSample);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Outcome outcome = validateCsv(file.readAll());
        QVERIFY(outcome.header.ok());
        QCOMPARE(outcome.items.size(), 46);
        QStringList actual;
        for (const BatchRowError &error : outcome.errors) {
            actual.append(QStringLiteral("%1 %2 %3 %4")
                              .arg(error.line)
                              .arg(error.applicantId, error.field, errorCodeName(error.code)));
            QVERIFY(!error.message.isEmpty());
        }
        // ../shared/samples/batch/README.md, "Bad rows".
        const QStringList expected{
            QStringLiteral("38 SZTC-A-0037 unified_social_credit_code wrong_check_digit"),
            QStringLiteral("40 SZTC-A-0039 contract_signing_date malformed_date"),
            QStringLiteral("44 SZTC-A-0043 prior_subsidy_cny_this_year negative_amount"),
            QStringLiteral("48 SZTC-A-0047 contact_email missing_required"),
        };
        QCOMPARE(actual, expected);
    }

    void missingRequiredColumn_data()
    {
        QTest::addColumn<QString>("column");
        for (const QString &column : BatchRowReader::requiredColumns())
            QTest::newRow(qPrintable(column)) << column;
    }
    void missingRequiredColumn()
    {
        QFETCH(QString, column);
        QStringList columns = BatchRowReader::requiredColumns();
        columns.removeAll(column);
        const Outcome outcome = validateCsv(csvOf({validRow()}, columns));
        QVERIFY(!outcome.header.ok());
        QCOMPARE(outcome.header.error().code, ErrorCode::InvalidCsv);
        QCOMPARE(exitCodeFor(outcome.header.error().code), 3);
        QCOMPARE(outcome.header.error().field, column);
        QVERIFY(outcome.items.isEmpty());
    }

    void headerProblems_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("blank first line") << QByteArray("\n") + csvOf({validRow()});
        QTest::newRow("duplicate column")
            << csvOf({validRow()}, BatchRowReader::requiredColumns() +
                                       QStringList{QStringLiteral("applicant_id")});
        QTest::newRow("not UTF-8") << QByteArray("applicant_id\xff,x\n");
    }
    void headerProblems()
    {
        QFETCH(QByteArray, csv);
        const Outcome outcome = validateCsv(csv);
        QVERIFY(!outcome.header.ok());
        QCOMPARE(outcome.header.error().code, ErrorCode::InvalidCsv);
    }

    void badRow_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        auto add = [](const char *name, const char *column, const char *value, const char *code,
                      const char *field = nullptr) {
            QTest::newRow(name) << QString::fromUtf8(column) << QString::fromUtf8(value)
                                << QString::fromUtf8(code)
                                << QString::fromUtf8(field ? field : column);
        };
        add("no applicant_id", "applicant_id", "", "missing_required");
        add("applicant_id with slash", "applicant_id", "../etc/x", "schema_violation");
        add("no credit code", "unified_social_credit_code", "", "missing_required");
        add("no e-mail", "contact_email", "", "missing_required");
        add("founded_date slashes", "founded_date", "2021/11/15", "malformed_date");
        add("founded_date not a day", "founded_date", "2021-02-30", "malformed_date");
        add("signing date German", "contract_signing_date", "18.03.2024", "malformed_date");
        add("application_date", "application_date", "2025-4-1", "malformed_date");
        add("period_end", "period_end", "soon", "malformed_date");
        add("check digit", "unified_social_credit_code", "91440300MA9MDTG56K", "wrong_check_digit");
        add("code too short", "unified_social_credit_code", "91440300MA9MDTG56",
            "invalid_uscc_format");
        add("code with O", "unified_social_credit_code", "91440300MA9MDTGO6J",
            "invalid_uscc_format");
        add("negative amount", "contract_amount_cny", "-6336000.00", "negative_amount");
        add("negative prior subsidy", "prior_subsidy_cny_this_year", "-1", "negative_amount");
        add("negative other funding", "other_public_funding", "-5.00", "negative_amount");
        add("thousands separator", "contract_amount_cny", "6,336,000.00", "non_numeric_amount");
        add("currency sign", "contract_amount_cny", "¥6336000", "non_numeric_amount");
        add("words", "contract_amount_cny", "six million", "non_numeric_amount");
        add("fraction of a fen", "contract_amount_cny", "6336000.005", "non_numeric_amount");
        add("exponent", "prior_subsidy_cny_this_year", "1e5", "non_numeric_amount");
        add("entity type", "entity_type", "company", "invalid_enum");
        add("gpu_domestic", "gpu_domestic", "maybe", "invalid_enum");
        add("use", "use", "mining", "invalid_enum");
        add("provider_registered", "provider_registered", "registered", "invalid_enum");
        add("e-mail without @", "contact_email", "finance.example", "invalid_email");
        add("e-mail without domain dot", "contact_email", "finance@example", "invalid_email");
        add("e-mail with space", "contact_email", "fin ance@x.example", "invalid_email");
        add("contract file missing", "contract_file", "no-such-contract.pdf",
            "contract_file_not_found");
        add("gpu_count", "gpu_count", "sixty-four", "wrong_type");
        add("escape sequence", "company_name", "Evil\x1b[2J Co.", "invalid_csv");
        add("NUL character", "company_name_zh", "深圳\x01公司", "invalid_csv");
    }
    void badRow()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QMap<QString, QString> bad = validRow();
        bad.insert(column, value);
        QMap<QString, QString> good = validRow();
        good.insert(QStringLiteral("applicant_id"), QStringLiteral("GOOD-1"));
        // The bad row sits between two good ones: it is reported, the others go on.
        QMap<QString, QString> good2 = good;
        good2.insert(QStringLiteral("applicant_id"), QStringLiteral("GOOD-2"));
        const Outcome outcome = validateCsv(csvOf({good, bad, good2}));
        QVERIFY(outcome.header.ok());
        QCOMPARE(outcome.errors.size(), 1);
        const BatchRowError &error = outcome.errors.first();
        QCOMPARE(errorCodeName(error.code), code);
        QCOMPARE(error.field, field);
        QCOMPARE(error.line, 3);
        QCOMPARE(error.applicantId, bad.value(QStringLiteral("applicant_id")));
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(outcome.items.size(), 2);
        QCOMPARE(outcome.items.at(1).line, 4);
    }

    void duplicateId()
    {
        QMap<QString, QString> other = validRow();
        other.insert(QStringLiteral("company_name"), QStringLiteral("Another Co."));
        const Outcome outcome = validateCsv(csvOf({validRow(), other, validRow()}));
        QCOMPARE(outcome.items.size(), 1);
        QCOMPARE(outcome.items.first().line, 2);
        QCOMPARE(outcome.errors.size(), 2);
        for (const BatchRowError &error : outcome.errors) {
            QCOMPARE(errorCodeName(error.code), QStringLiteral("duplicate_id"));
            QCOMPARE(error.field, QStringLiteral("applicant_id"));
        }
        QCOMPARE(outcome.errors.at(0).line, 3);
        QCOMPARE(outcome.errors.at(1).line, 4);
    }

    // Rows of empty cells (",,,,") are skipped like empty lines; the line numbers stay right.
    void blankRowsAreNotRows()
    {
        QByteArray csv = csvOf({validRow()});
        csv += QByteArray(BatchRowReader::requiredColumns().size() - 1, ',') + "\n";
        csv += ", ,\n";
        QMap<QString, QString> other = validRow();
        other.insert(QStringLiteral("applicant_id"), QStringLiteral("AFTER-BLANKS"));
        csv += csvOf({other}).split('\n').at(1) + "\n";
        const Outcome outcome = validateCsv(csv);
        QVERIFY(outcome.errors.isEmpty());
        QCOMPARE(outcome.items.size(), 2);
        QCOMPARE(outcome.items.at(1).line, 5);
        QCOMPARE(outcome.items.at(1).number, 2);
    }

    void separatorOtherThanCommaIsNamed_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("named");
        QTest::newRow("semicolon")
            << csvOf({validRow()}).replace(',', ';') << QStringLiteral("\";\"");
        QTest::newRow("tab") << csvOf({validRow()}).replace(',', '\t') << QStringLiteral("TAB");
    }
    void separatorOtherThanCommaIsNamed()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, named);
        const Outcome outcome = validateCsv(csv);
        QVERIFY(!outcome.header.ok());
        QCOMPARE(outcome.header.error().code, ErrorCode::InvalidCsv);
        QVERIFY2(outcome.header.error().message.contains(named),
                 qPrintable(outcome.header.error().message));
    }

    void secondByteOrderMarkIsIgnored()
    {
        const Outcome outcome = validateCsv("\xEF\xBB\xBF\xEF\xBB\xBF" + csvOf({validRow()}));
        QVERIFY(outcome.header.ok());
        QCOMPARE(outcome.items.size(), 1);
    }

    void wrongFieldCount()
    {
        QByteArray csv = csvOf({validRow()});
        csv += "SHORT-1,only,three\n";
        csv += csvOf({validRow()}).split('\n').at(1) + ",extra\n";
        const Outcome outcome = validateCsv(csv);
        QCOMPARE(outcome.items.size(), 1);
        QCOMPARE(outcome.errors.size(), 2);
        QCOMPARE(outcome.errors.at(0).line, 3);
        QCOMPARE(outcome.errors.at(0).code, ErrorCode::InvalidCsv);
        QCOMPARE(outcome.errors.at(1).line, 4);
    }

    void everyProblemOfARowIsListed()
    {
        QMap<QString, QString> row = validRow();
        row.insert(QStringLiteral("founded_date"), QStringLiteral("yesterday"));
        row.insert(QStringLiteral("contact_email"), QStringLiteral("nobody"));
        row.insert(QStringLiteral("contract_amount_cny"), QStringLiteral("-1"));
        const Outcome outcome = validateCsv(csvOf({row}));
        QCOMPARE(outcome.errors.size(), 3);
        QVERIFY(outcome.items.isEmpty());
    }

    void lineNumbersWithMultiLineFields()
    {
        QMap<QString, QString> first = validRow();
        first.insert(QStringLiteral("company_name"), QStringLiteral("Line one\nline two\nthree"));
        QMap<QString, QString> second = validRow();
        second.insert(QStringLiteral("applicant_id"), QStringLiteral("X-2"));
        second.insert(QStringLiteral("founded_date"), QStringLiteral("bad"));
        const Outcome outcome = validateCsv(csvOf({first, second}));
        QCOMPARE(outcome.items.size(), 1);
        QCOMPARE(outcome.items.first().line, 2);
        QCOMPARE(outcome.items.first().application.applicant.nameEn,
                 QStringLiteral("Line one\nline two\nthree"));
        QCOMPARE(outcome.errors.size(), 1);
        QCOMPARE(outcome.errors.first().line, 5); // header, 3 lines of the first row
    }

    void rowBecomesAnApplication()
    {
        const Outcome outcome = validateCsv(csvOf({validRow()}));
        QCOMPARE(outcome.items.size(), 1);
        const BatchItem &item = outcome.items.first();
        const Application &a = item.application;
        QCOMPARE(item.applicantId, QStringLiteral("SZTC-A-0004"));
        QCOMPARE(a.program, QStringLiteral("shenzhen-training-2024"));
        QCOMPARE(a.applicant.name, QStringLiteral("深圳市雾松灵犀智能科技有限公司"));
        QCOMPARE(a.applicant.nameEn,
                 QStringLiteral("Shenzhen Wusong Lingxi Intelligent Technology Co., Ltd."));
        QCOMPARE(a.applicant.entityType, std::optional(EntityType::Startup));
        QCOMPARE(a.applicant.registeredCity, QStringLiteral("Shenzhen"));
        QCOMPARE(a.applicant.foundedDate, std::optional(QDate(2021, 11, 15)));
        QCOMPARE(a.applicant.creditCode, QStringLiteral("91440300MA9MDTG56J"));
        QCOMPARE(a.applicant.contactEmail, QStringLiteral("finance@wusong-lingxi.example"));
        QCOMPARE(a.priorSubsidyThisYear, std::optional(Money::fromFen(0)));
        QCOMPARE(a.contracts.size(), 1);
        const ContractEntry &c = a.contracts.first();
        QCOMPARE(c.file, QStringLiteral("A01_zh_service_contract_h800.pdf"));
        QCOMPARE(c.amount, std::optional(Money::fromFen(633600000)));
        QCOMPARE(c.signingDate, std::optional(QDate(2024, 3, 18)));
        QCOMPARE(c.gpuModel, QStringLiteral("NVIDIA H800"));
        QCOMPARE(c.domesticCompute, std::optional(false));
        QVERIFY(item.contractPath.endsWith(QLatin1String("/A01_zh_service_contract_h800.pdf")));
        QVERIFY(QFileInfo(item.contractPath).isAbsolute());
        // Not in the CSV and no default: unanswered, so the estimate lists them as open.
        QVERIFY(!a.applicationDate);
        QVERIFY(!a.applicant.independentLegalPerson);
        QVERIFY(!c.providerRegistered);
        QVERIFY(!c.providerAffiliated);
        QVERIFY(!c.use);
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("two decimals") << QStringLiteral("6336000.00") << qint64(633600000);
        QTest::newRow("no decimals") << QStringLiteral("432000") << qint64(43200000);
        QTest::newRow("one decimal") << QStringLiteral("1.5") << qint64(150);
        QTest::newRow("zeros past the fen") << QStringLiteral("1200.5000") << qint64(120050);
        QTest::newRow("spaces trimmed") << QStringLiteral(" 7.25 ") << qint64(725);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    }
    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        QMap<QString, QString> row = validRow();
        row.insert(QStringLiteral("contract_amount_cny"), text);
        const Outcome outcome = validateCsv(csvOf({row}));
        QCOMPARE(outcome.errors.size(), 0);
        QCOMPARE(outcome.items.first().application.contracts.first().amount,
                 std::optional(Money::fromFen(fen)));
    }

    void optionalColumnsAndDefaults()
    {
        BatchDefaults defaults;
        QVERIFY(defaults.set(QStringLiteral("application_date"), QStringLiteral("2026-05-10")));
        QVERIFY(defaults.set(QStringLiteral("provider_registered"), QStringLiteral("true")));
        QVERIFY(defaults.set(QStringLiteral("use"), QStringLiteral("training")));
        QVERIFY(defaults.set(QStringLiteral("independent_legal_person"), QStringLiteral("yes")));
        QMap<QString, QString> own = validRow();
        own.insert(QStringLiteral("application_date"), QStringLiteral("2026-05-20"));
        own.insert(QStringLiteral("provider_affiliated"), QStringLiteral("false"));
        own.insert(QStringLiteral("gpu_count"), QStringLiteral("64"));
        own.insert(QStringLiteral("gpu_hours"), QStringLiteral("1200.5"));
        own.insert(QStringLiteral("provider"), QStringLiteral("Example Compute Ltd."));
        QMap<QString, QString> plain = validRow();
        plain.insert(QStringLiteral("applicant_id"), QStringLiteral("PLAIN"));
        const Outcome outcome = validateCsv(csvOf({own, plain}), kContracts, defaults);
        QCOMPARE(outcome.errors.size(), 0);
        const Application &a = outcome.items.at(0).application;
        QCOMPARE(a.applicationDate, std::optional(QDate(2026, 5, 20))); // the row wins
        QCOMPARE(a.applicant.independentLegalPerson, std::optional(true));
        const ContractEntry &c = a.contracts.first();
        QCOMPARE(c.providerRegistered, std::optional(true));
        QCOMPARE(c.providerAffiliated, std::optional(false));
        QCOMPARE(c.use, std::optional(ComputeUse::Training));
        QCOMPARE(c.gpuCount, std::optional(64));
        QCOMPARE(c.gpuHours, std::optional(1200.5));
        QCOMPARE(c.provider, QStringLiteral("Example Compute Ltd."));
        const Application &b = outcome.items.at(1).application;
        QCOMPARE(b.applicationDate, std::optional(QDate(2026, 5, 10))); // the default
        QVERIFY(!b.contracts.first().providerAffiliated);
    }

    void defaultsAreChecked()
    {
        BatchDefaults defaults;
        const Status badDate =
            defaults.set(QStringLiteral("application_date"), QStringLiteral("01.05.2026"));
        QVERIFY(!badDate);
        QCOMPARE(badDate.error().code, ErrorCode::InvalidDate);
        QVERIFY(!defaults.set(QStringLiteral("provider_registered"), QStringLiteral("perhaps")));
        QVERIFY(!defaults.set(QStringLiteral("no_such_column"), QStringLiteral("x")));
        QVERIFY(defaults.values().isEmpty());
        QVERIFY(defaults.set(QStringLiteral("use"), QStringLiteral("inference")));
        QCOMPARE(defaults.fingerprint(), QByteArray("use=inference\n"));
    }

    void defaultsFromText()
    {
        // The batch view's field: pairs separated by ";" or lines, option spellings accepted,
        // values may contain commas.
        auto parsed = BatchDefaults::parse(
            QStringLiteral(" application-date=2026-05-10 ;provider=Shenzhen Cloud Co., Ltd.\n"
                           "use = training;;"));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->value(QStringLiteral("application_date")), QStringLiteral("2026-05-10"));
        QCOMPARE(parsed->value(QStringLiteral("provider")),
                 QStringLiteral("Shenzhen Cloud Co., Ltd."));
        QCOMPARE(parsed->value(QStringLiteral("use")), QStringLiteral("training"));
        QCOMPARE(parsed->values().size(), 3);
        QVERIFY(BatchDefaults::parse(QString())->values().isEmpty());
        QCOMPARE(BatchDefaults::parse(QStringLiteral("use")).error().code, ErrorCode::Usage);
        QCOMPARE(BatchDefaults::parse(QStringLiteral("application_date=1.5.2026")).error().code,
                 ErrorCode::InvalidDate);
        QVERIFY(!BatchDefaults::parse(QStringLiteral("colour=blue")));
    }

    void contractFileIsLookedUpInTheContractsDir()
    {
        QTemporaryDir dir;
        QFile contract(dir.filePath(QStringLiteral("A01_zh_service_contract_h800.pdf")));
        QVERIFY(contract.open(QIODevice::WriteOnly));
        contract.write("%PDF-1.4\n");
        contract.close();
        QCOMPARE(validateCsv(csvOf({validRow()}), dir.path()).errors.size(), 0);
        QTemporaryDir empty;
        const Outcome outcome = validateCsv(csvOf({validRow()}), empty.path());
        QCOMPARE(outcome.errors.size(), 1);
        QCOMPARE(errorCodeName(outcome.errors.first().code),
                 QStringLiteral("contract_file_not_found"));
        // A folder of that name is not a contract file either.
        QTemporaryDir withFolder;
        QVERIFY(QDir(withFolder.path()).mkdir(QStringLiteral("A01_zh_service_contract_h800.pdf")));
        QCOMPARE(validateCsv(csvOf({validRow()}), withFolder.path()).errors.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBatchRows)
#include "tst_batch_rows.moc"
