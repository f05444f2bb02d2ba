#include "TextNormalizer.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace cd {

namespace {

struct RadicalEntry
{
    char32_t radical;
    char32_t ideograph;
};

constexpr RadicalEntry kRadicals[] = {
#include "CjkRadicalTable.inc"
};

bool isSpaceLike(char32_t c)
{
    return c == 0x00A0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F;
}

bool isZeroWidth(char32_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

// Full-width forms that matter for numbers and identifiers; the rest of U+FF01–U+FF5E is
// Chinese punctuation that the parsers match as such.
char32_t fullWidthToAscii(char32_t c)
{
    if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
        (c >= 0xFF41 && c <= 0xFF5A))
        return c - 0xFF01 + 0x21;
    switch (c) {
    case 0xFF04: // ＄
    case 0xFF05: // ％
    case 0xFF0B: // ＋
    case 0xFF0D: // －
    case 0xFF0E: // ．
    case 0xFF0F: // ／
    case 0xFF20: // ＠
        return c - 0xFF01 + 0x21;
    case 0xFFE5: // ￥
        return 0x00A5;
    case 0x2212: // minus sign
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
        return u'-';
    default:
        return 0;
    }
}

QString ligature(char32_t c)
{
    switch (c) {
    case 0xFB00:
        return QStringLiteral("ff");
    case 0xFB01:
        return QStringLiteral("fi");
    case 0xFB02:
        return QStringLiteral("fl");
    case 0xFB03:
        return QStringLiteral("ffi");
    case 0xFB04:
        return QStringLiteral("ffl");
    case 0xFB05:
    case 0xFB06:
        return QStringLiteral("st");
    default:
        return {};
    }
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    } else {
        out += QChar(static_cast<char16_t>(c));
    }
}

} // namespace

char32_t TextNormalizer::unifiedIdeograph(char32_t codePoint)
{
    if (codePoint < 0x2E80 || codePoint > 0x2FDF)
        return codePoint;
    const auto *end = std::end(kRadicals);
    const auto *it = std::lower_bound(
        std::begin(kRadicals), end, codePoint,
        [](const RadicalEntry &entry, char32_t value) { return entry.radical < value; });
    if (it != end && it->radical == codePoint)
        return it->ideograph;
    return codePoint;
}

namespace {

// Characters normalize() may change, including those NFC composes or replaces. Most extracted
// words contain none of them and are returned as they are: a 200-page contract has ~10^5 words.
bool mayChange(char16_t c)
{
    if (c < 0x00A0)
        return false;
    return c == 0x00A0 || c == 0x00AD || (c >= 0x0300 && c <= 0x036F) ||
           (c >= 0x1100 && c <= 0x11FF) || (c >= 0x1AB0 && c <= 0x1AFF) ||
           (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x2000 && c <= 0x206F) ||
           (c >= 0x20D0 && c <= 0x214F) || c == 0x2212 || (c >= 0x2E80 && c <= 0x2FDF) ||
           c == 0x3000 || (c >= 0x3099 && c <= 0x309A) || (c >= 0xAC00 && c <= 0xD7FF) ||
           (c >= 0xD800 && c <= 0xDFFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFB00 && c <= 0xFB06) || (c >= 0xFE20 && c <= 0xFE2F) || (c >= 0xFEFF);
}

// "1 036 800,00" / "1 036 800.00": ordinary spaces as thousands separators, recognised only
// with a decimal part so that "32 4 台" or a phone number is left alone.
QString mergeSpacedGroups(const QString &text)
{
    static const QRegularExpression spacedGroups(
        QStringLiteral("(?<![0-9.,])[0-9]{1,3}(?: [0-9]{3})+[.,][0-9]{2}(?![0-9])"));
    if (!text.contains(QLatin1Char(' ')))
        return text;
    QString rebuilt;
    qsizetype last = 0;
    auto it = spacedGroups.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        rebuilt += QStringView(text).mid(last, match.capturedStart() - last);
        rebuilt += match.captured(0).remove(QLatin1Char(' '));
        last = match.capturedEnd();
    }
    if (last == 0)
        return text;
    rebuilt += QStringView(text).mid(last);
    return rebuilt;
}

} // namespace

QString TextNormalizer::normalize(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return mayChange(c.unicode()); }))
        return mergeSpacedGroups(text);

    // Digit groups separated by no-break or thin spaces are one number: drop those spaces
    // before the per-character pass turns them into ordinary spaces.
    static const QRegularExpression thinGroups(QStringLiteral(
        "(?<![0-9])([0-9]{1,3})((?:[\\x{00A0}\\x{2009}\\x{202F}\\x{2007}][0-9]{3})+)(?![0-9])"));
    QString source = text;
    if (source.contains(QChar(0x00A0)) || source.contains(QChar(0x2009)) ||
        source.contains(QChar(0x202F)) || source.contains(QChar(0x2007))) {
        QString rebuilt;
        qsizetype last = 0;
        auto it = thinGroups.globalMatch(source);
        while (it.hasNext()) {
            const auto match = it.next();
            rebuilt += QStringView(source).mid(last, match.capturedStart() - last);
            QString groups = match.captured(2);
            groups.remove(QChar(0x00A0));
            groups.remove(QChar(0x2009));
            groups.remove(QChar(0x202F));
            groups.remove(QChar(0x2007));
            rebuilt += match.captured(1) + groups;
            last = match.capturedEnd();
        }
        rebuilt += QStringView(source).mid(last);
        source = rebuilt;
    }

    QString out;
    out.reserve(source.size());
    const QList<uint> codePoints = source.toUcs4();
    for (const uint value : codePoints) {
        const auto c = static_cast<char32_t>(value);
        if (isZeroWidth(c))
            continue;
        if (isSpaceLike(c)) {
            out += QLatin1Char(' ');
            continue;
        }
        if (const char32_t ascii = fullWidthToAscii(c)) {
            appendCodePoint(out, ascii);
            continue;
        }
        if (c >= 0xFB00 && c <= 0xFB06) {
            out += ligature(c);
            continue;
        }
        appendCodePoint(out, unifiedIdeograph(c));
    }

    // A full-width comma between digit groups is a thousands separator (１，０００ → 1,000);
    // elsewhere it is Chinese punctuation and stays.
    static const QRegularExpression fullWidthGroupComma(
        QStringLiteral("(?<=[0-9])\\x{FF0C}(?=[0-9]{3}(?![0-9]))"));
    if (out.contains(QChar(0xFF0C)))
        out.replace(fullWidthGroupComma, QStringLiteral(","));

    out = mergeSpacedGroups(out);

    // NFC composes decomposed accents (u + U+0308 → ü) and maps CJK compatibility ideographs; it
    // does not fold full-width punctuation, unlike NFKC.
    return out.normalized(QString::NormalizationForm_C);
}

} // namespace cd
