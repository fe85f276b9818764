#pragma once

#include "core/DossierState.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua {

class Database;

// A dossier that is with a department now (its last hand-over went there), open.
struct QueueRow
{
    qint64 id = 0;
    QString code;
    QString procedureName;
    qint64 departmentId = 0; // where it is
    QString departmentCode;
    DossierState state = DossierState::Transferred;
    bool takenUp = true; // false: handed over, not yet received there
    QDateTime receivedAt;
    QDateTime appointmentAt; // UTC; invalid: none
};

// The department queues (service/DepartmentQueue): reads only.
class DepartmentQueueRepository
{
public:
    explicit DepartmentQueueRepository(Database& db)
        : m_db(db)
    {}

    // Open dossiers whose last hand-over went to one of `departmentCodes`, the nearest
    // appointment first.
    Result<QList<QueueRow>> queue(const QStringList& departmentCodes);
    // The catalogue code of a department; empty for 0 (the counter) or an unknown id.
    Result<QString> departmentCode(qint64 departmentId);

private:
    Database& m_db;
};

} // namespace motcua
