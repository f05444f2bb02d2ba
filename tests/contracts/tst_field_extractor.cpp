// Field extraction over every sample contract against ../shared/samples/contracts/truth.json,
// plus the location checks: each found field's rectangle lies on its page and covers its text.
#include "contracts/ContractFieldExtractor.h"
#include "contracts/ContractFieldsJson.h"
#include "contracts/OcrEngine.h"
#include "contracts/PdfTextReader.h"
#include "contracts/TextNormalizer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace cd;

namespace {

QString samplesDir()
{
    return QStringLiteral(COUPONDESK_SAMPLES_DIR "/contracts");
}

QJsonArray truth()
{
    QFile file(samplesDir() + QStringLiteral("/truth.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

// A ContractText from lines of text, for cases the samples do not cover: one word per
// space-separated token, 6 pt per character, 20 pt per line; "\f" starts a new page.
ContractText fromLines(const QStringList &lines)
{
    ContractText text;
    double y = 0;
    for (const QString &line : lines) {
        if (text.pages.isEmpty() || line == QStringLiteral("\f")) {
            text.pages.append(PageText{});
            text.pages.last().pageNumber = static_cast<int>(text.pages.size());
            text.pages.last().size = QSizeF(595, 842);
            y = 40;
            if (line == QStringLiteral("\f"))
                continue;
        }
        PageText &page = text.pages.last();
        double x = 40;
        for (const QString &token : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const double width = 6.0 * double(token.size());
            page.words.append(TextWord{token, QRectF(x, y, width, 10)});
            x += width + 4;
        }
        page.text += line + QLatin1Char('\n');
        y += 20;
    }
    text.pageCount = static_cast<int>(text.pages.size());
    text.textLayer = true;
    return text;
}

QString compact(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

} // namespace

class TestFieldExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samples_data()
    {
        QTest::addColumn<QJsonObject>("expected");
        const QJsonArray all = truth();
        QVERIFY2(all.size() >= 13, "truth.json not found or incomplete");
        for (const QJsonValue &value : all) {
            const QJsonObject object = value.toObject();
            const QString file = object.value(QStringLiteral("file")).toString();
            QTest::newRow(file.toUtf8().constData()) << object;
        }
    }

    void samples()
    {
        QFETCH(QJsonObject, expected);
        const QString file = expected.value(QStringLiteral("file")).toString();
        const QString expect = expected.value(QStringLiteral("expect")).toString();
        const QString path = samplesDir() + QLatin1Char('/') + file;
        ReadOptions options;
        options.password = expected.value(QStringLiteral("password")).toString();
        options.ocr = true;
        options.recognizer = OcrEngine::factory();
        PdfTextReader reader(options);
        const auto text = reader.readFile(path);
        if (expect == QStringLiteral("corrupt")) {
            // Truncated: the reader refuses it, so there is nothing to extract from.
            QVERIFY(!text.ok());
            QCOMPARE(text.error().code, ErrorCode::CorruptPdf);
            return;
        }
        QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().describe()));
        if (expect == QStringLiteral("no_text_layer")) {
            QVERIFY(text->ocr);
        } else {
            QVERIFY(text->textLayer);
            QVERIFY(!text->ocr);
        }
        QCOMPARE(text->pageCount, expected.value(QStringLiteral("pages")).toInt());
        const ContractFields fields = ContractFieldExtractor::extract(*text);
        const QJsonObject json = ContractFieldsJson::toJson(fields);
        qDebug().noquote() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        checkFields(expected, json, *text);
    }

    void amountChoice_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<qint64>("fen"); // -1: no amount
        QTest::addColumn<QString>("currency");
        QTest::addColumn<double>("minConfidence");
        QTest::addColumn<double>("maxConfidence");
        QTest::newRow("prepayment is not the total")
            << QStringList{QStringLiteral("3.3 甲方支付合同总金额的 30%，即人民币 900,000.00 元。"),
                           QStringLiteral("3.4 本合同总金额为人民币 3,000,000.00 "
                                          "元（大写：人民币叁佰万元整）。")}
            << qint64(300000000) << QStringLiteral("CNY") << 0.85 << 1.0;
        QTest::newRow("words and figures disagree: words win, low confidence")
            << QStringList{QStringLiteral(
                   "合同总价为人民币 3,000,000.00 元（大写：人民币叁佰贰拾万元整）。")}
            << qint64(320000000) << QStringLiteral("CNY") << 0.0 << 0.7;
        QTest::newRow("amendment replaces the total")
            << QStringList{QStringLiteral("3.3 本合同总金额为人民币 180万元。"),
                           QStringLiteral("\f"), QStringLiteral("补充协议"),
                           QStringLiteral("合同总金额由人民币 180万元 调整为人民币 "
                                          "240万元。新增费用人民币 60万元。")}
            << qint64(240000000) << QStringLiteral("CNY") << 0.7 << 1.0;
        QTest::newRow("monthly fee is not the total")
            << QStringList{QStringLiteral("Die monatliche Vergütung beträgt 86.400,00 €."),
                           QStringLiteral("Gesamtvergütung: 1.036.800,00 € für zwölf Monate.")}
            << qint64(103680000) << QStringLiteral("EUR") << 0.6 << 1.0;
        QTest::newRow("unit price is not the total")
            << QStringList{QStringLiteral("The monthly fee is USD 2,000.00 per GPU."),
                           QStringLiteral("The total contract price is USD 96,000.00.")}
            << qint64(9600000) << QStringLiteral("USD") << 0.6 << 1.0;
        QTest::newRow("line subtotal is not the total")
            << QStringList{QStringLiteral("1 GPU 算力服务 ¥2,534,400.00"),
                           QStringLiteral("小计 Subtotal ¥2,534,400.00"),
                           QStringLiteral("合计 Total ¥2,981,400.00")}
            << qint64(298140000) << QStringLiteral("CNY") << 0.6 << 1.0;
        QTest::newRow("instalments confirm an unlabelled total")
            << QStringList{QStringLiteral("3.3 XXXX (¥1,080,000.00)。"),
                           QStringLiteral("3.4 支付合同总金额的30%，即人民币324,000.00 元。"),
                           QStringLiteral("3.5 支付合同总金额的 70%，即人民币756,000.00 元。")}
            << qint64(108000000) << QStringLiteral("CNY") << 0.5 << 0.7;
        QTest::newRow("no amount at all")
            << QStringList{QStringLiteral("甲方：深圳市某某科技有限公司"),
                           QStringLiteral("共计 6 个月")}
            << qint64(-1) << QString() << 0.0 << 0.0;
        QTest::newRow("two unlabelled amounts: no guess")
            << QStringList{QStringLiteral("押金人民币 50,000.00 元。"),
                           QStringLiteral("服务费人民币 80,000.00 元。")}
            << qint64(-1) << QString() << 0.0 << 0.0;
    }

