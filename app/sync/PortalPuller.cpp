#include "sync/PortalPuller.h"
#include "store/SettingKeys.h"

#include "core/Clock.h"
#include "core/DossierJson.h"
#include "core/DossierState.h"
#include "core/Logging.h"
#include "core/PortalProtocol.h"
#include "core/Types.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Settings.h"
#include "store/SyncConflictRepository.h"
#include "sync/CataloguePull.h"
#include "sync/SyncLane.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace motcua {

namespace P = PortalProtocol;

namespace {

// The account central decisions are booked under; history rows of this account are not sent
// back to the portal (it made them).
const QString kPortalUser = QStringLiteral("portal");

Actor portalActor()
{
    Actor a;
    a.username = kPortalUser;
    a.fullName = QStringLiteral("Portal");
    a.role = Role::Admin;
    return a;
}

} // namespace

DossierCodeAllocator::LeaseSource PortalPuller::leaseSource(PortalClient& client, Database& db, int station)
{
    return [&client, &db, station](const QString& agency, const QString& day, int size) -> Result<CodeBlock> {
        auto blocks = DossierCodeAllocator::leasedBlocks(db, agency, day);
        if (!blocks)
            return blocks.error();
        const QString requestId = QStringLiteral("st%1-%2-%3-%4").arg(station).arg(agency, day).arg(*blocks + 1);
        const PortalAnswer r = client.leaseBlock(agency, day, size, requestId);
        if (!r.ok()) {
            if (r.outcome == PortalAnswer::Refused && r.code == P::Code::RangeUsedUp)
                return Error::conflict(QCoreApplication::translate(
                    "motcua::PortalPuller",
                    "The portal has no dossier numbers left for today; using this station's range."));
            return Error::conflict(r.message);
        }
        CodeBlock b;
        b.first = static_cast<int>(P::number(r.body.value(QStringLiteral("TuSo"))));
        b.last = static_cast<int>(P::number(r.body.value(QStringLiteral("DenSo"))));
        if (b.first < 1 || b.last < b.first)
            return Error::conflict(
                QCoreApplication::translate("motcua::PortalPuller", "The portal leased an empty number block."));
        return b;
    };
}

void PortalPuller::leaseAhead()
{
    const SyncKind kind = SyncKind::Lease;
    if (!m_lane.wants(kind) || m_lane.stopped() || !m_lane.due(kind))
        return;
    Settings settings(m_lane.db());
    const QString agency = settings.string(SettingKey::CenterAgencyCode);
    if (agency.isEmpty())
        return;
    DossierCodeAllocator::Config config;
    config.clock = &m_lane.clock();
    config.station = settings.integer(SettingKey::StationNumber);
    config.numbering.maxStations = settings.integer(SettingKey::CodeMaxStations);
    config.numbering.fallbackStart = settings.integer(SettingKey::CodeFallbackStart);
    config.numbering.blockSize = settings.integer(SettingKey::CodeBlockSize);
    DossierCodeAllocator allocator(m_lane.db(), config);
    allocator.setLeaseSource(leaseSource(m_lane.client(), m_lane.db(), config.station));
    const auto before = allocator.remaining(agency, toVietnam(m_lane.now()).date());
    const int requestsBefore = m_lane.client().requestCount();
    if (Status s = allocator.prefetch(agency, toVietnam(m_lane.now()).date()); !s) {
        PortalAnswer r;
        r.outcome = PortalAnswer::Transport;
        r.message = s.error().message;
        m_lane.bookFailure(kind, r);
        return;
    }
    const auto after = allocator.remaining(agency, toVietnam(m_lane.now()).date());
    if (before && after && after->leased > before->leased)
        m_lane.report().leased += after->leased - before->leased;
    // Enough numbers in hand: nothing was asked, which says nothing about the link (booking a
    // success here showed "online" with the portal down).
    if (m_lane.client().requestCount() == requestsBefore)
        return;
    m_lane.bookSuccess(kind);
}

bool PortalPuller::stateFromNational(int code, DossierState* out)
{
    static const DossierState map[] = {DossierState::Submitted,
                                       DossierState::Received,
                                       DossierState::Refused,
                                       DossierState::Processing,
                                       DossierState::SupplementRequested,
                                       DossierState::AwaitingFees,
                                       DossierState::Withdrawn,
                                       DossierState::Stopped,
                                       DossierState::Done,
                                       DossierState::Returned};
    if (code < 1 || code > 10)
        return false;
    *out = map[code - 1];
    return true;
}

