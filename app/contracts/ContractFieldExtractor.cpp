#include "ContractFieldExtractor.h"

#include "AmountParser.h"
#include "DateParser.h"
#include "TextNormalizer.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace cd {

namespace {

// Debug output carries contract text (names, amounts): off unless enabled with
// QT_LOGGING_RULES="coupondesk.contracts.extract.debug=true".
Q_LOGGING_CATEGORY(lcExtract, "coupondesk.contracts.extract", QtWarningMsg)

// ---------------------------------------------------------------------------------------------
// Layout: the extractor does not trust any reading order. It rebuilds lines from the word boxes
// (words whose vertical extents overlap form a line, sorted left to right), joins words with a
// space, or with a tab where the horizontal gap is a column gap, and remembers for every
// character which word it came from, so that any match can be mapped back to a rectangle.

struct Word
{
    QString text;
    QRectF rect;
};

struct Page
{
    int number = 0;
    QList<Word> words;
    QString text;                 // lines separated by '\n'
    QList<int> wordOfChar;        // index into words, -1 for separators
    qsizetype amendmentFrom = -1; // offset where an amendment (补充协议) starts, -1 if none
};

struct Location
{
    int page = 0;
    qsizetype start = 0;
    qsizetype end = 0;
};

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF) || c.isSurrogate();
}

Page buildPage(const PageText &source)
{
    Page page;
    page.number = source.pageNumber;
    for (const TextWord &word : source.words) {
        const QString text = TextNormalizer::normalize(word.text).trimmed();
        if (!text.isEmpty() && word.rect.isValid())
            page.words.append(Word{text, word.rect});
    }
    if (page.words.isEmpty()) {
        // No word boxes (should not happen with our readers): fall back to the page text,
        // without locations.
        page.text = TextNormalizer::normalize(source.text);
        page.wordOfChar = QList<int>(page.text.size(), -1);
        return page;
    }

    QList<int> order(page.words.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&page](int a, int b) {
        return page.words[a].rect.center().y() < page.words[b].rect.center().y();
    });

    struct Line
    {
        double top;
        double bottom;
        QList<int> words;
    };
    QList<Line> lines;
    for (const int index : std::as_const(order)) {
        const QRectF &r = page.words[index].rect;
        bool placed = false;
        // A word belongs to a recent line when their vertical extents overlap by more than half
        // of the smaller height.
        for (qsizetype l = lines.size() - 1; l >= 0 && l >= lines.size() - 3; --l) {
            Line &line = lines[l];
            const double overlap = std::min(line.bottom, r.bottom()) - std::max(line.top, r.top());
            const double smaller = std::min(line.bottom - line.top, r.height());
            if (smaller > 0 && overlap > 0.5 * smaller) {
                line.words.append(index);
                line.top = std::min(line.top, r.top());
                line.bottom = std::max(line.bottom, r.bottom());
                placed = true;
                break;
            }
        }
        if (!placed)
            lines.append(Line{r.top(), r.bottom(), {index}});
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line &a, const Line &b) { return a.top < b.top; });

    for (Line &line : lines) {
        std::stable_sort(line.words.begin(), line.words.end(), [&page](int a, int b) {
            return page.words[a].rect.left() < page.words[b].rect.left();
        });
        if (!page.text.isEmpty()) {
            page.text += QLatin1Char('\n');
            page.wordOfChar.append(-1);
        }
        const double height = line.bottom - line.top;
        for (qsizetype i = 0; i < line.words.size(); ++i) {
            const Word &word = page.words[line.words[i]];
            if (i > 0) {
                const Word &previous = page.words[line.words[i - 1]];
                const double gap = word.rect.left() - previous.rect.right();
                const bool cjkJoin = isCjk(previous.text.back()) && isCjk(word.text.front());
                if (gap > 2.5 * height) {
                    page.text += QLatin1Char('\t');
                    page.wordOfChar.append(-1);
                } else if (gap > 0.15 * height && !(cjkJoin && gap < 0.6 * height)) {
                    page.text += QLatin1Char(' ');
                    page.wordOfChar.append(-1);
                }
            }
            page.text += word.text;
            for (qsizetype c = 0; c < word.text.size(); ++c)
                page.wordOfChar.append(static_cast<int>(line.words[i]));
        }
    }
    return page;
}

struct Document
{
    QList<Page> pages;
    NumberStyle style = NumberStyle::Auto;

    QString textOf(const Location &at) const
    {
        const Page &page = pages[at.page];
        QString text = page.text.mid(at.start, at.end - at.start);
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        text.replace(QLatin1Char('\t'), QLatin1Char(' '));
        return text.simplified();
    }

    QRectF rectOf(const Location &at) const
    {
        const Page &page = pages[at.page];
        QRectF rect;
        int last = -1;
        for (qsizetype i = at.start; i < at.end && i < page.wordOfChar.size(); ++i) {
            const int word = page.wordOfChar[i];
            if (word < 0 || word == last)
                continue;
            last = word;
            rect = rect.isNull() ? page.words[word].rect : rect.united(page.words[word].rect);
        }
        return rect;
    }

    bool inAmendment(const Location &at) const
    {
        const Page &page = pages[at.page];
        if (page.amendmentFrom >= 0 && at.start >= page.amendmentFrom)
            return true;
        for (int p = 0; p < at.page; ++p) {
            if (pages[p].amendmentFrom >= 0)
                return true;
        }
        return false;
    }

    template <typename T>
    FoundField<T> found(const T &value, const Location &at, double confidence) const
    {
        FoundField<T> field;
        field.value = value;
        field.text = textOf(at);
        field.page = pages[at.page].number;
        field.rect = rectOf(at);
        field.confidence = std::clamp(confidence, 0.0, 0.99);
        return field;
    }
};

// The text before `start` on the same page, at most `chars` long, cut after the last sentence
// end so that a label in the previous sentence does not count.
QString contextBefore(const Page &page, qsizetype start, qsizetype chars)
{
    const qsizetype from = std::max<qsizetype>(0, start - chars);
    QString text = page.text.mid(from, start - from);
    static const QRegularExpression sentenceEnd(QStringLiteral("[。；;]"));
    const qsizetype cut = text.lastIndexOf(sentenceEnd);
    if (cut >= 0)
        text = text.mid(cut + 1);
    return text;
}

