// CreditCode: GB 32100-2015 validation on every code of the sample batch and on hand-made cases,
// telling a malformed code (invalid_uscc_format) from a typing error (wrong_check_digit).
#include "batch/CsvReader.h"
#include "domain/CreditCode.h"

#include <QFile>
#include <QtTest>

using namespace cd;

class TestCreditCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QFile file(QStringLiteral(COUPONDESK_SAMPLES_DIR "/batch/applicants.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        const auto header = reader.next();
        QVERIFY(header);
        const qsizetype column =
            header->fields.indexOf(QStringLiteral("unified_social_credit_code"));
        QVERIFY(column >= 0);
        int row = 0;
        while (const auto record = reader.next()) {
            ++row;
            // The sample's README: row 37 has a wrong check digit, every other code is valid.
            QTest::addRow("row %d %s", row, qPrintable(record->fields.at(column)))
                << record->fields.at(column) << (row != 37);
        }
        QCOMPARE(row, 50);
    }
    void sampleCodes()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        const Status status = CreditCode::validate(code, QStringLiteral("uscc"));
        QCOMPARE(status.ok(), valid);
        if (!valid) {
            QCOMPARE(status.error().code, ErrorCode::WrongCheckDigit);
            QCOMPARE(status.error().codeName(), QStringLiteral("wrong_check_digit"));
            QCOMPARE(status.error().field, QStringLiteral("uscc"));
        }
        // The computed check character is the one a valid code ends with.
        QCOMPARE(*CreditCode::checkCharacter(QStringView(code).left(17)) == code.at(17), valid);
    }

    void checkCharacterKnownCodes_data()
    {
        QTest::addColumn<QString>("first17");
        QTest::addColumn<QChar>("check");
        // Worked by hand: sum of value × 3^i mod 31, check = (31 - sum mod 31) mod 31.
        QTest::newRow("all zeros") << QStringLiteral("00000000000000000") << QChar(u'0');
        QTest::newRow("sample row 1") << QStringLiteral("91440300869848286") << QChar(u'1');
        QTest::newRow("letters in body") << QStringLiteral("91440300MA9FNULF0") << QChar(u'E');
        QTest::newRow("public institution X") << QStringLiteral("1244030099273441X") << QChar(u'G');
        QTest::newRow("sample row 37 corrected")
            << QStringLiteral("91440300MA9F2DWA9") << QChar(u'J');
    }
    void checkCharacterKnownCodes()
    {
        QFETCH(QString, first17);
        QFETCH(QChar, check);
        QCOMPARE(CreditCode::checkCharacter(first17), std::optional<QChar>(check));
        QVERIFY(first17 == QLatin1String("00000000000000000") ||
                CreditCode::isValid(first17 + check));
    }

    void checkCharacterRefusesBadInput()
    {
        QVERIFY(!CreditCode::checkCharacter(QStringLiteral("9144030086984828")));   // 16
        QVERIFY(!CreditCode::checkCharacter(QStringLiteral("914403008698482861"))); // 18
        QVERIFY(!CreditCode::checkCharacter(QStringLiteral("9144030086984828I")));  // I
        QVERIFY(!CreditCode::checkCharacter(QStringLiteral("91440300869848a86")));  // lower case
    }

    void organisationCheckDigit_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QChar>("check");
        // GB 11714 weights 3 7 9 10 5 8 4 2; 11 - sum mod 11, 10 → X, 11 → 0.
        QTest::newRow("digits") << QStringLiteral("86984828") << QChar(u'6');
        QTest::newRow("MA prefix") << QStringLiteral("MA9FNULF") << QChar(u'0');
        QTest::newRow("gives X") << QStringLiteral("99273441") << QChar(u'X');
        QTest::newRow("gives 0 (11)") << QStringLiteral("00000000") << QChar(u'0');
    }
    void organisationCheckDigit()
    {
        QFETCH(QString, body);
        QFETCH(QChar, check);
        QCOMPARE(CreditCode::organisationCheckDigit(body), std::optional<QChar>(check));
    }

    void malformedCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString();
        QTest::newRow("17 characters") << QStringLiteral("91440300869848286");
        QTest::newRow("19 characters") << QStringLiteral("9144030086984828611");
        QTest::newRow("letter I") << QStringLiteral("91440300MA9FNULI0E");
        QTest::newRow("letter O") << QStringLiteral("91440300MA9FNULO0E");
        QTest::newRow("letter S") << QStringLiteral("91440300MA9FNUSF0E");
        QTest::newRow("letter V") << QStringLiteral("91440300MA9FNVLF0E");
        QTest::newRow("letter Z") << QStringLiteral("91440300MA9FNZLF0E");
        QTest::newRow("lower case") << QStringLiteral("91440300ma9fnulf0e");
        QTest::newRow("space") << QStringLiteral("91440300 A9FNULF0E");
        QTest::newRow("full-width digit") << QStringLiteral("９1440300MA9FNULF0E");
        QTest::newRow("unknown authority 0") << QStringLiteral("01440300MA9FNULF0E");
        QTest::newRow("type 4 under 9") << QStringLiteral("94440300MA9FNULF0E");
        QTest::newRow("letter in division") << QStringLiteral("9144A300MA9FNULF0E");
        QTest::newRow("no such province 99") << QStringLiteral("91990300MA9FNULF0E");
        QTest::newRow("organisation check digit") << QStringLiteral("91440300MA9FNULF1E");
    }
    void malformedCodes()
    {
        QFETCH(QString, code);
        const Status status = CreditCode::validate(code);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::InvalidUsccFormat);
        QCOMPARE(status.error().codeName(), QStringLiteral("invalid_uscc_format"));
        QVERIFY(!status.error().message.isEmpty());
    }

    void everySingleCharacterTypoIsCaught()
    {
        // The point of the check character: one mistyped character never passes.
        const QString valid = QStringLiteral("91440300MA9FNULF0E");
        QVERIFY(CreditCode::isValid(valid));
        for (int position = 0; position < 18; ++position) {
            for (QChar c : CreditCode::alphabet()) {
                if (c == valid.at(position))
                    continue;
                QString typo = valid;
                typo[position] = c;
                QVERIFY2(!CreditCode::isValid(typo), qPrintable(typo));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCreditCode)
#include "tst_credit_code.moc"
