#pragma once

#include "core/QualityIndex.h"
#include "core/Result.h"

#include <optional>

namespace motcua {

class Database;

// Reads the facts the service-quality index needs (QualityDossier) for a period: the dossiers
// received in [start, end) and those whose processing ended or whose result was handed back in
// it, with their supplement requests, papers handed in, and papers with a file attached here.
class QualityRepository
{
public:
    explicit QualityRepository(Database& db);
    Result<QList<QualityDossier>> facts(qint64 start, qint64 end, std::optional<qint64> departmentId);

private:
    Database& m_db;
};

} // namespace motcua