QString contextAfter(const Page &page, qsizetype end, qsizetype chars)
{
    return page.text.mid(end, chars);
}

QRegularExpression regex(const QString &pattern, bool caseInsensitive = false)
{
    QRegularExpression re(pattern);
    if (caseInsensitive)
        re.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Last match of `re` in `text`: its end offset, or -1.
qsizetype lastMatchEnd(const QRegularExpression &re, const QString &text)
{
    qsizetype end = -1;
    for (auto it = re.globalMatch(text); it.hasNext();)
        end = it.next().capturedEnd();
    return end;
}

// ---------------------------------------------------------------------------------------------
// Amount

struct AmountCandidate
{
    Money money;
    bool inWords = false;
    Location at;
    double score = 0;
    bool labelled = false;
    bool amended = false;
    bool paired = false; // the same value in words and in figures close by
};

const QRegularExpression &totalLabel()
{
    static const QRegularExpression re =
        regex(QStringLiteral(
                  "总金额|合同总价|总价款|总价|价款总额|合同金额|合同价款|总费用|费用总额|总计|"
                  "合计|总额|Order Total|Grand Total|Total Amount|Total Price|"
                  "total contract price|total contract value|total Fees|total fee|"
                  "Contract Value|Contract Price|Gesamtvergütung|Gesamtbetrag|Gesamtpreis|"
                  "Gesamtsumme|Auftragswert|Vertragswert|\\bTotal\\b"),
              true);
    return re;
}

// Between a total label and the amount: "合同总金额的 30%，即 …", "monthly", "je GPU" make the
// amount a share or a rate, not the total.
const QRegularExpression &shareMarker()
{
    static const QRegularExpression re = regex(
        QStringLiteral("%|％|即|每|其中|首期|第.期|预付|instal|monthly|per month|monatlich|je\\b|"
                       "Anzahlung|Rate\\b|deposit|advance"),
        true);
    return re;
}

const QRegularExpression &percentOf()
{
    static const QRegularExpression re(QStringLiteral("(?<![0-9.])([0-9]{1,2})\\s*[%％]"));
    return re;
}

const QRegularExpression &subtotalMarker()
{
    static const QRegularExpression re =
        regex(QStringLiteral("小计|Subtotal|Sub-total|Zwischensumme|Nettobetrag"), true);
    return re;
}

const QRegularExpression &rateAfter()
{
    static const QRegularExpression re =
        regex(QStringLiteral("^\\s*(?:/|per\\b|je\\b|pro\\b|每)"), true);
    return re;
}

const QRegularExpression &amendedBefore()
{
    static const QRegularExpression re =
        regex(QStringLiteral(
                  "(?:调整为|变更为|变更后|调整后|增加至|增加为|修改为|amended to|increased to|"
                  "changed to|erhöht auf|geändert auf|angepasst auf)[^。；;]{0,12}$"),
              true);
    return re;
}

const QRegularExpression &supersededAfter()
{
    static const QRegularExpression re =
        regex(QStringLiteral(
                  "^[^。；;]{0,6}(?:调整为|变更为|增加至|增加为|修改为|amended to|increased to|"
                  "changed to|erhöht|geändert)"),
              true);
    return re;
}

QString dominantCurrency(const QList<AmountCandidate> &candidates)
{
    QHash<QString, int> counts;
    for (const AmountCandidate &c : candidates) {
        if (!c.money.currency().isEmpty())
            ++counts[c.money.currency()];
    }
    QString best;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

QList<AmountCandidate> amountCandidates(const Document &doc)
{
    QList<AmountCandidate> candidates;
    for (int p = 0; p < doc.pages.size(); ++p) {
        const Page &page = doc.pages[p];
        const QList<AmountMatch> matches = AmountParser::findAll(page.text, doc.style);
        for (const AmountMatch &m : matches) {
            if (m.money.isZero())
                continue;
            AmountCandidate c;
            c.money = m.money;
            c.inWords = m.inWords;
            c.at = Location{p, m.start, m.start + m.length};
            candidates.append(c);
        }
    }
    // Table rows such as "订单总金额   1,296,000.00" or "Total   573.408,00": a total label at
    // the start of a line and a bare number as its last cell.
    static const QRegularExpression totalRow =
        regex(QStringLiteral(
                  "^[ \\t]*(?:合计|总计|总金额|订单总金额|合同总价|Total|Order Total|Grand Total|"
                  "Gesamtsumme|Gesamtbetrag|Summe)[^\\n0-9]{0,20}?[\\t ]"
                  "(?<num>[0-9]{1,3}(?:[,. ][0-9]{3})*(?:[.,][0-9]{1,2})?)[ \\t]*$"),
              true);
    const QString currency = dominantCurrency(candidates);
    for (int p = 0; p < doc.pages.size(); ++p) {
        const Page &page = doc.pages[p];
        qsizetype lineStart = 0;
        while (lineStart <= page.text.size()) {
            qsizetype lineEnd = page.text.indexOf(QLatin1Char('\n'), lineStart);
            if (lineEnd < 0)
                lineEnd = page.text.size();
            const QString line = page.text.mid(lineStart, lineEnd - lineStart);
            const auto m = totalRow.match(line);
            if (m.hasMatch() && !subtotalMarker().match(line).hasMatch()) {
                const auto hundredths =
                    AmountParser::parseNumberHundredths(m.captured(u"num"), doc.style);
                if (hundredths && *hundredths > 0 && !currency.isEmpty()) {
                    AmountCandidate c;
                    c.money = Money::fromFen(*hundredths, currency);
                    c.at = Location{p, lineStart + m.capturedStart(u"num"),
                                    lineStart + m.capturedEnd(u"num")};
                    bool duplicate = false;
                    for (const AmountCandidate &other : std::as_const(candidates)) {
                        if (other.at.page == p && other.at.start <= c.at.start &&
                            other.at.end >= c.at.end)
                            duplicate = true;
                    }
                    if (!duplicate)
                        candidates.append(c);
                }
            }
            lineStart = lineEnd + 1;
        }
    }
    return candidates;
}

std::optional<FoundField<Money>> extractAmount(const Document &doc)
{
    QList<AmountCandidate> candidates = amountCandidates(doc);
    QList<AmountCandidate> totals;
    QList<qint64> impliedTotals; // totals that "X% of the total, i.e. Y" clauses imply
    for (AmountCandidate &c : candidates) {
        const Page &page = doc.pages[c.at.page];
        const QString after = contextAfter(page, c.at.end, 30);
        if (rateAfter().match(after).hasMatch())
            continue; // a unit price
        const QString before = contextBefore(page, c.at.start, 70);
        const qsizetype labelEnd = lastMatchEnd(totalLabel(), before);
        const qsizetype subtotalEnd = lastMatchEnd(subtotalMarker(), before);
        if (labelEnd >= 0 && subtotalEnd < labelEnd) {
            const QString between = before.mid(labelEnd);
            if (!shareMarker().match(between).hasMatch()) {
                c.labelled = true;
                c.score += 50.0 - std::min<double>(20.0, 0.25 * double(between.size()));
            } else if (const auto pct = percentOf().match(between); pct.hasMatch()) {
                // "合同总金额的 30%，即人民币 324,000.00 元": this instalment implies the total.
                const qint64 percent = pct.captured(1).toLongLong();
                if (percent > 0 && percent < 100 && (c.money.fen() * 100) % percent == 0)
                    impliedTotals.append(c.money.fen() * 100 / percent);
            }
        }
        if (amendedBefore().match(before).hasMatch()) {
            c.amended = true;
            c.score += 40.0;
        }
        if (supersededAfter().match(after).hasMatch())
            c.score -= 60.0;
        if (doc.inAmendment(c.at) && c.labelled)
            c.score += 5.0;
        totals.append(c);
    }
    // Words and figures of the same value close together confirm each other.
    for (AmountCandidate &c : totals) {
        for (const AmountCandidate &other : std::as_const(totals)) {
            if (other.inWords != c.inWords && other.at.page == c.at.page &&
                other.money.fen() == c.money.fen() &&
                std::abs(double(other.at.start - c.at.start)) < 80) {
                c.paired = true;
            }
        }
        if (c.paired)
            c.score += 15.0;
        if (c.inWords && c.labelled)
            c.score += 2.0; // the amount in words (大写) is the binding form in Chinese contracts
    }
    const AmountCandidate *best = nullptr;
    for (const AmountCandidate &c : std::as_const(totals)) {
        if (!c.labelled && !c.amended)
            continue;
        if (!best || c.score > best->score ||
            (c.score == best->score && c.inWords && !best->inWords))
            best = &c;
    }
    if (!best) {
        // No labelled total (OCR can garble a label): an amount that the instalment clauses
        // confirm as the total ("30%，即 324,000.00" and "70%，即 756,000.00" → 1,080,000.00).
        for (const AmountCandidate &c : std::as_const(totals)) {
            if (c.score < 0 || c.money.currency().isEmpty())
                continue;
            const auto confirmations = impliedTotals.count(c.money.fen());
            if (confirmations > 0 && (!best || c.score > best->score))
                best = &c;
        }
        if (best) {
            const auto confirmations = impliedTotals.count(best->money.fen());
            return doc.found(best->money, best->at, confirmations >= 2 ? 0.6 : 0.5);
        }
        // Otherwise only a document that names exactly one amount gives an answer.
        QList<qint64> values;
        for (const AmountCandidate &c : std::as_const(totals)) {
            if (!values.contains(c.money.fen()))
                values.append(c.money.fen());
        }
        if (values.size() != 1)
            return std::nullopt;
        Money money = totals.first().money;
        if (money.currency().isEmpty())
            return std::nullopt;
        return doc.found(money, totals.first().at, 0.4);
    }
    // Figures with different words right next to them ("3,000,000.00 元（大写：叁佰贰拾万元整）"):
    // the amount in words prevails, as Chinese contract practice has it, with low confidence.
    bool wordsDisagree = false;
    for (const AmountCandidate &c : std::as_const(totals)) {
        if (c.inWords && !best->inWords && c.labelled && c.at.page == best->at.page &&
            c.money.fen() != best->money.fen() &&
            std::abs(double(c.at.start - best->at.start)) < 80) {
            best = &c;
            wordsDisagree = true;
            break;
        }
    }
    Money money = best->money;
    if (money.currency().isEmpty())
        money = Money::fromFen(money.fen(), dominantCurrency(candidates));
    if (money.currency().isEmpty())
        return std::nullopt;

    double confidence = best->amended ? 0.75 : 0.65;
    if (best->paired)
        confidence += 0.2;
    int agreeing = 0;
    bool contradicted = false;
    for (const AmountCandidate &c : std::as_const(totals)) {
        if (!c.labelled || &c == best)
            continue;
        if (c.money.fen() == best->money.fen())
            ++agreeing;
        else if (c.score > best->score - 15.0)
            contradicted = true;
    }
    if (agreeing > 0)
        confidence += 0.1;
    if (impliedTotals.contains(best->money.fen()))
        confidence += 0.05;
    if (contradicted || wordsDisagree)
        confidence -= 0.25;
    return doc.found(money, best->at, confidence);
}

// ---------------------------------------------------------------------------------------------
// Dates

struct DateCandidate
{
    QDate date;
    Location at;
};

QList<DateCandidate> allDates(const Document &doc)
{
    QList<DateCandidate> dates;
    for (int p = 0; p < doc.pages.size(); ++p) {
        const QList<DateMatch> found = DateParser::findAll(doc.pages[p].text);
        for (const DateMatch &m : found)
            dates.append(DateCandidate{m.date, Location{p, m.start, m.start + m.length}});
    }
    return dates;
}

std::optional<FoundField<QDate>> extractSigningDate(const Document &doc,
                                                    const QList<DateCandidate> &dates)
{
    static const QRegularExpression strong = regex(
        QStringLiteral("(?:签订|签署|签约|签字|签章)(?:日期|时间)[^\\n]{0,3}$|"
                       "(?:signing date|date of signature|signature date|executed on)[^\\n]{0,3}$|"
                       "(?:^|[\\t ])(?:Date|Datum|日期(?:[ \\t]*Date)?)[ \\t]*[:：]?[ \\t]*$|"
                       "(?:made on|dated|entered into on|Order Date|下单日期|订单日期|订立日期)"
                       "[^\\n]{0,3}$|,[ \\t]*den[ \\t]*$"),
        true);
    static const QRegularExpression notSigning = regex(
        QStringLiteral("(?:交付|付款|开始|结束|生效|到期|截止|验收|实际|计划|发票|invoice|delivery|"
                       "due|start|end)[^\\n]{0,2}(?:日期|Date)[ \\t]*[:：]?[ \\t]*$"),
        true);
    struct Vote
    {
        QDate date;
        int count = 0;
        Location first;
    };
    QList<Vote> votes;
    for (const DateCandidate &d : dates) {
        if (doc.inAmendment(d.at))
            continue;
        const Page &page = doc.pages[d.at.page];
        qsizetype lineStart = page.text.lastIndexOf(QLatin1Char('\n'), d.at.start - 1) + 1;
        if (d.at.start == 0)
            lineStart = 0;
        QString before = page.text.mid(lineStart, d.at.start - lineStart);
        if (before.size() > 30)
            before = before.right(30);
        if (!strong.match(before).hasMatch() || notSigning.match(before).hasMatch())
            continue;
        auto it = std::find_if(votes.begin(), votes.end(),
                               [&d](const Vote &v) { return v.date == d.date; });
        if (it == votes.end())
            votes.append(Vote{d.date, 1, d.at});
        else
            ++it->count;
    }
    if (votes.isEmpty())
        return std::nullopt;
    const Vote *best = &votes.first();
    for (const Vote &v : std::as_const(votes)) {
        if (v.count > best->count)
            best = &v;
    }
    double confidence = 0.75;
    if (best->count >= 2)
        confidence += 0.15;
    if (votes.size() > 1)
        confidence -= 0.2;
    return doc.found(best->date, best->first, confidence);
}

struct Period
{
    FoundField<QDate> start;
    FoundField<QDate> end;
};

std::optional<Period> extractPeriod(const Document &doc, const QList<DateCandidate> &dates)
{
    static const QRegularExpression connector = regex(
        QStringLiteral("^[\\s起]*(?:至|到|~|～|—|–|-|to|until|till|through|bis(?:\\s+zum)?|"
                       "(?:and|und)\\s+(?:ends?|endet|ending)\\s+(?:on|am)|ends\\s+on)[\\s]*$"),
        true);
    static const QRegularExpression periodLabel = regex(
        QStringLiteral("服务期限|服务期|租赁期限|租用期限|租期|期限|service period|term|period|"
                       "Laufzeit|Leistungszeitraum|beginnt|commences|starts|begins"),
        true);
    static const QRegularExpression amendLabel = regex(
        QStringLiteral("变更为|调整为|延长至|修改为|amended|extended|geändert|verlängert"), true);

    const DateCandidate *bestStart = nullptr;
    const DateCandidate *bestEnd = nullptr;
    double bestScore = -1;
    for (qsizetype i = 0; i + 1 < dates.size(); ++i) {
        const DateCandidate &a = dates[i];
        const DateCandidate &b = dates[i + 1];
        if (a.at.page != b.at.page || b.date < a.date)
            continue;
        const Page &page = doc.pages[a.at.page];
        const QString between = page.text.mid(a.at.end, b.at.start - a.at.end);
        if (between.size() > 25 || !connector.match(between).hasMatch())
            continue;
        const QString before = contextBefore(page, a.at.start, 40);
        double score = 1;
        if (periodLabel.match(before).hasMatch())
            score += 2;
        if (doc.inAmendment(a.at) && amendLabel.match(before).hasMatch())
            score += 5;
        if (score > bestScore) {
            bestScore = score;
            bestStart = &a;
            bestEnd = &b;
        }
    }
    if (!bestStart)
        return std::nullopt;
    const double confidence = bestScore >= 3 ? 0.9 : 0.6;
    return Period{doc.found(bestStart->date, bestStart->at, confidence),
                  doc.found(bestEnd->date, bestEnd->at, confidence)};
}

// ---------------------------------------------------------------------------------------------
// Parties

enum class Role
{
    Customer,
    Provider
};

struct PartyCandidate
{
    QString name;
    Location at;
    int priority = 0; // lower wins ties
};

const QRegularExpression &chineseOrgName()
{
    static const QRegularExpression re(QStringLiteral(
        "^[\\p{Han}A-Za-z0-9（）()·]{2,60}(?:有限责任公司|股份有限公司|有限公司|公司|研究院|研究所|"
        "大学|学院|学校|医院|中心|实验室|集团|事务所|合伙企业（有限合伙）|合伙企业)"));
    return re;
}

const QRegularExpression &latinOrgName()
{
    static const QRegularExpression re(QStringLiteral(
        "(?:[A-Z][A-Za-z0-9'’&\\-]*\\.?|\\([A-Z][A-Za-z\\- ]*\\))"
        "(?:[ \\n]+(?:[A-Z][A-Za-z0-9'’&\\-]*\\.?|\\([A-Z][A-Za-z\\- ]*\\)|and|of|for|&|für|und))*?"
        ",?[ \\n]+(?:Co\\.,?[ \\n]*Ltd\\.?|Company[ \\n]+Limited|Limited|Ltd\\.?|GmbH(?:[ \\n]*&[ "
        "\\n]*"
        "Co\\.[ "
        "\\n]*KG)?|AG|SE|Inc\\.?|LLC|Corp\\.?|Corporation|KG|S\\.A\\.|B\\.V\\.)(?![A-Za-z])"));
    return re;
}

// The organisation name at the start of a table cell or label value, or an empty string.
QString orgNameAt(const QString &cell, qsizetype *length)
{
    QString compact;
    // OCR and some writers put spaces between ideographs: drop them for the Chinese name.
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell[i];
        if (c == QLatin1Char(' ') && i > 0 && i + 1 < cell.size() && isCjk(cell[i - 1]) &&
            isCjk(cell[i + 1]))
            continue;
        compact += c;
    }
    const auto cn = chineseOrgName().match(compact);
    if (cn.hasMatch()) {
        *length = cell.size();
        // Map the compact length back onto the cell: count characters until the match is used.
        qsizetype used = 0;
        qsizetype i = 0;
        for (; i < cell.size() && used < cn.capturedLength(); ++i) {
            const QChar c = cell[i];
            if (c == QLatin1Char(' ') && i > 0 && i + 1 < cell.size() && isCjk(cell[i - 1]) &&
                isCjk(cell[i + 1]))
                continue;
            ++used;
        }
        *length = i;
        return cn.captured(0);
    }
    const auto latin = latinOrgName().match(cell);
    if (latin.hasMatch() && latin.capturedStart() == 0) {
        *length = latin.capturedLength();
        return latin.captured(0).simplified();
    }
    return {};
}

void labelledParties(const Document &doc, Role role, QList<PartyCandidate> *out)
{
    static const QRegularExpression customer = regex(
        QStringLiteral("(?:^|\\t)[ ]*(?:(?:甲[ ]?方|委托方|需方|买方|客户名称|客户|承租方)(?:[ "
                       "]*[（(][^）)\\n\\t]{0,12}[）)])?"
                       "(?:[ ]*Party[ ]*A)?(?:[ "
                       "]*[（(][^）)\\n\\t]{0,12}[）)])?|Customer|Client|Auftraggeber|Kunde)"
                       "[ ]*[:：]?[ \\t]*"),
        false);
    static const QRegularExpression provider =
        regex(QStringLiteral(
                  "(?:^|\\t)[ ]*(?:(?:乙[ ]?方|受托方|供方|卖方|服务商|服务方|供应商|出租方)(?:[ "
                  "]*[（(][^）)\\n\\t]{0,12}[）)])?"
                  "(?:[ ]*Party[ ]*B)?(?:[ "
                  "]*[（(][^）)\\n\\t]{0,12}[）)])?|Provider|Supplier|Service Provider|"
                  "Contractor|Auftragnehmer|Anbieter)"
                  "[ ]*[:：]?[ \\t]*"),
              false);
    const QRegularExpression &label = role == Role::Customer ? customer : provider;
    for (int p = 0; p < doc.pages.size(); ++p) {
        const Page &page = doc.pages[p];
        const QStringList lines = page.text.split(QLatin1Char('\n'));
        QList<qsizetype> offsets;
        qsizetype offset = 0;
        for (const QString &line : lines) {
            offsets.append(offset);
            offset += line.size() + 1;
        }
        for (qsizetype l = 0; l < lines.size(); ++l) {
            const QString &line = lines[l];
            for (auto it = label.globalMatch(line); it.hasNext();) {
                const auto m = it.next();
                // The value in the same cell: "甲方（客户）：  深圳市…有限公司".
                QString cell = line.mid(m.capturedEnd()).section(QLatin1Char('\t'), 0, 0);
                qsizetype length = 0;
                QString name = orgNameAt(cell, &length);
                qsizetype cellStart = offsets[l] + m.capturedEnd();
                int priority = 0;
                if (name.isEmpty()) {
                    // "甲方（盖章）：   乙方（盖章）：" with the names on the next line: the
                    // cell of the same column there.
                    const int column =
                        static_cast<int>(line.left(m.capturedStart()).count(QLatin1Char('\t')) +
                                         (m.captured(0).startsWith(QLatin1Char('\t')) ? 1 : 0));
                    for (qsizetype n = l + 1; n < lines.size() && n <= l + 2; ++n) {
                        if (lines[n].trimmed().isEmpty())
                            continue;
                        const QStringList cells = lines[n].split(QLatin1Char('\t'));
                        if (column < cells.size()) {
                            qsizetype within = 0;
                            for (int c = 0; c < column; ++c)
                                within += cells[c].size() + 1;
                            cell = cells[column];
                            qsizetype lead = 0;
                            while (lead < cell.size() && cell[lead] == QLatin1Char(' '))
                                ++lead;
                            cell = cell.mid(lead);
                            cellStart = offsets[n] + within + lead;
                            name = orgNameAt(cell, &length);
                            priority = 2;
                        }
                        break;
                    }
                }
                if (name.isEmpty())
                    continue;
                out->append(
                    PartyCandidate{name, Location{p, cellStart, cellStart + length}, priority});
            }
        }
    }
}

// "(1) Shenzhen … Co., Ltd. (…), a company … (the “Customer”)" and German
// "Taunusfeld Rechenzentrum GmbH, … – nachfolgend „Auftragnehmer“ genannt –".
void definedParties(const Document &doc, Role role, QList<PartyCandidate> *out)
{
    static const QRegularExpression marker =
        regex(QStringLiteral(
                  "\\((?:the|hereinafter(?: referred to as)?)?\\s*[“\"„']?(?<role>Customer|Client|"
                  "Provider|Supplier|Service Provider|Contractor)[”\"“']?\\)|"
                  "nachfolgend\\s*[„\"“]?(?<de>Auftraggeber|Auftragnehmer)[“\"”]?"),
              true);
    static const QRegularExpression start =
        regex(QStringLiteral("between\\s*:?|zwischen|\\n\\s*(?:and|und)\\s*\\n|\\(\\d\\)"), true);
    for (int p = 0; p < doc.pages.size(); ++p) {
        const Page &page = doc.pages[p];
        qsizetype clauseFrom = 0;
        for (auto it = marker.globalMatch(page.text); it.hasNext();) {
            const auto m = it.next();
            const QString which = (m.captured(u"role") + m.captured(u"de")).toLower();
            const bool isCustomer = which == QStringLiteral("customer") ||
                                    which == QStringLiteral("client") ||
                                    which == QStringLiteral("auftraggeber");
            QString clause = page.text.mid(clauseFrom, m.capturedStart() - clauseFrom);
            const qsizetype startAt = lastMatchEnd(start, clause);
            qsizetype base = clauseFrom;
            if (startAt > 0) {
                clause = clause.mid(startAt);
                base += startAt;
            }
            clauseFrom = m.capturedEnd();
            if (isCustomer != (role == Role::Customer))
                continue;
            const auto name = latinOrgName().match(clause);
            if (!name.hasMatch())
                continue;
            out->append(PartyCandidate{
                name.captured(0).simplified(),
                Location{p, base + name.capturedStart(), base + name.capturedEnd()}, 1});
        }
    }
}

std::optional<FoundField<QString>> extractParty(const Document &doc, Role role)
{
    QList<PartyCandidate> candidates;
    labelledParties(doc, role, &candidates);
    definedParties(doc, role, &candidates);
    if (candidates.isEmpty())
        return std::nullopt;
    QHash<QString, int> counts;
    for (const PartyCandidate &c : std::as_const(candidates))
        ++counts[QString(c.name).remove(QLatin1Char(' '))];
    const PartyCandidate *best = nullptr;
    for (const PartyCandidate &c : std::as_const(candidates)) {
        const int count = counts.value(QString(c.name).remove(QLatin1Char(' ')));
        if (!best) {
            best = &c;
            continue;
        }
        const int bestCount = counts.value(QString(best->name).remove(QLatin1Char(' ')));
        if (count > bestCount || (count == bestCount && c.priority < best->priority))
            best = &c;
    }
    const int count = counts.value(QString(best->name).remove(QLatin1Char(' ')));
    double confidence = 0.7 + (count >= 2 ? 0.2 : 0.0);
    if (counts.size() > 1)
        confidence -= 0.15;
    FoundField<QString> field = doc.found(best->name, best->at, confidence);
    field.value = best->name;
    return field;
}

// ---------------------------------------------------------------------------------------------
// GPU model, count, hours

struct Hit
{
    QString value;
    Location at;
};

std::optional<FoundField<QString>> extractGpuModel(const Document &doc)
{
    static const QRegularExpression nvidia = regex(
        QStringLiteral("(?<![A-Za-z0-9])(?:NVIDIA[ ]*)?(?:Tesla[ ]*|GeForce[ ]*)?"
                       "(?<m>H100|H800|H200|H20|A100|A800|L40S|L20|RTX[ ]?4090)(?![0-9A-Za-z])"));
    static const QRegularExpression ascend = regex(QStringLiteral(
        "(?:华为[ ]*|Huawei[ ]*)?(?:昇腾[ ]*(?:Ascend[ ]*)?|Ascend[ ]*)(?<m>910[A-Z]?)(?![0-9])"));
    QList<Hit> hits;
    for (int p = 0; p < doc.pages.size(); ++p) {
        const Page &page = doc.pages[p];
        for (auto it = nvidia.globalMatch(page.text); it.hasNext();) {
            const auto m = it.next();
            QString model = m.captured(u"m");
            if (model.startsWith(QStringLiteral("RTX")))
                model = QStringLiteral("GeForce RTX 4090");
            hits.append(Hit{QStringLiteral("NVIDIA ") + model,
                            Location{p, m.capturedStart(), m.capturedEnd()}});
        }
        for (auto it = ascend.globalMatch(page.text); it.hasNext();) {
            const auto m = it.next();
            hits.append(Hit{QStringLiteral("Huawei Ascend ") + m.captured(u"m"),
                            Location{p, m.capturedStart(), m.capturedEnd()}});
        }
    }
    if (hits.isEmpty())
        return std::nullopt;
    QHash<QString, int> counts;
    for (const Hit &h : std::as_const(hits))
        ++counts[h.value];
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.at.page != b.at.page ? a.at.page < b.at.page : a.at.start < b.at.start;
    });
    const Hit *best = &hits.first();
    for (const Hit &h : std::as_const(hits)) {
        if (counts.value(h.value) > counts.value(best->value))
            best = &h;
    }
    const double confidence = counts.size() == 1 ? 0.9 : 0.6;
    return doc.found(best->value, best->at, confidence);
}

