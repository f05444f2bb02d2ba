#include "Dates.h"

#include <QRegularExpression>

namespace cd {

std::optional<QDate> parseIsoDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})\\z"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString toIsoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString formatDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    switch (locale.language()) {
    case QLocale::Chinese:
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    case QLocale::German:
        return locale.toString(date, QStringLiteral("d. MMMM yyyy"));
    default:
        return QLocale(QLocale::English).toString(date, QStringLiteral("MMMM d, yyyy"));
    }
}

} // namespace cd
