#include "scan/PagePipeline.h"

#include <QTransform>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace motcua {

namespace {

// The inner share of the page measured for blankness: scanners leave shadows, punch holes and
// staples at the edges.
constexpr double kBlankMargin = 0.04;

QImage toGrey(const QImage& image)
{
    return image.format() == QImage::Format_Grayscale8 ? image : image.convertToFormat(QImage::Format_Grayscale8);
}

// A lookup table that makes the paper white: everything at or above the paper's level
// (minus a little noise) becomes 255 and the rest is stretched below it. Near-white stays
// white, which removes the paper's grain, the costliest detail of a JPEG of a document.
std::array<uchar, 256> whiteningTable(int paper)
{
    const int white = std::clamp(paper - 8, 96, 255);
    std::array<uchar, 256> table{};
    for (int v = 0; v < 256; ++v) {
        const int mapped = std::min(255, v * 255 / white);
        table[static_cast<size_t>(v)] = static_cast<uchar>(mapped >= 236 ? 255 : mapped);
    }
    return table;
}

void applyTable(QImage* image, const std::array<uchar, 256>& table)
{
    const int bytesPerLine =
        image->width() * (image->format() == QImage::Format_RGB888 ? 3 : 1); // Grayscale8 or RGB888 only
    for (int y = 0; y < image->height(); ++y) {
        uchar* line = image->scanLine(y);
        for (int x = 0; x < bytesPerLine; ++x)
            line[x] = table[line[x]];
    }
}

} // namespace

QImage PagePipeline::analysisImage(const QImage& image, int sourceDpi, int dpi)
{
    const QImage grey = toGrey(image);
    const int f = std::max(1, static_cast<int>(std::lround(double(sourceDpi) / std::max(1, dpi))));
    if (f == 1)
        return grey;
    // The mean of each f × f block (a box filter): isolated specks fade, strokes of text stay.
    // Written out because QImage::scaled converts 8-bit grey to 32-bit colour and back.
    const int w = std::max(1, grey.width() / f), h = std::max(1, grey.height() / f);
    QImage out(w, h, QImage::Format_Grayscale8);
    std::vector<int> sums(static_cast<size_t>(w));
    for (int by = 0; by < h; ++by) {
        std::fill(sums.begin(), sums.end(), 0);
        for (int y = by * f; y < std::min(grey.height(), (by + 1) * f); ++y) {
            const uchar* line = grey.constScanLine(y);
            for (int bx = 0; bx < w; ++bx) {
                const uchar* p = line + bx * f;
                int s = 0;
                for (int k = 0; k < f; ++k)
                    s += p[k];
                sums[static_cast<size_t>(bx)] += s;
            }
        }
        uchar* dst = out.scanLine(by);
        const int n = f * std::min(f, grey.height() - by * f);
        for (int bx = 0; bx < w; ++bx)
            dst[bx] = static_cast<uchar>(sums[static_cast<size_t>(bx)] / n);
    }
    return out;
}

int PagePipeline::paperLevel(const QImage& grey)
{
    std::array<qint64, 256> histogram{};
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            ++histogram[line[x]];
    }
    const qint64 total = qint64(grey.width()) * grey.height();
    qint64 seen = 0;
    for (int v = 0; v < 256; ++v) {
        seen += histogram[static_cast<size_t>(v)];
        if (seen * 10 >= total * 9)
            return v;
    }
    return 255;
}

double PagePipeline::inkCoverage(const QImage& image, int dpi, const BlankDetection& options)
{
    if (image.isNull())
        return 0.0;
    const QImage a = analysisImage(image, dpi);
    const int paper = paperLevel(a);
    const int threshold = paper - options.inkContrast;
    if (threshold <= 0)
        return 0.0; // a uniformly dark page: nothing stands out from it
    const int x0 = static_cast<int>(a.width() * kBlankMargin), x1 = a.width() - x0;
    const int y0 = static_cast<int>(a.height() * kBlankMargin), y1 = a.height() - y0;
    qint64 ink = 0;
    for (int y = y0; y < y1; ++y) {
        const uchar* line = a.constScanLine(y);
        for (int x = x0; x < x1; ++x)
            ink += line[x] < threshold ? 1 : 0;
    }
    const qint64 area = qint64(std::max(1, x1 - x0)) * std::max(1, y1 - y0);
    return double(ink) / double(area);
}

PageContent PagePipeline::classify(const QImage& image, int dpi, const BlankDetection& options)
{
    if (image.isNull())
        return PageContent::Blank;
    const QImage a = analysisImage(image, dpi);
    // Nine tenths of the page at or below this level: no light paper anywhere that matters.
    if (paperLevel(a) < options.darkPaper)
        return PageContent::Dark;
    return inkCoverage(image, dpi, options) < options.minInk ? PageContent::Blank : PageContent::Content;
}

bool PagePipeline::isBlank(const QImage& image, int dpi, const BlankDetection& options)
{
    return classify(image, dpi, options) == PageContent::Blank;
}

