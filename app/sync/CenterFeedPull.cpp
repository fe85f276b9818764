#include "sync/CenterFeedPull.h"
#include "store/SettingKeys.h"

#include "core/Logging.h"
#include "store/CenterFileRepository.h"
#include "store/Database.h"
#include "store/FeedRepository.h"
#include "store/Settings.h"
#include "sync/PortalClient.h"
#include "sync/PortalProtocol.h"
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
    d.submittedAt = PortalPuller::parsePortalTime(str(record, "NgayNopHoSo"));
    if (!d.receivedAt.isValid())
        d.receivedAt = d.submittedAt;
    if (!d.appointmentAt.isValid())
        d.appointmentAt = d.receivedAt;
}

QList<SupplementItem> readPapersAsked(const QJsonValue& value)
{
    QList<SupplementItem> out;
    for (const QJsonValue& v : value.toArray())
        out.append({str(v.toObject(), "TenGiayTo"), str(v.toObject(), "LyDo")});
    return out;
}

// The decision at intake, the supplements asked during processing and the apology letters
// (forms 02, 03 and 04): false when the details carry none of them (sent by an older
// workstation), and the copy keeps what it has.
bool readDecisions(const QJsonObject& x, Dossier& d)
{
    if (!x.contains(QLatin1String("BoSung")) || !x.contains(QLatin1String("XinLoi")))
        return false;
    d.intakeSupplement = readPapersAsked(x.value(QLatin1String("BoSungKhiTiepNhan")));
    d.intakeRefusal = str(x, "LyDoTuChoi");
    for (const QJsonValue& v : x.value(QLatin1String("BoSung")).toArray()) {
        const QJsonObject o = v.toObject();
        SupplementRequest r;
        r.requestedAt = PortalPuller::parsePortalTime(str(o, "ThoiDiemYeuCau"));
        r.requestedBy = str(o, "NguoiYeuCau");
        r.items = readPapersAsked(o.value(QLatin1String("GiayTo")));
        r.receivedAt = PortalPuller::parsePortalTime(str(o, "ThoiDiemNhan"));
        r.receivedBy = str(o, "NguoiNhan");
        r.pausedWorkingSeconds = qMax<qint64>(0, str(o, "SoGiayTamDung").toLongLong());
        r.appointmentBefore = PortalPuller::parsePortalTime(str(o, "HenTraTruoc"));
        r.appointmentAfter = PortalPuller::parsePortalTime(str(o, "HenTraSau"));
        d.supplements.append(r);
    }
    for (const QJsonValue& v : x.value(QLatin1String("XinLoi")).toArray()) {
        const QJsonObject o = v.toObject();
        Apology a;
        a.at = PortalPuller::parsePortalTime(str(o, "ThoiDiem"));
        a.by = str(o, "NguoiXinLoi");
        a.appointmentBefore = PortalPuller::parsePortalTime(str(o, "HenTraTruoc"));
        a.appointmentAfter = PortalPuller::parsePortalTime(str(o, "HenTraMoi"));
        a.reason = str(o, "LyDo");
        d.apologies.append(a);
    }
    return true;
}

