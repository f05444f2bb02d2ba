#include "PackageCharts.h"

#include "projection/CostChartRenderer.h"
#include "projection/CostProjection.h"

namespace cd::PackageCharts {

Result<ChartImages> renderCostChart(const Application &application, const Estimate &estimate,
                                    const QLocale &locale)
{
    auto built = CostProjection::fromApplication(application, estimate);
    // MissingField: no contract has an amount and a period; anything else is a real problem.
    if (!built && built.error().code != ErrorCode::MissingField)
        return built.error();
    const CostProjection projection = built ? built.value() : CostProjection{};
    ChartImages images;
    // Painted once for both the PDF and charts/costs.png (renderPng would paint it again).
    images.image = CostChartRenderer::renderImage(projection, locale);
    images.png = CostChartRenderer::encodePng(images.image);
    images.svg = CostChartRenderer::renderSvg(projection, locale);
    if (images.png.isEmpty() || images.svg.isEmpty())
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("cd::PackageCharts", "Could not draw the cost chart."));
    return images;
}

} // namespace cd::PackageCharts
