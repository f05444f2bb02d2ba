// AmountParser: every way contracts write money, and what must be refused.
#include "contracts/AmountParser.h"

#include <QtTest>

using namespace cd;

class TestAmountParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("style");
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("inWords");
        const int autoStyle = int(NumberStyle::Auto);
        const int comma = int(NumberStyle::CommaDecimal);
        // Arabic numerals, each locale's separators
        QTest::newRow("en grouped") << QStringLiteral("6,336,000.00") << autoStyle
                                    << qint64(633600000) << QString() << false;
        QTest::newRow("de grouped") << QStringLiteral("1.036.800,00") << autoStyle
                                    << qint64(103680000) << QString() << false;
        QTest::newRow("de one group")
            << QStringLiteral("573.408,00") << autoStyle << qint64(57340800) << QString() << false;
        QTest::newRow("fr spaces") << QStringLiteral("1 036 800,00") << autoStyle
                                   << qint64(103680000) << QString() << false;
        QTest::newRow("plain") << QStringLiteral("1296000") << autoStyle << qint64(129600000)
                               << QString() << false;
        QTest::newRow("decimal comma")
            << QStringLiteral("2,75") << autoStyle << qint64(275) << QString() << false;
        QTest::newRow("ambiguous point, German document")
            << QStringLiteral("208.512") << comma << qint64(20851200) << QString() << false;
        QTest::newRow("ambiguous comma, auto")
            << QStringLiteral("16,500") << autoStyle << qint64(1650000) << QString() << false;
        // currencies
        QTest::newRow("yen sign") << QStringLiteral("¥2,981,400.00") << autoStyle
                                  << qint64(298140000) << QStringLiteral("CNY") << false;
        QTest::newRow("full-width yen") << QStringLiteral("￥2,981,400.00") << autoStyle
                                        << qint64(298140000) << QStringLiteral("CNY") << false;
        QTest::newRow("renminbi yuan") << QStringLiteral("人民币 6,336,000.00 元") << autoStyle
                                       << qint64(633600000) << QStringLiteral("CNY") << false;
        QTest::newRow("EUR prefix German") << QStringLiteral("EUR 573.408,00") << autoStyle
                                           << qint64(57340800) << QStringLiteral("EUR") << false;
        QTest::newRow("euro suffix") << QStringLiteral("1.250.000,00 €") << autoStyle
                                     << qint64(125000000) << QStringLiteral("EUR") << false;
        QTest::newRow("dollar") << QStringLiteral("$12,500.50") << autoStyle << qint64(1250050)
                                << QStringLiteral("USD") << false;
        QTest::newRow("USD code") << QStringLiteral("USD 99") << autoStyle << qint64(9900)
                                  << QStringLiteral("USD") << false;
        QTest::newRow("美元") << QStringLiteral("3000美元") << autoStyle << qint64(300000)
                              << QStringLiteral("USD") << false;
        // scale words
        QTest::newRow("wan yuan decimal") << QStringLiteral("259.2万元") << autoStyle
                                          << qint64(259200000) << QStringLiteral("CNY") << false;
        QTest::newRow("wan yuan") << QStringLiteral("240万元") << autoStyle << qint64(240000000)
                                  << QStringLiteral("CNY") << false;
        QTest::newRow("yi yuan") << QStringLiteral("1.5亿元") << autoStyle << qint64(15000000000)
                                 << QStringLiteral("CNY") << false;
        QTest::newRow("RMB million") << QStringLiteral("RMB 4.8 million") << autoStyle
                                     << qint64(480000000) << QStringLiteral("CNY") << false;
        QTest::newRow("RMB 3.2 million") << QStringLiteral("RMB 3.2 million") << autoStyle
                                         << qint64(320000000) << QStringLiteral("CNY") << false;
        QTest::newRow("EUR Mio") << QStringLiteral("1,2 Mio. €") << autoStyle << qint64(120000000)
                                 << QStringLiteral("EUR") << false;
        // Chinese numerals
        QTest::newRow("uppercase long")
            << QStringLiteral("人民币贰仟伍佰柒拾捌万玖仟肆佰肆拾元整") << autoStyle
            << qint64(2578944000) << QStringLiteral("CNY") << true;
        QTest::newRow("uppercase wan") << QStringLiteral("叁佰贰拾万元整") << autoStyle
                                       << qint64(320000000) << QStringLiteral("CNY") << true;
        QTest::newRow("uppercase with zero") << QStringLiteral("壹佰零伍万元整") << autoStyle
                                             << qint64(105000000) << QStringLiteral("CNY") << true;
        QTest::newRow("jiao fen") << QStringLiteral("壹万贰仟元伍角陆分") << autoStyle
                                  << qint64(1200056) << QStringLiteral("CNY") << true;
        QTest::newRow("fen after zero") << QStringLiteral("叁拾元零伍分") << autoStyle
                                        << qint64(3005) << QStringLiteral("CNY") << true;
        QTest::newRow("lowercase") << QStringLiteral("一百二十万元") << autoStyle
                                   << qint64(120000000) << QStringLiteral("CNY") << true;
        QTest::newRow("lowercase 〇 and 两") << QStringLiteral("两万〇五十元") << autoStyle
                                             << qint64(2005000) << QStringLiteral("CNY") << true;
        QTest::newRow("leading ten") << QStringLiteral("十二万元整") << autoStyle
                                     << qint64(12000000) << QStringLiteral("CNY") << true;
        QTest::newRow("yi wan") << QStringLiteral("壹亿贰仟万元整") << autoStyle
                                << qint64(12000000000) << QStringLiteral("CNY") << true;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, style);
        QFETCH(qint64, fen);
        QFETCH(QString, currency);
        QFETCH(bool, inWords);
        const auto result = AmountParser::parse(text, NumberStyle(style));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->money.fen(), fen);
        QCOMPARE(result->money.currency(), currency);
        QCOMPARE(result->inWords, inWords);
    }

    void refuse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        const int invalid = int(ErrorCode::InvalidAmount);
        QTest::newRow("empty") << QString() << invalid;
        QTest::newRow("spaces") << QStringLiteral("   ") << invalid;
        QTest::newRow("words") << QStringLiteral("four million") << invalid;
        QTest::newRow("letters and digits") << QStringLiteral("12abc") << invalid;
        QTest::newRow("two amounts") << QStringLiteral("¥100 ¥200") << invalid;
        QTest::newRow("bad grouping") << QStringLiteral("1,00,000.00") << invalid;
        QTest::newRow("mixed grouping") << QStringLiteral("1.000,000.00") << invalid;
        QTest::newRow("sub-fen") << QStringLiteral("¥1.234") << invalid;
        QTest::newRow("currency only") << QStringLiteral("人民币") << invalid;
        QTest::newRow("Chinese without yuan") << QStringLiteral("叁佰贰拾万") << invalid;
        QTest::newRow("Chinese digits without units") << QStringLiteral("二三百元") << invalid;
        QTest::newRow("negative") << QStringLiteral("-1,000.00") << int(ErrorCode::NegativeAmount);
        QTest::newRow("negative euro")
            << QStringLiteral("EUR -5,00") << int(ErrorCode::NegativeAmount);
        QTest::newRow("overflow") << QStringLiteral("¥99999999999999999")
                                  << int(ErrorCode::AmountOverflow);
        QTest::newRow("overflow in words")
            << QStringLiteral("玖仟玖佰亿亿元") << int(ErrorCode::InvalidAmount);
    }

    void refuse()
    {
        QFETCH(QString, text);
        QFETCH(int, code);
        const auto result = AmountParser::parse(text);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().code), code);
        QVERIFY(!result.error().message.isEmpty());
    }

    void findAllInProse()
    {
        const QString text = QStringLiteral(
            "3.3 本合同总金额为人民币 6,336,000.00 元（大写：人民币陆佰叁拾叁万陆仟元整），"
            "单价 16,500.00 元/卡/月，共计 64 卡，2024年");
        const QList<AmountMatch> found = AmountParser::findAll(text);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found[0].money.fen(), qint64(633600000));
        QCOMPARE(text.mid(found[0].start, found[0].length),
                 QStringLiteral("人民币 6,336,000.00 元"));
        QVERIFY(found[1].inWords);
        QCOMPARE(found[1].money.fen(), qint64(633600000));
        QCOMPARE(found[2].money.fen(), qint64(1650000));
    }

    void findAllAcrossLineBreak()
    {
        // Wrapped lines split numbers: "人民币 72\n0,000.00 元" is one amount.
        const QList<AmountMatch> found =
            AmountParser::findAll(QStringLiteral("即人民币 72\n0,000.00 元。"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].money.fen(), qint64(72000000));
    }

    void bareNumbersAreNotMoney()
    {
        QVERIFY(
            AmountParser::findAll(QStringLiteral("共计 6 个月，256 卡，2025年1月1日")).isEmpty());
    }

    void chineseIntegers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("value");
        QTest::newRow("digit by digit") << QStringLiteral("二〇二四") << qint64(2024);
        QTest::newRow("ten") << QStringLiteral("十") << qint64(10);
        QTest::newRow("sixteen") << QStringLiteral("十六") << qint64(16);
        QTest::newRow("twenty-four") << QStringLiteral("二十四") << qint64(24);
        QTest::newRow("uppercase")
            << QStringLiteral("贰仟伍佰柒拾捌万玖仟肆佰肆拾") << qint64(25789440);
        QTest::newRow("not a number") << QStringLiteral("甲方") << qint64(-1);
    }

    void chineseIntegers()
    {
        QFETCH(QString, text);
        QFETCH(qint64, value);
        const auto parsed = AmountParser::parseChineseInteger(text);
        QCOMPARE(parsed.value_or(-1), value);
    }

    void detectStyle()
    {
        QCOMPARE(
            AmountParser::detectStyle(QStringLiteral("Gesamt: 1.036.800,00 € und 86.400,00 €")),
            NumberStyle::CommaDecimal);
        QCOMPARE(AmountParser::detectStyle(QStringLiteral("RMB 2,981,400.00")),
                 NumberStyle::PointDecimal);
        QCOMPARE(AmountParser::detectStyle(QStringLiteral("64 卡")), NumberStyle::Auto);
    }
};

QTEST_GUILESS_MAIN(TestAmountParser)
#include "tst_amount_parser.moc"
