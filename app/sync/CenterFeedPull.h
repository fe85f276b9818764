#pragma once

#include "core/SyncTypes.h"
#include "store/FeedRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace motcua {

class SyncLane;
struct PortalAnswer;

// The workstation's side of the center's dossier feed (MC_LayHoSoTrungTam, CenterFeed.h):
// pulls the dossiers written since the cursor kept in sync_state ('feed.cursor'), page by page,
// each page and the cursor after it in one transaction, so a catch-up stopped or killed at any
// moment goes on from the last page written. The next page is asked for before a page is
// written, so the center reads it while this station writes. A portal without the service (error 8) has no
// feed: nothing is pulled and nothing is booked.
class CenterFeedPull
{
public:
    explicit CenterFeedPull(SyncLane& lane)
        : m_lane(lane)
    {}

    void run();

    // The center refused a step of this station's outbox row (error 16): another counter acted
    // on the dossier first. Records the conflict with the center's side of it for the clerk and
    // answers false: the row waits. When the clerk already settled the conflict this row
    // caused, does what they chose instead and answers true: the row is done
    // (the center's side: the fresh record queued then replaces it) or goes out again as a step
    // from the state the center has now (this workstation's side).
    // A decision on an online submission (MC_MaHoSoTrucTuyen) is looked up by that reference.
    // When the center kept another counter's decision under another code (an acceptance, or a
    // refusal under the reference), this station's decision is given up at once
    // (FeedRepository::yieldOnline): the copy takes the center's code and state, a conflict naming
    // the voided code is recorded, the row is closed unsent, and the answer is true.
    static bool settleRefusedStep(SyncLane& lane, const OutboxItem& item, const PortalAnswer& refusal);

    // A feed row as the store writes it; false when it cannot be read (no code or status).
    static bool readRow(const QJsonObject& row, FeedDossier* out);

private:
    // The center's record `center` of online submission `ref` applied as a feed entry, and the
    // refused row `item` closed unsent, in one transaction. False when it could not be.
    static bool yieldOnlineDecision(SyncLane& lane, const OutboxItem& item, const QJsonObject& center,
                                    const QString& ref);

    // The feed row's files that are not here yet become center_files rows (fetched on demand,
    // CenterFileFetch), in the page's transaction.
    Status recordCenterFiles(const QString& code, const QJsonObject& row);
    // A page of the feed and the cursor after it (`next`, kept when not empty), in one
    // transaction.
    Status applyPage(const QJsonArray& rows, const QString& next, int station, const FeedRepository::OutboxMark& asked,
                     FeedApplied* applied);

    SyncLane& m_lane;
};

} // namespace motcua
