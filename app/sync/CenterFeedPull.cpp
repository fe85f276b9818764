#include "sync/CenterFeedPull.h"
#include "store/SettingKeys.h"

#include "core/DossierJson.h"
#include "core/Logging.h"
#include "core/PortalProtocol.h"
#include "store/CenterFileRepository.h"
#include "store/Database.h"
#include "store/FeedRepository.h"
#include "store/Settings.h"
#include "sync/PortalClient.h"
#include "sync/PortalPuller.h"
#include "sync/SyncLane.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace motcua {

namespace P = PortalProtocol;

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

int number(const QJsonObject& o, const char* key)
{
    return static_cast<int>(P::number(o.value(QLatin1String(key))));
}

// An online submission (the entry names its national reference): channel online, the time it
// was filed, and, until a clerk receives it, that time in place of the receipt.
void readOnline(const QJsonObject& row, const QJsonObject& record, Dossier& d)
{
    d.onlineRef = str(row, "MaHoSoTrucTuyen");
    if (d.onlineRef.isEmpty())
        return;
    d.channel = Channel::Online;
    d.submittedAt = dossierjson::fromPortalTime(str(record, "NgayNopHoSo"));
    if (!d.receivedAt.isValid())
        d.receivedAt = d.submittedAt;
    if (!d.appointmentAt.isValid())
        d.appointmentAt = d.receivedAt;
}

} // namespace

bool CenterFeedPull::readRow(const QJsonObject& row, FeedDossier* out)
{
    const QJsonObject r = row.value(QLatin1String("HoSo")).toObject();
    Dossier& d = out->dossier;
    d.code = str(row, "MaHoSo");
    if (d.code.isEmpty() || str(r, "MaHoSo") != d.code)
        return false;
    out->mark = str(row, "Moc");
    dossierjson::readPortalRecord(r, d);
    readOnline(row, r, d);
    if (d.procedureCode.isEmpty() || !d.receivedAt.isValid())
        return false;
    out->departmentName = str(r, "DonViXuLy");

    // The state: the workstation state of the last step when nothing was decided centrally
    // since, else the national status.
    // (The center forgets the step's state when it decides, so a step's state is the newer.)
    const QString central = str(row, "TrangThaiTrungTam");
    DossierState state;
    if (stateFromKey(str(row, "TinhTrang"), &state)) {
        out->state = state;
    } else {
        const int national = central.isEmpty() ? number(r, "TrangThaiHoSo") : central.toInt();
        if (!PortalPuller::stateFromNational(national, &out->state))
            return false;
    }
    for (const QJsonValue& v : row.value(QLatin1String("TienDo")).toArray()) {
        const QJsonObject h = v.toObject();
        FeedEvent e;
        e.key = str(h, "MaTienDo");
        e.station = P::historyRowStation(e.key);
        e.at = dossierjson::fromPortalTime(str(h, "ThoiDiemXuLy"));
        e.username = str(h, "NguoiXuLy");
        e.note = str(h, "NoiDungXuLy");
        if (e.key.isEmpty() || !e.at.isValid() || !PortalPuller::stateFromNational(number(h, "TrangThai"), &e.to))
            continue;
        out->events.append(e);
    }
    d.receivedBy = out->events.isEmpty() ? QString() : out->events.first().username;
    out->detailed = dossierjson::readCounterDetails(r, d, &out->decisions);
    return true;
}