    void amountChoice()
    {
        QFETCH(QStringList, lines);
        QFETCH(qint64, fen);
        QFETCH(QString, currency);
        QFETCH(double, minConfidence);
        QFETCH(double, maxConfidence);
        const ContractText text = fromLines(lines);
        const ContractFields fields = ContractFieldExtractor::extract(text);
        if (fen < 0) {
            QVERIFY(!fields.amount);
            return;
        }
        QVERIFY(fields.amount);
        QCOMPARE(fields.amount->value.fen(), fen);
        QCOMPARE(fields.amount->value.currency(), currency);
        QVERIFY2(fields.amount->confidence >= minConfidence &&
                     fields.amount->confidence <= maxConfidence,
                 qPrintable(QString::number(fields.amount->confidence)));
        checkLocations(ContractFieldsJson::toJson(fields), text);
    }

    void cliPrintsFields()
    {
        // coupondesk-cli extract --json carries these fields (through the PDF worker process).
        QProcess process;
        process.start(QStringLiteral(COUPONDESK_CLI_PATH),
                      {QStringLiteral("extract"),
                       samplesDir() + QStringLiteral("/A05_bilingual_line_items.pdf"),
                       QStringLiteral("--json")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject fields = QJsonDocument::fromJson(process.readAllStandardOutput())
                                       .object()
                                       .value(QStringLiteral("fields"))
                                       .toObject();
        const QJsonObject amount = fields.value(QStringLiteral("amount")).toObject();
        QCOMPARE(amount.value(QStringLiteral("value")).toString(), QStringLiteral("2981400.00"));
        QCOMPARE(amount.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
        QCOMPARE(
            fields.value(QStringLiteral("gpu_model")).toObject().value(QStringLiteral("value")),
            QJsonValue(QStringLiteral("NVIDIA A800")));
    }

    void hostileTextStaysBounded_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("long digit run") << QString(20000, QLatin1Char('9'));
        QTest::newRow("grouped digits")
            << QStringLiteral("¥") + QStringLiteral("999,").repeated(5000) + QStringLiteral("00");
        QTest::newRow("Chinese units")
            << QStringLiteral("亿").repeated(3000) + QStringLiteral("元");
        QTest::newRow("Chinese digits")
            << QStringLiteral("玖").repeated(3000) + QStringLiteral("元");
        QTest::newRow("capitalised words")
            << QStringLiteral("Alpha Beta ").repeated(2000) + QStringLiteral("(the Customer)");
        QTest::newRow("labels only") << QStringLiteral("甲方：乙方：合计 总金额 ").repeated(2000);
        QTest::newRow("dates") << QStringLiteral("2025年13月40日 9999-99-99 ").repeated(1000);
    }

    void hostileTextStaysBounded()
    {
        QFETCH(QString, line);
        QElapsedTimer timer;
        timer.start();
        const ContractFields fields = ContractFieldExtractor::extract(fromLines({line}));
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        if (fields.amount)
            QVERIFY(fields.amount->value.fen() >= 0 &&
                    fields.amount->value.fen() <= Money::kMaxAbsFen);
    }

    void emptyTextFindsNothing()
    {
        const QJsonObject json = ContractFieldsJson::toJson(ContractFieldExtractor::extract({}));
        const QStringList keys{QStringLiteral("amount"),       QStringLiteral("signing_date"),
                               QStringLiteral("period_start"), QStringLiteral("period_end"),
                               QStringLiteral("party_a"),      QStringLiteral("party_b"),
                               QStringLiteral("gpu_model"),    QStringLiteral("gpu_count"),
                               QStringLiteral("gpu_hours"),    QStringLiteral("unit_price")};
        QCOMPARE(json.keys().size(), keys.size());
        for (const QString &key : keys)
            QVERIFY2(json.value(key).isNull(), qPrintable(key));
    }

private:
    static QString valueOf(const QJsonObject &json, const QString &key)
    {
        const QJsonValue field = json.value(key);
        if (!field.isObject())
            return QStringLiteral("<null>");
        const QJsonValue value = field.toObject().value(QStringLiteral("value"));
        if (value.isString())
            return value.toString();
        return QString::number(value.toDouble(), 'f', 2);
    }

    static QString money(const QJsonValue &number)
    {
        // truth.json gives amounts as JSON numbers with at most two decimals.
        const qint64 fen = qRound64(number.toDouble() * 100.0);
        return Money::fromFen(fen).toDecimalString();
    }

    void checkFields(const QJsonObject &expected, const QJsonObject &json, const ContractText &text)
    {
        QCOMPARE(valueOf(json, QStringLiteral("amount")),
                 money(expected.value(QStringLiteral("amount"))));
        QCOMPARE(json.value(QStringLiteral("amount"))
                     .toObject()
                     .value(QStringLiteral("currency"))
                     .toString(),
                 expected.value(QStringLiteral("currency")).toString());
        for (const char *key : {"signing_date", "period_start", "period_end", "gpu_model"}) {
            const QString name = QString::fromLatin1(key);
            QCOMPARE(valueOf(json, name), expected.value(name).toString());
        }
        for (const char *key : {"party_a", "party_b"}) {
            const QString name = QString::fromLatin1(key);
            const QString got = compact(valueOf(json, name));
            QStringList accepted{compact(expected.value(name).toString())};
            const QJsonValue alt = expected.value(name + QStringLiteral("_alt"));
            if (alt.isString())
                accepted << compact(alt.toString());
            QVERIFY2(accepted.contains(got),
                     qPrintable(name + QStringLiteral(": got ") + got + QStringLiteral(", want ") +
                                accepted.join(QStringLiteral(" or "))));
        }
        QCOMPARE(valueOf(json, QStringLiteral("gpu_count")),
                 QString::number(expected.value(QStringLiteral("gpu_count")).toDouble(), 'f', 2));
        const QJsonValue hours = expected.value(QStringLiteral("gpu_hours"));
        QCOMPARE(valueOf(json, QStringLiteral("gpu_hours")),
                 hours.isNull() ? QStringLiteral("<null>")
                                : QString::number(hours.toDouble(), 'f', 2));
        const QJsonValue price = expected.value(QStringLiteral("unit_price"));
        if (price.isNull()) {
            QCOMPARE(valueOf(json, QStringLiteral("unit_price")), QStringLiteral("<null>"));
        } else {
            QCOMPARE(valueOf(json, QStringLiteral("unit_price")), money(price));
            QCOMPARE(json.value(QStringLiteral("unit_price"))
                         .toObject()
                         .value(QStringLiteral("basis"))
                         .toString(),
                     expected.value(QStringLiteral("unit_price_basis")).toString());
        }
        checkLocations(json, text);
    }

    // Every found field: page exists, rect lies on the page, and the words inside the rect
    // spell out the field's source text.
    void checkLocations(const QJsonObject &json, const ContractText &text)
    {
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (!it.value().isObject())
                continue;
            const QJsonObject field = it.value().toObject();
            const int pageNumber = field.value(QStringLiteral("page")).toInt();
            QVERIFY2(pageNumber >= 1 && pageNumber <= text.pages.size(), qPrintable(it.key()));
            const PageText &page = text.pages[pageNumber - 1];
            const QJsonArray r = field.value(QStringLiteral("rect")).toArray();
            QCOMPARE(r.size(), 4);
            const QRectF rect(r[0].toDouble(), r[1].toDouble(), r[2].toDouble(), r[3].toDouble());
            QVERIFY2(rect.width() > 0 && rect.height() > 0, qPrintable(it.key()));
            const QRectF onPage(QPointF(-0.5, -0.5), page.size + QSizeF(1, 1));
            QVERIFY2(onPage.contains(rect), qPrintable(it.key() + QStringLiteral(" off the page")));
            QList<TextWord> inside;
            for (const TextWord &word : page.words) {
                if (rect.adjusted(-0.1, -0.1, 0.1, 0.1).contains(word.rect))
                    inside.append(word);
            }
            std::sort(inside.begin(), inside.end(), [](const TextWord &a, const TextWord &b) {
                if (std::abs(a.rect.center().y() - b.rect.center().y()) > 0.5 * a.rect.height())
                    return a.rect.center().y() < b.rect.center().y();
                return a.rect.left() < b.rect.left();
            });
            QString covered;
            for (const TextWord &word : std::as_const(inside))
                covered += TextNormalizer::normalize(word.text);
            const QString source = compact(field.value(QStringLiteral("text")).toString());
            QVERIFY2(!source.isEmpty(), qPrintable(it.key()));
            QVERIFY2(compact(covered).contains(source),
                     qPrintable(it.key() + QStringLiteral(": rect covers \"") + covered +
                                QStringLiteral("\", not \"") + source + QLatin1Char('"')));
        }
    }
};

QTEST_GUILESS_MAIN(TestFieldExtractor)
#include "tst_field_extractor.moc"
