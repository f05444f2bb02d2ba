#include "SealInkFilter.h"

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <vector>

namespace cd::SealInkFilter {

namespace {

// How much redder than green and blue a pixel must be to count as seal ink. Black text, gray
// scanner noise and the yellowish paper of a scan stay far below it.
constexpr int kRedInkThreshold = 64;
// Less red than this (in mm²) is a pen mark, not a seal: the ring of a 40 mm seal alone is about
// 120 mm².
constexpr double kMinSealArea = 12.0;

int redness(QRgb c)
{
    return qRed(c) - std::max(qGreen(c), qBlue(c));
}

// The luma of JPEG (ITU-R BT.601). Scans are JPEG with the colour at half resolution and the
// luma at full resolution: the luma is where the text under a seal is still sharp.
int luma(QRgb c)
{
    return (299 * qRed(c) + 587 * qGreen(c) + 114 * qBlue(c) + 500) / 1000;
}

// What a fully inked pixel of the seals on this page looks like.
struct SealInk
{
    int redness = 0;
    int luma = 0;
};

std::optional<SealInk> measureSealInk(const QImage &rgb, double dpi)
{
    std::array<qint64, 256> count{};
    std::array<qint64, 256> lumaSum{};
    qint64 red = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const int r = redness(line[x]);
            if (r < kRedInkThreshold)
                continue;
            ++count[r];
            lumaSum[r] += luma(line[x]);
            ++red;
        }
    }
    const double pixelsPerMm = dpi / 25.4;
    if (red < kMinSealArea * pixelsPerMm * pixelsPerMm)
        return std::nullopt;
    // The reddest tenth of the red pixels is taken as full ink; the rest are the ring's edges
    // and seal ink mixed with paper or text.
    qint64 seen = 0;
    qint64 inkCount = 0;
    qint64 inkLuma = 0;
    int inkRedness = 255;
    for (int r = 255; r >= kRedInkThreshold && seen < red / 10 + 1; --r) {
        seen += count[r];
        inkCount += count[r];
        inkLuma += lumaSum[r];
        inkRedness = r;
    }
    return SealInk{inkRedness, int(inkLuma / std::max<qint64>(inkCount, 1))};
}

// How much seal ink covers each pixel (0–255), from its redness. The colour of a scan is
// blurred, so the coverage is widened by `radius` pixels: the edge of a ring has too little
// colour left to be recognised as ink, but is still as dark as ink.
std::vector<uchar> sealCoverage(const QImage &rgb, const SealInk &ink, int radius)
{
    const int w = rgb.width();
    const int h = rgb.height();
    std::vector<uchar> coverage(size_t(w) * h);
    for (int y = 0; y < h; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        uchar *out = coverage.data() + size_t(y) * w;
        for (int x = 0; x < w; ++x)
            out[x] = uchar(std::clamp(redness(line[x]) * 255 / ink.redness, 0, 255));
    }
    // A square maximum filter, one direction after the other.
    std::vector<uchar> rows(coverage.size());
    for (int y = 0; y < h; ++y) {
        const uchar *in = coverage.data() + size_t(y) * w;
        uchar *out = rows.data() + size_t(y) * w;
        for (int x = 0; x < w; ++x)
            out[x] =
                *std::max_element(in + std::max(0, x - radius), in + std::min(w, x + radius + 1));
    }
    for (int y = 0; y < h; ++y) {
        uchar *out = coverage.data() + size_t(y) * w;
        const int top = std::max(0, y - radius);
        const int bottom = std::min(h - 1, y + radius);
        std::copy_n(rows.data() + size_t(top) * w, w, out);
        for (int k = top + 1; k <= bottom; ++k) {
            const uchar *in = rows.data() + size_t(k) * w;
            for (int x = 0; x < w; ++x)
                out[x] = std::max(out[x], in[x]);
        }
    }
    return coverage;
}

} // namespace

QImage grayWithoutSeals(const QImage &page, double dpi)
{
    // Poppler renders opaque 32-bit images; those are read as they are (no copy of a page that
    // may have 40 million pixels).
    const bool rgb32 = page.format() == QImage::Format_RGB32 ||
                       page.format() == QImage::Format_ARGB32 ||
                       page.format() == QImage::Format_ARGB32_Premultiplied;
    const QImage rgb = rgb32 ? page : page.convertToFormat(QImage::Format_RGB32);
    const std::optional<SealInk> ink = measureSealInk(rgb, dpi);
    if (!ink)
        return page.convertToFormat(QImage::Format_Grayscale8);

    // A scan's colour is at half the resolution of its luma, and a render at 300 dpi of a scan
    // at 150 dpi doubles that again: about one pixel of blur per 100 dpi.
    const int radius = std::max(1, int(std::lround(dpi / 100.0)));
    const std::vector<uchar> coverage = sealCoverage(rgb, *ink, radius);
    QImage gray(rgb.size(), QImage::Format_Grayscale8);
    const int w = rgb.width();
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *in = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        const uchar *cover = coverage.data() + size_t(y) * w;
        uchar *out = gray.scanLine(y);
        for (int x = 0; x < w; ++x) {
            // Seal ink multiplies what lies under it: divide by the luma the pixel would have
            // with the seal and no text. Text under the ring stays dark, the ring turns white.
            const int withoutText = 255 - cover[x] * (255 - ink->luma) / 255;
            out[x] = uchar(std::min(255, luma(in[x]) * 255 / std::max(withoutText, 1)));
        }
    }
    return gray;
}

} // namespace cd::SealInkFilter
