// PNG files of rendered charts, written directly with zlib. Qt's PNG writer lets libpng try all
// five row filters on every row, which made encoding the 1200×700 cost chart a quarter of a
// package export; a chart is mostly flat colour, so the "Sub" filter alone (each byte minus the
// one a pixel to its left) and zlib level 1 give a file of about the same size several times
// faster. An image of at most 256 colours (a chart has about 200) is written with a palette:
// one byte per pixel instead of three, so zlib has a third of the work and the file shrinks.
// Batches write one chart per package, so this is where the time goes.
#pragma once

#include <QByteArray>

class QImage;

namespace cd::ChartPng {

// 8-bit palette or RGB, no alpha (charts are opaque), no interlacing; the same image gives the
// same bytes.
// Empty for a null image.
QByteArray encode(const QImage &image);

} // namespace cd::ChartPng
