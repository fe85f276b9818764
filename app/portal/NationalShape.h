#pragma once

#include <QJsonObject>
#include <QString>

namespace motcua {

// The shape of the national one-stop system's dossier sync as real integrations send it
// (docs/protocol.md, section 11): every value a string, dates yyyyMMddHHmmss, codes from
// short lists, and only the fields of the two generations of the dossier record. Used by the
// reference portal's national endpoint to refuse what the national system would refuse.
class NationalShape
{
public:
    // An empty string when `record` (one element of DongBoHoSoMC's "data") has the national
    // shape; otherwise a message for people naming the first wrong field by its path under
    // `path` (e.g. "data[0].TaiLieuNop[1].DuocSoHoa").
    static QString checkDossier(const QJsonObject& record, const QString& path);
    // The same for one row of CapNhatTienDoHoSoMC.
    static QString checkHistoryRow(const QJsonObject& row, const QString& path);
    // A date of the wire: "" or a real yyyyMMddHHmmss.
    static bool validDate(const QString& text);
};

} // namespace motcua
