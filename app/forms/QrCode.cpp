#include "forms/QrCode.h"

#include <QCoreApplication>
#include <QPainter>

#include <qrencode.h>

namespace motcua {

Result<QrCode> QrCode::encode(const QByteArray& utf8, char level)
{
    QRecLevel rec = QR_ECLEVEL_M;
    switch (level) {
    case 'L':
        rec = QR_ECLEVEL_L;
        break;
    case 'Q':
        rec = QR_ECLEVEL_Q;
        break;
    case 'H':
        rec = QR_ECLEVEL_H;
        break;
    default:
        break;
    }
    QRcode* raw = QRcode_encodeData(utf8.size(), reinterpret_cast<const unsigned char*>(utf8.constData()), 0, rec);
    if (!raw) {
        return Error::badInput(
            QCoreApplication::translate("motcua::QrCode", "The text is too long to fit in a QR code (%1 bytes).")
                .arg(utf8.size()));
    }
    QrCode code;
    code.m_size = raw->width;
    code.m_modules.resize(raw->width * raw->width);
    for (int i = 0; i < raw->width * raw->width; ++i)
        code.m_modules[i] = (raw->data[i] & 1) != 0;
    QRcode_free(raw);
    return code;
}

void QrCode::paint(QPainter& painter, const QRectF& target) const
{
    const int quiet = 4;
    const qreal unit = target.width() / (m_size + 2 * quiet);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(target, Qt::white);
    painter.setBrush(Qt::black);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (module(x, y)) {
                painter.drawRect(
                    QRectF(target.left() + (x + quiet) * unit, target.top() + (y + quiet) * unit, unit, unit));
            }
        }
    }
    painter.restore();
}

} // namespace motcua
