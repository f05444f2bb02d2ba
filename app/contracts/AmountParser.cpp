#include "AmountParser.h"

#include "TextNormalizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::AmountParser)
};

__extension__ using Wide = __int128;

// Currency prefixes, number, scale word, currency suffix. The number part is permissive (a line
// break inside "72\n0,000.00", spaces between digit groups) and validated afterwards.
const QString kArabicPattern = QStringLiteral(
    "(?<pre>(?<![A-Za-z])(?:人民币|Renminbi|RMB|CNY|EUR|USD|US\\$|\\$|¥|€)[ \\t]*(?:\\n[ \\t]*)?)?"
    "(?<sign>-[ \\t]*)?"
    "(?<![0-9.,])(?<![0-9.,]\\n)"
    "(?<num>[0-9]+(?:(?:[,.]\\n?|\\n|[ ](?=[0-9]{3}(?![0-9])))[0-9]+)*)"
    "(?![0-9])"
    "(?:[ \\t]*(?<scale>万|亿|千|(?:million|Million|millions|Millionen|Mio\\.?|billion|Billion|"
    "Milliarden|Mrd\\.?|thousand|Tsd\\.?)(?![A-Za-z])))?"
    "(?:[ \\t]*(?<suf>元|圆|€|(?:EUR|Euro|Euros|USD|RMB|CNY)(?![A-Za-z])|美元|欧元|人民币))?");

const QString kChineseDigits = QStringLiteral("零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖两貳參陸");
const QString kChineseUnits = QStringLiteral("十拾百佰千仟万萬亿億");

const QString kChinesePattern =
    QStringLiteral("(?<pre>(?:人民币|RMB|¥)[ \\t]*[：:]?[ \\t]*)?"
                   "(?<int>[一二三四五六七八九壹贰叁肆伍陆柒捌玖两貳參陸十拾]"
                   "[零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖两貳參陸十拾百佰千仟万萬亿億]*)"
                   "(?<yuan>[元圆])"
                   "(?:零?(?<jiao>[一二三四五六七八九壹贰叁肆伍陆柒捌玖两貳參陸])角)?"
                   "(?:零?(?<fen>[一二三四五六七八九壹贰叁肆伍陆柒捌玖两貳參陸])分)?"
                   "(?<zheng>[整正])?");

int chineseDigit(QChar c)
{
    static const QString zeros = QStringLiteral("零〇");
    static const QString digits[] = {
        QStringLiteral("一壹"), QStringLiteral("二贰貳两"), QStringLiteral("三叁參"),
        QStringLiteral("四肆"), QStringLiteral("五伍"),     QStringLiteral("六陆陸"),
        QStringLiteral("七柒"), QStringLiteral("八捌"),     QStringLiteral("九玖"),
    };
    if (zeros.contains(c))
        return 0;
    for (int i = 0; i < 9; ++i) {
        if (digits[i].contains(c))
            return i + 1;
    }
    return -1;
}

qint64 chineseUnit(QChar c)
{
    switch (c.unicode()) {
    case u'十':
    case u'拾':
        return 10;
    case u'百':
    case u'佰':
        return 100;
    case u'千':
    case u'仟':
        return 1000;
    case u'万':
    case u'萬':
        return 10000;
    case u'亿':
    case u'億':
        return 100000000;
    default:
        return 0;
    }
}

QString currencyOf(const QString &marker)
{
    static const QStringList cny = {QStringLiteral("人民币"), QStringLiteral("Renminbi"),
                                    QStringLiteral("RMB"),    QStringLiteral("CNY"),
                                    QStringLiteral("¥"),      QStringLiteral("元"),
                                    QStringLiteral("圆")};
    static const QStringList eur = {QStringLiteral("EUR"), QStringLiteral("€"),
                                    QStringLiteral("Euro"), QStringLiteral("Euros"),
                                    QStringLiteral("欧元")};
    static const QStringList usd = {QStringLiteral("USD"), QStringLiteral("US$"),
                                    QStringLiteral("$"), QStringLiteral("美元")};
    const QString m = marker.trimmed();
    if (cny.contains(m))
        return QStringLiteral("CNY");
    if (eur.contains(m))
        return QStringLiteral("EUR");
    if (usd.contains(m))
        return QStringLiteral("USD");
    return {};
}

