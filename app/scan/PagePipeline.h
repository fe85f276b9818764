#pragma once

#include "scan/ScanTypes.h"

#include <QByteArray>
#include <QImage>
#include <QList>

namespace motcua {

// How PagePipeline tells a blank page.
struct BlankDetection
{
    // Share of the page, margins left out, that must be ink for a page not to be blank.
    // 0.05 % is a short line of text; bleed-through from the other side and specks of
    // dust are lighter or smaller than ink and do not count.
    double minInk = 0.0005;
    // How much darker than the paper a pixel must be to count as ink (0..255).
    int inkContrast = 64;
    // A page whose paper (the 90th percentile of brightness) is darker than this is a dark
    // page, never a blank one: a black sheet, a dark cover, the lid left open, or a scanner
    // (SANE's test device) sending solid black. It has no light paper for ink to stand out on.
    int darkPaper = 128;
};

// What a page holds, judged by its content.
enum class PageContent {
    Content, // ink on light paper: a page to keep
    Blank,   // light paper with no ink (specks, grain and bleed-through do not count)
    Dark     // almost all of it dark: kept, but the clerk should look at it
};

// What the clerk does to pages between the scanner and the PDF, on images alone (no device,
// no storage): find blank pages (the empty backs of a duplex batch), crop blank borders,
// rotate, and bring a page to its storage form (PageEncoder then makes it small).
class PagePipeline
{
public:
    // Share of the page (margins excluded) covered by ink, 0..1.
    static double inkCoverage(const QImage& image, int dpi, const BlankDetection& options = {});
    // Blank, dark or a page with content. A null image is blank.
    static PageContent classify(const QImage& image, int dpi, const BlankDetection& options = {});
    // classify() == Blank: a dark page is never blank.
    static bool isBlank(const QImage& image, int dpi, const BlankDetection& options = {});
    // Indexes of the blank pages of a batch.
    static QList<int> blankPages(const QList<ScanPage>& pages, const BlankDetection& options = {});

    // Trims uniform borders (the scanner's dark background, empty paper) down to `marginMm`
    // around the content. A page without content is returned as is.
    static QImage cropBorders(const QImage& image, int dpi, double marginMm = 5.0);
    // Turns the image by quarter turns clockwise (negative: counter-clockwise).
    static QImage rotated(const QImage& image, int quarterTurns);

    // The page in its storage form: Grayscale8 or RGB888 with the paper made white, or a
    // Grayscale8 image of only black and white for ColourMode::BlackWhite.
    static QImage prepared(const ScanPage& page);
    // Grey, shrunk to about `dpi` (box filter): the base of every measure.
    static QImage analysisImage(const QImage& image, int sourceDpi, int dpi = 50);
    // The paper's grey level: the 90th percentile of brightness.
    static int paperLevel(const QImage& grey);
};

} // namespace motcua