QList<int> PagePipeline::blankPages(const QList<ScanPage>& pages, const BlankDetection& options)
{
    QList<int> blank;
    for (int i = 0; i < pages.size(); ++i) {
        if (isBlank(pages[i].image, pages[i].dpi, options))
            blank.append(i);
    }
    return blank;
}

QImage PagePipeline::cropBorders(const QImage& image, int dpi, double marginMm)
{
    if (image.isNull())
        return image;
    constexpr int kDpi = 50;
    const QImage a = analysisImage(image, dpi, kDpi);
    const int paper = paperLevel(a);
    // Counts, on one line of the rectangle `r` (a row when `row`), the pixels that are ink
    // (well below the paper) and those that are dark (the scanner's lid or feeder background).
    auto share = [&](const QRect& r, bool row, int at, int below) {
        int hits = 0;
        const int from = row ? r.left() : r.top(), to = row ? r.right() : r.bottom();
        for (int i = from; i <= to; ++i) {
            const int v = row ? a.constScanLine(at)[i] : a.constScanLine(i)[at];
            hits += v < below ? 1 : 0;
        }
        return double(hits) / std::max(1, to - from + 1);
    };
    auto isDark = [&](const QRect& r, bool row, int at) { return share(r, row, at, paper - 96) >= 0.97; };
    auto isEmpty = [&](const QRect& r, bool row, int at) { return share(r, row, at, paper - 64) <= 0.005; };

    // 1. The paper: trim dark lines from every side. A side's lines are measured only across
    //    the paper found so far, so a dark strip below a short paper does not hide the dark
    //    strip beside it; two rounds settle it.
    QRect r = a.rect();
    for (int round = 0; round < 2 && r.isValid(); ++round) {
        while (r.height() > 1 && isDark(r, true, r.top()))
            r.setTop(r.top() + 1);
        while (r.height() > 1 && isDark(r, true, r.bottom()))
            r.setBottom(r.bottom() - 1);
        while (r.width() > 1 && isDark(r, false, r.left()))
            r.setLeft(r.left() + 1);
        while (r.width() > 1 && isDark(r, false, r.right()))
            r.setRight(r.right() - 1);
    }
    // The line where paper meets the dark background is a blend of both: leave it out too.
    const QRect full = a.rect();
    r.adjust(r.left() > full.left() ? 1 : 0, r.top() > full.top() ? 1 : 0, r.right() < full.right() ? -1 : 0,
             r.bottom() < full.bottom() ? -1 : 0);
    if (!r.isValid())
        return image;
    const QRect paperRect = r;
    // 2. The content: trim empty paper, then give back a margin, within the paper.
    while (r.height() > 1 && isEmpty(paperRect, true, r.top()))
        r.setTop(r.top() + 1);
    if (r.height() <= 1)
        return image; // nothing on the page
    while (r.height() > 1 && isEmpty(paperRect, true, r.bottom()))
        r.setBottom(r.bottom() - 1);
    while (r.width() > 1 && isEmpty(paperRect, false, r.left()))
        r.setLeft(r.left() + 1);
    while (r.width() > 1 && isEmpty(paperRect, false, r.right()))
        r.setRight(r.right() - 1);
    const int margin = static_cast<int>(std::lround(marginMm / 25.4 * kDpi));
    r = r.adjusted(-margin, -margin, margin, margin).intersected(paperRect);

    const double sx = double(image.width()) / a.width(), sy = double(image.height()) / a.height();
    const QRect box(QPoint(static_cast<int>(r.left() * sx), static_cast<int>(r.top() * sy)),
                    QPoint(static_cast<int>(std::ceil((r.right() + 1) * sx)) - 1,
                           static_cast<int>(std::ceil((r.bottom() + 1) * sy)) - 1));
    const QRect clipped = box.intersected(image.rect());
    if (clipped == image.rect() || clipped.isEmpty())
        return image;
    return image.copy(clipped);
}

QImage PagePipeline::rotated(const QImage& image, int quarterTurns)
{
    const int q = ((quarterTurns % 4) + 4) % 4;
    if (q == 0 || image.isNull())
        return image;
    // Multiples of 90° are exact pixel moves in QImage::transformed.
    return image.transformed(QTransform().rotate(90.0 * q));
}

QImage PagePipeline::prepared(const ScanPage& page)
{
    if (page.image.isNull())
        return {};
    const int paper = paperLevel(analysisImage(page.image, page.dpi));
    const auto table = whiteningTable(paper);
    if (page.mode == ColourMode::Colour && !page.image.isGrayscale()) {
        QImage rgb = page.image.convertToFormat(QImage::Format_RGB888);
        applyTable(&rgb, table);
        return rgb;
    }
    QImage grey = toGrey(page.image);
    if (page.mode == ColourMode::BlackWhite) {
        // After whitening the paper is 255; half way to black is the natural cut.
        std::array<uchar, 256> threshold{};
        for (int v = 0; v < 256; ++v)
            threshold[static_cast<size_t>(v)] = table[static_cast<size_t>(v)] < 160 ? 0 : 255;
        applyTable(&grey, threshold);
        return grey;
    }
    applyTable(&grey, table);
    return grey;
}

} // namespace motcua