qint64 scaleOf(const QString &word)
{
    if (word.isEmpty())
        return 1;
    if (word == QStringLiteral("万"))
        return 10000;
    if (word == QStringLiteral("亿"))
        return 100000000;
    if (word == QStringLiteral("千") || word.startsWith(QStringLiteral("thousand")) ||
        word.startsWith(QStringLiteral("Tsd")))
        return 1000;
    if (word.startsWith(QStringLiteral("billion")) || word.startsWith(QStringLiteral("Billion")) ||
        word.startsWith(QStringLiteral("Milliarden")) || word.startsWith(QStringLiteral("Mrd")))
        return 1000000000;
    return 1000000; // million, Millionen, Mio.
}

// A validated number: integer digits and decimal digits, separators removed.
struct Digits
{
    QString whole;
    QString fraction;
};

bool validGroups(const QStringList &groups)
{
    if (groups.isEmpty() || groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups[i].size() != 3)
            return false;
    }
    return true;
}

std::optional<Digits> readDigits(QString raw, NumberStyle style)
{
    raw.remove(QLatin1Char('\n'));
    const bool spaced = raw.contains(QLatin1Char(' '));
    const qsizetype commas = raw.count(QLatin1Char(','));
    const qsizetype points = raw.count(QLatin1Char('.'));
    QChar decimal;
    QChar group;
    if (commas > 0 && points > 0) {
        decimal = raw.lastIndexOf(QLatin1Char(',')) > raw.lastIndexOf(QLatin1Char('.'))
                      ? QLatin1Char(',')
                      : QLatin1Char('.');
        group = decimal == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(',');
    } else if (commas + points > 1) {
        group = commas > 0 ? QLatin1Char(',') : QLatin1Char('.');
        // "1,000,000" is grouping; a single trailing short group would be "1.000.5": invalid.
    } else if (commas + points == 1) {
        const QChar sep = commas > 0 ? QLatin1Char(',') : QLatin1Char('.');
        const qsizetype after = raw.size() - raw.indexOf(sep) - 1;
        bool sepIsGroup = false;
        if (after == 3 && !spaced) {
            if (style == NumberStyle::CommaDecimal)
                sepIsGroup = sep == QLatin1Char('.');
            else
                sepIsGroup = sep == QLatin1Char(',');
        }
        if (sepIsGroup)
            group = sep;
        else
            decimal = sep;
    }
    if (spaced && !group.isNull())
        return std::nullopt; // "1 000,000": two grouping conventions at once
    QString wholePart = raw;
    QString fraction;
    if (!decimal.isNull()) {
        const qsizetype at = raw.lastIndexOf(decimal);
        wholePart = raw.left(at);
        fraction = raw.mid(at + 1);
        if (fraction.isEmpty() || wholePart.isEmpty() || fraction.contains(QLatin1Char(' ')))
            return std::nullopt;
    }
    const QChar grouping = spaced ? QLatin1Char(' ') : group;
    if (!grouping.isNull()) {
        if (!validGroups(wholePart.split(grouping)))
            return std::nullopt;
        wholePart.remove(grouping);
    }
    for (const QChar c : std::as_const(wholePart)) {
        if (!c.isDigit())
            return std::nullopt;
    }
    for (const QChar c : std::as_const(fraction)) {
        if (!c.isDigit())
            return std::nullopt;
    }
    if (wholePart.size() > 18 || fraction.size() > 9)
        return std::nullopt;
    return Digits{wholePart, fraction};
}

enum class Exactness
{
    Exact,
    SubFen,
    Overflow
};