void CenterFeedPull::run()
{
    const SyncKind kind = SyncKind::Feed;
    if (!m_lane.wants(kind) || m_lane.stopped() || !m_lane.due(kind))
        return;
    const int station = Settings(m_lane.db()).integer(SettingKey::StationNumber);
    const int page = qBound(1, m_lane.options().feedPage, 1000);
    PortalClient& client = m_lane.client();
    // Asks for the page after `from`. The outbox as it stands just before the center is asked
    // tells this station's changes the answer cannot know yet (FeedRepository::apply).
    auto ask = [&](const QString& from, bool count) -> std::optional<FeedRepository::OutboxMark> {
        auto mark = FeedRepository(m_lane.db()).outboxMark();
        if (!mark) {
            m_lane.note(mark.error().message);
            return std::nullopt;
        }
        QJsonObject fields{{QStringLiteral("TuMoc"), from}, {QStringLiteral("SoLuong"), QString::number(page)}};
        if (count)
            fields.insert(QStringLiteral("DemConLai"), QStringLiteral("True"));
        client.start(QStringLiteral("MC_LayHoSoTrungTam"), fields);
        return std::move(*mark);
    };
    qint64 total = -1;
    qint64 pulled = 0;
    QString cursor = m_lane.store().value(QStringLiteral("feed.cursor"), QStringLiteral("0"));
    std::optional<FeedRepository::OutboxMark> asked = ask(cursor, true);
    if (!asked)
        return;
    for (;;) {
        const PortalAnswer r = client.finish();
        if (r.outcome == PortalAnswer::Refused && r.code == P::Code::UnknownService)
            return; // a portal, not a center: no feed
        if (!r.ok()) {
            m_lane.bookFailure(kind, r);
            return;
        }
        if (total < 0)
            total = P::number(r.body.value(QStringLiteral("ConLai")));
        const QJsonArray rows = r.body.value(QStringLiteral("result")).toArray();
        const QString next = r.body.value(QStringLiteral("MocTiep")).toString();
        const bool more = P::isTrue(r.body.value(QStringLiteral("ConNua"))) && !next.isEmpty() && next != cursor;
        // The next page is asked for before this one is written: the center reads it meanwhile.
        std::optional<FeedRepository::OutboxMark> nextAsked;
        if (more && !m_lane.stopped()) {
            nextAsked = ask(next, false);
            if (!nextAsked)
                return;
        }
        FeedApplied applied;
        if (Status s = applyPage(rows, next, station, *asked, &applied); !s) {
            m_lane.note(s.error().message);
            if (nextAsked)
                client.finish(); // the answer read and set aside: one call at a time
            return;
        }
        pulled += rows.size();
        m_lane.report().feedDossiers += applied.added + applied.moved;
        m_lane.report().conflicts += applied.conflicts;
        if (applied.skipped > 0) {
            m_lane.note(QCoreApplication::translate(
                "motcua::CenterFeedPull",
                "%n dossier(s) of the center name a procedure this workstation does not know.", nullptr,
                applied.skipped));
        }
        if (m_lane.options().feedProgress)
            m_lane.options().feedProgress(pulled, std::max(total, pulled));
        if (!more)
            break;
        if (m_lane.stopped()) {
            if (nextAsked)
                client.finish(); // the page asked for ahead stays unwritten: read and set aside
            return;
        }
        cursor = next;
        asked = std::move(nextAsked);
    }
    qCInfo(lcSync) << "center feed:" << pulled << "dossiers read";
    m_lane.bookSuccess(kind);
}

Status CenterFeedPull::applyPage(const QJsonArray& rows, const QString& next, int station,
                                 const FeedRepository::OutboxMark& asked, FeedApplied* applied)
{
    Transaction tx(m_lane.db());
    if (!tx.begun())
        return tx.begun();
    FeedRepository feed(m_lane.db());
    for (const QJsonValue& v : rows) {
        FeedDossier row;
        if (!readRow(v.toObject(), &row)) {
            ++applied->skipped;
            continue;
        }
        if (Status s = feed.apply(row, station, asked, m_lane.now(), applied); !s)
            return s;
        if (Status s = recordCenterFiles(row.dossier.code, v.toObject()); !s)
            return s;
    }
    if (!next.isEmpty()) {
        if (Status s = m_lane.store().setValue(QStringLiteral("feed.cursor"), next); !s)
            return s;
    }
    return tx.commit();
}

Status CenterFeedPull::recordCenterFiles(const QString& code, const QJsonObject& row)
{
    return CenterFileRepository(m_lane.db())
        .recordFromFeed(code, row.value(QLatin1String("Tep")).toArray(), m_lane.now());
}

bool CenterFeedPull::yieldOnlineDecision(SyncLane& lane, const OutboxItem& item, const QJsonObject& center,
                                         const QString& ref)
{
    // The center's record in the shape of a feed entry, applied as the feed would: the copy
    // takes the center's code and state, and this station's decision becomes a conflict.
    FeedDossier row;
    QJsonObject entry{{QStringLiteral("MaHoSo"), center.value(QStringLiteral("MaHoSo"))},
                      {QStringLiteral("HoSo"), center},
                      {QStringLiteral("MaHoSoTrucTuyen"), ref},
                      {QStringLiteral("TrangThaiTrungTam"), center.value(QStringLiteral("TrangThaiTrungTam"))}};
    const QString step = center.value(QStringLiteral("MC_TrangThaiMoi")).toString();
    if (!step.isEmpty() && center.value(QStringLiteral("TrangThaiTrungTam")).toString().isEmpty())
        entry.insert(QStringLiteral("TinhTrang"), step);
    if (!readRow(entry, &row))
        return false;
    row.refusedHere = true;
    const int station = Settings(lane.db()).integer(SettingKey::StationNumber);
    FeedRepository feed(lane.db());
    Transaction tx(lane.db());
    if (!tx.begun()) {
        lane.note(tx.begun().error().message);
        return false;
    }
    auto asked = feed.outboxMark();
    if (!asked) {
        lane.note(asked.error().message);
        return false;
    }
    FeedApplied applied;
    if (Status s = feed.apply(row, station, *asked, lane.now(), &applied); !s) {
        lane.note(s.error().message);
        return false;
    }
    // The refused row itself (voided with its decision, unless a feed page did that first).
    if (Status s = feed.supersede(item.id, lane.now(), QStringLiteral("voided")); !s) {
        lane.note(s.error().message);
        return false;
    }
    if (Status s = tx.commit(); !s) {
        lane.note(s.error().message);
        return false;
    }
    lane.report().conflicts += applied.conflicts;
    return true;
}

