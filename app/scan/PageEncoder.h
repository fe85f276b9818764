#pragma once

#include "scan/ScanTypes.h"

#include <QByteArray>
#include <QSizeF>

namespace motcua {

// One image of a page as a PDF image stream.
struct EncodedImage
{
    enum class Filter { Dct, Flate }; // JPEG, or zlib over raw samples
    QByteArray data;
    Filter filter = Filter::Dct;
    int width = 0;
    int height = 0;
    int components = 1;       // 1 grey, 3 colour
    int bitsPerComponent = 8; // 1 for black and white and for the text mask
    bool isNull() const { return data.isEmpty(); }
};

// A page ready for the PDF: a picture that fills the page and, on pages of dense text, a
// 1-bit text mask painted over it in `inkGrey`.
struct EncodedPage
{
    QSizeF sizePt; // the physical size of the scanned area, in points (1/72 inch)
    EncodedImage image;
    EncodedImage textMask;
    double inkGrey = 0.0; // 0 black .. 1 white
    qint64 bytes() const { return image.data.size() + textMask.data.size(); }
};

// How PageEncoder fits a page in its budget.
struct PageEncoding
{
    int quality = 70; // first JPEG quality tried
    int minQuality = 25;
    // Budget of a grey A4 page at 200 dpi (1654 × 2339 pixels), docs/architecture.md#scanning; pages of other
    // sizes get the budget of their number of pixels. Colour pages get three times as much.
    qint64 greyA4Budget = 150 * 1000;
};

// Makes a page small for the PDF. A grey A4 page at 200 dpi must cost at most 150 KB
// (docs/architecture.md#scanning). The paper is made white first (PagePipeline::prepared), which leaves JPEG only
// the content to pay for. A page with pictures or light text fits as one JPEG, the quality
// stepping down from 70. A page full of text does not: at 200 dpi the edges of ~8 % ink cost a
// JPEG 300–500 KB even at low quality. Such a page is split the way document scanners do
// (mixed raster content): the text as an exact 1-bit mask at full resolution (zlib), and
// everything else (paper, stamps, photos, shading) as a JPEG at half the resolution. A
// full page of 12-pt text then costs ~90 KB and the letters stay sharp.
// Black and white pages are one 1-bit zlib image.
class PageEncoder
{
public:
    static EncodedPage encode(const ScanPage& page, const PageEncoding& options = {});
    // The byte budget of a page (see PageEncoding::greyA4Budget).
    static qint64 budget(const QSize& pixels, ColourMode mode, const PageEncoding& options = {});
};

} // namespace motcua