// value = whole.fraction × scale, in fen.
Exactness toFen(const Digits &digits, qint64 scale, qint64 *fen)
{
    Wide numerator = 0;
    const QString all = digits.whole + digits.fraction;
    for (const QChar c : all)
        numerator = numerator * 10 + (c.unicode() - u'0');
    Wide denominator = 1;
    for (qsizetype i = 0; i < digits.fraction.size(); ++i)
        denominator *= 10;
    const Wide scaled = numerator * scale * 100;
    if (scaled % denominator != 0)
        return Exactness::SubFen;
    const Wide value = scaled / denominator;
    if (value > Money::kMaxAbsFen)
        return Exactness::Overflow;
    *fen = static_cast<qint64>(value);
    return Exactness::Exact;
}

struct ScanResult
{
    AmountMatch match;
    bool negative = false;
    bool hasCurrency = false;
    bool valid = true;
    Exactness exactness = Exactness::Exact;
};

QList<ScanResult> scan(const QString &text, NumberStyle style)
{
    static const QRegularExpression arabic(kArabicPattern);
    static const QRegularExpression chinese(kChinesePattern);
    QList<ScanResult> results;

    auto chineseIt = chinese.globalMatch(text);
    while (chineseIt.hasNext()) {
        const auto m = chineseIt.next();
        ScanResult r;
        r.match.inWords = true;
        r.match.start = m.capturedStart();
        r.match.length = m.capturedLength();
        r.hasCurrency = true;
        const auto yuan = AmountParser::parseChineseInteger(m.captured(u"int"));
        if (!yuan) {
            r.valid = false;
        } else {
            const int jiao = m.hasCaptured(u"jiao") ? chineseDigit(m.captured(u"jiao").front()) : 0;
            const int fen = m.hasCaptured(u"fen") ? chineseDigit(m.captured(u"fen").front()) : 0;
            const Wide value = Wide(*yuan) * 100 + jiao * 10 + fen;
            if (value > Money::kMaxAbsFen) {
                r.exactness = Exactness::Overflow;
            } else {
                r.match.money = Money::fromFen(static_cast<qint64>(value), QStringLiteral("CNY"));
            }
        }
        results.append(r);
    }

    auto arabicIt = arabic.globalMatch(text);
    while (arabicIt.hasNext()) {
        const auto m = arabicIt.next();
        bool overlaps = false;
        for (const ScanResult &r : std::as_const(results)) {
            if (r.match.inWords && m.capturedStart() < r.match.start + r.match.length &&
                r.match.start < m.capturedEnd())
                overlaps = true;
        }
        if (overlaps)
            continue;
        ScanResult r;
        r.match.start = m.capturedStart();
        r.match.length = m.capturedLength();
        r.negative = m.hasCaptured(u"sign");
        const QString pre = m.captured(u"pre");
        const QString suf = m.captured(u"suf");
        QString currency = currencyOf(pre);
        if (currency.isEmpty())
            currency = currencyOf(suf);
        r.hasCurrency = !currency.isEmpty();
        const auto digits = readDigits(m.captured(u"num"), style);
        if (!digits) {
            r.valid = false;
        } else {
            qint64 fen = 0;
            r.exactness = toFen(*digits, scaleOf(m.captured(u"scale")), &fen);
            r.match.money = Money::fromFen(fen, currency);
        }
        results.append(r);
    }
    std::sort(results.begin(), results.end(), [](const ScanResult &a, const ScanResult &b) {
        return a.match.start < b.match.start;
    });
    return results;
}

} // namespace

