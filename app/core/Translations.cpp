#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace cd::Translations {

namespace {
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString &current()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en"), QStringLiteral("de")};
}

QString languageFor(const QLocale &locale)
{
    for (QString ui : locale.uiLanguages()) {
        ui.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (ui.startsWith(QLatin1String("zh")))
            return QStringLiteral("zh_CN");
        if (ui.startsWith(QLatin1String("de")))
            return QStringLiteral("de");
        if (ui.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

bool install(const QString &language)
{
    for (auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();
    current() = language;
    QLocale::setDefault(QLocale(language));

    bool found = false;
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/coupondesk_") + language)) {
        QCoreApplication::installTranslator(ours.get());
        installed().push_back(std::move(ours));
        found = true;
    }
    // Qt's own strings (wizard buttons, standard dialogs) in the same language.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qt_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return found;
}

QString currentLanguage()
{
    return current();
}

} // namespace cd::Translations
