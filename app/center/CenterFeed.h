#pragma once

#include "center/CenterDatabase.h"
#include "core/Result.h"
#include "portal/PortalBackend.h"
#include "portal/PortalReply.h"

#include <QJsonObject>
#include <QList>
#include <QSet>

#include <optional>

namespace motcua {

// The center's dossier feed and the order of steps on a dossier (schema 003).
//
// MC_LayHoSoTrungTam {"TuMoc": cursor, "SoLuong": n, "DemConLai": "True"|""} answers the
// dossiers written since the cursor, oldest write first: each with its record as the stations
// sent it ("HoSo"), the status decided centrally, the workstation state of the last step
// ("TinhTrang"), its history rows ("TienDo") and its files ("Tep"); "MocTiep" is the cursor
// for the next page, "ConNua" says more wait, "ConLai" (when asked) how many. The cursor is
// opaque ("0" at first).
//
// A station's step is a dossier record that carries MC_TrangThaiTruoc (the workstation state
// it was taken from) and MC_TrangThaiMoi (the state it leads to). It is applied only when the
// center's dossier is still in the state the step starts from and the state machine allows
// the move (core/DossierState.h); otherwise the whole request is refused with a conflict, so
// the second of two counters acting on one dossier while apart is told, never overwritten.
class CenterFeed
{
public:
    static QString serviceName() { return QStringLiteral("MC_LayHoSoTrungTam"); }

    explicit CenterFeed(CenterDatabase& db)
        : m_db(db)
    {}

    // The reply to one MC_LayHoSoTrungTam request.
    PortalReply serve(const QJsonObject& request);

    // Inside the transaction of a DongBoHoSoMC update: locks the rows' dossiers and checks each
    // step; a Conflict naming the first refused dossier, or nothing.
    static std::optional<Error> checkSteps(pqxx::work& w, const QList<PortalDossierRow>& rows);
    // Decisions on online submissions (records with "MC_MaHoSoTrucTuyen", PROTOCOL.md 3.19), in
    // the update's transaction before checkSteps: the first decision wins (an acceptance moves
    // the dossier, its history and file links to the new code), the same decision again is a
    // resend, any other is refused (16) naming the dossier.
    // `accepted`, when given, receives the codes an acceptance moved a submission to: an add of
    // such a row updates the moved row instead of inserting one.
    static std::optional<Error> decideOnline(pqxx::work& w, const QList<PortalDossierRow>& rows,
                                             QSet<QString>* accepted = nullptr);

    // Cursor text <-> position; false for a cursor this center never handed out.
    static bool parseCursor(const QString& text, QString* xid, QString* code);

private:
    CenterDatabase& m_db;
};

} // namespace motcua