// What the receiving counter recorded beyond the national fields (the record's "MC_ChiTiet",
// DossierService::counterDetails): false when the record carries none (sent by an older
// workstation), and the copy keeps what it has.
bool readDetails(const QJsonObject& record, Dossier& d, bool* decisions)
{
    const QJsonValue value = record.value(QLatin1String("MC_ChiTiet"));
    if (!value.isObject())
        return false;
    const QJsonObject x = value.toObject();
    *decisions = readDecisions(x, d);
    d.applicant.birthDate = QDate::fromString(str(x, "NgaySinh"), Qt::ISODate);
    d.applicant.gender = str(x, "GioiTinh");
    d.applicant.representative = str(x, "NguoiDaiDien");
    d.sets = qMax(1, str(x, "SoBo").toInt());
    d.notes = str(x, "GhiChu");
    d.appointmentRule = str(x, "CachTinhHen");
    if (const QString by = str(x, "NguoiTiepNhan"); !by.isEmpty())
        d.receivedBy = by;
    const QJsonArray papers = x.value(QLatin1String("TaiLieu")).toArray();
    for (qsizetype i = 0; i < papers.size() && i < d.components.size(); ++i) {
        const QJsonObject p = papers.at(i).toObject();
        DossierComponent& c = d.components[i];
        c.certifiedCopies = str(p, "SoBanChungThuc").toInt();
        c.photocopies = str(p, "SoBanPhoTo").toInt();
        c.provided = str(p, "DaNop") != QLatin1String("0");
    }
    const QJsonArray fees = x.value(QLatin1String("LePhi")).toArray();
    for (qsizetype i = 0; i < fees.size() && i < d.fees.size(); ++i)
        d.fees[i].overrideReason = str(fees.at(i).toObject(), "LyDoDieuChinh");
    for (const QJsonValue& v : x.value(QLatin1String("BanGiao")).toArray()) {
        const QJsonObject o = v.toObject();
        Handover h;
        h.eventKey = str(o, "MaTienDo");
        h.fromDepartmentCode = str(o, "TuPhongBan");
        h.toDepartmentCode = str(o, "DenPhongBan");
        h.handedAt = PortalPuller::parsePortalTime(str(o, "ThoiDiemGiao"));
        h.handedBy = str(o, "NguoiGiao");
        h.handedByName = str(o, "TenNguoiGiao");
        h.receivedAt = PortalPuller::parsePortalTime(str(o, "ThoiDiemNhan"));
        h.receivedBy = str(o, "NguoiNhan");
        h.receivedByName = str(o, "TenNguoiNhan");
        h.note = str(o, "GhiChu");
        d.handovers.append(h);
    }
    if (const QJsonValue back = x.value(QLatin1String("TraKetQua")); back.isObject()) {
        const QJsonObject o = back.toObject();
        ReturnRecord r;
        r.collectedAt = PortalPuller::parsePortalTime(str(o, "ThoiDiem"));
        r.collectorName = str(o, "NguoiNhan");
        r.collectorIdNumber = str(o, "SoGiayTo");
        for (const QJsonValue& paper : o.value(QLatin1String("GiayToKetQua")).toArray())
            r.resultPapers.append(paper.toString());
        r.feesSettled = str(o, "DaNopPhi") == QLatin1String("1");
        r.returnedBy = str(o, "NguoiTra");
        r.note = str(o, "GhiChu");
        if (r.collectedAt.isValid())
            d.returned = r;
    }
    return true;
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
    d.procedureCode = str(r, "MaTTHC");
    d.procedureName = str(r, "TenTTHC");
    const int channel = number(r, "KenhThucHien");
    d.channel = channel >= 1 && channel <= 3 ? static_cast<Channel>(channel) : Channel::Counter;
    const int type = number(r, "LoaiDoiTuong");
    d.applicant.type = type >= 1 && type <= 4 ? static_cast<ApplicantType>(type) : ApplicantType::Citizen;
    d.applicant.fullName = str(r, "ChuHoSo");
    d.applicant.idNumber = str(r, "SoGiayToChuHoSo");
    d.applicant.phone = str(r, "SoDienThoai");
    d.applicant.email = str(r, "Email");
    d.applicant.idFromQr = str(r, "MC_DocQRCanCuoc") == QLatin1String("1");
    d.summary = str(r, "TrichYeuHoSo");
    d.receivedAt = PortalPuller::parsePortalTime(str(r, "NgayTiepNhan"));
    d.appointmentAt = PortalPuller::parsePortalTime(str(r, "NgayHenTra"));
    if (!d.appointmentAt.isValid())
        d.appointmentAt = d.receivedAt;
    d.finishedAt = PortalPuller::parsePortalTime(str(r, "NgayKetThucXuLy"));
    d.returnedAt = PortalPuller::parsePortalTime(str(r, "NgayTra"));
    d.applicant.address = str(r, "DiaChiThuongTru");
    readOnline(row, r, d);
    if (d.procedureCode.isEmpty() || !d.receivedAt.isValid())
        return false;
    out->departmentName = str(r, "DonViXuLy");
    for (const QJsonValue& v : r.value(QLatin1String("TaiLieuNop")).toArray()) {
        const QJsonObject p = v.toObject();
        DossierComponent c;
        c.name = str(p, "TenGiayTo");
        c.originals = number(p, "SoBanChinh");
        c.photocopies = number(p, "SoBanSao");
        d.components.append(c);
    }
    for (const QJsonValue& v : r.value(QLatin1String("DanhSachLePhi")).toArray()) {
        const QJsonObject f = v.toObject();
        d.fees.append({str(f, "TenPhiLePhi"), Money(P::number(f.value(QLatin1String("MucPhi")))), QString()});
    }

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
        e.at = PortalPuller::parsePortalTime(str(h, "ThoiDiemXuLy"));
        e.username = str(h, "NguoiXuLy");
        e.note = str(h, "NoiDungXuLy");
        if (e.key.isEmpty() || !e.at.isValid() || !PortalPuller::stateFromNational(number(h, "TrangThai"), &e.to))
            continue;
        out->events.append(e);
    }
    d.receivedBy = out->events.isEmpty() ? QString() : out->events.first().username;
    out->detailed = readDetails(r, d, &out->decisions);
    return true;
}

