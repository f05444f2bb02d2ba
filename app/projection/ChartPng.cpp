#include "ChartPng.h"

#include <QImage>
#include <QtEndian>

#include <zlib.h>

#include <array>
#include <optional>
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

// The colours of an image with at most 256 of them, in the order first seen, and the index of
// each. A chart has about two hundred (flat fills and the anti-aliased edges between them).
class Palette
{
public:
    // Adds `colour` if it is new; false when that would make 257 colours.
    bool add(QRgb colour) { return indexOf(colour, true) >= 0; }
    int indexOf(QRgb colour) const { return const_cast<Palette *>(this)->indexOf(colour, false); }
    const std::vector<QRgb> &colours() const { return m_colours; }

private:
    static constexpr quint32 kSlots = 1024; // four times the most colours: short probes

    int indexOf(QRgb colour, bool insert)
    {
        colour |= 0xff000000u; // RGB32's unused byte may be anything
        for (quint32 slot = (colour * 2654435761u) >> 22;; slot = (slot + 1) % kSlots) {
            if (m_index[slot] < 0) {
                if (!insert || m_colours.size() == 256)
                    return -1;
                m_keys[slot] = colour;
                m_index[slot] = qint16(m_colours.size());
                m_colours.push_back(colour);
                return m_index[slot];
            }
            if (m_keys[slot] == colour)
                return m_index[slot];
        }
    }

    std::array<QRgb, kSlots> m_keys{};
    std::array<qint16, kSlots> m_index = [] {
        std::array<qint16, kSlots> empty{};
        empty.fill(-1);
        return empty;
    }();
    std::vector<QRgb> m_colours;
};

std::optional<Palette> paletteOf(const QImage &rgb32)
{
    Palette palette;
    const int width = rgb32.width(); // not asked per pixel: QImage::width() is out of line
    for (int y = 0; y < rgb32.height(); ++y) {
        const auto *pixels = reinterpret_cast<const QRgb *>(rgb32.constScanLine(y));
        QRgb last = ~pixels[0]; // long runs of one colour: look each run up once
        for (int x = 0; x < width; ++x) {
            if (pixels[x] != last && !palette.add(pixels[x]))
                return std::nullopt;
            last = pixels[x];
        }
    }
    return palette;
}

// Feeds rows to zlib level 1 as they are made (no image-sized buffers: a batch writes thousands
// of charts, and each fresh megabyte costs page faults). `makeRow(y, row)` fills row y.
template <typename MakeRow>
QByteArray deflateRows(int height, std::size_t rowBytes, MakeRow makeRow)
{
    z_stream stream{};
    if (deflateInit(&stream, 1) != Z_OK)
        return {};
    QByteArray out(64 * 1024, Qt::Uninitialized);
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    std::vector<uchar> row(rowBytes);
    bool ok = true;
    for (int y = 0; y < height && ok; ++y) {
        makeRow(y, row.data());
        stream.next_in = row.data();
        stream.avail_in = uInt(row.size());
        const int flush = y + 1 == height ? Z_FINISH : Z_NO_FLUSH;
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

// Truecolour rows: a filter-type byte (1, "Sub") and each R, G, B byte minus that of the pixel
// to its left.
QByteArray deflateRgbRows(const QImage &rgb32)
{
    return deflateRows(rgb32.height(), 1 + std::size_t(rgb32.width()) * 3,
                       [&rgb32, width = rgb32.width()](int y, uchar *row) {
                           const auto *pixels =
                               reinterpret_cast<const QRgb *>(rgb32.constScanLine(y));
                           *row++ = 1;
                           int red = 0, green = 0, blue = 0;
                           for (int x = 0; x < width; ++x) {
                               const QRgb pixel = pixels[x];
                               *row++ = uchar(qRed(pixel) - red);
                               *row++ = uchar(qGreen(pixel) - green);
                               *row++ = uchar(qBlue(pixel) - blue);
                               red = qRed(pixel);
                               green = qGreen(pixel);
                               blue = qBlue(pixel);
                           }
                       });
}

// Palette rows: filter type 0 (none, as the specification advises for palettes) and one index
// byte per pixel: a third of the truecolour bytes for zlib to compress.
QByteArray deflateIndexedRows(const QImage &rgb32, const Palette &palette)
{
    return deflateRows(rgb32.height(), 1 + std::size_t(rgb32.width()),
                       [&rgb32, &palette, width = rgb32.width()](int y, uchar *row) {
                           const auto *pixels =
                               reinterpret_cast<const QRgb *>(rgb32.constScanLine(y));
                           *row++ = 0;
                           QRgb last = ~pixels[0];
                           uchar index = 0;
                           for (int x = 0; x < width; ++x) {
                               if (pixels[x] != last) {
                                   last = pixels[x];
                                   index = uchar(palette.indexOf(last));
                               }
                               *row++ = index;
                           }
                       });
}

QByteArray paletteChunk(const Palette &palette)
{
    QByteArray entries;
    for (const QRgb colour : palette.colours()) {
        entries.append(char(qRed(colour)));
        entries.append(char(qGreen(colour)));
        entries.append(char(qBlue(colour)));
    }
    return entries;
}

} // namespace

QByteArray encode(const QImage &image)
{
    if (image.isNull())
        return {};
    // A chart is RGB32 already (no copy then); other formats are converted, alpha dropped.
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const std::optional<Palette> palette = paletteOf(rgb);
    const QByteArray compressed = palette ? deflateIndexedRows(rgb, *palette) : deflateRgbRows(rgb);
    if (compressed.isEmpty())
        return {};

    QByteArray header;
    appendUint32(header, quint32(rgb.width()));
    appendUint32(header, quint32(rgb.height()));
    header.append(char(8));               // bits per sample (channel or palette index)
    header.append(char(palette ? 3 : 2)); // colour type: palette or RGB
    header.append(char(0));               // compression: deflate
    header.append(char(0));               // filter method 0 (per-row filter types)
    header.append(char(0));               // no interlacing

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    if (palette)
        appendChunk(png, "PLTE", paletteChunk(*palette));
    appendChunk(png, "IDAT", compressed);
    appendChunk(png, "IEND", QByteArray());
    return png;
}

} // namespace cd::ChartPng