Result<PortalPuller::Decision> PortalPuller::readDecision(Database& db, const QJsonObject& change)
{
    Decision d;
    d.code = change.value(QStringLiteral("MaHoSo")).toString();
    d.national = static_cast<int>(P::number(change.value(QStringLiteral("TrangThaiHoSo"))));
    if (d.code.isEmpty() || !stateFromNational(d.national, &d.target))
        return d;
    // A conflict the center returned names its own state, finer than the national status.
    DossierState exact;
    if (stateFromKey(change.value(QStringLiteral("MC_TrangThaiMoi")).toString(), &exact) &&
        nationalCode(exact) == d.national)
        d.target = exact;
    auto local = SyncConflictRepository(db).dossier(d.code);
    if (!local)
        return local.error();
    if (*local) {
        d.dossierId = (*local)->id;
        d.local = static_cast<DossierState>((*local)->state);
        d.department = (*local)->department;
    }
    return d;
}

Status PortalPuller::applyDecision(Database& db, const Decision& decision, const QJsonObject& change,
                                   const QDateTime& now)
{
    const QDateTime decidedAt = dossierjson::fromPortalTime(change.value(QStringLiteral("ThoiDiemXuLy")).toString());
    const QDateTime finished = dossierjson::fromPortalTime(change.value(QStringLiteral("NgayKetThucXuLy")).toString());
    const QDateTime returned = dossierjson::fromPortalTime(change.value(QStringLiteral("NgayTra")).toString());
    if (Status s = SyncConflictRepository(db).bookDecision(
            decision.dossierId, decision.department, static_cast<int>(decision.local),
            static_cast<int>(decision.target), finished, returned, decidedAt.isValid() ? decidedAt : now, kPortalUser,
            change.value(QStringLiteral("NoiDungXuLy")).toString(), now);
        !s)
        return s;
    return writeAudit(
        db, now, portalActor(), QStringLiteral("dossier.portal_status"), QStringLiteral("dossier"), decision.code,
        {{QStringLiteral("from"), stateKey(decision.local)}, {QStringLiteral("to"), stateKey(decision.target)}});
}

Result<int> PortalPuller::applyStatus(Database& db, const QJsonObject& change, const QDateTime& now)
{
    auto decision = readDecision(db, change);
    if (!decision)
        return decision.error();
    if (!decision->valid() || decision->dossierId == 0)
        return 0; // unknown status, or another station's dossier of the same center
    if (decision->alreadyApplied())
        return 0;
    const QString& code = decision->code;
    const int national = decision->national;
    // A local change the portal has not seen yet: keep both, never overwrite silently.
    SyncConflictRepository conflicts(db);
    auto unsent = conflicts.hasUnsentRecord(code);
    if (!unsent)
        return unsent.error();
    if (*unsent) {
        auto known = conflicts.hasOpenConflict(code, national);
        if (!known)
            return known.error();
        if (*known)
            return 0;
        if (Status s =
                conflicts.insertConflict(code, static_cast<int>(decision->local), national,
                                         QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)), now);
            !s)
            return s.error();
        return 2;
    }
    if (Status s = applyDecision(db, *decision, change, now); !s)
        return s.error();
    return 1;
}

void PortalPuller::pullStatus()
{
    const SyncKind kind = SyncKind::Status;
    if (!m_lane.wants(kind) || m_lane.stopped() || !m_lane.due(kind))
        return;
    for (int page = 0; page < 100 && !m_lane.stopped(); ++page) {
        const QString cursor = m_lane.store().value(QStringLiteral("status.cursor"), QStringLiteral("0"));
        const PortalAnswer r = m_lane.client().statusChanges(cursor, 500);
        if (!r.ok()) {
            m_lane.bookFailure(kind, r);
            return;
        }
        const QJsonArray changes = r.body.value(QStringLiteral("result")).toArray();
        // Changes and the cursor move together: after a crash the same changes come again,
        // and applying one twice does nothing (the state already matches).
        Transaction tx(m_lane.db());
        if (!tx.begun()) {
            m_lane.note(tx.begun().error().message);
            return;
        }
        for (const QJsonValue& v : changes) {
            auto applied = applyStatus(m_lane.db(), v.toObject(), m_lane.now());
            if (!applied) {
                m_lane.note(applied.error().message);
                return;
            }
            if (*applied == 1)
                ++m_lane.report().statusApplied;
            else if (*applied == 2)
                ++m_lane.report().conflicts;
        }
        const QString next = r.body.value(QStringLiteral("MocTiep")).toString();
        if (!next.isEmpty()) {
            if (Status s = m_lane.store().setValue(QStringLiteral("status.cursor"), next); !s) {
                m_lane.note(s.error().message);
                return;
            }
        }
        if (Status s = tx.commit(); !s) {
            m_lane.note(s.error().message);
            return;
        }
        if (!P::isTrue(r.body.value(QStringLiteral("ConNua"))) || next.isEmpty() || next == cursor)
            break;
    }
    m_lane.bookSuccess(kind);
}

void PortalPuller::pullCatalogue()
{
    // LayDanhSachTTHC + LayThuTuc into the versioned catalogue (CataloguePull.h).
    CataloguePull(m_lane).run();
}

} // namespace motcua
