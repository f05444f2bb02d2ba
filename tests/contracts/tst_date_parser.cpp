// DateParser: Chinese, ISO, German and English dates, and what is not a date.
#include "contracts/DateParser.h"

#include <QtTest>

using namespace cd;

class TestDateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("Chinese") << QStringLiteral("2025年3月1日") << QDate(2025, 3, 1);
        QTest::newRow("Chinese spaced") << QStringLiteral("2025 年 3 月 1 日") << QDate(2025, 3, 1);
        QTest::newRow("Chinese numerals")
            << QStringLiteral("二〇二四年十二月十六日") << QDate(2024, 12, 16);
        QTest::newRow("Chinese numerals, small")
            << QStringLiteral("二〇二五年三月一日") << QDate(2025, 3, 1);
        QTest::newRow("ISO") << QStringLiteral("2025-03-01") << QDate(2025, 3, 1);
        QTest::newRow("slashes") << QStringLiteral("2025/3/1") << QDate(2025, 3, 1);
        QTest::newRow("German dotted") << QStringLiteral("29.08.2024") << QDate(2024, 8, 29);
        QTest::newRow("German month") << QStringLiteral("1. März 2025") << QDate(2025, 3, 1);
        QTest::newRow("German October") << QStringLiteral("1. Oktober 2024") << QDate(2024, 10, 1);
        QTest::newRow("English US") << QStringLiteral("March 1, 2025") << QDate(2025, 3, 1);
        QTest::newRow("English June") << QStringLiteral("June 12, 2024") << QDate(2024, 6, 12);
        QTest::newRow("English day first")
            << QStringLiteral("20 January 2025") << QDate(2025, 1, 20);
        QTest::newRow("abbreviated") << QStringLiteral("5 Sept. 2024") << QDate(2024, 9, 5);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        const auto result = DateParser::parse(text);
        QVERIFY2(result.ok(), qPrintable(text));
        QCOMPARE(result.value(), date);
    }

    void refuse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no such day") << QStringLiteral("2025-02-30");
        QTest::newRow("month 13") << QStringLiteral("2025年13月1日");
        QTest::newRow("blank form") << QStringLiteral("年月日");
        QTest::newRow("version") << QStringLiteral("2024-09");
        QTest::newRow("IP address") << QStringLiteral("10.20.0.11");
        QTest::newRow("words") << QStringLiteral("tomorrow");
        QTest::newRow("two dates") << QStringLiteral("2025-03-01 2025-03-02");
    }

    void refuse()
    {
        QFETCH(QString, text);
        const auto result = DateParser::parse(text);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidDate);
    }

    void findAllInProse()
    {
        const QString text =
            QStringLiteral("2.1 服务期限自2024年4月1日起至2024年9月30日止，共计 6 个月。");
        const QList<DateMatch> found = DateParser::findAll(text);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].date, QDate(2024, 4, 1));
        QCOMPARE(text.mid(found[0].start, found[0].length), QStringLiteral("2024年4月1日"));
        QCOMPARE(found[1].date, QDate(2024, 9, 30));
    }

    void findAllEnglishRange()
    {
        const QList<DateMatch> found = DateParser::findAll(
            QStringLiteral("commences on July 1, 2024 and ends on December 31, 2024 (inclusive)"));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].date, QDate(2024, 7, 1));
        QCOMPARE(found[1].date, QDate(2024, 12, 31));
    }
};

QTEST_GUILESS_MAIN(TestDateParser)
#include "tst_date_parser.moc"
