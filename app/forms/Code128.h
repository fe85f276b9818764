#pragma once

#include "core/Result.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace motcua {

// A Code 128 barcode (ISO/IEC 15417) of printable ASCII, for the dossier code on form 01.
// ZXing's writer chooses the code sets (runs of digits go to code set C, two digits a symbol,
// which keeps "000.00.00.H34-260213-0001" short enough to scan from paper) and adds the check
// symbol; this class keeps the bar pattern and paints it as vector bars, sharp in PDF.
class Code128
{
public:
    // Printable ASCII (32..126) only; anything else, or empty text, is BadInput.
    static Result<Code128> encode(const QString& text);

    // The bar pattern as modules, '1' a bar and '0' a space, without quiet zones.
    QString modules() const { return m_modules; }
    int moduleCount() const { return static_cast<int>(m_modules.size()); }

    // Paints the bars, with `quiet` modules of blank on either side, filling `target`.
    void paint(QPainter& painter, const QRectF& target, int quiet = 10) const;

private:
    QString m_modules;
};

} // namespace motcua
