// CenterRelay: the national record and progress rows made from what the center holds, the
// reading of national replies, and the relay's overview for the command line and the page.
#include "center/CenterDatabase.h"
#include "center/CenterRelay.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <initializer_list>

namespace motcua {

namespace {

QString cut(const QString& s, int max)
{
    return s.size() <= max ? s : s.left(max - 5) + QStringLiteral("...");
}

// Copies the listed keys whose values are strings; nothing else.
void copyStrings(const QJsonObject& from, QJsonObject* to, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const QJsonValue v = from.value(QLatin1String(key));
        if (v.isString())
            to->insert(QLatin1String(key), v);
    }
}

QJsonArray papers(const QJsonArray& in)
{
    QJsonArray out;
    for (const QJsonValue& v : in) {
        const QJsonObject p = v.toObject();
        QJsonObject n;
        // Our paper's name is the national document name; the counts of originals and copies
        // have no national field.
        const QString name = p.value(QLatin1String("TenGiayTo")).toString();
        if (!name.isEmpty())
            n.insert(QStringLiteral("TenTepDinhKem"), cut(name, 4000));
        copyStrings(p, &n,
                    {"TepDinhKemId", "TenTepDinhKem", "IsDeleted", "MaThanhPhanHoSo", "DuongDanTaiTepTin", "DuocSoHoa",
                     "DuocTaiSuDung", "DuocLayTuKhoDMQG", "MaKetQuaThayThe"});
        out.append(n);
    }
    return out;
}

QJsonArray fees(const QJsonArray& in)
{
    QJsonArray out;
    for (const QJsonValue& v : in) {
        const QJsonObject f = v.toObject();
        QJsonObject n;
        copyStrings(f, &n, {"TenPhiLePhi", "MaPhiLePhi", "HinhThucThu", "Gia", "LoaiPhiLePhi"});
        if (!n.contains(QLatin1String("Gia")) && f.value(QLatin1String("MucPhi")).isString())
            n.insert(QStringLiteral("Gia"), f.value(QLatin1String("MucPhi")));
        out.append(n);
    }
    return out;
}

} // namespace