// The first numeric cell below a column header (the header's box, widened by its own width).
std::optional<Hit> cellBelow(const Document &doc, int p, const QRectF &head)
{
    static const QRegularExpression numeric(QStringLiteral("^[0-9][0-9.,]*\\z"));
    const Page &page = doc.pages[p];
    const double slack = head.width();
    // The nearest row below the header, and in it the cell closest to the header's centre.
    qsizetype best = -1;
    double bestTop = 0;
    double bestDistance = 0;
    for (qsizetype v = 0; v < page.words.size(); ++v) {
        const Word &cell = page.words[v];
        if (cell.rect.top() <= head.bottom() || cell.rect.top() > head.bottom() + 6 * head.height())
            continue;
        const double cx = cell.rect.center().x();
        if (cx < head.left() - slack || cx > head.right() + slack)
            continue;
        if (!numeric.match(cell.text).hasMatch())
            continue;
        const double distance = std::abs(cx - head.center().x());
        const bool sameRow = best >= 0 && std::abs(cell.rect.top() - bestTop) < 0.5 * head.height();
        if (best < 0 || (sameRow && distance < bestDistance) ||
            (!sameRow && cell.rect.top() < bestTop)) {
            best = v;
            bestTop = cell.rect.top();
            bestDistance = distance;
        }
    }
    if (best < 0)
        return std::nullopt;
    const qsizetype start = page.wordOfChar.indexOf(static_cast<int>(best));
    if (start < 0)
        return std::nullopt;
    return Hit{page.words[best].text, Location{p, start, start + page.words[best].text.size()}};
}

