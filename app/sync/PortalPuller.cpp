#include "sync/PortalPuller.h"
#include "store/SettingKeys.h"

#include "core/Clock.h"
#include "core/DossierState.h"
#include "core/Logging.h"
#include "core/Types.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Settings.h"
#include "sync/CataloguePull.h"
#include "sync/PortalProtocol.h"
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
        Statement& st = db.prepare(
            QStringLiteral("SELECT count(*) FROM code_blocks WHERE agency = ?1 AND day = ?2 AND source = 'lease'"));
        st.bind(1, agency).bind(2, day);
        const int blocks = st.next() ? st.integer(0) : 0;
        st.reset();
        const QString requestId = QStringLiteral("st%1-%2-%3-%4").arg(station).arg(agency, day).arg(blocks + 1);
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
    const QString kind = SyncKind::lease();
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

QDateTime PortalPuller::parsePortalTime(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, u"yyyyMMddHHmmss");
    if (!t.isValid())
        return {};
    t.setTimeZone(vietnamZone());
    return t.toUTC();
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
    Statement& sel = db.prepare(QStringLiteral("SELECT id, state, department_id FROM dossiers WHERE code = ?1"));
    sel.bind(1, d.code);
    if (sel.next()) {
        d.dossierId = sel.int64(0);
        d.local = static_cast<DossierState>(sel.integer(1));
        d.department = sel.int64(2);
        sel.reset();
    }
    if (Status s = sel.error(); !s)
        return s.error();
    return d;
}

Status PortalPuller::applyDecision(Database& db, const Decision& decision, const QJsonObject& change,
                                   const QDateTime& now)
{
    const QDateTime decidedAt = parsePortalTime(change.value(QStringLiteral("ThoiDiemXuLy")).toString());
    const QDateTime finished = parsePortalTime(change.value(QStringLiteral("NgayKetThucXuLy")).toString());
    const QDateTime returned = parsePortalTime(change.value(QStringLiteral("NgayTra")).toString());
    Statement& upd = db.prepare(QStringLiteral(
        "UPDATE dossiers SET state = ?1, finished_at = coalesce(?2, finished_at), returned_at = coalesce(?3, "
        "returned_at), updated_at = ?4 WHERE id = ?5"));
    upd.bind(1, static_cast<int>(decision.target))
        .bind(2, finished)
        .bind(3, returned)
        .bind(4, now)
        .bind(5, decision.dossierId);
    if (Status s = upd.exec(); !s)
        return s;
    Statement& ev = db.prepare(
        QStringLiteral("INSERT INTO dossier_events (dossier_id, at, username, from_state, to_state, from_department, "
                       "to_department, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7)"));
    ev.bind(1, decision.dossierId)
        .bind(2, decidedAt.isValid() ? decidedAt : now)
        .bind(3, kPortalUser)
        .bind(4, static_cast<int>(decision.local))
        .bind(5, static_cast<int>(decision.target))
        .bind(6, decision.department)
        .bind(7, change.value(QStringLiteral("NoiDungXuLy")).toString());
    if (Status s = ev.exec(); !s)
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
    Statement& pending = db.prepare(
        QStringLiteral("SELECT 1 FROM outbox WHERE kind = 'dossier' AND entity_key = ?1 AND state <> 'done' LIMIT 1"));
    pending.bind(1, code);
    const bool unsent = pending.next();
    pending.reset();
    if (unsent) {
        Statement& known = db.prepare(QStringLiteral("SELECT 1 FROM sync_conflicts WHERE dossier_code = ?1 AND "
                                                     "portal_state = ?2 AND resolved_at IS NULL"));
        known.bind(1, code).bind(2, national);
        const bool exists = known.next();
        known.reset();
        if (exists)
            return 0;
        Statement& ins = db.prepare(
            QStringLiteral("INSERT INTO sync_conflicts (dossier_code, local_state, portal_state, portal_json, "
                           "detected_at) VALUES (?1, ?2, ?3, ?4, ?5)"));
        ins.bind(1, code)
            .bind(2, static_cast<int>(decision->local))
            .bind(3, national)
            .bind(4, QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)))
            .bind(5, now);
        if (Status s = ins.exec(); !s)
            return s.error();
        return 2;
    }
    if (Status s = applyDecision(db, *decision, change, now); !s)
        return s.error();
    return 1;
}

void PortalPuller::pullStatus()
{
    const QString kind = SyncKind::status();
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