QJsonObject CenterRelay::nationalRecord(const Held& held)
{
    const QJsonObject& d = held.data;
    QJsonObject r;
    copyStrings(d, &r,
                {"MaHoSo",
                 "MaTTHC",
                 "TenTTHC",
                 "MaLinhVuc",
                 "TenLinhVuc",
                 "SoBienNhan",
                 "KenhThucHien",
                 "SoGiayToChuHoSo",
                 "ChuHoSo",
                 "LoaiDoiTuong",
                 "MaDoiTuong",
                 "ThongTinKhac",
                 "Email",
                 "Fax",
                 "SoDienThoai",
                 "ThongTinTra",
                 "HinhThuc",
                 "DonViXuLy",
                 "GhiChu",
                 "NoiNopHoSo",
                 "HoSoCoThanhPhanSoHoa",
                 "TaiKhoanDuocXacThucVoiVNeID",
                 "DuocThanhToanTrucTuyen",
                 "NgayTuChoi",
                 "NgayNopHoSo"});
    if (d.value(QLatin1String("TrichYeuHoSo")).isString())
        r.insert(QStringLiteral("TrichYeuHoSo"), cut(d.value(QLatin1String("TrichYeuHoSo")).toString(), 1000));
    // The center's columns are newer than the record where a central decision moved them.
    r.insert(QStringLiteral("TrangThaiHoSo"), held.centralStatus.isEmpty() ? held.status : held.centralStatus);
    r.insert(QStringLiteral("NgayTiepNhan"), held.received);
    r.insert(QStringLiteral("NgayHenTra"), held.due);
    r.insert(QStringLiteral("NgayKetThucXuLy"), held.finished);
    r.insert(QStringLiteral("NgayTra"), held.returned);
    if (!held.channel.isEmpty())
        r.insert(QStringLiteral("KenhThucHien"), held.channel);
    if (d.value(QLatin1String("TaiLieuNop")).isArray())
        r.insert(QStringLiteral("TaiLieuNop"), papers(d.value(QLatin1String("TaiLieuNop")).toArray()));
    if (d.value(QLatin1String("DanhSachLePhi")).isArray())
        r.insert(QStringLiteral("DanhSachLePhi"), fees(d.value(QLatin1String("DanhSachLePhi")).toArray()));
    if (d.value(QLatin1String("DanhSachGiayToKetQua")).isArray()) {
        QJsonArray results;
        for (const QJsonValue& v : d.value(QLatin1String("DanhSachGiayToKetQua")).toArray()) {
            const QJsonObject g = v.toObject();
            QJsonObject n;
            copyStrings(g, &n, {"TenGiayTo", "MaThanhPhanHoSo", "GiayToId", "MaGiayToKetQua"});
            // An empty link is no link: the center has no public address for the file.
            if (!g.value(QLatin1String("DuongDanTepTinKetQua")).toString().isEmpty())
                n.insert(QStringLiteral("DuongDanTepTinKetQua"), g.value(QLatin1String("DuongDanTepTinKetQua")));
            results.append(n);
        }
        r.insert(QStringLiteral("DanhSachGiayToKetQua"), results);
    }
    if (d.value(QLatin1String("DanhSachHoSoBoSung")).isArray()) {
        QJsonArray supplements;
        for (const QJsonValue& v : d.value(QLatin1String("DanhSachHoSoBoSung")).toArray()) {
            const QJsonObject s = v.toObject();
            QJsonObject n;
            copyStrings(s, &n,
                        {"HoSoBoSungId", "NguoiYeuCauBoSung", "NoiDungBoSung", "NgayBoSung", "NguoiTiepNhanBoSung",
                         "ThongTinTiepNhan", "NgayTiepNhanBoSung", "TrangThaiBoSung", "NgayHenTraTruoc",
                         "NgayHenTraMoi"});
            if (s.value(QLatin1String("DanhSachGiayToBoSung")).isArray())
                n.insert(QStringLiteral("DanhSachGiayToBoSung"),
                         papers(s.value(QLatin1String("DanhSachGiayToBoSung")).toArray()));
            if (s.value(QLatin1String("DanhSachLePhiBoSung")).isArray())
                n.insert(QStringLiteral("DanhSachLePhiBoSung"),
                         fees(s.value(QLatin1String("DanhSachLePhiBoSung")).toArray()));
            supplements.append(n);
        }
        r.insert(QStringLiteral("DanhSachHoSoBoSung"), supplements);
    }
    // The applicant's identity document: a 12-digit citizen ID card or a 9-digit identity card;
    // any other number is not said to be either.
    const QString id = d.value(QLatin1String("SoGiayToChuHoSo")).toString();
    const bool digits = !id.isEmpty() && std::all_of(id.begin(), id.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    if (digits && (id.size() == 12 || id.size() == 9)) {
        r.insert(QStringLiteral("DinhDanhCHS"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("LoaiDinhDanh"), id.size() == 12 ? QStringLiteral("1") : QStringLiteral("2")},
                     {QStringLiteral("SoDinhDanh"), id}}});
    }
    return r;
}

QJsonObject CenterRelay::nationalRow(const QJsonObject& row)
{
    QJsonObject r;
    copyStrings(row, &r,
                {"MaHoSo", "ChucDanh", "ThoiDiemXuLy", "PhongBanXuLy", "NoiDungXuLy", "TrangThai", "NgayBatDau",
                 "NgayKetThucTheoQuyDinh"});
    r.insert(QStringLiteral("NguoiXuLy"), cut(row.value(QLatin1String("NguoiXuLy")).toString(), 50));
    return r;
}

CenterRelay::Reply CenterRelay::parseReply(const QByteArray& bytes)
{
    Reply out;
    QJsonObject o = QJsonDocument::fromJson(bytes).object();
    // A gateway's wrapper: the national reply as a JSON string in "message".
    if (!o.contains(QLatin1String("error_code")) && o.value(QLatin1String("message")).isString()) {
        const QJsonDocument inner = QJsonDocument::fromJson(o.value(QLatin1String("message")).toString().toUtf8());
        if (inner.isObject())
            o = inner.object();
    }
    const QJsonValue code = o.value(QLatin1String("error_code"));
    bool ok = false;
    int n = -1;
    if (code.isDouble()) {
        const double x = code.toDouble();
        ok = x == static_cast<int>(x);
        n = static_cast<int>(x);
    } else if (code.isString()) {
        n = code.toString().trimmed().toInt(&ok);
    }
    if (!ok)
        return out;
    out.ok = true;
    out.code = n;
    out.message = o.value(QLatin1String("message")).toString();
    if (out.message.isEmpty())
        out.message = o.value(QLatin1String("error_message")).toString();
    out.body = o;
    return out;
}