bool CenterFeedPull::settleRefusedStep(SyncLane& lane, const OutboxItem& item, const PortalAnswer& refusal)
{
    const QString code = item.entityKey;
    const QJsonObject record =
        item.payload.isEmpty() ? QJsonDocument::fromJson(item.payloadJson).object() : item.payload;
    // A decision on an online submission names it by its online reference: an acceptance's new
    // code is unknown to the center when another counter's decision was taken first.
    const QString ref = record.value(QStringLiteral("MC_MaHoSoTrucTuyen")).toString();
    // The center's side as it is now, in the shape of a central status change, so the conflicts
    // page shows it and settling it "the center's way" moves the dossier there.
    const PortalAnswer found =
        lane.client().call(QStringLiteral("TraCuuHoSo"), {{QStringLiteral("mahoso"), ref.isEmpty() ? code : ref}});
    const QJsonArray result = found.body.value(QStringLiteral("result")).toArray();
    if (!found.ok() || result.isEmpty()) {
        lane.note(refusal.message);
        return false;
    }
    const QJsonObject center = result.first().toObject();
    // Only a decision on the submission carries the reference, and the center refuses one only
    // when it holds another (another code, or another decision under the reference).
    const bool otherDecision = center.value(QStringLiteral("MaHoSo")).toString() != code ||
                               center.value(QStringLiteral("MC_TrangThaiMoi")).toString() !=
                                   record.value(QStringLiteral("MC_TrangThaiMoi")).toString();
    if (!ref.isEmpty() && otherDecision) {
        if (yieldOnlineDecision(lane, item, center, ref))
            return true;
        lane.note(refusal.message);
        return false;
    }
    FeedRepository feed(lane.db());
    auto settled = feed.settledFor(item.id);
    if (!settled) {
        lane.note(settled.error().message);
        return false;
    }
    if (*settled == QLatin1String("portal")) {
        if (Status s = feed.supersede(item.id, lane.now()); !s) {
            lane.note(s.error().message);
            return false;
        }
        return true;
    }
    const QString centerState = center.value(QStringLiteral("MC_TrangThaiMoi")).toString();
    DossierState known;
    if (*settled == QLatin1String("local") && stateFromKey(centerState, &known)) {
        if (Status s = feed.resendOnTop(item.id, code, record, centerState, lane.now()); !s) {
            lane.note(s.error().message);
            return false;
        }
        return true;
    }
    const int status = static_cast<int>(P::number(center.value(QStringLiteral("MaTrangThai"))));
    const QJsonObject change{{QStringLiteral("MaHoSo"), code},
                             {QStringLiteral("TrangThaiHoSo"), QString::number(status)},
                             {QStringLiteral("NoiDungXuLy"), refusal.message},
                             {QStringLiteral("NguoiXuLy"), QString()},
                             {QStringLiteral("ThoiDiemXuLy"), QString()},
                             {QStringLiteral("NgayKetThucXuLy"), center.value(QStringLiteral("NgayKetThucXuLy"))},
                             {QStringLiteral("NgayTra"), center.value(QStringLiteral("NgayTra"))},
                             {QStringLiteral("MC_HangDoi"), QString::number(item.id)},
                             // The center's own state, finer than the national status (4 is
                             // transferred, processing or supplement received): settled the
                             // center's way, the dossier takes exactly this one.
                             {QStringLiteral("MC_TrangThaiMoi"), centerState}};
    auto recorded = feed.recordConflict(code, status, QJsonDocument(change).toJson(QJsonDocument::Compact), lane.now());
    if (!recorded) {
        lane.note(recorded.error().message);
        return false;
    }
    if (*recorded) {
        ++lane.report().conflicts;
        qCInfo(lcSync) << "step on dossier" << code << "refused by the center: conflict recorded";
    }
    return false;
}

} // namespace motcua
