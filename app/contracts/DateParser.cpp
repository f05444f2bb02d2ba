#include "DateParser.h"

#include "AmountParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::DateParser)
};

// English and German month names (and the usual abbreviations), lower case.
int monthFromName(const QString &name)
{
    static const QList<QStringList> names = {
        {QStringLiteral("january"), QStringLiteral("jan"), QStringLiteral("januar"),
         QStringLiteral("jänner")},
        {QStringLiteral("february"), QStringLiteral("feb"), QStringLiteral("februar")},
        {QStringLiteral("march"), QStringLiteral("mar"), QStringLiteral("märz"),
         QStringLiteral("maerz"), QStringLiteral("mär")},
        {QStringLiteral("april"), QStringLiteral("apr")},
        {QStringLiteral("may"), QStringLiteral("mai")},
        {QStringLiteral("june"), QStringLiteral("jun"), QStringLiteral("juni")},
        {QStringLiteral("july"), QStringLiteral("jul"), QStringLiteral("juli")},
        {QStringLiteral("august"), QStringLiteral("aug")},
        {QStringLiteral("september"), QStringLiteral("sep"), QStringLiteral("sept")},
        {QStringLiteral("october"), QStringLiteral("oct"), QStringLiteral("oktober"),
         QStringLiteral("okt")},
        {QStringLiteral("november"), QStringLiteral("nov")},
        {QStringLiteral("december"), QStringLiteral("dec"), QStringLiteral("dezember"),
         QStringLiteral("dez")},
    };
    QString key = name.toLower();
    if (key.endsWith(QLatin1Char('.')))
        key.chop(1);
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names[i].contains(key))
            return static_cast<int>(i) + 1;
    }
    return 0;
}

const QString kMonthNames = QStringLiteral(
    "(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    "Januar|Jänner|Februar|März|Maerz|Juni|Juli|Oktober|Dezember|"
    "Jan|Feb|Mar|Mär|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Okt|Nov|Dec|Dez)\\.?");

const QString kCnNum = QStringLiteral("[0-9]{1,4}|[零〇一二三四五六七八九十两]{1,4}");

int numberValue(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok)
        return value;
    const auto chinese = AmountParser::parseChineseInteger(text);
    return chinese ? static_cast<int>(*chinese) : -1;
}

struct Pattern
{
    QRegularExpression regex;
    enum Order
    {
        YMD,
        DMY,
        MDY
    } order;
    bool monthByName;
};

const QList<Pattern> &patterns()
{
    static const QList<Pattern> list = {
        // 2025年3月1日, 二〇二四年十二月十六日
        {QRegularExpression(QStringLiteral("(?<y>[0-9]{4}|[零〇一二三四五六七八九]{4})\\s*年\\s*"
                                           "(?<m>%1)\\s*月\\s*(?<d>%1)\\s*[日号]")
                                .arg(kCnNum)),
         Pattern::YMD, false},
        // 2025-03-01, 2025/3/1, 2025.3.1
        {QRegularExpression(QStringLiteral("(?<![0-9])(?<y>[0-9]{4})(?<s>[-/.])(?<m>[0-9]{1,2})"
                                           "\\k<s>(?<d>[0-9]{1,2})(?![0-9])")),
         Pattern::YMD, false},
        // 29.08.2024, 29/08/2024
        {QRegularExpression(QStringLiteral("(?<![0-9.])(?<d>[0-9]{1,2})(?<s>[./])(?<m>[0-9]{1,2})"
                                           "\\k<s>(?<y>[0-9]{4})(?![0-9])")),
         Pattern::DMY, false},
        // 1. März 2025, 20 January 2025, 1 Feb. 2025
        {QRegularExpression(
             QStringLiteral("(?<![0-9])(?<d>[0-9]{1,2})\\.?\\s+(?<m>%1)\\s+(?<y>[0-9]{4})(?![0-9])")
                 .arg(kMonthNames)),
         Pattern::DMY, true},
        // March 1, 2025, June 12 2024
        {QRegularExpression(
             QStringLiteral("(?<![A-Za-z])(?<m>%1)\\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\\s+"
                            "(?<y>[0-9]{4})(?![0-9])")
                 .arg(kMonthNames)),
         Pattern::MDY, true},
    };
    return list;
}

} // namespace

QList<DateMatch> DateParser::findAll(const QString &text)
{
    QList<DateMatch> found;
    for (const Pattern &pattern : patterns()) {
        auto it = pattern.regex.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const int year = numberValue(m.captured(u"y"));
            const int month = pattern.monthByName ? monthFromName(m.captured(u"m"))
                                                  : numberValue(m.captured(u"m"));
            const int day = numberValue(m.captured(u"d"));
            const QDate date(year, month, day);
            if (!date.isValid() || year < 1900 || year > 2200)
                continue;
            bool overlaps = false;
            for (const DateMatch &other : std::as_const(found)) {
                if (m.capturedStart() < other.start + other.length && other.start < m.capturedEnd())
                    overlaps = true;
            }
            if (!overlaps)
                found.append(DateMatch{date, m.capturedStart(), m.capturedLength()});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const DateMatch &a, const DateMatch &b) { return a.start < b.start; });
    return found;
}

Result<QDate> DateParser::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QList<DateMatch> found = findAll(trimmed);
    if (found.size() == 1 && found.first().start == 0 && found.first().length == trimmed.size())
        return found.first().date;
    return makeError(ErrorCode::InvalidDate, Tr::tr("\"%1\" is not a date.").arg(text.left(60)));
}

} // namespace cd
