#include "PackageCharts.h"

#include "projection/CostChartRenderer.h"
#include "projection/CostProjection.h"

#include <QBuffer>
#include <QImageWriter>

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
    QBuffer buffer(&images.png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // Faster compression: the default level took about 100 ms for this chart, a third of an
    // export without contracts; the file only grows a little.
    writer.setQuality(90);
    writer.write(images.image);
    images.svg = CostChartRenderer::renderSvg(projection, locale);
    if (images.png.isEmpty() || images.svg.isEmpty())
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("cd::PackageCharts", "Could not draw the cost chart."));
    return images;
}

} // namespace cd::PackageCharts
