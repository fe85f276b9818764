#include "core/DossierJson.h"

#include "core/Clock.h"
#include "core/DossierState.h"
#include "core/PortalProtocol.h"
#include "core/ProcessingRecords.h"
#include "core/Types.h"

#include <QStringList>

namespace motcua::dossierjson {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

int number(const QJsonObject& o, const char* key)
{
    return static_cast<int>(PortalProtocol::number(o.value(QLatin1String(key))));
}

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject counterDetails(const Dossier& d)
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
        {QStringLiteral("NgaySinh"), isoDate(a.birthDate)},
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
        r.requestedAt = fromPortalTime(str(o, "ThoiDiemYeuCau"));
        r.requestedBy = str(o, "NguoiYeuCau");
        r.items = readPapersAsked(o.value(QLatin1String("GiayTo")));
        r.receivedAt = fromPortalTime(str(o, "ThoiDiemNhan"));
        r.receivedBy = str(o, "NguoiNhan");
        r.pausedWorkingSeconds = qMax<qint64>(0, str(o, "SoGiayTamDung").toLongLong());
        r.appointmentBefore = fromPortalTime(str(o, "HenTraTruoc"));
        r.appointmentAfter = fromPortalTime(str(o, "HenTraSau"));
        d.supplements.append(r);
    }
    for (const QJsonValue& v : x.value(QLatin1String("XinLoi")).toArray()) {
        const QJsonObject o = v.toObject();
        Apology a;
        a.at = fromPortalTime(str(o, "ThoiDiem"));
        a.by = str(o, "NguoiXinLoi");
        a.appointmentBefore = fromPortalTime(str(o, "HenTraTruoc"));
        a.appointmentAfter = fromPortalTime(str(o, "HenTraMoi"));
        a.reason = str(o, "LyDo");
        d.apologies.append(a);
    }
    return true;
}

} // namespace

QJsonObject applicantToJson(const Applicant& a)
{
    return QJsonObject{{QStringLiteral("type"), applicantTypeKey(a.type)},
                       {QStringLiteral("name"), a.fullName},
                       {QStringLiteral("id_number"), a.idNumber},
                       {QStringLiteral("birth_date"), isoDate(a.birthDate)},
                       {QStringLiteral("gender"), a.gender},
                       {QStringLiteral("address"), a.address},
                       {QStringLiteral("phone"), a.phone},
                       {QStringLiteral("email"), a.email},
                       {QStringLiteral("representative"), a.representative},
                       {QStringLiteral("id_from_qr"), a.idFromQr}};
}

