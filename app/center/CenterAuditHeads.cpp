#include "center/CenterAuditHeads.h"

#include "center/CenterLog.h"

namespace motcua {

Result<PortalAuditVerdict> CenterAuditHeads::record(const PortalAuditHead& report, qint64 now)
{
    const std::string mac = report.mac.toHex().toStdString();
    return m_db.transact<PortalAuditVerdict>([&](pqxx::work& w) -> Result<PortalAuditVerdict> {
        // The station's row exists from its first report on; locked for this check.
        w.exec_params("INSERT INTO audit_heads (station, seq, mac, reported_at) VALUES ($1, 0, '', $2)"
                      " ON CONFLICT (station) DO NOTHING",
                      report.station, now);
        const pqxx::result kept =
            w.exec_params("SELECT seq, mac FROM audit_heads WHERE station = $1 FOR UPDATE", report.station);
        const qint64 keptSeq = kept[0][0].as<qint64>();
        const std::string keptMac = kept[0][1].as<std::string>();

        QString reason;
        if (keptSeq > 0) {
            if (report.seq < keptSeq && report.fromBundle) {
                // A bundle imported after later heads came online: nothing to learn from it.
                w.commit();
                return PortalAuditVerdict{true, QString(), keptSeq};
            }
            if (report.seq < keptSeq) {
                reason = QStringLiteral("backwards");
            } else if (report.seq == keptSeq) {
                if (mac != keptMac)
                    reason = QStringLiteral("changed");
            } else {
                reason = QStringLiteral("unlinked");
                for (const auto& [seq, earlierMac] : report.earlier) {
                    if (seq != keptSeq)
                        continue;
                    reason = earlierMac.toHex().toStdString() == keptMac ? QString() : QStringLiteral("changed");
                    break;
                }
            }
        }
        if (!reason.isEmpty()) {
            w.exec_params("INSERT INTO audit_head_alerts (station, reason, kept_seq, kept_mac, reported_seq,"
                          " reported_mac, first_at, last_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)"
                          " ON CONFLICT (station, reason, kept_seq, reported_seq, reported_mac)"
                          " DO UPDATE SET last_at = $7, times = audit_head_alerts.times + 1",
                          report.station, reason.toStdString(), keptSeq, keptMac, report.seq, mac, now);
            w.commit();
            qCWarning(lcCenter).noquote() << "audit trail head refused: station" << report.station << "reason" << reason
                                          << "kept sequence" << keptSeq << "reported sequence" << report.seq;
            return PortalAuditVerdict{false, reason, keptSeq};
        }
        w.exec_params("UPDATE audit_heads SET seq = $2, mac = $3, reported_at = $4, reports = reports + 1"
                      " WHERE station = $1",
                      report.station, report.seq, mac, now);
        w.commit();
        return PortalAuditVerdict{true, QString(), report.seq};
    });
}

Result<QList<CenterAuditHeads::Head>> CenterAuditHeads::heads()
{
    return m_db.transact<QList<Head>>([](pqxx::work& w) -> Result<QList<Head>> {
        const pqxx::result r = w.exec("SELECT h.station, h.seq, h.mac, h.reported_at, h.reports,"
                                      " (SELECT count(*) FROM audit_head_alerts a WHERE a.station = h.station)"
                                      " FROM audit_heads h ORDER BY h.station");
        QList<Head> out;
        for (const auto& row : r) {
            Head h;
            h.station = row[0].as<int>();
            h.seq = row[1].as<qint64>();
            h.mac = CenterDatabase::text(row[2]);
            h.reportedAt = row[3].as<qint64>();
            h.reports = row[4].as<qint64>();
            h.alerts = row[5].as<int>();
            out.append(h);
        }
        w.commit();
        return out;
    });
}

Result<QList<CenterAuditHeads::Alert>> CenterAuditHeads::alerts()
{
    return m_db.transact<QList<Alert>>([](pqxx::work& w) -> Result<QList<Alert>> {
        const pqxx::result r =
            w.exec("SELECT station, reason, kept_seq, reported_seq, first_at, last_at, times FROM audit_head_alerts"
                   " ORDER BY last_at DESC, id DESC");
        QList<Alert> out;
        for (const auto& row : r) {
            Alert a;
            a.station = row[0].as<int>();
            a.reason = CenterDatabase::text(row[1]);
            a.keptSeq = row[2].as<qint64>();
            a.reportedSeq = row[3].as<qint64>();
            a.firstAt = row[4].as<qint64>();
            a.lastAt = row[5].as<qint64>();
            a.times = row[6].as<int>();
            out.append(a);
        }
        w.commit();
        return out;
    });
}

} // namespace motcua
