// DossierService, second half: the dossier as JSON, both ours (toJson, fromJson, the
// `dossier show --json` shape) and the portal record (toPortalJson).
#include "service/DossierService.h"

#include "service/DossierFields.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/SupplementItems.h"
#include "core/TextFold.h"
#include "core/TextRules.h"
#include "security/Roles.h"
#include "service/CalendarService.h"
#include "service/CatalogueService.h"
#include "service/IntakeRules.h"
#include "store/Database.h"
#include "store/DossierCodeAllocator.h"
#include "store/DossierRepository.h"
#include "store/IntakeRepository.h"
#include "store/Journal.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace motcua {

using namespace dossierfields;

// JSON shape (motcuactl dossier create / show):
// {"procedure": "1.002010", "channel": "counter", "sets": 1, "summary": "...", "notes": "...",
//  "received_at": "2026-02-13T15:00:00+07:00" (optional; before today: supervisors, with
//  "received_at_reason"),
//  "applicant": {"type": "citizen", "name": "...", "id_number": "...", "birth_date": "YYYY-MM-DD",
//                "gender": "Nam", "address": "...", "phone": "...", "email": "...", "representative": "",
//                "id_from_qr": false (the name and ID number were read from the chip card's QR)},
//  "components": [{"component_id": 12, "name": "...", "originals": 1, "certified_copies": 0,
//                  "photocopies": 0, "provided": true}] (optional: the procedure's required ones),
//  "fees": [{"name": "...", "amount_vnd": 25000, "override_reason": ""}] (optional: the catalogue's)}
Result<Dossier> DossierService::fromJson(const QJsonObject& json)
{
    Dossier d;
    d.procedureCode = json.value(QStringLiteral("procedure")).toString().trimmed();
    if (d.procedureCode.isEmpty())
        return fieldError(QStringLiteral("procedure"),
                          QCoreApplication::translate("motcua::DossierServiceJson", "the procedure code is required."));
    const QString channel = json.value(QStringLiteral("channel")).toString(QStringLiteral("counter"));
    if (!channelFromKey(channel, &d.channel))
        return fieldError(QStringLiteral("channel"),
                          QCoreApplication::translate("motcua::DossierServiceJson",
                                                      "unknown channel \"%1\" (counter, online, postal).")
                              .arg(channel));
    const QJsonValue sets = json.value(QStringLiteral("sets"));
    if (!sets.isUndefined() && (!sets.isDouble() || sets.toDouble() != sets.toInt()))
        return fieldError(QStringLiteral("sets"),
                          QCoreApplication::translate("motcua::DossierServiceJson", "a whole number is expected."));
    d.sets = sets.toInt(1);
    d.summary = json.value(QStringLiteral("summary")).toString();
    d.notes = json.value(QStringLiteral("notes")).toString();
    d.receivedAtReason = json.value(QStringLiteral("received_at_reason")).toString();
    const QString received = json.value(QStringLiteral("received_at")).toString();
    if (!received.isEmpty()) {
        d.receivedAt = parseInstant(received);
        if (!d.receivedAt.isValid())
            return fieldError(
                QStringLiteral("received_at"),
                QCoreApplication::translate("motcua::DossierServiceJson", "not an ISO 8601 date and time: \"%1\".")
                    .arg(received));
    }

    const QJsonObject a = json.value(QStringLiteral("applicant")).toObject();
    if (a.isEmpty())
        return fieldError(QStringLiteral("applicant"),
                          QCoreApplication::translate("motcua::DossierServiceJson", "the applicant is required."));
    const QString type = a.value(QStringLiteral("type")).toString(QStringLiteral("citizen"));
    if (!applicantTypeFromKey(type, &d.applicant.type)) {
        return fieldError(
            QStringLiteral("applicant.type"),
            QCoreApplication::translate("motcua::DossierServiceJson",
                                        "unknown applicant type \"%1\" (citizen, enterprise, state_agency, other).")
                .arg(type));
    }
    d.applicant.fullName = a.value(QStringLiteral("name")).toString().trimmed();
    d.applicant.idNumber = a.value(QStringLiteral("id_number")).toString().trimmed();
    const QString birth = a.value(QStringLiteral("birth_date")).toString();
    if (!birth.isEmpty()) {
        d.applicant.birthDate = QDate::fromString(birth, Qt::ISODate);
        if (!d.applicant.birthDate.isValid())
            return fieldError(
                QStringLiteral("applicant.birth_date"),
                QCoreApplication::translate("motcua::DossierServiceJson", "not a date (YYYY-MM-DD): \"%1\".")
                    .arg(birth));
    }
    d.applicant.gender = a.value(QStringLiteral("gender")).toString();
    d.applicant.address = a.value(QStringLiteral("address")).toString();
    d.applicant.phone = a.value(QStringLiteral("phone")).toString().trimmed();
    d.applicant.email = a.value(QStringLiteral("email")).toString().trimmed();
    d.applicant.representative = a.value(QStringLiteral("representative")).toString();
    d.applicant.idFromQr = a.value(QStringLiteral("id_from_qr")).toBool(false);

    const QJsonArray components = json.value(QStringLiteral("components")).toArray();
    for (int i = 0; i < components.size(); ++i) {
        const QJsonObject c = components.at(i).toObject();
        DossierComponent dc;
        dc.componentId = c.value(QStringLiteral("component_id")).toInteger();
        dc.name = c.value(QStringLiteral("name")).toString();
        dc.originals = c.value(QStringLiteral("originals")).toInt();
        dc.certifiedCopies = c.value(QStringLiteral("certified_copies")).toInt();
        dc.photocopies = c.value(QStringLiteral("photocopies")).toInt();
        dc.provided = c.value(QStringLiteral("provided")).toBool(true);
        d.components.append(dc);
    }
    const QJsonArray fees = json.value(QStringLiteral("fees")).toArray();
    for (int i = 0; i < fees.size(); ++i) {
        const QJsonObject f = fees.at(i).toObject();
        const QJsonValue amount = f.value(QStringLiteral("amount_vnd"));
        if (!amount.isDouble() || amount.toDouble() != static_cast<double>(amount.toInteger())) {
            return fieldError(
                QStringLiteral("fees[%1].amount_vnd").arg(i),
                QCoreApplication::translate("motcua::DossierServiceJson", "a whole number of đồng is expected."));
        }
        d.fees.append({f.value(QStringLiteral("name")).toString(), Money(amount.toInteger()),
                       f.value(QStringLiteral("override_reason")).toString()});
    }
    return d;
}

