#include "sync/AuditHeadReport.h"

#include "core/Logging.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/OutboxStore.h"
#include "sync/SyncLane.h"

#include <QJsonArray>

namespace motcua {

namespace AuditHeadReport {

namespace {
const QString kReported = QStringLiteral("audit.reported");
// The center's answer for a head that goes back or an earlier one that changed.
constexpr int kChainRefused = 16;
constexpr int kUnknownService = 8;

QList<qint64> reported(OutboxStore& store)
{
    QList<qint64> out;
    const QStringList parts = store.value(kReported).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& p : parts) {
        bool ok = false;
        const qint64 seq = p.toLongLong(&ok);
        if (ok && seq > 0)
            out.append(seq);
    }
    return out;
}
} // namespace

Result<std::optional<QJsonObject>> request(Database& db, OutboxStore& store, int station)
{
    const Result<AuditHead> head = auditHead(db);
    if (!head)
        return head.error();
    if (head->seq <= 0)
        return std::optional<QJsonObject>();
    QJsonArray earlier;
    for (const qint64 seq : reported(store)) {
        if (seq > head->seq)
            continue; // the center sees the head go back: nothing to add
        const Result<QByteArray> mac = auditMacAt(db, seq);
        if (!mac)
            return mac.error();
        earlier.append(QJsonObject{{QStringLiteral("ThuTu"), QString::number(seq)},
                                   {QStringLiteral("Mac"), QString::fromLatin1(mac->toHex())}});
    }
    return std::optional<QJsonObject>(QJsonObject{{QStringLiteral("service"), QStringLiteral("MC_DauChuoi")},
                                                  {QStringLiteral("May"), QString::number(station)},
                                                  {QStringLiteral("ThuTu"), QString::number(head->seq)},
                                                  {QStringLiteral("Mac"), QString::fromLatin1(head->mac.toHex())},
                                                  {QStringLiteral("Truoc"), earlier}});
}

Status remember(OutboxStore& store, qint64 seq)
{
    QList<qint64> seqs = reported(store);
    if (seqs.contains(seq))
        return {};
    seqs.append(seq);
    while (seqs.size() > kEarlier)
        seqs.removeFirst();
    QStringList parts;
    for (const qint64 s : seqs)
        parts.append(QString::number(s));
    return store.setValue(kReported, parts.join(QLatin1Char(',')));
}

void send(SyncLane& lane)
{
    if (lane.stopped())
        return;
    const Result<std::optional<QJsonObject>> built = request(lane.db(), lane.store(), lane.config().station);
    if (!built) {
        lane.note(built.error().message);
        return;
    }
    if (!*built)
        return;
    QJsonObject fields = **built;
    fields.remove(QStringLiteral("service"));
    const PortalAnswer r = lane.client().call(QStringLiteral("MC_DauChuoi"), fields);
    if (r.reached)
        lane.report().reached = true;
    if (r.ok()) {
        if (Status s = remember(lane.store(), fields.value(QStringLiteral("ThuTu")).toString().toLongLong()); !s)
            lane.note(s.error().message);
        return;
    }
    if (r.outcome == PortalAnswer::Refused && r.code == kUnknownService)
        return;
    if (r.outcome == PortalAnswer::Refused && r.code == kChainRefused)
        qCWarning(lcSync).noquote() << "the center refused the audit trail's head:" << r.message;
    lane.note(r.message);
}

} // namespace AuditHeadReport

} // namespace motcua
