#include "ContractTextIndex.h"

#include "contracts/TextNormalizer.h"

namespace cd {

namespace {
bool isWide(QChar c)
{
    // Chinese text has no spaces between words; neither does its punctuation.
    const char16_t u = c.unicode();
    return c.script() == QChar::Script_Han || (u >= 0x3000 && u <= 0x303f) ||
           (u >= 0xff00 && u <= 0xffef);
}

bool sameLine(const QRectF &a, const QRectF &b)
{
    const double centre = b.center().y();
    return centre >= a.top() && centre <= a.bottom() && b.left() >= a.left() - a.height();
}
} // namespace

QRectF TextSpan::bounds() const
{
    QRectF united;
    for (const QRectF &rect : rects)
        united = united.isNull() ? rect : united.united(rect);
    return united;
}

ContractTextIndex::ContractTextIndex(const ContractText &text)
{
    m_pages.reserve(text.pages.size());
    for (const PageText &pageText : text.pages) {
        Page page;
        const QList<TextWord> &words = pageText.words;
        for (int w = 0; w < words.size(); ++w) {
            const TextWord &word = words.at(w);
            const QString normalized = TextNormalizer::normalize(word.text).trimmed();
            if (normalized.isEmpty())
                continue;
            const qsizetype length = normalized.size();
            const double width = word.rect.width() / double(length);
            for (qsizetype i = 0; i < length; ++i) {
                Glyph glyph;
                glyph.c = normalized.at(i);
                glyph.rect = QRectF(word.rect.left() + width * double(i), word.rect.top(), width,
                                    word.rect.height());
                glyph.word = w;
                page.glyphs.append(glyph);
            }
            Glyph &last = page.glyphs.last();
            const TextWord *next = w + 1 < words.size() ? &words.at(w + 1) : nullptr;
            if (!next || !sameLine(word.rect, next->rect)) {
                last.lineEnd = true;
            } else {
                const QString nextText = TextNormalizer::normalize(next->text).trimmed();
                const double gap = next->rect.left() - word.rect.right();
                last.spaceAfter =
                    gap > 0.2 * word.rect.height() ||
                    (!nextText.isEmpty() && !isWide(last.c) && !isWide(nextText.front()));
            }
        }
        for (int g = 0; g < page.glyphs.size(); ++g) {
            const QChar c = page.glyphs.at(g).c;
            if (c.isSpace())
                continue;
            // Case folding keeps one code unit for the letters contracts use.
            page.compact += c.toCaseFolded();
            page.compactToGlyph.append(g);
        }
        m_pages.append(std::move(page));
    }
}

bool ContractTextIndex::isEmpty() const
{
    for (const Page &page : m_pages) {
        if (!page.glyphs.isEmpty())
            return false;
    }
    return true;
}

TextSpan ContractTextIndex::span(int pageNumber, int first, int last) const
{
    TextSpan span;
    const Page &page = m_pages.at(pageNumber - 1);
    if (first < 0 || last < first || last >= page.glyphs.size())
        return span;
    span.page = pageNumber;
    span.first = first;
    span.last = last;
    QRectF line;
    for (int g = first; g <= last; ++g) {
        const Glyph &glyph = page.glyphs.at(g);
        span.text += glyph.c;
        line = line.isNull() ? glyph.rect : line.united(glyph.rect);
        if (glyph.lineEnd || g == last) {
            span.rects.append(line);
            line = QRectF();
        }
        if (g < last)
            span.text += glyph.lineEnd ? QStringLiteral("\n")
                                       : (glyph.spaceAfter ? QStringLiteral(" ") : QString());
    }
    return span;
}

TextSpan ContractTextIndex::spanIn(int pageNumber, const QRectF &rect) const
{
    if (pageNumber < 1 || pageNumber > m_pages.size())
        return {};
    const Page &page = m_pages.at(pageNumber - 1);
    QList<int> inside;
    for (int g = 0; g < page.glyphs.size(); ++g) {
        if (rect.contains(page.glyphs.at(g).rect.center()))
            inside.append(g);
    }
    if (inside.isEmpty())
        return {};
    // A rectangle over a table column picks characters from several lines: each run of
    // neighbouring characters is read as it stands, runs are separated by line breaks.
    TextSpan result;
    result.page = pageNumber;
    result.first = inside.first();
    result.last = inside.last();
    int runStart = inside.first();
    for (int i = 0; i < inside.size(); ++i) {
        const bool runEnds = i + 1 == inside.size() || inside.at(i + 1) != inside.at(i) + 1;
        if (!runEnds)
            continue;
        const TextSpan run = span(pageNumber, runStart, inside.at(i));
        if (!result.text.isEmpty())
            result.text += QLatin1Char('\n');
        result.text += run.text;
        result.rects += run.rects;
        if (i + 1 < inside.size())
            runStart = inside.at(i + 1);
    }
    return result;
}

QList<TextSpan> ContractTextIndex::find(const QString &query) const
{
    QString needle;
    for (const QChar c : TextNormalizer::normalize(query)) {
        if (!c.isSpace())
            needle += c.toCaseFolded();
    }
    QList<TextSpan> hits;
    if (needle.isEmpty())
        return hits;
    for (int p = 0; p < m_pages.size(); ++p) {
        const Page &page = m_pages.at(p);
        for (qsizetype at = page.compact.indexOf(needle); at >= 0;
             at = page.compact.indexOf(needle, at + needle.size())) {
            hits.append(span(p + 1, page.compactToGlyph.at(at),
                             page.compactToGlyph.at(at + needle.size() - 1)));
        }
    }
    return hits;
}

} // namespace cd