QJsonArray DossierService::componentsToJson(const QList<DossierComponent>& list)
{
    QJsonArray components;
    for (const DossierComponent& c : list) {
        components.append(QJsonObject{{QStringLiteral("component_id"), c.componentId},
                                      {QStringLiteral("name"), c.name},
                                      {QStringLiteral("originals"), c.originals},
                                      {QStringLiteral("certified_copies"), c.certifiedCopies},
                                      {QStringLiteral("photocopies"), c.photocopies},
                                      {QStringLiteral("provided"), c.provided}});
    }
    return components;
}

QJsonArray DossierService::feesToJson(const QList<DossierFee>& list)
{
    QJsonArray fees;
    for (const DossierFee& f : list) {
        fees.append(QJsonObject{{QStringLiteral("name"), f.name},
                                {QStringLiteral("amount_vnd"), f.amount.toVnd()},
                                {QStringLiteral("override_reason"), f.overrideReason}});
    }
    return fees;
}

QJsonObject DossierService::toJson(const Dossier& d)
{
    const QJsonArray components = DossierService::componentsToJson(d.components);
    const QJsonArray fees = DossierService::feesToJson(d.fees);
    const Applicant& a = d.applicant;
    return QJsonObject{
        {QStringLiteral("code"), d.code},
        {QStringLiteral("procedure"), d.procedureCode},
        {QStringLiteral("procedure_name"), d.procedureName},
        {QStringLiteral("department"), d.departmentCode},
        {QStringLiteral("channel"), channelKey(d.channel)},
        {QStringLiteral("state"), stateKey(d.state)},
        {QStringLiteral("status_code"), nationalCode(d.state)},
        {QStringLiteral("sets"), d.sets},
        {QStringLiteral("summary"), d.summary},
        {QStringLiteral("notes"), d.notes},
        {QStringLiteral("received_at"), isoVietnam(d.receivedAt)},
        {QStringLiteral("appointment"), isoVietnam(d.appointmentAt)},
        {QStringLiteral("appointment_rule"), d.appointmentRule},
        {QStringLiteral("finished_at"), isoVietnam(d.finishedAt)},
        {QStringLiteral("returned_at"), isoVietnam(d.returnedAt)},
        {QStringLiteral("received_by"), d.receivedBy},
        {QStringLiteral("fee_total_vnd"), d.totalFees().toVnd()},
        {QStringLiteral("applicant"),
         QJsonObject{
             {QStringLiteral("type"), applicantTypeKey(a.type)},
             {QStringLiteral("name"), a.fullName},
             {QStringLiteral("id_number"), a.idNumber},
             {QStringLiteral("birth_date"), a.birthDate.isValid() ? a.birthDate.toString(Qt::ISODate) : QString()},
             {QStringLiteral("gender"), a.gender},
             {QStringLiteral("address"), a.address},
             {QStringLiteral("phone"), a.phone},
             {QStringLiteral("email"), a.email},
             {QStringLiteral("representative"), a.representative},
             {QStringLiteral("id_from_qr"), a.idFromQr}}},
        {QStringLiteral("components"), components},
        {QStringLiteral("fees"), fees},
    };
}