// A number in a table column whose header word matches `header`.
std::optional<Hit> columnValue(const Document &doc, const QRegularExpression &header)
{
    for (int p = 0; p < doc.pages.size(); ++p) {
        for (const Word &head : doc.pages[p].words) {
            if (!header.match(head.text).hasMatch())
                continue;
            if (const auto hit = cellBelow(doc, p, head.rect))
                return hit;
        }
    }
    return std::nullopt;
}

std::optional<FoundField<qint64>> extractGpuCount(const Document &doc)
{
    static const QRegularExpression count = regex(QStringLiteral(
        "(?<![0-9A-Za-z.,×xX*\\-])(?<![×xX*] )(?<n>[0-9]{1,5})[ ]*(?:张|块|片)?[ ]*"
        "(?:(?:NVIDIA|Huawei|华为)?[ ]*(?:昇腾[ ]*)?(?:Ascend[ ]*)?[A-Z]{0,3}[0-9]{2,4}[A-Z]?"
        "(?:[ \\n]+(?:SXM[0-9]|PCIe|[0-9]+[ ]*GB))*[ \\n]*)?"
        "(?:GPUs|GPU|Grafikprozessoren|GPU-Karten|accelerators|accelerator "
        "cards|加速卡|卡)(?![时·])"));
    QList<Hit> hits;
    for (int p = 0; p < doc.pages.size(); ++p) {
        const Page &page = doc.pages[p];
        for (auto it = count.globalMatch(page.text); it.hasNext();) {
            const auto m = it.next();
            hits.append(Hit{m.captured(u"n"), Location{p, m.capturedStart(), m.capturedEnd()}});
        }
    }
    static const QRegularExpression header =
        regex(QStringLiteral("^(?:GPUs|GPU数量|GPU-Anzahl|Anzahl GPUs|No\\. of GPUs)$"), true);
    if (const auto column = columnValue(doc, header))
        hits.append(*column);
    if (hits.isEmpty())
        return std::nullopt;
    QHash<qint64, int> counts;
    for (const Hit &h : std::as_const(hits))
        ++counts[h.value.toLongLong()];
    const Hit *best = &hits.first();
    for (const Hit &h : std::as_const(hits)) {
        if (counts.value(h.value.toLongLong()) > counts.value(best->value.toLongLong()))
            best = &h;
    }
    const qint64 value = best->value.toLongLong();
    if (value <= 0)
        return std::nullopt;
    double confidence = counts.value(value) >= 2 ? 0.9 : 0.75;
    if (counts.size() > 1)
        confidence -= 0.15;
    return doc.found(value, best->at, confidence);
}

