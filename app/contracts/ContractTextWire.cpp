#include "ContractTextWire.h"

#include <QCoreApplication>

#include <cstring>
#include <type_traits>

namespace cd::ContractTextWire {

// The layout, all numbers in the machine's byte order (both ends are the same build):
//   u32 magic, i32 page_count, u8 text_layer, u8 ocr, u8 encrypted,
//   u32 metadata entries, each: string key, string value,
//   u32 pages, each: i32 number, f32 width, f32 height, u8 from_ocr, string text,
//                    u32 words, each: string text, f32 x, y, width, height, confidence
//   string: u32 length in UTF-16 code units, then the code units.
// Hand-written rather than QDataStream: going through QIODevice for each of ~10^6 fields made
// decoding a 200-page contract take 100 ms.

namespace {
// The message is the JSON reader's: to the user both are the same failure.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::ContractTextJson)
};

constexpr quint32 kMagic = 0x43445432; // "CDT2"

Error malformed()
{
    return makeError(ErrorCode::InvalidJson,
                     Tr::tr("The contract text from the PDF worker is malformed."));
}

class Writer
{
public:
    explicit Writer(QByteArray &out)
        : m_out(out)
    {}

    template <typename T> void put(T value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        m_out.append(reinterpret_cast<const char *>(&value), sizeof value);
    }

    void put(const QString &text)
    {
        put(quint32(text.size()));
        m_out.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    }

private:
    QByteArray &m_out;
};

// Reads with a bounds check on every field; after the first failure everything reads as zero
// and ok() stays false.
class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_at(bytes.constData())
        , m_end(bytes.constData() + bytes.size())
    {}

    template <typename T> T get()
    {
        static_assert(std::is_trivially_copyable_v<T>);
        T value{};
        if (!take(sizeof value))
            return value;
        std::memcpy(&value, m_at - sizeof value, sizeof value);
        return value;
    }

    QString getString()
    {
        const quint32 length = get<quint32>();
        if (!take(qsizetype(length) * 2))
            return {};
        QString text(qsizetype(length), Qt::Uninitialized);
        std::memcpy(text.data(), m_at - qsizetype(length) * 2, qsizetype(length) * 2);
        return text;
    }

    // Whether `count` items of at least `minBytes` each can still follow: a count that cannot
    // is refused before anything is allocated for it.
    bool canHold(quint32 count, qsizetype minBytes) const
    {
        return m_ok && qsizetype(count) <= (m_end - m_at) / minBytes;
    }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }

private:
    bool take(qsizetype size)
    {
        if (!m_ok || size > m_end - m_at) {
            m_ok = false;
            return false;
        }
        m_at += size;
        return true;
    }

    const char *m_at;
    const char *m_end;
    bool m_ok = true;
};

constexpr qsizetype kMinWordBytes = 4 + 5 * 4;
constexpr qsizetype kMinPageBytes = 4 + 2 * 4 + 1 + 4 + 4;
constexpr qsizetype kMinEntryBytes = 2 * 4;
} // namespace

QByteArray encode(const ContractText &text)
{
    qsizetype size = 64;
    for (const PageText &page : text.pages)
        size += 32 + page.text.size() * 2 + page.words.size() * (kMinWordBytes + 8);
    QByteArray bytes;
    bytes.reserve(size);
    Writer out(bytes);
    out.put(kMagic);
    out.put(qint32(text.pageCount));
    out.put(quint8(text.textLayer));
    out.put(quint8(text.ocr));
    out.put(quint8(text.encrypted));
    out.put(quint32(text.metadata.size()));
    for (auto it = text.metadata.cbegin(); it != text.metadata.cend(); ++it) {
        out.put(it.key());
        out.put(it.value());
    }
    out.put(quint32(text.pages.size()));
    for (const PageText &page : text.pages) {
        out.put(qint32(page.pageNumber));
        out.put(float(page.size.width()));
        out.put(float(page.size.height()));
        out.put(quint8(page.fromOcr));
        out.put(page.text);
        out.put(quint32(page.words.size()));
        for (const TextWord &word : page.words) {
            // Single precision is a thousandth of a point on any page: plenty for a box.
            out.put(word.text);
            out.put(float(word.rect.x()));
            out.put(float(word.rect.y()));
            out.put(float(word.rect.width()));
            out.put(float(word.rect.height()));
            out.put(float(word.confidence));
        }
    }
    return bytes;
}

Result<ContractText> decode(const QByteArray &bytes)
{
    Reader in(bytes);
    ContractText text;
    if (in.get<quint32>() != kMagic)
        return malformed();
    text.pageCount = in.get<qint32>();
    text.textLayer = in.get<quint8>() != 0;
    text.ocr = in.get<quint8>() != 0;
    text.encrypted = in.get<quint8>() != 0;
    const quint32 entries = in.get<quint32>();
    if (!in.canHold(entries, kMinEntryBytes) || text.pageCount < 0)
        return malformed();
    for (quint32 e = 0; e < entries; ++e) {
        const QString key = in.getString();
        text.metadata.insert(key, in.getString());
    }
    const quint32 pages = in.get<quint32>();
    if (!in.canHold(pages, kMinPageBytes))
        return malformed();
    text.pages.reserve(pages);
    for (quint32 p = 0; p < pages; ++p) {
        PageText page;
        page.pageNumber = in.get<qint32>();
        const float width = in.get<float>();
        page.size = QSizeF(width, in.get<float>());
        page.fromOcr = in.get<quint8>() != 0;
        page.text = in.getString();
        const quint32 words = in.get<quint32>();
        if (!in.canHold(words, kMinWordBytes))
            return malformed();
        page.words.resize(words);
        for (TextWord &word : page.words) {
            word.text = in.getString();
            const float x = in.get<float>();
            const float y = in.get<float>();
            const float w = in.get<float>();
            const float h = in.get<float>();
            word.rect = QRectF(x, y, w, h);
            word.confidence = in.get<float>();
        }
        if (!in.ok())
            return malformed();
        text.pages.append(std::move(page));
    }
    if (!in.ok() || !in.atEnd())
        return malformed();
    return text;
}

} // namespace cd::ContractTextWire
