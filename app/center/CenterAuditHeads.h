#pragma once

#include "center/CenterDatabase.h"
#include "portal/PortalBackend.h"

#include <QList>
#include <QString>

namespace motcua {

// The workstations' audit trail heads at the center (schema 005, PROTOCOL.md 3.16).
//
// Each station's last head (sequence, MAC) is kept. A new report is accepted when it continues
// it: the same head again, or a later one that carries, among the MACs of earlier heads, the
// kept head with the kept MAC. Otherwise it is refused, the kept head stays, and an alert is
// recorded and logged as a warning:
//   backwards  the reported head is older than the kept one (rows removed, or an old copy);
//   changed    the kept head's sequence comes with another MAC (the trail was rewritten);
//   unlinked   a later head without the kept one among its earlier heads (a restored backup,
//              or a trail rebuilt from scratch).
class CenterAuditHeads
{
public:
    struct Head
    {
        int station = 0;
        qint64 seq = 0;
        QString mac;
        qint64 reportedAt = 0;
        qint64 reports = 0;
        int alerts = 0;
    };
    struct Alert
    {
        int station = 0;
        QString reason;
        qint64 keptSeq = 0;
        qint64 reportedSeq = 0;
        qint64 firstAt = 0;
        qint64 lastAt = 0;
        int times = 0;
    };

    explicit CenterAuditHeads(CenterDatabase& db)
        : m_db(db)
    {}

    // One report, in one transaction.
    Result<PortalAuditVerdict> record(const PortalAuditHead& report, qint64 now);
    Result<QList<Head>> heads();
    Result<QList<Alert>> alerts();

private:
    CenterDatabase& m_db;
};

} // namespace motcua
