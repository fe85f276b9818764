#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "store/DossierExportRepository.h"
#include "store/DossierRepository.h"

#include <optional>

namespace motcua {

class Database;
class Clock;

// The list a supervisor takes away: the dossiers a filter selects (the Dossiers page's, or a
// period and a department from `motcuactl dossiers`), with the columns the periodic report
// counts them by. The applicant's columns (name, ID number, phone, address) only for
// supervisors and administrators, and each such export is written to the audit log (how
// many dossiers, which filter; never the personal data itself).
class DossierListService
{
public:
    DossierListService(Database& db, const Clock& clock);

    // Forbidden when `personal` and the actor is below Supervisor. With `shown`, exactly those
    // dossiers in that order (the page's list while a search narrows it: the search's hits
    // that pass the filter) instead of every dossier the filter selects.
    Result<QList<DossierExportRow>> list(const Actor& actor, const DossierFilter& filter, bool personal,
                                         const std::optional<QList<qint64>>& shown = std::nullopt);

    // The filter `motcuactl dossiers` uses: received from..to (Vietnam days), optionally one
    // department, in the states the report counts (not registered online only, not refused).
    static DossierFilter periodFilter(const QDate& from, const QDate& to, std::optional<qint64> departmentId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace motcua
