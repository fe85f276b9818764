#pragma once

#include "core/Result.h"
#include "scan/ScanTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua {

// Options of FileImporter.
struct ImportOptions
{
    int pdfDpi = 200;                   // resolution of rendered PDF pages
    ColourMode mode = ColourMode::Grey; // how the pages will be stored
    int maxPages = 200;                 // a larger file is refused rather than filling memory
};

// Papers that arrive as files (docs/architecture.md#scanning): PDF, JPEG, PNG and multi-page TIFF become pages of
// the pipeline, like scanned ones. PDF pages are rendered (QtPdf) at the import resolution;
// images keep theirs when the file states a plausible one, else they are taken as an A4 page;
// photos larger than 300 dpi on A4 are shrunk to 200 dpi.
class FileImporter
{
public:
    static Result<QList<ScanPage>> importFile(const QString& path, const ImportOptions& options = {});
    static Result<QList<ScanPage>> importData(const QByteArray& data, const QString& fileName,
                                              const ImportOptions& options = {});

    // Suffixes accepted ("pdf", "jpg", ...) and a filter for a file dialog.
    static QStringList suffixes();
    static QString dialogFilter();
    static bool isSupported(const QString& path);
};

} // namespace motcua
