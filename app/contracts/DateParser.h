// Reads calendar dates as contracts write them in Chinese, English and German: 2025年3月1日,
// 二〇二四年十二月十六日, 2025-03-01, 2025/3/1, 29.08.2024, 1. März 2025, March 1, 2025,
// 20 January 2025.
#pragma once

#include "core/Error.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cd {

struct DateMatch
{
    QDate date;
    qsizetype start = 0; // span in the searched text
    qsizetype length = 0;
};

class DateParser
{
public:
    // Exactly one date (surrounding spaces allowed); InvalidDate otherwise, also for days that
    // do not exist (2025-02-30).
    static Result<QDate> parse(const QString &text);
    // Every real calendar date in running text, in text order.
    static QList<DateMatch> findAll(const QString &text);
};

} // namespace cd