Result<CenterRelay::Overview> CenterRelay::overview(CenterDatabase& db)
{
    return db.transact<Overview>([](pqxx::work& w) -> Result<Overview> {
        Overview o;
        const pqxx::row n = w.exec1(
            "SELECT count(*) FILTER (WHERE sent_at IS NULL), count(*) FILTER (WHERE sent_at IS NOT NULL),"
            " count(DISTINCT ma_hoso) FILTER (WHERE sent_at IS NULL), coalesce(max(sent_at), 0) FROM relay_outbox");
        o.pending = n[0].as<qint64>();
        o.sent = n[1].as<qint64>();
        o.dossiersWaiting = n[2].as<qint64>();
        o.lastSentAt = n[3].as<qint64>();
        const pqxx::result f = w.exec("SELECT ma_hoso, last_error, attempts, next_attempt FROM relay_dossiers"
                                      " WHERE attempts > 0 ORDER BY next_attempt, ma_hoso LIMIT 200");
        for (const pqxx::row& row : f) {
            o.failing.append(
                {CenterDatabase::text(row[0]), CenterDatabase::text(row[1]), row[2].as<int>(), row[3].as<qint64>()});
        }
        return o;
    });
}

Result<qint64> CenterRelay::retryNow(CenterDatabase& db)
{
    return db.transact<qint64>([](pqxx::work& w) -> Result<qint64> {
        const pqxx::result r = w.exec("UPDATE relay_dossiers SET next_attempt = 0 WHERE attempts > 0");
        w.commit();
        return static_cast<qint64>(r.affected_rows());
    });
}

QByteArray CenterRelay::renderSection(CenterDatabase& db, bool configured)
{
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    const auto when = [](qint64 secs) {
        return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                        : QStringLiteral("-");
    };
    QString h = QStringLiteral("<h2>") +
                esc(QCoreApplication::translate("motcua::CenterRelayMap", "Relay to the national system")) +
                QStringLiteral("</h2><p id=\"relay\">");
    if (!configured) {
        h += esc(QCoreApplication::translate("motcua::CenterRelayMap",
                                             "Not configured (national_url is empty): nothing is sent."));
        h += QStringLiteral(" ");
    }
    auto o = overview(db);
    if (!o) {
        h += esc(o.error().message) + QStringLiteral("</p>");
        return h.toUtf8();
    }
    h += esc(
        QCoreApplication::translate("motcua::CenterRelayMap", "Pending: %1 (%2 dossiers). Sent: %3. Last sent: %4 UTC.")
            .arg(o->pending)
            .arg(o->dossiersWaiting)
            .arg(o->sent)
            .arg(when(o->lastSentAt)));
    h += QStringLiteral("</p>");
    if (!o->failing.isEmpty()) {
        h += QStringLiteral("<table id=\"relay-failing\"><tr><th>") +
             esc(QCoreApplication::translate("motcua::CenterRelayMap", "Dossier code")) + QStringLiteral("</th><th>") +
             esc(QCoreApplication::translate("motcua::CenterRelayMap", "Attempts")) + QStringLiteral("</th><th>") +
             esc(QCoreApplication::translate("motcua::CenterRelayMap", "Last error")) + QStringLiteral("</th><th>") +
             esc(QCoreApplication::translate("motcua::CenterRelayMap", "Next attempt (UTC)")) +
             QStringLiteral("</th></tr>");
        for (const Failing& f : o->failing) {
            h += QStringLiteral("<tr><td>") + esc(f.code) + QStringLiteral("</td><td>%1</td><td>").arg(f.attempts) +
                 esc(f.error) + QStringLiteral("</td><td>") + esc(when(f.nextAttempt)) + QStringLiteral("</td></tr>");
        }
        h += QStringLiteral("</table>");
    }
    return h.toUtf8();
}

} // namespace motcua
