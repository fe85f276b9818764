#pragma once

#include "core/Result.h"
#include "forms/ProcessingFormData.h"
#include "forms/ProcessingWording.h"

#include <QByteArray>

namespace motcua {

// Renders the processing forms to PDF with QPdfWriter (A4, Noto Serif; the ledger in
// landscape) and the ledger to CSV. Needs a QGuiApplication for the PDFs (fonts).
class ProcessingFormRenderer
{
public:
    // Form 04: apology letter with the new appointment.
    static Result<QByteArray> apology(const ApologyFormData& data,
                                      const ProcessingWording& wording = ProcessingWording::standard());
    // Form 05: processing control slip, one row per hand-over.
    static Result<QByteArray> controlSlip(const ControlSlipFormData& data,
                                          const ProcessingWording& wording = ProcessingWording::standard());
    // Form 06: the ledger, landscape, the column header repeated on every page.
    static Result<QByteArray> ledger(const LedgerFormData& data,
                                     const ProcessingWording& wording = ProcessingWording::standard());
    // Form 06 as CSV: UTF-8 with a byte order mark (so spreadsheet programs read Vietnamese
    // right), CRLF line ends, RFC 4180 quoting, the same columns as the PDF.
    static QByteArray ledgerCsv(const LedgerFormData& data,
                                const ProcessingWording& wording = ProcessingWording::standard());

    // The cells of one ledger row, as printed (also the CSV's fields).
    static QStringList ledgerCells(const LedgerRow& row, const ProcessingWording& wording);
};

} // namespace motcua
