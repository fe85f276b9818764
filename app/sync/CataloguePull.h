#pragma once

#include "core/Result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace motcua {

class SyncLane;

/*
 * The catalogue lane: the procedure catalogue pulled from the portal through the national
 * services (PROTOCOL.md 3.4, 3.5) into the versioned local catalogue.
 *
 * 1. LayDanhSachTTHC lists the procedures, page by page when the portal pages (it answers
 *    "ConNua": "True"; a portal that does not page answers everything at once). Each entry may
 *    carry a version ("PHIENBAN") and an effective date ("NGAYHIEULUC").
 * 2. LayThuTuc fetches only the procedures whose version is new or changed since the last
 *    pull (sync_state "catalogue.procedures"). A portal that gives no version gets every
 *    procedure fetched, and a procedure whose content hash is unchanged is not imported again.
 * 3. The fetched procedures are imported by CatalogueService as one catalogue version per
 *    effective date (a changed date gives a new version; the same date replaces that version
 *    of the procedure in place), all in one transaction with the remembered versions.
 *
 * Anything wrong (a transport failure, a reply that is not a procedure, a record the importer
 * refuses) books a failure of the catalogue kind with a message naming the procedure, and
 * the catalogue stays exactly as it was.
 *
 * The record imported is the portal's "MC_BanGhi" (our catalogue record, lossless) when the
 * reply carries one, else the national record mapped by recordFromNational(). Departments come
 * from this station's catalogue; only when a procedure names a department unknown here is the
 * center's department list fetched with MC_LayDanhMuc (its "departments"; no national service
 * lists a center's own departments).
 */
class CataloguePull
{
public:
    explicit CataloguePull(SyncLane& lane)
        : m_lane(lane)
    {}

    void run();

    // A national LayThuTuc procedure (docs/domain.md#the-national-portal) as a record of our catalogue file
    // shape (service/CatalogueImporter.h); BadInput naming what is missing.
    static Result<QJsonObject> recordFromNational(const QJsonObject& national);
    // The procedure record of one LayThuTuc reply body for `code`: MC_BanGhi or the national
    // record mapped; BadInput when the reply holds no procedure with that code.
    static Result<QJsonObject> recordFromReply(const QJsonObject& body, const QString& code);
    // The effective date a portal date text gives ("yyyyMMdd", "yyyyMMddHHmmss", "yyyy-MM-dd");
    // invalid when empty or unreadable.
    static QDate portalDate(const QString& text);

private:
    SyncLane& m_lane;
};

} // namespace motcua
