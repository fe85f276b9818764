#include "forms/Code128.h"

#include <QCoreApplication>
#include <QPainter>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>
#include <string>

namespace motcua {

Result<Code128> Code128::encode(const QString& text)
{
    if (text.isEmpty())
        return Error::badInput(QCoreApplication::translate("motcua::Code128", "A barcode needs some text."));
    for (const QChar c : text) {
        if (c.unicode() < 32 || c.unicode() > 126) {
            return Error::badInput(QCoreApplication::translate(
                                       "motcua::Code128", "A Code 128 barcode holds printable ASCII only, not \"%1\".")
                                       .arg(c));
        }
    }
    Code128 code;
    try {
        // No quiet zone and the narrowest width: one pixel a module, in one row.
        const ZXing::BitMatrix bars =
            ZXing::MultiFormatWriter(ZXing::BarcodeFormat::Code128).setMargin(0).encode(text.toStdString(), 0, 1);
        code.m_modules.reserve(bars.width());
        for (int x = 0; x < bars.width(); ++x)
            code.m_modules += bars.get(x, 0) ? QLatin1Char('1') : QLatin1Char('0');
    } catch (const std::exception& e) {
        // The text was checked above, so this is ZXing refusing something it should take.
        return Error::internal(QCoreApplication::translate("motcua::Code128", "The barcode could not be drawn: %1")
                                   .arg(QString::fromStdString(e.what())));
    }
    if (code.m_modules.isEmpty())
        return Error::internal(
            QCoreApplication::translate("motcua::Code128", "The barcode could not be drawn: %1").arg(text));
    return code;
}

void Code128::paint(QPainter& painter, const QRectF& target, int quiet) const
{
    const QString& bits = m_modules;
    if (bits.isEmpty())
        return;
    const qreal unit = target.width() / (bits.size() + 2 * quiet);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(target, Qt::white);
    painter.setBrush(Qt::black);
    // One rectangle per bar (runs of '1'), not per module: fewer PDF objects, no hairline gaps.
    qsizetype x = 0;
    while (x < bits.size()) {
        if (bits.at(x) != QLatin1Char('1')) {
            ++x;
            continue;
        }
        qsizetype end = x;
        while (end < bits.size() && bits.at(end) == QLatin1Char('1'))
            ++end;
        painter.drawRect(QRectF(target.left() + (quiet + x) * unit, target.top(), (end - x) * unit, target.height()));
        x = end;
    }
    painter.restore();
}

} // namespace motcua
