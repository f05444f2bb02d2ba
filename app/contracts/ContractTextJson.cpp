#include "ContractTextJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace cd::ContractTextJson {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::ContractTextJson)
};

const QString kSchema = QStringLiteral("coupondesk.contract-text/1");

// Two decimals are 1/7200 inch: far below what a field's rectangle needs, and they keep the
// document small.
double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

Error malformed(const QString &field)
{
    return makeError(ErrorCode::InvalidJson,
                     Tr::tr("The contract text from the PDF worker is malformed."), field);
}
} // namespace

QJsonObject toJsonObject(const ContractText &text)
{
    QJsonObject metadata;
    for (auto it = text.metadata.cbegin(); it != text.metadata.cend(); ++it)
        metadata.insert(it.key(), it.value());
    QJsonArray pages;
    for (const PageText &page : text.pages) {
        QJsonArray words;
        for (const TextWord &word : page.words) {
            QJsonArray entry{word.text, rounded(word.rect.x()), rounded(word.rect.y()),
                             rounded(word.rect.width()), rounded(word.rect.height())};
            if (word.confidence != 1.0)
                entry.append(rounded(word.confidence));
            words.append(entry);
        }
        pages.append(QJsonObject{{QStringLiteral("page"), page.pageNumber},
                                 {QStringLiteral("width"), rounded(page.size.width())},
                                 {QStringLiteral("height"), rounded(page.size.height())},
                                 {QStringLiteral("from_ocr"), page.fromOcr},
                                 {QStringLiteral("text"), page.text},
                                 {QStringLiteral("words"), words}});
    }
    return QJsonObject{{QStringLiteral("schema"), kSchema},
                       {QStringLiteral("page_count"), text.pageCount},
                       {QStringLiteral("text_layer"), text.textLayer},
                       {QStringLiteral("ocr"), text.ocr},
                       {QStringLiteral("encrypted"), text.encrypted},
                       {QStringLiteral("metadata"), metadata},
                       {QStringLiteral("pages"), pages}};
}

QByteArray write(const ContractText &text)
{
    return QJsonDocument(toJsonObject(text)).toJson(QJsonDocument::Compact);
}

Result<ContractText> readObject(const QJsonObject &object)
{
    if (object.value(QStringLiteral("schema")).toString() != kSchema)
        return malformed(QStringLiteral("schema"));
    ContractText text;
    const QJsonValue pageCount = object.value(QStringLiteral("page_count"));
    if (!pageCount.isDouble() || pageCount.toInt(-1) < 0)
        return malformed(QStringLiteral("page_count"));
    text.pageCount = pageCount.toInt();
    text.textLayer = object.value(QStringLiteral("text_layer")).toBool();
    text.ocr = object.value(QStringLiteral("ocr")).toBool();
    text.encrypted = object.value(QStringLiteral("encrypted")).toBool();
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        text.metadata.insert(it.key(), it.value().toString());

    const QJsonArray pages = object.value(QStringLiteral("pages")).toArray();
    text.pages.reserve(pages.size());
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString path = QStringLiteral("pages[%1]").arg(i);
        if (!pages.at(i).isObject())
            return malformed(path);
        const QJsonObject pageObject = pages.at(i).toObject();
        PageText page;
        page.pageNumber = pageObject.value(QStringLiteral("page")).toInt();
        page.size = QSizeF(pageObject.value(QStringLiteral("width")).toDouble(),
                           pageObject.value(QStringLiteral("height")).toDouble());
        page.fromOcr = pageObject.value(QStringLiteral("from_ocr")).toBool();
        page.text = pageObject.value(QStringLiteral("text")).toString();
        const QJsonArray words = pageObject.value(QStringLiteral("words")).toArray();
        page.words.reserve(words.size());
        for (qsizetype w = 0; w < words.size(); ++w) {
            const QJsonArray entry = words.at(w).toArray();
            if (entry.size() < 5 || !entry.at(0).isString())
                return malformed(path + QStringLiteral(".words[%1]").arg(w));
            TextWord word;
            word.text = entry.at(0).toString();
            word.rect = QRectF(entry.at(1).toDouble(), entry.at(2).toDouble(),
                               entry.at(3).toDouble(), entry.at(4).toDouble());
            word.confidence = entry.size() > 5 ? entry.at(5).toDouble() : 1.0;
            page.words.append(std::move(word));
        }
        text.pages.append(std::move(page));
    }
    return text;
}

Result<ContractText> read(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return malformed(QString());
    return readObject(document.object());
}

} // namespace cd::ContractTextJson
