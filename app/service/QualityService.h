#pragma once

#include "core/QualityIndex.h"
#include "core/Result.h"

#include <QDate>

#include <optional>

namespace motcua {

class Database;

// The national service-quality index over a period of Vietnam calendar days, computed from this
// center's own dossiers (core/QualityIndex.h). Reads only; the Dashboard's index section and
// `motcuactl quality` use it.
class QualityService
{
public:
    explicit QualityService(Database& db);

    // BadInput for a reversed or invalid range; the definition's error if it cannot be read.
    Result<QualityReport> compute(const QDate& from, const QDate& to, std::optional<qint64> departmentId = {});

    // The quarter before the one `today` falls in (the Dashboard's default period).
    static std::pair<QDate, QDate> previousQuarter(const QDate& today);

private:
    Database& m_db;
};

} // namespace motcua
