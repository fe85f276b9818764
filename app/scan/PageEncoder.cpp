#include "scan/PageEncoder.h"

#include "scan/PagePipeline.h"

#include <QBuffer>
#include <QImageWriter>

#include <algorithm>

namespace motcua {

namespace {

constexpr qint64 kA4PixelsAt200 = 1654LL * 2339LL;
// Room for the PDF objects around the images of a page (dictionaries, content stream).
constexpr qint64 kPageOverhead = 1024;
// After whitening: darker than this is text for the mask, and up to kEdge the grey rim of a
// letter, left out of the background so no halo shows around the letters.
constexpr int kInk = 150;
constexpr int kEdge = 210;

// Number of components of a JPEG, from its frame header.
int jpegComponents(const QByteArray& jpeg)
{
    const auto* d = reinterpret_cast<const uchar*>(jpeg.constData());
    const qsizetype n = jpeg.size();
    qsizetype i = 2; // after SOI
    while (i + 9 < n) {
        if (d[i] != 0xFF) {
            ++i;
            continue;
        }
        const uchar marker = d[i + 1];
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
            return d[i + 9];
        const int length = (d[i + 2] << 8) | d[i + 3];
        i += 2 + length;
    }
    return 0;
}

EncodedImage jpeg(const QImage& image, int quality)
{
    EncodedImage out;
    QBuffer buffer(&out.data);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true); // optimal Huffman tables: a few per cent smaller for free
    if (!writer.write(image))
        return {};
    out.filter = EncodedImage::Filter::Dct;
    out.width = image.width();
    out.height = image.height();
    out.components = std::max(1, jpegComponents(out.data));
    out.bitsPerComponent = 8;
    return out;
}

// 1 bit per pixel, zlib. `isInk(x, y)` pixels get bit 0: black for DeviceGray, painted for
// an image mask (PDF 8.9.6.2: with the default decode, 0 marks the painted samples).
template<typename InkTest> EncodedImage bits(int width, int height, InkTest isInk)
{
    const int rowBytes = (width + 7) / 8;
    QByteArray raw(qsizetype(rowBytes) * height, '\xFF');
    for (int y = 0; y < height; ++y) {
        auto* row = reinterpret_cast<uchar*>(raw.data()) + qsizetype(y) * rowBytes;
        for (int x = 0; x < width; ++x) {
            if (isInk(x, y))
                row[x >> 3] &= static_cast<uchar>(~(0x80 >> (x & 7)));
        }
    }
    EncodedImage out;
    // qCompress puts 4 bytes of length before zlib's stream; PDF wants the stream alone.
    out.data = qCompress(raw, 6).mid(4);
    out.filter = EncodedImage::Filter::Flate;
    out.width = width;
    out.height = height;
    out.components = 1;
    out.bitsPerComponent = 1;
    return out;
}

// Direct access to the pixels of a prepared page (Grayscale8 or RGB888): millions of tests per
// page, so no QImage call per pixel.
class Pixels
{
public:
    explicit Pixels(const QImage& image)
        : m_bits(image.constBits())
        , m_stride(image.bytesPerLine())
        , m_colour(image.format() == QImage::Format_RGB888)
        , m_width(image.width())
        , m_height(image.height())
    {}
    bool colour() const { return m_colour; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    const uchar* at(int x, int y) const { return m_bits + qsizetype(y) * m_stride + (m_colour ? 3 * x : x); }
    int grey(int x, int y) const
    {
        const uchar* c = at(x, y);
        return m_colour ? (c[0] * 11 + c[1] * 16 + c[2] * 5) / 32 : c[0];
    }
    // Text is dark and, on a colour page, without colour: a red stamp stays in the picture.
    bool text(int x, int y, int below) const
    {
        if (grey(x, y) >= below)
            return false;
        if (!m_colour)
            return true;
        const uchar* c = at(x, y);
        return std::max({c[0], c[1], c[2]}) - std::min({c[0], c[1], c[2]}) < 80;
    }

private:
    const uchar* m_bits;
    qsizetype m_stride;
    bool m_colour;
    int m_width;
    int m_height;
};

// The page without its text at half resolution: each 2 × 2 block is the mean of its pixels
// that are neither text nor the rim of a letter; a block wholly under text repeats the block
// before it (the mask covers it anyway, and a flat run costs JPEG nothing).
QImage background(const Pixels& px)
{
    const int w = (px.width() + 1) / 2, h = (px.height() + 1) / 2;
    const int channels = px.colour() ? 3 : 1;
    QImage out(w, h, px.colour() ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    for (int by = 0; by < h; ++by) {
        uchar* dst = out.scanLine(by);
        int last[3] = {255, 255, 255};
        for (int bx = 0; bx < w; ++bx) {
            int sum[3] = {0, 0, 0};
            int n = 0;
            for (int y = 2 * by; y < std::min(px.height(), 2 * by + 2); ++y) {
                for (int x = 2 * bx; x < std::min(px.width(), 2 * bx + 2); ++x) {
                    if (px.text(x, y, kEdge))
                        continue;
                    const uchar* c = px.at(x, y);
                    for (int k = 0; k < channels; ++k)
                        sum[k] += c[k];
                    ++n;
                }
            }
            for (int k = 0; k < channels; ++k) {
                if (n > 0)
                    last[k] = sum[k] / n;
                dst[channels * bx + k] = static_cast<uchar>(last[k]);
            }
        }
    }
    return out;
}

// The grey the text is painted in: the mean of the text pixels, never lighter than 30 %.
double inkGrey(const Pixels& px)
{
    qint64 sum = 0, n = 0;
    for (int y = 0; y < px.height(); y += 2) {
        for (int x = 0; x < px.width(); x += 2) {
            if (px.text(x, y, kInk)) {
                sum += px.grey(x, y);
                ++n;
            }
        }
    }
    return n == 0 ? 0.0 : std::min(0.3, double(sum) / double(n) / 255.0);
}

} // namespace

qint64 PageEncoder::budget(const QSize& pixels, ColourMode mode, const PageEncoding& options)
{
    const qint64 grey = options.greyA4Budget * qint64(pixels.width()) * pixels.height() / kA4PixelsAt200;
    return std::max<qint64>(8 * 1024, mode == ColourMode::Colour ? grey * 3 : grey);
}

EncodedPage PageEncoder::encode(const ScanPage& page, const PageEncoding& options)
{
    EncodedPage out;
    const QImage image = PagePipeline::prepared(page);
    if (image.isNull() || page.dpi <= 0)
        return out;
    out.sizePt = QSizeF(image.width() * 72.0 / page.dpi, image.height() * 72.0 / page.dpi);
    if (page.mode == ColourMode::BlackWhite) {
        const Pixels px(image);
        out.image = bits(image.width(), image.height(), [&px](int x, int y) { return *px.at(x, y) < 128; });
        return out;
    }
    const qint64 limit = budget(image.size(), page.mode, options) - kPageOverhead;

    // One JPEG. The middle quality first: a page that does not fit at it will not at the
    // first one either (a page of text), and goes straight to the layers.
    const int middle = std::max(options.minQuality, (options.quality + options.minQuality) / 2);
    EncodedPage best = out;
    best.image = jpeg(image, middle);
    if (best.bytes() <= limit) {
        EncodedPage better = out;
        better.image = jpeg(image, options.quality);
        return better.bytes() <= limit ? better : best;
    }

    // Text as a mask, the rest as a half-resolution JPEG whose quality steps down to fit.
    EncodedPage layered = out;
    const Pixels px(image);
    layered.textMask = bits(image.width(), image.height(), [&px](int x, int y) { return px.text(x, y, kInk); });
    layered.inkGrey = inkGrey(px);
    const QImage back = background(px);
    for (int quality = options.quality;; quality = std::max(options.minQuality, quality - 10)) {
        layered.image = jpeg(back, quality);
        if (layered.bytes() <= limit || quality <= options.minQuality)
            break;
    }
    if (layered.bytes() <= best.bytes())
        return layered;
    // Neither fits (a page of noise): the smaller wins.
    return best;
}

} // namespace motcua
