// SyncService: the clerk's side of sync conflicts (schema 8 and 12, sync_conflicts). A conflict
// is recorded by the status pull (PortalPuller::applyStatus) when the portal decided a dossier
// that still has a local change not sent; here it is listed and settled one way or the other.
#include "sync/SyncService.h"

#include "core/Clock.h"
#include "core/DossierJson.h"
#include "core/DossierState.h"
#include "core/Logging.h"
#include "security/Roles.h"
#include "store/CatalogueRepository.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Journal.h"
#include "store/SyncConflictRepository.h"
#include "sync/PortalPuller.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace motcua {

namespace {

QString resolutionKey(ConflictResolution how)
{
    return how == ConflictResolution::Portal ? QStringLiteral("portal") : QStringLiteral("local");
}

QString nationalName(int national)
{
    DossierState s;
    if (!PortalPuller::stateFromNational(national, &s))
        return QCoreApplication::translate("motcua::SyncServiceConflicts", "unknown status %1").arg(national);
    return stateName(s);
}

} // namespace

Result<QList<SyncConflict>> SyncService::conflicts()
{
    auto rows = SyncConflictRepository(m_db).openConflicts();
    if (!rows)
        return rows.error();
    QList<SyncConflict> out;
    for (const ConflictRow& row : *rows) {
        SyncConflict c;
        c.id = row.id;
        c.dossierCode = row.dossierCode;
        c.applicant = row.applicant;
        c.localState = row.state;
        c.localStateName = stateName(static_cast<DossierState>(c.localState));
        c.portalState = row.portalState;
        c.portalStateName = nationalName(c.portalState);
        const QJsonObject portal = QJsonDocument::fromJson(row.portalJson.toUtf8()).object();
        c.portalNote = portal.value(QStringLiteral("NoiDungXuLy")).toString();
        c.portalDecidedAt = dossierjson::fromPortalTime(portal.value(QStringLiteral("ThoiDiemXuLy")).toString());
        c.detectedAt = row.detectedAt;
        c.dossierExists = row.dossierExists;
        c.voidedCode = portal.value(QStringLiteral("MC_MaHoSoBiHuy")).toString();
        if (!c.voidedCode.isEmpty()) {
            c.localState = row.localStateAtDetection;
            c.localStateName = stateName(static_cast<DossierState>(c.localState));
            const QString ref = portal.value(QStringLiteral("MC_MaHoSoTrucTuyen")).toString();
            // The voided code first: the note column shows its start, the full text in a tooltip.
            c.portalNote = c.voidedCode == ref
                               ? QCoreApplication::translate("motcua::SyncServiceConflicts",
                                                             "This workstation's decision is void: online submission "
                                                             "%1 was decided first at another counter, as %2.")
                                     .arg(ref, c.dossierCode)
                               : QCoreApplication::translate("motcua::SyncServiceConflicts",
                                                             "Receipt %1 of this workstation is void: online "
                                                             "submission %2 was decided first at another counter, as "
                                                             "%3.")
                                     .arg(c.voidedCode, ref, c.dossierCode);
        }
        out.append(c);
    }
    return out;
}

Status SyncService::resolveConflict(const Actor& actor, qint64 id, ConflictResolution how)
{
    if (Status s = requireRole(
            actor, Role::Clerk,
            QCoreApplication::translate("motcua::SyncServiceConflicts", "resolve synchronisation conflicts"));
        !s)
        return s;
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();

    SyncConflictRepository conflicts(m_db);
    auto record = conflicts.conflict(id);
    if (!record)
        return record.error();
    if (!*record) {
        return Error::notFound(
            QCoreApplication::translate("motcua::SyncServiceConflicts", "This conflict no longer exists."));
    }
    const QString code = (*record)->dossierCode;
    const int portalState = (*record)->portalState;
    const QJsonObject change = QJsonDocument::fromJson((*record)->portalJson.toUtf8()).object();
    const bool resolved = (*record)->resolved;
    if (resolved) {
        return Error::conflict(QCoreApplication::translate("motcua::SyncServiceConflicts",
                                                           "The conflict of dossier %1 has already been resolved.")
                                   .arg(code));
    }

    const QString voided = change.value(QStringLiteral("MC_MaHoSoBiHuy")).toString();
    if (!voided.isEmpty() && how == ConflictResolution::Local) {
        return Error::conflict(QCoreApplication::translate("motcua::SyncServiceConflicts",
                                                           "Online submission %1 was decided first at "
                                                           "another counter; the decision recorded here "
                                                           "under %2 cannot be kept.")
                                   .arg(change.value(QStringLiteral("MC_MaHoSoTrucTuyen")).toString(), voided));
    }
    // The copy took the center's code and state when the conflict was found: settling it
    // only records that the clerk saw it.
    const bool online = !voided.isEmpty();

    auto decision = PortalPuller::readDecision(m_db, change);
    if (!decision)
        return decision.error();
    if (!decision->valid() || decision->national != portalState || decision->code != code) {
        return Error::internal(
            QCoreApplication::translate("motcua::SyncServiceConflicts",
                                        "The portal's record of the conflict of dossier %1 cannot be read.")
                .arg(code));
    }
    if (decision->dossierId == 0) {
        return Error::notFound(
            QCoreApplication::translate("motcua::SyncServiceConflicts",
                                        "Dossier %1 no longer exists on this workstation; the conflict "
                                        "cannot be resolved.")
                .arg(code));
    }

    const DossierState before = decision->local;
    if (how == ConflictResolution::Portal && !online) {
        // The dossier may have moved since: nothing to book when it is already where the
        // portal put it.
        if (!decision->alreadyApplied()) {
            if (Status s = PortalPuller::applyDecision(m_db, *decision, change, now); !s)
                return s;
        }
        // Stored payloads go out as they are, so the pending record still carries the local
        // state: a newer record of the dossier as it is now supersedes it once acknowledged
        // (OutboxStore::markDossierAcked).
        DossierRepository dossiers(m_db);
        auto dossier = dossiers.byCode(code);
        if (!dossier)
            return dossier.error();
        QString departmentName;
        if (auto dept = CatalogueRepository(m_db).department(dossier->departmentCode))
            departmentName = dept->name;
        if (Status s =
                enqueueOutbox(m_db, now, SyncKind::Dossier, code, dossierjson::portalRecord(*dossier, departmentName));
            !s)
            return s;
    }

    if (Status s = conflicts.markResolved(id, resolutionKey(how), actor.username, now); !s)
        return s;

    QJsonObject details{{QStringLiteral("conflict"), id},
                        {QStringLiteral("resolution"), resolutionKey(how)},
                        {QStringLiteral("portal_state"), portalState},
                        {QStringLiteral("local"), stateKey(before)}};
    if (online)
        details.insert(QStringLiteral("voided"), voided);
    if (Status s = writeAudit(m_db, now, actor, QStringLiteral("sync.conflict_resolve"), QStringLiteral("dossier"),
                              code, details);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcSync) << "conflict" << id << "of dossier" << code << "resolved:" << resolutionKey(how);
    return {};
}

} // namespace motcua