std::optional<qint64> AmountParser::parseChineseInteger(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    bool hasUnit = false;
    for (const QChar c : text) {
        if (chineseUnit(c) > 0)
            hasUnit = true;
        else if (chineseDigit(c) < 0)
            return std::nullopt;
    }
    if (!hasUnit) {
        // 二〇二四: digit by digit (years, numbers read out).
        if (text.size() > 15)
            return std::nullopt;
        qint64 value = 0;
        for (const QChar c : text)
            value = value * 10 + chineseDigit(c);
        return value;
    }
    Wide total = 0;
    Wide section = 0;
    Wide number = 0;
    bool digitPending = false;
    for (const QChar c : text) {
        const int digit = chineseDigit(c);
        if (digit >= 0) {
            if (digitPending && digit != 0 && number != 0)
                return std::nullopt; // 二三百: two digits without a unit between them
            number = digit;
            digitPending = digit != 0;
            continue;
        }
        const qint64 unit = chineseUnit(c);
        if (unit < 10000) {
            section += (number == 0 && !digitPending ? 1 : number) * unit;
        } else if (unit == 10000) {
            section = (section + number) * unit;
            total += section;
            section = 0;
        } else {
            total = (total + section + number) * unit;
            section = 0;
        }
        number = 0;
        digitPending = false;
        if (total > Money::kMaxAbsFen || section > Money::kMaxAbsFen)
            return std::nullopt;
    }
    const Wide value = total + section + number;
    if (value > Money::kMaxAbsFen)
        return std::nullopt;
    return static_cast<qint64>(value);
}

Result<AmountMatch> AmountParser::parse(const QString &text, NumberStyle style)
{
    const QString trimmed = TextNormalizer::normalize(text).trimmed();
    const auto invalid = [&text]() {
        return makeError(ErrorCode::InvalidAmount,
                         Tr::tr("\"%1\" is not an amount of money.").arg(text.left(60)));
    };
    if (trimmed.isEmpty())
        return invalid();
    const QList<ScanResult> results = scan(trimmed, style);
    if (results.size() != 1)
        return invalid();
    const ScanResult &r = results.first();
    if (r.match.start != 0 || r.match.length != trimmed.size())
        return invalid();
    if (!r.valid)
        return invalid();
    if (r.exactness == Exactness::Overflow) {
        return makeError(ErrorCode::AmountOverflow,
                         Tr::tr("\"%1\" is too large for an amount.").arg(text.left(60)));
    }
    if (r.exactness == Exactness::SubFen) {
        return makeError(ErrorCode::InvalidAmount,
                         Tr::tr("\"%1\" has a fraction of a fen or cent.").arg(text.left(60)));
    }
    if (r.negative) {
        return makeError(ErrorCode::NegativeAmount,
                         Tr::tr("\"%1\" is a negative amount.").arg(text.left(60)));
    }
    return r.match; // start and length refer to the normalised, trimmed text
}

QList<AmountMatch> AmountParser::findAll(const QString &text, NumberStyle style)
{
    QList<AmountMatch> found;
    const QList<ScanResult> results = scan(text, style);
    for (const ScanResult &r : results) {
        if (r.valid && r.hasCurrency && !r.negative && r.exactness == Exactness::Exact)
            found.append(r.match);
    }
    return found;
}

std::optional<qint64> AmountParser::parseNumberHundredths(const QString &text, NumberStyle style)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]+(?:[,. ][0-9]+)*\\z"));
    const QString trimmed = text.trimmed();
    if (!shape.match(trimmed).hasMatch())
        return std::nullopt;
    const auto digits = readDigits(trimmed, style);
    if (!digits)
        return std::nullopt;
    qint64 hundredths = 0;
    if (toFen(*digits, 1, &hundredths) != Exactness::Exact)
        return std::nullopt;
    return hundredths;
}

NumberStyle AmountParser::detectStyle(const QString &text)
{
    static const QRegularExpression comma(
        QStringLiteral("(?<![0-9.,])[0-9]{1,3}(?:\\.[0-9]{3})+,[0-9]{2}(?![0-9])"));
    static const QRegularExpression point(
        QStringLiteral("(?<![0-9.,])[0-9]{1,3}(?:,[0-9]{3})+\\.[0-9]{2}(?![0-9])"));
    qsizetype commaCount = 0;
    qsizetype pointCount = 0;
    for (auto it = comma.globalMatch(text); it.hasNext(); it.next())
        ++commaCount;
    for (auto it = point.globalMatch(text); it.hasNext(); it.next())
        ++pointCount;
    if (commaCount > pointCount)
        return NumberStyle::CommaDecimal;
    if (pointCount > commaCount)
        return NumberStyle::PointDecimal;
    return NumberStyle::Auto;
}

} // namespace cd
