// The cost chart of a package (charts/costs.png and .svg, and the image in application.pdf):
// the application's contracts projected month by month (CostProjection) and drawn by the
// projection capability's CostChartRenderer, so the package shows the same chart as the wizard.
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

// An application without a contract that can be projected (no amount or period) still gets a
// chart: the renderer's "nothing to project" image.
Result<ChartImages> renderCostChart(const Application &application, const Estimate &estimate,
                                    const QLocale &locale);

} // namespace PackageCharts
} // namespace cd
