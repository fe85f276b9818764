#pragma once

#include "core/Result.h"

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace motcua {

// A Code 128 barcode (ISO/IEC 15417) of printable ASCII, for the dossier code on form 01.
// Code set B carries the text; runs of digits switch to code set C (two digits a symbol),
// which keeps "000.00.00.H34-260213-0001" short enough to scan from paper. Painted as
// vector bars so it stays sharp in PDF.
class Code128
{
public:
    // Values of the special symbols.
    enum : int { CodeC = 99, CodeB = 100, StartB = 104, StartC = 105, Stop = 106 };

    // Printable ASCII (32..126) only; anything else, or empty text, is BadInput.
    static Result<Code128> encode(const QString& text);

    // Symbol values: start, data, check symbol, Stop.
    const QList<int>& symbols() const { return m_symbols; }
    // The bar pattern as modules, '1' a bar and '0' a space, without quiet zones.
    QString modules() const;
    int moduleCount() const;

    // The 6 element widths of a symbol value (bar, space, bar, space, bar, space), 7 for Stop.
    static QString pattern(int value);

    // Paints the bars, with `quiet` modules of blank on either side, filling `target`.
    void paint(QPainter& painter, const QRectF& target, int quiet = 10) const;

private:
    QList<int> m_symbols;
};

} // namespace motcua