std::optional<FoundField<qint64>> extractGpuHours(const Document &doc)
{
    static const QRegularExpression hours =
        regex(QStringLiteral("(?<![0-9.,])(?<n>[0-9]{1,3}(?:[,. ][0-9]{3})+|[0-9]+)[ ]*"
                             "(?:卡时|卡·时|GPU-hours|GPU hours|GPU-Stunden|GPU·h|GPU小时)"),
              true);
    QList<Hit> hits;
    for (int p = 0; p < doc.pages.size(); ++p) {
        const Page &page = doc.pages[p];
        for (auto it = hours.globalMatch(page.text); it.hasNext();) {
            const auto m = it.next();
            hits.append(Hit{m.captured(u"n"), Location{p, m.capturedStart(), m.capturedEnd()}});
        }
    }
    static const QRegularExpression header =
        regex(QStringLiteral("^(?:GPU-hours|GPU hours|卡时|GPU-Stunden|总卡时)$"), true);
    if (const auto column = columnValue(doc, header))
        hits.append(*column);
    for (const Hit &h : std::as_const(hits)) {
        const auto value = AmountParser::parseNumberHundredths(h.value, doc.style);
        if (value && *value > 0 && *value % 100 == 0)
            return doc.found<qint64>(*value / 100, h.at, 0.85);
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Unit price

std::optional<FoundField<UnitPrice>> extractUnitPrice(const Document &doc)
{
    static const QRegularExpression perHour =
        regex(QStringLiteral(
                  "^\\s*(?:/\\s*(?:卡时|卡·时|卡\\s*/\\s*(?:小时|时)|GPU[- ]?(?:hour|h\\b|Stunde))|"
                  "per\\s+GPU[- ]hour|je\\s+GPU-Stunde|每卡时)"),
              true);
    static const QRegularExpression perGpuMonth = regex(
        QStringLiteral("^\\s*(?:/\\s*(?:卡|张|GPU)\\s*[/·]?\\s*(?:月|month|Monat)|"
                       "/\\s*(?:卡|张)\\s*/(?!\\s*(?:小时|时))|"
                       "per\\s+GPU\\s+(?:per\\s+|a\\s+)?month|je\\s+GPU\\s+(?:und|pro)\\s+Monat)"),
        true);
    static const QRegularExpression perGpu = regex(
        QStringLiteral("^\\s*(?:per\\s+GPU|je\\s+GPU|pro\\s+GPU|每卡)(?![- ]?(?:hour|Stunde))"),
        true);
    static const QRegularExpression perNodeMonth = regex(
        QStringLiteral(
            "^\\s*(?:/\\s*(?:台|节点|node)\\s*[/·]?\\s*(?:月|month)|per\\s+node\\s+per\\s+month)"),
        true);
    static const QRegularExpression monthly =
        regex(QStringLiteral("monthly|per month|monatlich|月"), true);

    struct Price
    {
        UnitPrice price;
        Location at;
    };
    QList<Price> prices;
    for (int p = 0; p < doc.pages.size(); ++p) {
        const Page &page = doc.pages[p];
        const QList<AmountMatch> matches = AmountParser::findAll(page.text, doc.style);
        for (const AmountMatch &m : matches) {
            const QString after = contextAfter(page, m.start + m.length, 30);
            std::optional<UnitPriceBasis> basis;
            qsizetype tail = 0;
            if (const auto h = perHour.match(after); h.hasMatch()) {
                basis = UnitPriceBasis::PerGpuHour;
                tail = h.capturedEnd();
            } else if (const auto g = perGpuMonth.match(after); g.hasMatch()) {
                basis = UnitPriceBasis::PerGpuMonth;
                tail = g.capturedEnd();
            } else if (const auto n = perNodeMonth.match(after); n.hasMatch()) {
                basis = UnitPriceBasis::PerNodeMonth;
                tail = n.capturedEnd();
            } else if (const auto q = perGpu.match(after); q.hasMatch()) {
                const QString context = contextBefore(page, m.start, 60) + after;
                if (monthly.match(context).hasMatch()) {
                    basis = UnitPriceBasis::PerGpuMonth;
                    tail = q.capturedEnd();
                }
            }
            if (!basis || m.money.isZero())
                continue;
            QString trimmedTail = after.left(tail);
            while (!trimmedTail.isEmpty() && trimmedTail.back().isSpace())
                trimmedTail.chop(1);
            prices.append(Price{UnitPrice{m.money, *basis},
                                Location{p, m.start, m.start + m.length + trimmedTail.size()}});
        }
    }
    if (prices.isEmpty()) {
        // A price column: "单价（元/卡/月）" or "Rate (EUR)" with the number below it; the
        // unit in brackets may be a word of its own.
        static const QRegularExpression header = regex(
            QStringLiteral("^(?:单价|Unit price|Rate|Preis)(?:[（(](?<u>[^）)]*)[）)])?$"), true);
        static const QRegularExpression unitWord =
            regex(QStringLiteral("^[（(](?<u>[^）)]*)[）)]$"));
        static const QRegularExpression hourly =
            regex(QStringLiteral("per GPU-hour|/GPU-hour|GPU-hours|卡时|GPU-Stunde"), true);
        static const QRegularExpression monthlyBasis =
            regex(QStringLiteral("per GPU per month|/卡/月|GPU-month|je GPU und Monat"), true);
        for (int p = 0; p < doc.pages.size() && prices.isEmpty(); ++p) {
            const Page &page = doc.pages[p];
            for (qsizetype w = 0; w < page.words.size() && prices.isEmpty(); ++w) {
                const auto head = header.match(page.words[w].text);
                if (!head.hasMatch())
                    continue;
                QString unit = head.captured(u"u");
                QRectF headRect = page.words[w].rect;
                if (unit.isEmpty()) {
                    // "Rate" "(EUR)": the next word on the same line.
                    for (const Word &next : page.words) {
                        const auto u = unitWord.match(next.text);
                        if (u.hasMatch() && next.rect.left() >= headRect.right() &&
                            next.rect.left() - headRect.right() < headRect.height() &&
                            std::abs(next.rect.center().y() - headRect.center().y()) <
                                0.5 * headRect.height()) {
                            unit = u.captured(u"u");
                            headRect = headRect.united(next.rect);
                            break;
                        }
                    }
                }
                QString currency;
                if (unit.contains(QStringLiteral("元")) || unit.contains(QStringLiteral("RMB")) ||
                    unit.contains(QStringLiteral("CNY")))
                    currency = QStringLiteral("CNY");
                else if (unit.contains(QStringLiteral("EUR")) || unit.contains(QStringLiteral("€")))
                    currency = QStringLiteral("EUR");
                else if (unit.contains(QStringLiteral("USD")) || unit.contains(QStringLiteral("$")))
                    currency = QStringLiteral("USD");
                if (currency.isEmpty())
                    continue;
                const auto cell = cellBelow(doc, p, headRect);
                if (!cell)
                    continue;
                const auto hundredths = AmountParser::parseNumberHundredths(cell->value, doc.style);
                if (!hundredths || *hundredths <= 0)
                    continue;
                std::optional<UnitPriceBasis> basis;
                const qsizetype slash = unit.indexOf(QLatin1Char('/'));
                const QString perUnit = slash >= 0 ? unit.mid(slash) : QString();
                if (!perUnit.isEmpty() && perHour.match(perUnit).hasMatch())
                    basis = UnitPriceBasis::PerGpuHour;
                else if (!perUnit.isEmpty() && perGpuMonth.match(perUnit).hasMatch())
                    basis = UnitPriceBasis::PerGpuMonth;
                else if (!perUnit.isEmpty() && perNodeMonth.match(perUnit).hasMatch())
                    basis = UnitPriceBasis::PerNodeMonth;
                else if (hourly.match(page.text).hasMatch())
                    basis = UnitPriceBasis::PerGpuHour; // "rate per GPU-hour", a GPU-hours column
                else if (monthlyBasis.match(page.text).hasMatch())
                    basis = UnitPriceBasis::PerGpuMonth;
                if (!basis)
                    continue;
                prices.append(
                    Price{UnitPrice{Money::fromFen(*hundredths, currency), *basis}, cell->at});
            }
        }
    }
    if (prices.isEmpty())
        return std::nullopt;
    QHash<qint64, int> counts;
    for (const Price &price : std::as_const(prices))
        ++counts[price.price.price.fen()];
    const Price *best = &prices.first();
    for (const Price &price : std::as_const(prices)) {
        if (counts.value(price.price.price.fen()) > counts.value(best->price.price.fen()))
            best = &price;
    }
    double confidence = counts.value(best->price.price.fen()) >= 2 ? 0.9 : 0.75;
    if (counts.size() > 1)
        confidence -= 0.2;
    return doc.found(best->price, best->at, confidence);
}

// A page laid out as lines (buildPage) with where its amendment starts, if it has one.
Page layoutPage(const PageText &source)
{
    // A title on a line of its own.
    static const QRegularExpression amendmentTitle(
        QStringLiteral("^[ \\t]*(?:补充协议|变更协议|修订协议|Amendment(?: (?:No\\.? ?)?\\d+)?|"
                       "Addendum|Nachtrag(?: Nr\\. ?\\d+)?|Änderungsvereinbarung)[ \\t]*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    Page page = buildPage(source);
    const auto m = amendmentTitle.match(page.text);
    if (m.hasMatch())
        page.amendmentFrom = m.capturedStart();
    qCDebug(lcExtract).noquote() << "page" << page.number << "\n" << page.text;
    return page;
}

// Long contracts are laid out and searched on all cores: on a 200-page one this is a fifth of
// `extract`. Short ones (every batch row's) stay on the calling thread, so that `--jobs` alone
// decides how many cores a batch uses.
constexpr qsizetype kParallelMinPages = 16;

QList<Page> layoutPages(const QList<PageText> &pages)
{
    if (pages.size() >= kParallelMinPages)
        return QtConcurrent::blockingMapped<QList<Page>>(pages, layoutPage);
    QList<Page> laidOut;
    laidOut.reserve(pages.size());
    for (const PageText &page : pages)
        laidOut.append(layoutPage(page));
    return laidOut;
}

void extractPeriodFields(const Document &doc, ContractFields *fields)
{
    const QList<DateCandidate> dates = allDates(doc);
    fields->signingDate = extractSigningDate(doc, dates);
    if (const auto period = extractPeriod(doc, dates)) {
        fields->periodStart = period->start;
        fields->periodEnd = period->end;
    }
}

} // namespace

ContractFields ContractFieldExtractor::extract(const ContractText &text)
{
    Document doc;
    doc.pages = layoutPages(text.pages);
    QString all;
    for (const Page &page : std::as_const(doc.pages))
        all += page.text + QLatin1Char('\n');
    doc.style = AmountParser::detectStyle(all);

    ContractFields fields;
    // The two searches over every page that take longest run beside the others. Both only read
    // `doc`, and write fields nobody else writes.
    QFuture<void> money;
    auto searchMoney = [&doc, &fields] {
        fields.amount = extractAmount(doc);
        fields.unitPrice = extractUnitPrice(doc);
    };
    if (doc.pages.size() >= kParallelMinPages)
        money = QtConcurrent::run(searchMoney);
    else
        searchMoney();
    extractPeriodFields(doc, &fields);
    fields.partyA = extractParty(doc, Role::Customer);
    fields.partyB = extractParty(doc, Role::Provider);
    fields.gpuModel = extractGpuModel(doc);
    fields.gpuCount = extractGpuCount(doc);
    fields.gpuHours = extractGpuHours(doc);
    money.waitForFinished();
    return fields;
}

} // namespace cd
