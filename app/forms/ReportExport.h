#pragma once

#include "core/PeriodicReport.h"
#include "core/Result.h"
#include "forms/FormData.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace motcua {

class Settings;

enum class ReportFormat { Pdf, Xlsx, Csv, Json };
QString reportFormatKey(ReportFormat f); // "pdf", "xlsx", "csv", "json": also the file suffix
bool reportFormatFromKey(const QString& key, ReportFormat* out);

// The periodic report as a file: PDF (ReportPdf, needs a QGuiApplication), XLSX (ReportXlsx),
// CSV (UTF-8 with a byte order mark, so spreadsheet programs read the Vietnamese text right) or
// JSON (stable keys, for scripts). The dashboard's export dialog and `motcuactl report` both
// come through here.
class ReportExport
{
public:
    static Result<QByteArray> render(const PeriodicReport& report, const IssuingUnit& unit, ReportFormat format);

    // RFC 4180 (CRLF, quoted when needed) after a UTF-8 BOM: header, one line per row, the total.
    static QByteArray toCsv(const PeriodicReport& report);
    static QJsonObject toJson(const PeriodicReport& report);

    // The center's name, parent body and place (settings center.*), as the forms print them.
    static IssuingUnit unitFromSettings(Settings& settings);
};

} // namespace motcua
