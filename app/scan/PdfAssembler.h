#pragma once

#include "core/Result.h"
#include "scan/PageEncoder.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua {

// Options of PdfAssembler.
struct PdfOptions
{
    PageEncoding encode;
    QString title;       // document title (never personal data: a component's name)
    QDateTime createdAt; // invalid: now
};

// Combines the pages of one component into one PDF (docs/architecture.md#scanning): each page exactly the size of
// the scanned area, its picture embedded as PageEncoder made it (JPEG as DCTDecode, 1-bit
// images as FlateDecode) and its text mask, if any, painted over it. The PDF objects are
// written here rather than through QPdfWriter, which would decode and re-encode every image
// and cannot keep a JPEG as is: a page costs its images plus ~400 bytes.
class PdfAssembler
{
public:
    // Encodes and combines `pages`; BadInput when there are none or one is empty.
    static Result<QByteArray> build(const QList<ScanPage>& pages, const PdfOptions& options = {});
    // Combines pages encoded already.
    static Result<QByteArray> assemble(const QList<EncodedPage>& pages, const PdfOptions& options = {});
};

} // namespace motcua
