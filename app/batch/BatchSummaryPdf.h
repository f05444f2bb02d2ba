// summary.pdf of a batch: the counts, the totals, the distribution of the estimated subsidies as
// a bar chart and the requested total against the program's annual budget. One A4 page painted
// with QPainter on QPdfWriter (needs a QGuiApplication for fonts).
#pragma once

#include "batch/BatchTypes.h"
#include "rules/RulePack.h"

#include <QIODevice>
#include <QLocale>

namespace cd::BatchSummaryPdf {

Status write(QIODevice *device, const BatchTotals &totals, const RulePack &pack,
             const QLocale &locale = QLocale());

} // namespace cd::BatchSummaryPdf
