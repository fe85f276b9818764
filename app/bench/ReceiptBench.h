#pragma once

#include <QList>
#include <QString>

#include <cmath>

namespace motcua {

class AppContext;

// One figure of the receipt benchmark, in the shape the bench program prints.
struct ReceiptFigure
{
    QString name;
    double value = 0;
    QString unit;
    double baseline = std::nan("");
    double targetMax = std::nan("");
};

// Form 01 at the counter (issue "Counter intake", benchmark): the receipt of a stored dossier
// rendered to PDF, cold (the first one: fonts are found and loaded) and warm (p50, p99; target
// p50 ≤ 40 ms), both as the counter does it (DossierForms::render: gather + lay out + QR +
// barcode + PDF) and as the renderer alone from gathered data. The baseline writes the same
// strings to a one-page A4 PDF with a bare QPdfWriter: no layout, no QR, no barcode — the
// floor of any PDF at all. Needs a QGuiApplication.
QList<ReceiptFigure> receiptFigures(AppContext& app, int iterations);

} // namespace motcua
