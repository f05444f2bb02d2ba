// The text of a contract as the viewer uses it: what lies inside a rectangle the user drags on a
// page, and where a search term occurs, each as characters with their boxes. Built once per
// contract from its ContractText (text layer or OCR alike).
//
// Words are normalised first (TextNormalizer: CJK radicals, full-width forms), so "人民币"
// finds a Qt-written PDF's "⼈⺠币" and "6,336,000" finds "６，３３６，０００". A word's box is
// shared among its characters in proportion (Poppler returns a run of Chinese text as one
// word), which places a character to within a fraction of its width: enough to highlight it.
// Search ignores case and white space, so "H800" finds "H 800" and "深圳市" a line-broken name.
#pragma once

#include "contracts/ContractText.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace cd {

struct TextSpan
{
    int page = 0;        // 1-based; 0: empty span
    int first = -1;      // index of the first character on the page
    int last = -1;       // index of the last one (inclusive)
    QList<QRectF> rects; // one box per line of the span, PDF points
    QString text;        // as read: spaces between Latin words, line breaks between lines

    bool isEmpty() const { return page == 0; }
    QRectF bounds() const;
};

class ContractTextIndex
{
public:
    ContractTextIndex() = default;
    explicit ContractTextIndex(const ContractText &text);

    int pageCount() const { return int(m_pages.size()); }
    bool isEmpty() const;

    // The characters of `page` whose centres lie inside `rect` (PDF points), in reading order.
    TextSpan spanIn(int page, const QRectF &rect) const;
    // Every occurrence of `query` in page order; empty for an empty query.
    QList<TextSpan> find(const QString &query) const;

private:
    struct Glyph
    {
        QChar c;
        QRectF rect;
        int word = 0;
        bool lineEnd = false;    // the last character of a line
        bool spaceAfter = false; // a space follows when the text is read
    };
    struct Page
    {
        QList<Glyph> glyphs;
        QString compact;           // case-folded, without white space, for search
        QList<int> compactToGlyph; // index in `compact` → glyph
    };
    TextSpan span(int page, int first, int last) const;

    QList<Page> m_pages;
};

} // namespace cd
