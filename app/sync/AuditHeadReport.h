#pragma once

#include "core/Result.h"

#include <QJsonObject>

#include <optional>

namespace motcua {

class Database;
class OutboxStore;
class SyncLane;

/*
 * The head of the audit trail goes to the center with every sync pass and in every offline
 * bundle (service MC_DauChuoi, PROTOCOL.md 3.16): the newest sealed row's sequence and MAC, and
 * the MACs this database holds now for the heads it reported before. The center keeps the last
 * head of each station; a head that goes back, or an earlier head whose MAC is no longer the
 * one reported, means the trail was rewritten after it left, and the center flags it.
 *
 * The sequences already reported are kept in sync_state ("audit.reported", the last few), so
 * the center finds its own among them whichever way (online or bundle) the last one went.
 */
namespace AuditHeadReport {

// How many earlier heads go with each report.
constexpr int kEarlier = 8;

// The MC_DauChuoi request for this database (service field included); nullopt when the trail
// has no sealed row yet (a plain database). `station`: this workstation's number (0: none).
Result<std::optional<QJsonObject>> request(Database& db, OutboxStore& store, int station);
// After a head went out (answered online, or written into a bundle): its sequence joins the
// reported ones.
Status remember(OutboxStore& store, qint64 seq);
// One report in a sync pass. A refusal by the center (error 16) is noted in the pass's errors
// and logged; a portal that does not know the service (8) keeps no heads and is left alone.
void send(SyncLane& lane);

} // namespace AuditHeadReport

} // namespace motcua