Applicant applicantFromJson(const QJsonObject& json)
{
    Applicant a;
    if (!applicantTypeFromKey(json.value(QStringLiteral("type")).toString(), &a.type))
        a.type = ApplicantType::Citizen;
    a.fullName = json.value(QStringLiteral("name")).toString();
    a.idNumber = json.value(QStringLiteral("id_number")).toString();
    a.birthDate = QDate::fromString(json.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    a.gender = json.value(QStringLiteral("gender")).toString();
    a.address = json.value(QStringLiteral("address")).toString();
    a.phone = json.value(QStringLiteral("phone")).toString();
    a.email = json.value(QStringLiteral("email")).toString();
    a.representative = json.value(QStringLiteral("representative")).toString();
    a.idFromQr = json.value(QStringLiteral("id_from_qr")).toBool(false);
    return a;
}

QJsonArray papersToJson(const QList<DossierComponent>& list)
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

QList<DossierComponent> papersFromJson(const QJsonArray& json)
{
    QList<DossierComponent> out;
    for (const QJsonValue& v : json) {
        const QJsonObject c = v.toObject();
        DossierComponent dc;
        dc.componentId = c.value(QStringLiteral("component_id")).toInteger();
        dc.name = c.value(QStringLiteral("name")).toString();
        dc.originals = c.value(QStringLiteral("originals")).toInt();
        dc.certifiedCopies = c.value(QStringLiteral("certified_copies")).toInt();
        dc.photocopies = c.value(QStringLiteral("photocopies")).toInt();
        dc.provided = c.value(QStringLiteral("provided")).toBool(true);
        out.append(dc);
    }
    return out;
}

QJsonArray feesToJson(const QList<DossierFee>& list)
{
    QJsonArray fees;
    for (const DossierFee& f : list) {
        fees.append(QJsonObject{{QStringLiteral("name"), f.name},
                                {QStringLiteral("amount_vnd"), f.amount.toVnd()},
                                {QStringLiteral("override_reason"), f.overrideReason}});
    }
    return fees;
}

QList<DossierFee> feesFromJson(const QJsonArray& json)
{
    QList<DossierFee> out;
    for (const QJsonValue& v : json) {
        const QJsonObject f = v.toObject();
        out.append({f.value(QStringLiteral("name")).toString(),
                    Money(f.value(QStringLiteral("amount_vnd")).toInteger()),
                    f.value(QStringLiteral("override_reason")).toString()});
    }
    return out;
}

QString portalTime(const QDateTime& t)
{
    return t.isValid() ? toVietnam(t).toString(u"yyyyMMddHHmmss") : QString();
}

QDateTime fromPortalTime(const QString& text)
{
    if (text.isEmpty())
        return {};
    // Fourteen digits, read directly: a feed of a million dossiers reads several times per
    // dossier, and the format parser works through the machine's local time zone.
    if (text.size() == 14) {
        int v[6] = {};
        static constexpr int kWidth[6] = {4, 2, 2, 2, 2, 2};
        bool digits = true;
        qsizetype at = 0;
        for (int f = 0; f < 6 && digits; ++f) {
            for (int i = 0; i < kWidth[f]; ++i, ++at) {
                const char16_t c = text.at(at).unicode();
                if (c < u'0' || c > u'9') {
                    digits = false;
                    break;
                }
                v[f] = v[f] * 10 + (c - u'0');
            }
        }
        if (digits) {
            const QDate date(v[0], v[1], v[2]);
            const QTime time(v[3], v[4], v[5]);
            if (!date.isValid() || !time.isValid())
                return {};
            static const QTimeZone zone = vietnamZone();
            return QDateTime(date, time, zone).toUTC();
        }
    }
    QDateTime t = QDateTime::fromString(text, u"yyyyMMddHHmmss");
    if (!t.isValid())
        return {};
    t.setTimeZone(vietnamZone());
    return t.toUTC();
}

QJsonObject portalRecord(const Dossier& d, const QString& departmentName)
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

QJsonArray supplementRequest(const QString& by, const QList<SupplementItem>& items, const QDateTime& askedAt,
                             const QDateTime& appointmentBefore)
{
    // docs/domain.md#the-national-portal: one supplement request listing the papers asked for.
    QJsonArray papers;
    QStringList content;
    for (const SupplementItem& item : items) {
        papers.append(QJsonObject{{QStringLiteral("TenGiayTo"), item.componentName}});
        content.append(item.componentName + QStringLiteral(": ") + item.reason);
    }
    return QJsonArray{QJsonObject{{QStringLiteral("NguoiYeuCauBoSung"), by},
                                  {QStringLiteral("NoiDungBoSung"), content.join(QStringLiteral("; "))},
                                  {QStringLiteral("NgayBoSung"), portalTime(askedAt)},
                                  {QStringLiteral("TrangThaiBoSung"), QStringLiteral("0")},
                                  {QStringLiteral("NgayHenTraTruoc"), portalTime(appointmentBefore)},
                                  {QStringLiteral("DanhSachGiayToBoSung"), papers}}};
}

void readPortalRecord(const QJsonObject& r, Dossier& d)
{
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
    d.receivedAt = fromPortalTime(str(r, "NgayTiepNhan"));
    d.appointmentAt = fromPortalTime(str(r, "NgayHenTra"));
    if (!d.appointmentAt.isValid())
        d.appointmentAt = d.receivedAt;
    d.finishedAt = fromPortalTime(str(r, "NgayKetThucXuLy"));
    d.returnedAt = fromPortalTime(str(r, "NgayTra"));
    d.applicant.address = str(r, "DiaChiThuongTru");
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
        d.fees.append(
            {str(f, "TenPhiLePhi"), Money(PortalProtocol::number(f.value(QLatin1String("MucPhi")))), QString()});
    }
}

bool readCounterDetails(const QJsonObject& record, Dossier& d, bool* decisions)
{
    const QJsonValue value = record.value(QLatin1String("MC_ChiTiet"));
    if (!value.isObject())
        return false;
    const QJsonObject x = value.toObject();
    const bool hasDecisions = readDecisions(x, d);
    if (decisions)
        *decisions = hasDecisions;
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
        h.handedAt = fromPortalTime(str(o, "ThoiDiemGiao"));
        h.handedBy = str(o, "NguoiGiao");
        h.handedByName = str(o, "TenNguoiGiao");
        h.receivedAt = fromPortalTime(str(o, "ThoiDiemNhan"));
        h.receivedBy = str(o, "NguoiNhan");
        h.receivedByName = str(o, "TenNguoiNhan");
        h.note = str(o, "GhiChu");
        d.handovers.append(h);
    }
    if (const QJsonValue back = x.value(QLatin1String("TraKetQua")); back.isObject()) {
        const QJsonObject o = back.toObject();
        ReturnRecord r;
        r.collectedAt = fromPortalTime(str(o, "ThoiDiem"));
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

} // namespace motcua::dossierjson
