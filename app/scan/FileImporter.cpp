#include "scan/FileImporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QPdfDocument>

#include <algorithm>
#include <cmath>

namespace motcua {

namespace {

constexpr double kA4ShortInch = 210.0 / 25.4;
constexpr double kA4LongInch = 297.0 / 25.4;

bool looksLikePdf(const QByteArray& head)
{
    return head.startsWith("%PDF-");
}

// The resolution of an image file: the stated one when plausible for a scan (100–1200 dpi);
// otherwise (no value, or the 72/96 dpi of screens and cameras) the one that makes the
// image an A4 page.
int imageDpi(const QImage& image)
{
    const int stated = static_cast<int>(std::lround(image.dotsPerMeterX() * 0.0254));
    if (stated >= 100 && stated <= 1200 && image.dotsPerMeterX() == image.dotsPerMeterY())
        return stated;
    const int longSide = std::max(image.width(), image.height());
    const int shortSide = std::min(image.width(), image.height());
    const double fit = std::max(longSide / kA4LongInch, shortSide / kA4ShortInch);
    return std::max(72, static_cast<int>(std::lround(fit)));
}

ScanPage pageFromImage(QImage image, const QString& origin, const ImportOptions& options)
{
    int dpi = imageDpi(image);
    if (dpi > 300) {
        const double f = 200.0 / dpi;
        image = image.scaled(std::max(1, static_cast<int>(std::lround(image.width() * f))),
                             std::max(1, static_cast<int>(std::lround(image.height() * f))), Qt::IgnoreAspectRatio,
                             Qt::SmoothTransformation);
        dpi = 200;
    }
    // Transparency is laid on white paper; palette and 16-bit images become plain 8-bit ones.
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter p(&flat);
        p.drawImage(0, 0, image);
        p.end();
        image = flat;
    }
    ScanPage page;
    page.image = image.isGrayscale() ? image.convertToFormat(QImage::Format_Grayscale8)
                                     : image.convertToFormat(QImage::Format_RGB888);
    page.dpi = dpi;
    page.mode = options.mode;
    page.origin = origin;
    return page;
}

Error tooManyPages(const QString& name, int limit)
{
    return Error::badInput(
        QCoreApplication::translate("motcua::FileImporter", "%1 has more than %2 pages: split it first.")
            .arg(name)
            .arg(limit));
}

Result<QList<ScanPage>> importPdf(QIODevice* device, const QString& name, const ImportOptions& options)
{
    QPdfDocument document;
    document.load(device);
    if (document.status() != QPdfDocument::Status::Ready) {
        const bool locked = document.error() == QPdfDocument::Error::IncorrectPassword;
        return Error::badInput(
            locked ? QCoreApplication::translate("motcua::FileImporter",
                                                 "%1 is protected by a password and cannot be imported.")
                         .arg(name)
                   : QCoreApplication::translate("motcua::FileImporter", "%1 is not a readable PDF.").arg(name));
    }
    if (document.pageCount() > options.maxPages)
        return tooManyPages(name, options.maxPages);
    QList<ScanPage> pages;
    for (int i = 0; i < document.pageCount(); ++i) {
        const QSizeF points = document.pagePointSize(i);
        const QSize size(std::max(1, static_cast<int>(std::lround(points.width() * options.pdfDpi / 72.0))),
                         std::max(1, static_cast<int>(std::lround(points.height() * options.pdfDpi / 72.0))));
        // QtPdf renders on a transparent background: lay it on white paper.
        const QImage rendered = document.render(i, size);
        if (rendered.isNull())
            return Error::badInput(
                QCoreApplication::translate("motcua::FileImporter", "Page %1 of %2 could not be read.")
                    .arg(i + 1)
                    .arg(name));
        QImage paper(size, QImage::Format_RGB32);
        paper.fill(Qt::white);
        QPainter painter(&paper);
        painter.drawImage(0, 0, rendered);
        painter.end();
        ScanPage page;
        page.image = options.mode == ColourMode::Colour ? paper.convertToFormat(QImage::Format_RGB888)
                                                        : paper.convertToFormat(QImage::Format_Grayscale8);
        page.dpi = options.pdfDpi;
        page.mode = options.mode;
        page.origin = name;
        pages.append(page);
    }
    if (pages.isEmpty())
        return Error::badInput(QCoreApplication::translate("motcua::FileImporter", "%1 has no pages.").arg(name));
    return pages;
}

Result<QList<ScanPage>> importImages(QIODevice* device, const QString& name, const ImportOptions& options)
{
    QImageReader reader(device);
    reader.setAutoTransform(true); // photos: the camera's orientation
    if (!reader.canRead()) {
        return Error::badInput(QCoreApplication::translate("motcua::FileImporter",
                                                           "%1 is not a PDF, JPEG, PNG or TIFF file that can be read.")
                                   .arg(name));
    }
    // Multi-page TIFF: every image of the file, in order. Qt's TIFF reader does not move on
    // from one image to the next on the same reader, so each image gets a reader of its own,
    // from the start of the file.
    const qint64 start = device->pos();
    const int count = std::max(1, reader.imageCount());
    if (count > options.maxPages)
        return tooManyPages(name, options.maxPages);
    QList<ScanPage> pages;
    for (int i = 0; i < count; ++i) {
        QImage image;
        if (i == 0) {
            image = reader.read();
        } else {
            device->seek(start);
            QImageReader next(device, reader.format());
            next.setAutoTransform(true);
            if (next.jumpToImage(i))
                image = next.read();
        }
        if (image.isNull()) {
            if (pages.isEmpty())
                return Error::badInput(QCoreApplication::translate("motcua::FileImporter", "%1 could not be read: %2")
                                           .arg(name, reader.errorString()));
            break;
        }
        pages.append(pageFromImage(image, name, options));
    }
    return pages;
}

} // namespace

Result<QList<ScanPage>> FileImporter::importFile(const QString& path, const ImportOptions& options)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::badInput(
            QCoreApplication::translate("motcua::FileImporter", "Cannot open %1: %2").arg(name, file.errorString()));
    }
    if (looksLikePdf(file.peek(8)))
        return importPdf(&file, name, options);
    return importImages(&file, name, options);
}

Result<QList<ScanPage>> FileImporter::importData(const QByteArray& data, const QString& fileName,
                                                 const ImportOptions& options)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    if (looksLikePdf(data.left(8)))
        return importPdf(&buffer, fileName, options);
    return importImages(&buffer, fileName, options);
}

QStringList FileImporter::suffixes()
{
    return {QStringLiteral("pdf"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
            QStringLiteral("png"), QStringLiteral("tif"), QStringLiteral("tiff")};
}

QString FileImporter::dialogFilter()
{
    return QCoreApplication::translate("motcua::FileImporter",
                                       "Scanned papers (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)");
}

bool FileImporter::isSupported(const QString& path)
{
    return suffixes().contains(QFileInfo(path).suffix().toLower());
}

} // namespace motcua
