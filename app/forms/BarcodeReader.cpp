#include "forms/BarcodeReader.h"

#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QPainter>

// ZXing 1.4 returns UTF-8 std::string from Result::text() only with this defined.
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

namespace motcua {

namespace {

// ZXing reads 8-bit grey. A transparent image (QPdfDocument::render gives one) is painted
// onto white first, or its background reads as black.
QImage toGrey(const QImage& image)
{
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_Grayscale8);
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
    }
    return flat.convertToFormat(QImage::Format_Grayscale8);
}

ZXing::DecodeHints hintsFor(ZXing::BarcodeFormats formats)
{
    ZXing::DecodeHints hints;
    hints.setFormats(formats);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    return hints;
}

} // namespace

QList<DecodedBarcode> decodeBarcodes(const QImage& image)
{
    QList<DecodedBarcode> out;
    if (image.isNull())
        return out;
    const QImage grey = toGrey(image);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    const ZXing::Results results = ZXing::ReadBarcodes(view, hintsFor(ZXing::BarcodeFormat::Any));
    for (const ZXing::Result& r : results) {
        if (!r.isValid())
            continue;
        const std::string text = r.text();
        out.append({QString::fromLatin1(ZXing::ToString(r.format())),
                    QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()))});
    }
    return out;
}

Result<QString> decodeQrFromImage(const QImage& image)
{
    if (image.isNull())
        return Error::badInput(QCoreApplication::translate("motcua::BarcodeReader", "The image is empty."));
    const QImage grey = toGrey(image);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    const ZXing::Result r = ZXing::ReadBarcode(view, hintsFor(ZXing::BarcodeFormat::QRCode));
    if (!r.isValid()) {
        return Error::badInput(QCoreApplication::translate(
            "motcua::BarcodeReader", "No QR code was found in the image. Try a sharper picture, closer to the code."));
    }
    const std::string text = r.text();
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

Result<QString> decodeQrFromFile(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        return Error::badInput(QCoreApplication::translate("motcua::BarcodeReader", "Cannot read the image %1: %2")
                                   .arg(path, reader.errorString()));
    }
    return decodeQrFromImage(image);
}

} // namespace motcua
