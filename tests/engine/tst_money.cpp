// Money and Rate: parsing, arithmetic, the one rounding rule, and display per locale.
#include "domain/Money.h"
#include "domain/MoneyFormat.h"

#include <QtTest>

using namespace cd;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("two decimals") << QStringLiteral("3200000.00") << true << qint64(320000000);
        QTest::newRow("one decimal") << QStringLiteral("12.5") << true << qint64(1250);
        QTest::newRow("whole") << QStringLiteral("7") << true << qint64(700);
        QTest::newRow("negative") << QStringLiteral("-0.01") << true << qint64(-1);
        QTest::newRow("leading zeros") << QStringLiteral("000012.30") << true << qint64(1230);
        QTest::newRow("zero") << QStringLiteral("0.00") << true << qint64(0);
        QTest::newRow("largest") << QStringLiteral("10000000000000.00") << true
                                 << Money::kMaxAbsFen;
        QTest::newRow("three decimals") << QStringLiteral("1.001") << false << qint64(0);
        QTest::newRow("thousands separator")
            << QStringLiteral("3,200,000.00") << false << qint64(0);
        QTest::newRow("exponent") << QStringLiteral("3.2e6") << false << qint64(0);
        QTest::newRow("space") << QStringLiteral(" 12.00") << false << qint64(0);
        QTest::newRow("final line break") << QStringLiteral("12.00\n") << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("garbage") << QStringLiteral("abc") << false << qint64(0);
        QTest::newRow("plus sign") << QStringLiteral("+5") << false << qint64(0);
        QTest::newRow("overflow") << QStringLiteral("10000000000000.01") << false << qint64(0);
        QTest::newRow("huge") << QStringLiteral("99999999999999999999999999") << false << qint64(0);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, fen);
        const auto money = Money::parse(text);
        QCOMPARE(money.ok(), ok);
        if (ok)
            QCOMPARE(money->fen(), fen);
        else
            QVERIFY(money.error().code == ErrorCode::InvalidAmount ||
                    money.error().code == ErrorCode::AmountOverflow);
    }

    void overflowHasItsOwnCode()
    {
        QCOMPARE(Money::parse(QStringLiteral("99999999999999999999")).error().code,
                 ErrorCode::AmountOverflow);
    }

    void decimalStringRoundTrip_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
        QTest::newRow("one fen") << qint64(1) << QStringLiteral("0.01");
        QTest::newRow("millions") << qint64(320000000) << QStringLiteral("3200000.00");
        QTest::newRow("negative") << qint64(-1050) << QStringLiteral("-10.50");
    }

    void decimalStringRoundTrip()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, text);
        QCOMPARE(Money::fromFen(fen).toDecimalString(), text);
        QCOMPARE(Money::parse(text)->fen(), fen);
    }

    void arithmetic()
    {
        const Money a = Money::fromFen(1000);
        const Money b = Money::fromFen(250);
        QCOMPARE((a + b).fen(), 1250);
        QCOMPARE((a - b).fen(), 750);
        QCOMPARE((b - a).fen(), -750);
        Money c = a;
        c += b;
        c -= Money::fromFen(50);
        QCOMPARE(c.fen(), 1200);
        QVERIFY(b < a);
        QVERIFY(a >= a);
        QCOMPARE(Money::min(a, b), b);
        QCOMPARE(Money::max(a, b), a);
        // Sums saturate instead of wrapping around.
        QCOMPARE((Money::fromFen(Money::kMaxAbsFen) + a).fen(), Money::kMaxAbsFen);
    }

    void rateParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("ppm");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("half") << QStringLiteral("0.50") << true << qint64(500000)
                              << QStringLiteral("0.50");
        QTest::newRow("short") << QStringLiteral("0.6") << true << qint64(600000)
                               << QStringLiteral("0.60");
        QTest::newRow("one") << QStringLiteral("1") << true << qint64(1000000)
                             << QStringLiteral("1.00");
        QTest::newRow("six decimals")
            << QStringLiteral("0.123456") << true << qint64(123456) << QStringLiteral("0.123456");
        QTest::newRow("exchange rate")
            << QStringLiteral("7.8") << true << qint64(7800000) << QStringLiteral("7.80");
        QTest::newRow("seven decimals")
            << QStringLiteral("0.1234567") << false << qint64(0) << QString();
        QTest::newRow("percent") << QStringLiteral("50%") << false << qint64(0) << QString();
        QTest::newRow("negative") << QStringLiteral("-0.5") << false << qint64(0) << QString();
    }

    void rateParse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, ppm);
        QFETCH(QString, canonical);
        const auto rate = Rate::parse(text);
        QCOMPARE(rate.ok(), ok);
        if (ok) {
            QCOMPARE(rate->partsPerMillion(), ppm);
            QCOMPARE(rate->toString(), canonical);
        }
    }

    void percentText()
    {
        QCOMPARE(Rate::parse(QStringLiteral("0.5"))->toPercentString(), QStringLiteral("50 %"));
        QCOMPARE(Rate::parse(QStringLiteral("0.125"))->toPercentString(),
                 QStringLiteral("12.50 %"));
    }

    void timesRounding_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<int>("mode");
        QTest::addColumn<qint64>("expected");
        const int truncate = int(RoundingMode::TruncateFen);
        const int halfUp = int(RoundingMode::HalfUpFen);
        const int yuan = int(RoundingMode::TruncateYuan);
        QTest::newRow("exact") << qint64(320000000) << QStringLiteral("0.50") << truncate
                               << qint64(160000000);
        QTest::newRow("odd fen truncated")
            << qint64(1) << QStringLiteral("0.50") << truncate << qint64(0);
        QTest::newRow("odd fen at 60 %")
            << qint64(333) << QStringLiteral("0.60") << truncate << qint64(199); // 199.8
        QTest::newRow("half up") << qint64(333) << QStringLiteral("0.60") << halfUp << qint64(200);
        QTest::newRow("half up exact half")
            << qint64(1) << QStringLiteral("0.50") << halfUp << qint64(1);
        QTest::newRow("truncate yuan")
            << qint64(12345) << QStringLiteral("1") << yuan << qint64(12300);
        QTest::newRow("largest amount, rate 1")
            << Money::kMaxAbsFen << QStringLiteral("1") << truncate << Money::kMaxAbsFen;
        QTest::newRow("exchange rate 7.8")
            << qint64(100) << QStringLiteral("7.8") << truncate << qint64(780);
        QTest::newRow("negative truncates toward zero")
            << qint64(-333) << QStringLiteral("0.60") << truncate << qint64(-199);
    }

    void timesRounding()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, rate);
        QFETCH(int, mode);
        QFETCH(qint64, expected);
        QCOMPARE(Money::fromFen(fen).times(*Rate::parse(rate), RoundingMode(mode)).fen(), expected);
    }

    void scaled()
    {
        // Pro-rating by days, e.g. 305/729 of a settled amount, truncated.
        QCOMPARE(Money::fromFen(72900).scaled(305, 729).fen(), 30500);
        QCOMPARE(Money::fromFen(100).scaled(1, 3).fen(), 33);
    }

    void format_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<int>("style");
        QTest::addColumn<QString>("expected");
        const int automatic = int(MoneyStyle::Auto);
        const int full = int(MoneyStyle::Full);
        QTest::newRow("zh wan") << QStringLiteral("zh_CN") << qint64(320000000) << automatic
                                << QStringLiteral("320.00万元");
        QTest::newRow("zh wan rounded") << QStringLiteral("zh_CN") << qint64(259250000) << automatic
                                        << QStringLiteral("259.25万元");
        QTest::newRow("zh small") << QStringLiteral("zh_CN") << qint64(999999) << automatic
                                  << QStringLiteral("9,999.99 元");
        QTest::newRow("zh full") << QStringLiteral("zh_CN") << qint64(320000000) << full
                                 << QStringLiteral("3,200,000.00 元");
        QTest::newRow("en") << QStringLiteral("en_US") << qint64(320000000) << automatic
                            << QStringLiteral("CNY 3,200,000.00");
        QTest::newRow("de") << QStringLiteral("de_DE") << qint64(320000000) << automatic
                            << QStringLiteral("3.200.000,00") + QChar(0x00A0) +
                                   QStringLiteral("CNY");
        QTest::newRow("en negative")
            << QStringLiteral("en_US") << qint64(-150) << automatic << QStringLiteral("CNY -1.50");
    }

    void format()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, fen);
        QFETCH(int, style);
        QFETCH(QString, expected);
        QCOMPARE(formatMoney(Money::fromFen(fen), QLocale(locale), MoneyStyle(style)), expected);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
