#include "ChartPng.h"

#include <QImage>
#include <QtEndian>

#include <zlib.h>

#include <vector>

namespace cd::ChartPng {

namespace {

void appendUint32(QByteArray &out, quint32 value)
{
    const quint32 big = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&big), 4);
}

// A chunk: length, type, data, and the CRC over type and data (PNG specification, 5.3).
void appendChunk(QByteArray &out, const char type[4], const QByteArray &data)
{
    appendUint32(out, quint32(data.size()));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data);
    const auto *crcBytes = reinterpret_cast<const Bytef *>(out.constData() + start);
    appendUint32(out, quint32(crc32(crc32(0, nullptr, 0), crcBytes, uInt(out.size() - start))));
}

// The rows as PNG wants them, compressed as they are made (no image-sized buffers: a batch
// writes thousands of charts, and each fresh megabyte costs page faults): a filter-type byte
// (1, "Sub") and each R, G, B byte minus that of the pixel to its left.
QByteArray deflateRows(const QImage &rgb32)
{
    z_stream stream{};
    if (deflateInit(&stream, 1) != Z_OK)
        return {};
    QByteArray out(64 * 1024, Qt::Uninitialized);
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    std::vector<uchar> row(1 + std::size_t(rgb32.width()) * 3);
    row[0] = 1;
    bool ok = true;
    for (int y = 0; y < rgb32.height() && ok; ++y) {
        const auto *pixels = reinterpret_cast<const QRgb *>(rgb32.constScanLine(y));
        int red = 0, green = 0, blue = 0;
        uchar *at = row.data() + 1;
        for (int x = 0; x < rgb32.width(); ++x) {
            const QRgb pixel = pixels[x];
            *at++ = uchar(qRed(pixel) - red);
            *at++ = uchar(qGreen(pixel) - green);
            *at++ = uchar(qBlue(pixel) - blue);
            red = qRed(pixel);
            green = qGreen(pixel);
            blue = qBlue(pixel);
        }
        stream.next_in = row.data();
        stream.avail_in = uInt(row.size());
        const int flush = y + 1 == rgb32.height() ? Z_FINISH : Z_NO_FLUSH;
        for (;;) {
            if (stream.avail_out == 0) {
                const qsizetype used = out.size();
                out.resize(used * 2);
                stream.next_out = reinterpret_cast<Bytef *>(out.data()) + used;
                stream.avail_out = uInt(used);
            }
            const int result = deflate(&stream, flush);
            if (result == Z_STREAM_ERROR) {
                ok = false;
                break;
            }
            const bool done = flush == Z_FINISH ? result == Z_STREAM_END
                                                : stream.avail_in == 0 && stream.avail_out != 0;
            if (done)
                break;
        }
    }
    out.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return ok ? out : QByteArray();
}

} // namespace

QByteArray encode(const QImage &image)
{
    if (image.isNull())
        return {};
    // A chart is RGB32 already (no copy then); other formats are converted, alpha dropped.
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QByteArray compressed = deflateRows(rgb);
    if (compressed.isEmpty())
        return {};

    QByteArray header;
    appendUint32(header, quint32(rgb.width()));
    appendUint32(header, quint32(rgb.height()));
    header.append(char(8)); // bits per channel
    header.append(char(2)); // colour type: RGB
    header.append(char(0)); // compression: deflate
    header.append(char(0)); // filter method 0 (per-row filter types)
    header.append(char(0)); // no interlacing

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", compressed);
    appendChunk(png, "IEND", QByteArray());
    return png;
}

} // namespace cd::ChartPng
