// Field extraction over every sample contract against ../shared/samples/contracts/truth.json,
// plus the location checks: each found field's rectangle lies on its page and covers its text.
#include "contracts/ContractFieldExtractor.h"
#include "contracts/ContractFieldsJson.h"
#include "contracts/PdfTextReader.h"
#include "contracts/TextNormalizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
