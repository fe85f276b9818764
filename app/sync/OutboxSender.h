#pragma once

#include "core/SyncTypes.h"
#include "sync/PortalClient.h"

#include <QList>

namespace motcua {

class SyncLane;

// Sends outbox rows to the portal: dossiers in batches (DongBoHoSoMC, add then update when the
// portal already has one), their history rows in chunks (CapNhatTienDoHoSoMC), attachments in
// chunks resumed from the portal's acknowledged offset (MC_TrangThaiTep, MC_TaiTep).
//
// A row is marked done only after the portal acknowledged it, in the same transaction that
// records what the portal now has; a batch the portal refuses is retried row by row so one bad
// dossier cannot hold back the others.
class OutboxSender
{
public:
    explicit OutboxSender(SyncLane& lane)
        : m_lane(lane)
    {}

    void sendDossiers();
    void sendHistory();
    void sendAttachments();

    // Answered failures (5xx, a garbled reply) an attachment's upload takes in one attempt before
    // it stops for the pass; each resumes from the portal's offset.
    static constexpr int kUploadRetries = 3;

private:
    // false: the kind must stop for this pass (transport failure, alarm).
    bool sendDossierGroup(const QList<OutboxItem>& items, bool updating);
    // What follows the portal's answer `r` to a batch sent whole.
    bool settleDossierGroup(const QList<OutboxItem>& items, bool updating, PortalAnswer r);
    bool sendOneDossier(const OutboxItem& item);
    bool sendHistoryChunk(const QList<OutboxItem>& items);
    bool settleHistoryChunk(const QList<OutboxItem>& items, const PortalAnswer& r);
    bool sendAttachment(const OutboxItem& item);
    void ackDossiers(const QList<OutboxItem>& items);
    void ack(SyncKind kind, const QList<OutboxItem>& items);
    // A refusal by the portal that concerns these rows only: failed, retried after back-off.
    void refuse(const QList<OutboxItem>& items, const PortalAnswer& reply);
    // A transport failure or an alarm: the rows count an attempt and wait.
    void fail(const QList<OutboxItem>& items, const QString& message);
    // A transfer that got no answer: the rows wait for the connection when the portal was not
    // reached at all (offline), otherwise they failed.
    void fail(const QList<OutboxItem>& items, const PortalAnswer& reply);

    SyncLane& m_lane;
};

} // namespace motcua
