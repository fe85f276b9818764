#pragma once

#include "core/DossierState.h"
#include "core/Result.h"
#include "core/Types.h"

#include <QList>
#include <QString>

namespace motcua {

class Database;

// One line of an exported dossier list (the Dossiers page's export, `motcuactl dossiers`).
// Instants are UTC epoch seconds, 0 when unset. The personal columns are read only on request.
struct DossierExportRow
{
    qint64 id = 0;
    QString code;
    QString procedureCode;
    QString departmentCode;
    QString departmentName;
    Channel channel = Channel::Counter;
    DossierState state = DossierState::Received;
    qint64 receivedAt = 0;
    qint64 appointmentAt = 0;
    qint64 finishedAt = 0;
    qint64 returnedAt = 0;
    // Personal (supervisors only).
    QString applicantName;
    QString idNumber;
    QString phone;
    QString address;
};

class DossierExportRepository
{
public:
    explicit DossierExportRepository(Database& db);
    // The rows of these dossiers, in the order given; `personal` reads the applicant's columns.
    Result<QList<DossierExportRow>> rows(const QList<qint64>& ids, bool personal);

private:
    Database& m_db;
};

} // namespace motcua
