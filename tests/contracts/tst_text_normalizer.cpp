// TextNormalizer: CJK radicals, full-width forms, spaces inside numbers; what must stay.
#include "contracts/TextNormalizer.h"

#include <QtTest>

using namespace cd;

class TestTextNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        // As sample A13 extracts: 人→⼈ U+2F08, 民→⺠ U+2EA0, 金→⾦ U+2FA6, 月→⽉, 日→⽇, 方→⽅
        QTest::newRow("Kangxi and supplement radicals")
            << QString::fromUtf16(u"\u2F08\u2EA0币 \u2FA6额 \u2F49 \u2F47 甲\u2F45")
            << QStringLiteral("人民币 金额 月 日 甲方");
        QTest::newRow("A13 party name")
            << QString::fromUtf16(u"深圳市\u2FA6\u2F72\u2F08\u2F2F智能科技有限公司")
            << QStringLiteral("深圳市金禾人工智能科技有限公司");
        QTest::newRow("A13 date") << QString::fromUtf16(u"2025年5\u2F4916\u2F47")
                                  << QStringLiteral("2025年5月16日");
        QTest::newRow("full-width digits")
            << QStringLiteral("２０２５年３月１日") << QStringLiteral("2025年3月1日");
        QTest::newRow("full-width amount")
            << QStringLiteral("￥１，２３４．５６") << QStringLiteral("¥1,234.56");
        QTest::newRow("full-width letters")
            << QStringLiteral("ＲＭＢ　Ｈ８００") << QStringLiteral("RMB H800");
        QTest::newRow("Chinese punctuation stays") << QStringLiteral("甲方（客户）：深圳，乙方。")
                                                   << QStringLiteral("甲方（客户）：深圳，乙方。");
        QTest::newRow("Chinese comma between words stays")
            << QStringLiteral("3个月，共计") << QStringLiteral("3个月，共计");
        QTest::newRow("no-break space groups")
            << QString::fromUtf16(u"1\u00A0036\u00A0800,00 €") << QStringLiteral("1036800,00 €");
        QTest::newRow("thin space groups")
            << QString::fromUtf16(u"EUR 573\u202F408,00") << QStringLiteral("EUR 573408,00");
        QTest::newRow("space groups with decimals")
            << QStringLiteral("1 036 800,00 €") << QStringLiteral("1036800,00 €");
        QTest::newRow("phone number stays")
            << QStringLiteral("0755-2631 4827") << QStringLiteral("0755-2631 4827");
        QTest::newRow("counts stay apart")
            << QStringLiteral("32 4 台") << QStringLiteral("32 4 台");
        QTest::newRow("zero width and soft hyphen")
            << QString::fromUtf16(u"Ge\u00ADsamt\u200Bvergütung")
            << QStringLiteral("Gesamtvergütung");
        QTest::newRow("minus sign") << QString::fromUtf16(u"\u2212 5") << QStringLiteral("- 5");
        QTest::newRow("ligature") << QString::fromUtf16(u"\uFB01nal") << QStringLiteral("final");
        QTest::newRow("decomposed umlaut")
            << QString::fromUtf16(u"Vergu\u0308tung") << QStringLiteral("Vergütung");
        QTest::newRow("compatibility ideograph")
            << QString::fromUtf16(u"\uF900") << QString::fromUtf16(u"\u8C48");
        QTest::newRow("empty") << QString() << QString();
    }

    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString once = TextNormalizer::normalize(input);
        QCOMPARE(once, expected);
        QCOMPARE(TextNormalizer::normalize(once), once);
    }

    void wholeRadicalBlocksMapToIdeographs()
    {
        // Every radical with an Equivalent_Unified_Ideograph maps into a CJK ideograph block,
        // and the common ones that break A13 are there.
        int mapped = 0;
        for (char32_t c = 0x2E80; c <= 0x2FDF; ++c) {
            const char32_t u = TextNormalizer::unifiedIdeograph(c);
            if (u == c)
                continue;
            ++mapped;
            QVERIFY((u >= 0x3400 && u <= 0x9FFF) || (u >= 0x20000 && u <= 0x3FFFF));
        }
        QVERIFY(mapped > 300);
        QCOMPARE(TextNormalizer::unifiedIdeograph(0x2F08), char32_t(0x4EBA)); // 人
        QCOMPARE(TextNormalizer::unifiedIdeograph(0x2EA0), char32_t(0x6C11)); // 民
        QCOMPARE(TextNormalizer::unifiedIdeograph(0x4EBA), char32_t(0x4EBA));
    }

    void supplementaryPlaneResult()
    {
        // U+2E87 maps outside the BMP (U+20628): the result is a valid surrogate pair.
        const QString out = TextNormalizer::normalize(QString::fromUtf16(u"\u2E87"));
        QCOMPARE(out.toUcs4(), QList<uint>{0x20628});
    }
};

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_text_normalizer.moc"
