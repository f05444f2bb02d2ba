// The cost chart of a package (charts/costs.png and .svg). Until the projection capability's
// CostChartRenderer is merged this draws the monthly contract cost itself; the package code only
// calls renderCostChart(), so switching renderers is one call.
#pragma once

#include "core/Error.h"
#include "domain/Application.h"
#include "rules/Estimate.h"

#include <QByteArray>
#include <QImage>
#include <QLocale>

namespace cd {

struct ChartImages
{
    QImage image;   // for the PDF
    QByteArray png; // charts/costs.png
    QByteArray svg; // charts/costs.svg
};

namespace PackageCharts {

Result<ChartImages> renderCostChart(const Application &application, const Estimate &estimate,
                                    const QLocale &locale);

} // namespace PackageCharts
} // namespace cd
