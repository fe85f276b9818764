#pragma once

#include "core/Result.h"
#include "store/DossierExportRepository.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace motcua {

enum class ListFormat { Csv, Json, Xlsx };
QString listFormatKey(ListFormat f); // "csv", "json", "xlsx"
bool listFormatFromKey(const QString& key, ListFormat* out);

// Writes an exported dossier list (DossierListService): code, procedure code, department code
// and name, channel (national KenhThucHien), national status code (TrangThaiHoSo), received,
// appointment, finished and returned (ISO 8601 with the +07:00 offset), as the periodic report
// counts them (finished only for dossiers the report counts as closed: processed or stopped);
// the applicant's columns when `personal`. Column titles are Vietnamese, like the report's.
class DossierListExport
{
public:
    static QStringList header(bool personal);
    static QList<QStringList> cells(const QList<DossierExportRow>& rows, bool personal);
    static Result<QByteArray> render(const QList<DossierExportRow>& rows, bool personal, ListFormat format);
    // "2026-02-13T15:00:00+07:00", empty for 0.
    static QString isoVietnam(qint64 secs);
};

} // namespace motcua
