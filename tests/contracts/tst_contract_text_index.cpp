// What the viewer reads from a contract's text: the characters inside a dragged rectangle, search
// hits in Chinese and Latin text (normalised, ignoring case and spaces), and the value of a field
// read from a selection with the extractor's parsers.
#include "ContractSamples.h"

#include "contracts/ContractTextIndex.h"
#include "contracts/ExtractedContract.h"
#include "contracts/PdfTextReader.h"

#include <QtTest>

using namespace cd;

namespace {
TextWord word(const QString &text, double x, double y, double w, double h = 12)
{
    return TextWord{text, QRectF(x, y, w, h), 1.0};
}

// A small page: a Chinese line, a Latin line of three words, a line written with radicals.
ContractText samplePage()
{
    PageText page;
    page.pageNumber = 1;
    page.size = QSizeF(595, 842);
    page.words = {word(QStringLiteral("乙方：深圳市星枢算力网络有限公司"), 72, 100, 192),
                  word(QStringLiteral("Total"), 72, 130, 30),
                  word(QStringLiteral("RMB"), 106, 130, 24),
                  word(QStringLiteral("6,336,000.00"), 134, 130, 72),
                  word(QStringLiteral("⼈⺠币"), 72, 160, 36)};
    ContractText text;
    text.pageCount = 1;
    text.textLayer = true;
    text.pages = {page};
    return text;
}
} // namespace

class TestContractTextIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsChineseAndLatin()
    {
        const ContractTextIndex index(samplePage());
        const QList<TextSpan> name = index.find(QStringLiteral("星枢算力"));
        QCOMPARE(name.size(), 1);
        QCOMPARE(name.first().page, 1);
        QCOMPARE(name.first().text, QStringLiteral("星枢算力"));
        // Characters share their word's box: "星" is the 7th of 16 characters, 12 points each.
        QCOMPARE(name.first().bounds(), QRectF(72 + 6 * 12, 100, 4 * 12, 12));

        const QList<TextSpan> total = index.find(QStringLiteral("rmb 6,336,000"));
        QCOMPARE(total.size(), 1);
        QCOMPARE(total.first().text, QStringLiteral("RMB 6,336,000"));
        QCOMPARE(total.first().rects.size(), 1);
        QCOMPARE(index.find(QStringLiteral("RMB6336000")).size(), 0); // the commas are text
        QCOMPARE(index.find(QStringLiteral("人民币")).size(), 1);     // radicals normalised
        QCOMPARE(index.find(QStringLiteral("  ")).size(), 0);
        QCOMPARE(index.find(QStringLiteral("not there")).size(), 0);
    }

    void selectsWhatIsInsideTheRectangle()
    {
        const ContractTextIndex index(samplePage());
        // Over "RMB 6,336,000.00" only.
        const TextSpan amount = index.spanIn(1, QRectF(100, 125, 120, 20));
        QCOMPARE(amount.text, QStringLiteral("RMB 6,336,000.00"));
        QCOMPARE(amount.page, 1);
        // Over the name after the label, and down into the next line: two lines.
        const TextSpan twoLines = index.spanIn(1, QRectF(105, 95, 40, 50));
        QVERIFY2(twoLines.text.startsWith(QStringLiteral("深圳市")), qPrintable(twoLines.text));
        QVERIFY(twoLines.text.contains(QLatin1Char('\n')));
        QCOMPARE(twoLines.rects.size(), 2);
        QVERIFY(index.spanIn(1, QRectF(400, 400, 10, 10)).isEmpty());
        QVERIFY(index.spanIn(2, QRectF(0, 0, 595, 842)).isEmpty());
    }

    // The sample contracts through the real reader: Chinese and Latin terms are found on the
    // pages where pdftotext has them.
    void realContracts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("term");
        QTest::newRow("Chinese") << QStringLiteral("A01_zh_service_contract_h800.pdf")
                                 << QStringLiteral("深圳市星枢算力网络有限公司");
        QTest::newRow("Latin in Chinese")
            << QStringLiteral("A01_zh_service_contract_h800.pdf") << QStringLiteral("h800");
        QTest::newRow("English") << QStringLiteral("A03_en_gpu_services_agreement.pdf")
                                 << QStringLiteral("RMB 4.8 million");
        QTest::newRow("radicals") << QStringLiteral("A13_zh_qt_radicals.pdf")
                                  << QStringLiteral("人民币");
    }
    void realContracts()
    {
        QFETCH(QString, file);
        QFETCH(QString, term);
        ReadOptions options;
        options.ocr = false;
        PdfTextReader reader(options);
        auto text = reader.readFile(test::contractPath(file));
        QVERIFY(text);
        const ContractTextIndex index(text.value());
        const QList<TextSpan> hits = index.find(term);
        QVERIFY2(!hits.isEmpty(), qPrintable(term));
        for (const TextSpan &hit : hits) {
            const QString compact = test::withoutSpaces(hit.text).toCaseFolded();
            QCOMPARE(compact, test::withoutSpaces(term).toCaseFolded());
            // Selecting the hit's box gives the hit back.
            const TextSpan again = index.spanIn(hit.page, hit.bounds().adjusted(-0.5, 0, 0.5, 0));
            QVERIFY2(test::withoutSpaces(again.text).toCaseFolded().contains(compact),
                     qPrintable(again.text));
        }
    }

    void valueFromSelection_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("selected");
        QTest::addColumn<QJsonObject>("expected");
        const auto object = [](const char *key, const QJsonValue &value) {
            return QJsonObject{{QString::fromLatin1(key), value}};
        };
        QTest::newRow("amount in figures")
            << QStringLiteral("amount") << QStringLiteral("人民币 6,336,000.00 元")
            << QJsonObject{{QStringLiteral("amount"), QStringLiteral("6336000.00")},
                           {QStringLiteral("currency"), QStringLiteral("CNY")}};
        QTest::newRow("amount in words")
            << QStringLiteral("amount") << QStringLiteral("人民币壹佰贰拾玖万陆仟元整")
            << QJsonObject{{QStringLiteral("amount"), QStringLiteral("1296000.00")},
                           {QStringLiteral("currency"), QStringLiteral("CNY")}};
        QTest::newRow("amount in a sentence")
            << QStringLiteral("amount") << QStringLiteral("合同总金额为259.2万元（大写")
            << QJsonObject{{QStringLiteral("amount"), QStringLiteral("2592000.00")},
                           {QStringLiteral("currency"), QStringLiteral("CNY")}};
        QTest::newRow("German format")
            << QStringLiteral("amount") << QStringLiteral("EUR 573.408,00")
            << QJsonObject{{QStringLiteral("amount"), QStringLiteral("573408.00")},
                           {QStringLiteral("currency"), QStringLiteral("EUR")}};
        QTest::newRow("date") << QStringLiteral("signing_date")
                              << QStringLiteral("签订日期：2024年3月18日")
                              << object("signing_date", QStringLiteral("2024-03-18"));
        QTest::newRow("date in numerals")
            << QStringLiteral("period_end") << QStringLiteral("二〇二四年十二月十六日")
            << object("period_end", QStringLiteral("2024-12-16"));
        QTest::newRow("count") << QStringLiteral("gpu_count") << QStringLiteral("64 卡")
                               << object("gpu_count", 64.0);
        QTest::newRow("count in words") << QStringLiteral("gpu_count") << QStringLiteral("二十四张")
                                        << object("gpu_count", 24.0);
        QTest::newRow("provider after its label")
            << QStringLiteral("provider") << QStringLiteral("乙方：深圳市星枢算力网络有限公司")
            << object("provider", QStringLiteral("深圳市星枢算力网络有限公司"));
    }
    void valueFromSelection()
    {
        QFETCH(QString, key);
        QFETCH(QString, selected);
        QFETCH(QJsonObject, expected);
        const auto value = ExtractedContract::fromSelection(key, selected);
        QVERIFY2(value, qPrintable(value ? QString() : value.error().message));
        QCOMPARE(value.value(), expected);
    }

    void selectionThatIsNotAValue()
    {
        QCOMPARE(ExtractedContract::fromSelection(QStringLiteral("amount"), QStringLiteral("乙方"))
                     .error()
                     .code,
                 ErrorCode::InvalidAmount);
        QCOMPARE(ExtractedContract::fromSelection(QStringLiteral("amount"),
                                                  QStringLiteral("¥1,000.00 and ¥2,000.00"))
                     .error()
                     .code,
                 ErrorCode::InvalidAmount);
        QCOMPARE(ExtractedContract::fromSelection(QStringLiteral("signing_date"),
                                                  QStringLiteral("2025-02-30"))
                     .error()
                     .code,
                 ErrorCode::InvalidDate);
        QCOMPARE(
            ExtractedContract::fromSelection(QStringLiteral("gpu_count"), QStringLiteral("many"))
                .error()
                .code,
            ErrorCode::WrongType);
        QCOMPARE(ExtractedContract::fromSelection(QStringLiteral("provider"), QStringLiteral("  "))
                     .error()
                     .code,
                 ErrorCode::MissingField);
        QCOMPARE(ExtractedContract::applicationKey(QStringLiteral("party_b")),
                 QStringLiteral("provider"));
        QCOMPARE(ExtractedContract::applicationKey(QStringLiteral("unit_price")), QString());
        QCOMPARE(ExtractedContract::extractedKey(QStringLiteral("provider")),
                 QStringLiteral("party_b"));
    }
};

QTEST_GUILESS_MAIN(TestContractTextIndex)
#include "tst_contract_text_index.moc"
