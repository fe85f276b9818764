#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

class QImage;

namespace motcua {

// A barcode found in an image.
struct DecodedBarcode
{
    QString format; // "QRCode", "Code128", ... (ZXing's names)
    QString text;   // UTF-8 decoded
};

// Reading barcodes from images with ZXing: the ID card QR from a photo or a scan (intake),
// and the codes printed on our own forms (tests).

// The text of the first QR code in the image; BadInput when there is none.
Result<QString> decodeQrFromImage(const QImage& image);
// The same from an image file (PNG, JPEG, ...); BadInput when it cannot be read.
Result<QString> decodeQrFromFile(const QString& path);
// Every QR code and linear barcode found in the image.
QList<DecodedBarcode> decodeBarcodes(const QImage& image);

} // namespace motcua