void CenterFeedPull::run()
{
    const QString kind = SyncKind::feed();
    if (!m_lane.wants(kind) || m_lane.stopped() || !m_lane.due(kind))
        return;
    const int station = Settings(m_lane.db()).integer(SettingKey::StationNumber);
    const int page = qBound(1, m_lane.options().feedPage, 1000);
    qint64 total = -1;
    qint64 pulled = 0;
    for (;;) {
        if (m_lane.stopped())
            return;
        const QString cursor = m_lane.store().value(QStringLiteral("feed.cursor"), QStringLiteral("0"));
        QJsonObject fields{{QStringLiteral("TuMoc"), cursor}, {QStringLiteral("SoLuong"), QString::number(page)}};
        if (total < 0)
            fields.insert(QStringLiteral("DemConLai"), QStringLiteral("True"));
        auto asked = FeedRepository(m_lane.db()).outboxMark();
        if (!asked) {
            m_lane.note(asked.error().message);
            return;
        }
        const PortalAnswer r = m_lane.client().call(QStringLiteral("MC_LayHoSoTrungTam"), fields);
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
        FeedApplied applied;
        {
            Transaction tx(m_lane.db());
            if (!tx.begun()) {
                m_lane.note(tx.begun().error().message);
                return;
            }
            FeedRepository feed(m_lane.db());
            for (const QJsonValue& v : rows) {
                FeedDossier row;
                if (!readRow(v.toObject(), &row)) {
                    ++applied.skipped;
                    continue;
                }
                if (Status s = feed.apply(row, station, *asked, m_lane.now(), &applied); !s) {
                    m_lane.note(s.error().message);
                    return;
                }
                if (Status s = recordCenterFiles(row.dossier.code, v.toObject()); !s) {
                    m_lane.note(s.error().message);
                    return;
                }
            }
            if (!next.isEmpty()) {
                if (Status s = m_lane.store().setValue(QStringLiteral("feed.cursor"), next); !s) {
                    m_lane.note(s.error().message);
                    return;
                }
            }
            if (Status s = tx.commit(); !s) {
                m_lane.note(s.error().message);
                return;
            }
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
        if (!P::isTrue(r.body.value(QStringLiteral("ConNua"))) || next.isEmpty() || next == cursor)
            break;
    }
    qCInfo(lcSync) << "center feed:" << pulled << "dossiers read";
    m_lane.bookSuccess(kind);
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