QJsonObject DossierService::toPortalJson(const Dossier& d, const QString& departmentName)
{
    // The facts the national service-quality index reads (PROTOCOL.md, 3.1), from what the app
    // really records: a paper is digitized when a file scanned or imported here is attached to
    // it (a checklist tick is not); the result files attached here; fees are paid in cash at the
    // counter (no online payment exists here); no account is checked against VNeID or the
    // population database. Reading the ID card's QR is sent as our own flag, not as a check.
    const QString no = QStringLiteral("0");
    const QString yes = QStringLiteral("1");
    QJsonArray papers;
    bool anyDigitized = false;
    for (const DossierComponent& c : d.components) {
        const bool digitized = c.provided && c.digitized;
        anyDigitized = anyDigitized || digitized;
        papers.append(QJsonObject{{QStringLiteral("TenGiayTo"), c.name},
                                  {QStringLiteral("SoBanChinh"), QString::number(c.originals)},
                                  {QStringLiteral("SoBanSao"), QString::number(c.certifiedCopies + c.photocopies)},
                                  {QStringLiteral("DuocSoHoa"), digitized ? yes : no}});
    }
    QJsonArray fees;
    for (const DossierFee& f : d.fees) {
        fees.append(QJsonObject{{QStringLiteral("TenPhiLePhi"), f.name},
                                {QStringLiteral("MucPhi"), QString::number(f.amount.toVnd())}});
    }
    QJsonArray results;
    for (const ResultFile& r : d.resultFiles) {
        results.append(QJsonObject{{QStringLiteral("TenGiayTo"), r.fileName.left(1999)},
                                   {QStringLiteral("GiayToId"), QString::number(r.attachmentId)},
                                   {QStringLiteral("MaTep"), r.sha256},
                                   {QStringLiteral("DuongDanTepTinKetQua"), QString()}});
    }
    // Result papers named at return without a file of their own (paper handed over).
    for (const QString& p : d.resultPapers)
        results.append(QJsonObject{{QStringLiteral("TenGiayTo"), p.left(1999)}});
    const bool hasFees = d.totalFees().toVnd() > 0;
    QJsonObject record{
        {QStringLiteral("MaHoSo"), d.code},
        {QStringLiteral("MaTTHC"), d.procedureCode},
        {QStringLiteral("TenTTHC"), d.procedureName},
        {QStringLiteral("KenhThucHien"), QString::number(static_cast<int>(d.channel))},
        {QStringLiteral("ChuHoSo"), d.applicant.fullName},
        {QStringLiteral("SoGiayToChuHoSo"), d.applicant.idNumber},
        {QStringLiteral("LoaiDoiTuong"), QString::number(static_cast<int>(d.applicant.type))},
        {QStringLiteral("SoDienThoai"), d.applicant.phone},
        {QStringLiteral("Email"), d.applicant.email},
        {QStringLiteral("TrichYeuHoSo"), d.summary},
        {QStringLiteral("NgayTiepNhan"), portalTime(d.receivedAt)},
        {QStringLiteral("NgayHenTra"), portalTime(d.appointmentAt)},
        {QStringLiteral("TrangThaiHoSo"), QString::number(nationalCode(d.state))},
        {QStringLiteral("NgayKetThucXuLy"), portalTime(d.finishedAt)},
        {QStringLiteral("NgayTra"), portalTime(d.returnedAt)},
        {QStringLiteral("DonViXuLy"), departmentName},
        {QStringLiteral("TaiLieuNop"), papers},
        {QStringLiteral("HoSoCoThanhPhanSoHoa"), anyDigitized ? yes : no},
        {QStringLiteral("DanhSachLePhi"), fees},
        {QStringLiteral("DuocThanhToanTrucTuyen"), no},
        {QStringLiteral("MC_HinhThucThanhToan"), hasFees ? yes : QString()},
        {QStringLiteral("DanhSachGiayToKetQua"), results},
        {QStringLiteral("HinhThuc"), no},
        {QStringLiteral("TaiKhoanDuocXacThucVoiVNeID"), no},
        {QStringLiteral("MC_DocQRCanCuoc"), d.applicant.idFromQr ? yes : no},
        {QStringLiteral("DanhSachHoSoBoSung"), QJsonArray()},
    };
    // Refused at the counter when received: kept in every later record (a scan added after).
    if (d.state == DossierState::Refused)
        record.insert(QStringLiteral("NgayTuChoi"), portalTime(d.receivedAt));
    // Filed online: when the citizen submitted it, kept after a clerk's decision too.
    if (d.submittedAt.isValid())
        record.insert(QStringLiteral("NgayNopHoSo"), portalTime(d.submittedAt));
    record.insert(QStringLiteral("DiaChiThuongTru"), d.applicant.address);
    record.insert(QStringLiteral("MC_ChiTiet"), counterDetails(d));
    return record;
}

