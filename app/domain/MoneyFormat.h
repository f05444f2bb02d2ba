// Shows money the way a reader of the locale expects it: Chinese readers get 万元 for larger
// amounts (with the full figure available through the Full style), others grouped digits and an
// ISO code. Display only: nothing parsed back from these strings.
#pragma once

#include "domain/Money.h"

#include <QLocale>

namespace cd {

enum class MoneyStyle
{
    Auto, // 万元 in Chinese from 10,000 yuan up, full figures otherwise
    Full, // every digit: "3,200,000.00 元", "CNY 3,200,000.00", "3.200.000,00 CNY"
};

// The reader's choice (the GUI's "Show amounts in full yuan"): Auto then gives every digit in
// Chinese too. Off by default; the CLI never sets it.
void setFullAmountsPreferred(bool full);
bool fullAmountsPreferred();

QString formatMoney(const Money &money, const QLocale &locale, MoneyStyle style = MoneyStyle::Auto);
// Digits of the amount grouped for the locale, no currency: "3,200,000.00".
QString formatAmountDigits(const Money &money, const QLocale &locale);

} // namespace cd
