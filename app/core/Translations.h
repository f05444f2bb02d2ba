// Loads CouponDesk's translations and Qt's own for a locale, and switches them at run time.
// Used by both front ends so the CLI and the GUI speak the same language for the same locale.
#pragma once

#include <QLocale>
#include <QStringList>

namespace cd::Translations {

// The languages CouponDesk ships: "zh_CN", "en", "de".
QStringList availableLanguages();
// Picks the first of the locale's UI languages we ship, falling back to English.
QString languageFor(const QLocale &locale);
// Replaces the installed translators with those for `language`; sets QLocale::setDefault.
// Returns false when no CouponDesk translation was found (English source text is then used).
bool install(const QString &language);
QString currentLanguage();

} // namespace cd::Translations