QJsonObject DossierService::counterDetails(const Dossier& d)
{
    // What the counter records beyond the national fields, for the center's other counters:
    // their copy prints the same forms 01-06 (docs/protocol.md 3.1), 02-04 included. Every value a string. The
    // files travel with their paper in MC_TaiTep (3.7), so a second file changes no record.
    const auto n = [](qint64 v) { return QString::number(v); };
    QJsonArray papers;
    for (const DossierComponent& c : d.components) {
        papers.append(QJsonObject{{QStringLiteral("SoBanChungThuc"), n(c.certifiedCopies)},
                                  {QStringLiteral("SoBanPhoTo"), n(c.photocopies)},
                                  {QStringLiteral("DaNop"), c.provided ? QStringLiteral("1") : QStringLiteral("0")}});
    }
    QJsonArray fees;
    for (const DossierFee& f : d.fees)
        fees.append(QJsonObject{{QStringLiteral("LyDoDieuChinh"), f.overrideReason}});
    QJsonArray handovers;
    for (const Handover& h : d.handovers) {
        handovers.append(QJsonObject{{QStringLiteral("MaTienDo"), h.eventKey},
                                     {QStringLiteral("TuPhongBan"), h.fromDepartmentCode},
                                     {QStringLiteral("DenPhongBan"), h.toDepartmentCode},
                                     {QStringLiteral("ThoiDiemGiao"), portalTime(h.handedAt)},
                                     {QStringLiteral("NguoiGiao"), h.handedBy},
                                     {QStringLiteral("TenNguoiGiao"), h.handedByName},
                                     {QStringLiteral("ThoiDiemNhan"), portalTime(h.receivedAt)},
                                     {QStringLiteral("NguoiNhan"), h.receivedBy},
                                     {QStringLiteral("TenNguoiNhan"), h.receivedByName},
                                     {QStringLiteral("GhiChu"), h.note}});
    }
    const auto papersAsked = [](const QList<SupplementItem>& items) {
        QJsonArray out;
        for (const SupplementItem& i : items)
            out.append(QJsonObject{{QStringLiteral("TenGiayTo"), i.componentName}, {QStringLiteral("LyDo"), i.reason}});
        return out;
    };
    QJsonArray supplements;
    for (const SupplementRequest& r : d.supplements) {
        supplements.append(QJsonObject{{QStringLiteral("ThoiDiemYeuCau"), portalTime(r.requestedAt)},
                                       {QStringLiteral("NguoiYeuCau"), r.requestedBy},
                                       {QStringLiteral("GiayTo"), papersAsked(r.items)},
                                       {QStringLiteral("ThoiDiemNhan"), portalTime(r.receivedAt)},
                                       {QStringLiteral("NguoiNhan"), r.receivedBy},
                                       {QStringLiteral("SoGiayTamDung"), n(r.pausedWorkingSeconds)},
                                       {QStringLiteral("HenTraTruoc"), portalTime(r.appointmentBefore)},
                                       {QStringLiteral("HenTraSau"), portalTime(r.appointmentAfter)}});
    }
    QJsonArray apologies;
    for (const Apology& l : d.apologies) {
        apologies.append(QJsonObject{{QStringLiteral("ThoiDiem"), portalTime(l.at)},
                                     {QStringLiteral("NguoiXinLoi"), l.by},
                                     {QStringLiteral("HenTraTruoc"), portalTime(l.appointmentBefore)},
                                     {QStringLiteral("HenTraMoi"), portalTime(l.appointmentAfter)},
                                     {QStringLiteral("LyDo"), l.reason}});
    }
    const Applicant& a = d.applicant;
    QJsonObject details{
        {QStringLiteral("NgaySinh"), a.birthDate.isValid() ? a.birthDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("GioiTinh"), a.gender},
        {QStringLiteral("NguoiDaiDien"), a.representative},
        {QStringLiteral("SoBo"), n(d.sets)},
        {QStringLiteral("GhiChu"), d.notes},
        {QStringLiteral("CachTinhHen"), d.appointmentRule},
        {QStringLiteral("NguoiTiepNhan"), d.receivedBy},
        {QStringLiteral("TaiLieu"), papers},
        {QStringLiteral("LePhi"), fees},
        {QStringLiteral("BanGiao"), handovers},
        {QStringLiteral("BoSungKhiTiepNhan"), papersAsked(d.intakeSupplement)},
        {QStringLiteral("LyDoTuChoi"), d.intakeRefusal},
        {QStringLiteral("BoSung"), supplements},
        {QStringLiteral("XinLoi"), apologies},
    };
    if (d.returned) {
        const ReturnRecord& r = *d.returned;
        details.insert(
            QStringLiteral("TraKetQua"),
            QJsonObject{{QStringLiteral("ThoiDiem"), portalTime(r.collectedAt)},
                        {QStringLiteral("NguoiNhan"), r.collectorName},
                        {QStringLiteral("SoGiayTo"), r.collectorIdNumber},
                        {QStringLiteral("GiayToKetQua"), QJsonArray::fromStringList(r.resultPapers)},
                        {QStringLiteral("DaNopPhi"), r.feesSettled ? QStringLiteral("1") : QStringLiteral("0")},
                        {QStringLiteral("NguoiTra"), r.returnedBy},
                        {QStringLiteral("GhiChu"), r.note}});
    }
    return details;
}

} // namespace motcua
