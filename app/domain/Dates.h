// Date helpers shared by the engine: the strict ISO form of application files and the
// reader-friendly display per locale.
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace cd {

// Exactly "YYYY-MM-DD" and a real calendar day; anything else is std::nullopt.
std::optional<QDate> parseIsoDate(const QString &text);
QString toIsoDate(const QDate &date);
// 2025年3月1日 in Chinese, 1. März 2025 in German, March 1, 2025 in English.
QString formatDate(const QDate &date, const QLocale &locale);

} // namespace cd
