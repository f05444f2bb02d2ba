#include "ContractTextJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstdio>

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

namespace {
// The worker writes ~10^5 words for a 200-page contract; building a QJsonObject tree for them
// costs more than Poppler's own text extraction, so write() produces the same JSON directly.
void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendNumber(QByteArray &out, double value)
{
    const double r = rounded(value);
    if (!std::isfinite(r)) {
        out += '0';
        return;
    }
    QByteArray number = QByteArray::number(r, 'f', 2);
    while (number.endsWith('0'))
        number.chop(1);
    if (number.endsWith('.'))
        number.chop(1);
    if (number == "-0")
        number = "0";
    out += number;
}

void appendBool(QByteArray &out, bool value)
{
    out += value ? "true" : "false";
}
} // namespace

QByteArray write(const ContractText &text)
{
    QByteArray out;
    out.reserve(4096 + text.pages.size() * 16384);
    out += "{\"schema\":";
    appendString(out, kSchema);
    out += ",\"page_count\":" + QByteArray::number(text.pageCount);
    out += ",\"text_layer\":";
    appendBool(out, text.textLayer);
    out += ",\"ocr\":";
    appendBool(out, text.ocr);
    out += ",\"encrypted\":";
    appendBool(out, text.encrypted);
    out += ",\"metadata\":{";
    for (auto it = text.metadata.cbegin(); it != text.metadata.cend(); ++it) {
        if (it != text.metadata.cbegin())
            out += ',';
        appendString(out, it.key());
        out += ':';
        appendString(out, it.value());
    }
    out += "},\"pages\":[";
    for (qsizetype p = 0; p < text.pages.size(); ++p) {
        const PageText &page = text.pages.at(p);
        if (p > 0)
            out += ',';
        out += "{\"page\":" + QByteArray::number(page.pageNumber) + ",\"width\":";
        appendNumber(out, page.size.width());
        out += ",\"height\":";
        appendNumber(out, page.size.height());
        out += ",\"from_ocr\":";
        appendBool(out, page.fromOcr);
        out += ",\"text\":";
        appendString(out, page.text);
        out += ",\"words\":[";
        for (qsizetype w = 0; w < page.words.size(); ++w) {
            const TextWord &word = page.words.at(w);
            if (w > 0)
                out += ',';
            out += '[';
            appendString(out, word.text);
            for (double value :
                 {word.rect.x(), word.rect.y(), word.rect.width(), word.rect.height()}) {
                out += ',';
                appendNumber(out, value);
            }
            if (word.confidence != 1.0) {
                out += ',';
                appendNumber(out, word.confidence);
            }
            out += ']';
        }
        out += "]}";
    }
    out += "]}";
    return out;
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
