#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QRectF>
#include <QVector>

class QPainter;

namespace motcua {

// A QR code as a square matrix of modules, made with libqrencode. Forms draw it as
// vector rectangles so it stays sharp in PDF and on paper.
class QrCode
{
public:
    static Result<QrCode> encode(const QByteArray& utf8, char level = 'M');

    int size() const { return m_size; }
    bool module(int x, int y) const { return m_modules.at(y * m_size + x); }

    // Paints the code, with its 4-module quiet zone, filling `target` (square).
    void paint(QPainter& painter, const QRectF& target) const;

private:
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace motcua
