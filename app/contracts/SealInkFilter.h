// The grayscale image OCR reads, with the red ink of company seals taken out.
//
// Chinese contracts are stamped with red seals (合同专用章) over the signature block, and the
// signing date usually lies under them. In a plain grayscale render the seal's ring is as dark as
// the text it crosses and Tesseract reads the digits wrong ("20 SPSASH." for 2025年3月3日).
// Seal ink is laid over the text like a filter: where a stroke runs under the ring the pixel is
// darker than the ring alone. So, near red pixels, each pixel is compared with what a fully inked
// but text-free pixel would look like and only the difference is kept.
#pragma once

#include <QImage>

namespace cd::SealInkFilter {

// A Grayscale8 image of `page` (a render at `dpi`). A page without noticeable red ink comes back
// as its plain grayscale conversion.
QImage grayWithoutSeals(const QImage &page, double dpi);

} // namespace cd::SealInkFilter
