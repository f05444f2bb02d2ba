#include "MoneyFormat.h"

#include <QCoreApplication>

#include <atomic>

namespace cd {

namespace {
QString groupDigits(qint64 whole, const QLocale &locale)
{
    const QString digits = QString::number(whole);
    const QString separator = locale.groupSeparator();
    QString grouped;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += separator;
        grouped += digits.at(i);
    }
    return grouped;
}

QString fractionDigits(qint64 hundredths)
{
    return QStringLiteral("%1").arg(hundredths, 2, 10, QLatin1Char('0'));
}

bool isChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

QString currencySymbolText(const QString &currency)
{
    return currency;
}

std::atomic<bool> g_fullAmountsPreferred{false};
} // namespace

void setFullAmountsPreferred(bool full)
{
    g_fullAmountsPreferred = full;
}

bool fullAmountsPreferred()
{
    return g_fullAmountsPreferred;
}

QString formatAmountDigits(const Money &money, const QLocale &locale)
{
    const qint64 absFen = money.fen() < 0 ? -money.fen() : money.fen();
    QString text =
        groupDigits(absFen / 100, locale) + locale.decimalPoint() + fractionDigits(absFen % 100);
    return money.isNegative() ? locale.negativeSign() + text : text;
}

QString formatMoney(const Money &money, const QLocale &locale, MoneyStyle style)
{
    const bool cny = money.currency() == QLatin1String("CNY");
    if (isChinese(locale)) {
        const qint64 absFen = money.fen() < 0 ? -money.fen() : money.fen();
        if (cny && style == MoneyStyle::Auto && !fullAmountsPreferred() && absFen >= 1'000'000) {
            // 1 万元 = 10,000 yuan = 1,000,000 fen; two decimals of 万 = hundreds of yuan,
            // rounded half up for display.
            const qint64 hundredYuan = (absFen + 5'000) / 10'000;
            QString text = groupDigits(hundredYuan / 100, locale) + locale.decimalPoint() +
                           fractionDigits(hundredYuan % 100);
            if (money.isNegative())
                text = locale.negativeSign() + text;
            //: Amount in units of ten thousand yuan; %1 is the number, e.g. 320.00万元
            return QCoreApplication::translate("cd::MoneyFormat", "%1万元").arg(text);
        }
        if (cny) {
            //: Full amount in yuan, e.g. 3,200,000.00 元
            return QCoreApplication::translate("cd::MoneyFormat", "%1 元")
                .arg(formatAmountDigits(money, locale));
        }
        return formatAmountDigits(money, locale) + QLatin1Char(' ') +
               currencySymbolText(money.currency());
    }
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return currencySymbolText(money.currency()) + QLatin1Char(' ') +
               formatAmountDigits(money, locale);
    return formatAmountDigits(money, locale) + QChar(0x00A0) + currencySymbolText(money.currency());
}

} // namespace cd
