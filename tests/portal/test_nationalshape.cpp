// The national-shape endpoint of the reference portal: the strict check of the record
// (NationalShape, data-driven) and the endpoint as a client meets it over TLS.
#include "PortalFixture.h"
#include "portal/NationalShape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;
using namespace Qt::StringLiterals;

namespace {

// Both generations of the record, every value a string.
QJsonObject fullRecord(const QString& code)
{
    const QJsonObject paper{
        {u"TepDinhKemId"_s, u"17"_s},  {u"TenTepDinhKem"_s, u"Tờ khai"_s}, {u"IsDeleted"_s, u"False"_s},
        {u"MaThanhPhanHoSo"_s, u""_s}, {u"DuongDanTaiTepTin"_s, u""_s},    {u"DuocSoHoa"_s, u"1"_s},
        {u"DuocTaiSuDung"_s, u"0"_s},  {u"DuocLayTuKhoDMQG"_s, u"0"_s},    {u"MaKetQuaThayThe"_s, u""_s}};
    return {
        {u"MaHoSo"_s, code},
        {u"MaTTHC"_s, u"1.000426"_s},
        {u"TenTTHC"_s, u"Đăng ký khai sinh"_s},
        {u"MaLinhVuc"_s, u"G09-TP01"_s},
        {u"TenLinhVuc"_s, u"Hộ tịch"_s},
        {u"KenhThucHien"_s, u"1"_s},
        {u"SoGiayToChuHoSo"_s, u"001090000001"_s},
        {u"ChuHoSo"_s, u"Trần Thị B"_s},
        {u"LoaiDoiTuong"_s, u"1"_s},
        {u"Email"_s, u""_s},
        {u"SoDienThoai"_s, u"0900000000"_s},
        {u"TrichYeuHoSo"_s, u"Đăng ký khai sinh"_s},
        {u"NgayTiepNhan"_s, u"20260213150000"_s},
        {u"NgayHenTra"_s, u"20260225170000"_s},
        {u"TrangThaiHoSo"_s, u"2"_s},
        {u"NgayTra"_s, u""_s},
        {u"HinhThuc"_s, u"0"_s},
        {u"NgayKetThucXuLy"_s, u""_s},
        {u"DonViXuLy"_s, u"Sở Tư pháp"_s},
        {u"NoiNopHoSo"_s, u"2"_s},
        {u"NgayNopHoSo"_s, u"20260213150000"_s},
        {u"NgayTuChoi"_s, u""_s},
        {u"HoSoCoThanhPhanSoHoa"_s, u"1"_s},
        {u"TaiKhoanDuocXacThucVoiVNeID"_s, u"0"_s},
        {u"DuocThanhToanTrucTuyen"_s, u"0"_s},
        {u"TaiLieuNop"_s, QJsonArray{paper}},
        {u"DanhSachLePhi"_s, QJsonArray{QJsonObject{{u"TenPhiLePhi"_s, u"Lệ phí"_s}, {u"Gia"_s, u"50000"_s}}}},
        {u"DanhSachTepDinhKemKhac"_s, QJsonArray{}},
        {u"DanhSachHoSoBoSung"_s, QJsonArray{QJsonObject{{u"NoiDungBoSung"_s, u"Bản sao"_s},
                                                         {u"NgayBoSung"_s, u"20260214090000"_s},
                                                         {u"TrangThaiBoSung"_s, u"0"_s},
                                                         {u"DanhSachGiayToBoSung"_s, QJsonArray{paper}},
                                                         {u"NgayHenTraTruoc"_s, u"20260225170000"_s},
                                                         {u"NgayHenTraMoi"_s, u"20260227170000"_s}}}},
        {u"DanhSachGiayToKetQua"_s,
         QJsonArray{QJsonObject{{u"TenGiayTo"_s, u"Giấy khai sinh"_s}, {u"GiayToId"_s, u"3"_s}}}},
        {u"DinhDanhCHS"_s, QJsonArray{QJsonObject{{u"LoaiDinhDanh"_s, u"1"_s}, {u"SoDinhDanh"_s, u"001090000001"_s}}}},
        {u"DSKetNoiCSDL"_s, QJsonArray{QJsonObject{{u"MaCSDL"_s, u"7"_s}}}}};
}

QJsonObject row(const QString& code, const QString& at, const QString& status)
{
    return {{u"MaHoSo"_s, code},
            {u"NguoiXuLy"_s, u"Cán bộ một cửa"_s},
            {u"ThoiDiemXuLy"_s, at},
            {u"NoiDungXuLy"_s, u"Tiếp nhận hồ sơ"_s},
            {u"TrangThai"_s, status}};
}

QJsonObject setPath(QJsonObject o, const QStringList& path, const QJsonValue& v)
{
    if (path.size() == 1) {
        if (v.isUndefined())
            o.remove(path.first());
        else
            o.insert(path.first(), v);
        return o;
    }
    // u"TaiLieuNop"_s, u"0"_s, u"DuocSoHoa"_s
    QJsonArray list = o.value(path.at(0)).toArray();
    const int i = path.at(1).toInt();
    list.replace(i, setPath(list.at(i).toObject(), path.mid(2), v));
    o.insert(path.at(0), list);
    return o;
}

} // namespace

class TestNationalShape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dossier_data();
    void dossier();
    void historyRow_data();
    void historyRow();
    void loginAndSession();
    void addThenUpdate();
    void wrongShapeRefused();
    void progressRowsOnce();
    void replyModesAndBearer();
    void pageShowsRecords();

private:
    QJsonObject call(const QString& service, QJsonObject fields, const PortalHttp::Headers& headers = {});
    PortalFixture m_portal{{}, PortalFixture::Server::Portal};
    QString m_session;
};

void TestNationalShape::initTestCase()
{
    QVERIFY2(m_portal.start(), qPrintable(m_portal.errorString()));
}

void TestNationalShape::dossier_data()
{
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QJsonValue>("value"); // undefined: the field removed
    QTest::addColumn<QString>("error");    // "" = accepted; else a part of the message

    const QJsonValue gone = QJsonValue(QJsonValue::Undefined);
    QTest::newRow("both generations") << QStringList{u"GhiChu"_s} << QJsonValue(u""_s) << u""_s;
    QTest::newRow("number for a string") << QStringList{u"LoaiDoiTuong"_s} << QJsonValue(1)
                                         << u"data[0].LoaiDoiTuong must be a string, not a number"_s;
    QTest::newRow("bool for a string") << QStringList{u"HinhThuc"_s} << QJsonValue(false)
                                       << u"HinhThuc must be a string"_s;
    QTest::newRow("ISO date") << QStringList{u"NgayHenTra"_s} << QJsonValue(u"2026-02-25"_s)
                              << u"NgayHenTra must be a date"_s;
    QTest::newRow("no such day") << QStringList{u"NgayTiepNhan"_s} << QJsonValue(u"20260230120000"_s)
                                 << u"NgayTiepNhan must be a date"_s;
    QTest::newRow("hour 24") << QStringList{u"NgayTra"_s} << QJsonValue(u"20260213240000"_s)
                             << u"NgayTra must be a date"_s;
    QTest::newRow("empty date allowed") << QStringList{u"NgayKetThucXuLy"_s} << QJsonValue(u""_s) << u""_s;
    QTest::newRow("required missing") << QStringList{u"MaTTHC"_s} << gone << u"data[0].MaTTHC is required"_s;
    QTest::newRow("required empty") << QStringList{u"DonViXuLy"_s} << QJsonValue(u""_s) << u"DonViXuLy is required"_s;
    QTest::newRow("received needed once received")
        << QStringList{u"NgayTiepNhan"_s} << QJsonValue(u""_s) << u"NgayTiepNhan is required"_s;
    QTest::newRow("our own field") << QStringList{u"MC_TrangThaiMoi"_s} << QJsonValue(u"received"_s)
                                   << u"data[0].MC_TrangThaiMoi is not a field"_s;
    QTest::newRow("status 11") << QStringList{u"TrangThaiHoSo"_s} << QJsonValue(u"11"_s)
                               << u"TrangThaiHoSo must be one of"_s;
    QTest::newRow("channel 4") << QStringList{u"KenhThucHien"_s} << QJsonValue(u"4"_s)
                               << u"KenhThucHien must be one of"_s;
    QTest::newRow("digitized yes") << QStringList{u"TaiLieuNop"_s, u"0"_s, u"DuocSoHoa"_s} << QJsonValue(u"yes"_s)
                                   << u"data[0].TaiLieuNop[0].DuocSoHoa must be one of"_s;
    QTest::newRow("reuse as number") << QStringList{u"TaiLieuNop"_s, u"0"_s, u"DuocTaiSuDung"_s} << QJsonValue(2)
                                     << u"TaiLieuNop[0].DuocTaiSuDung must be a string"_s;
    QTest::newRow("from the store 2") << QStringList{u"TaiLieuNop"_s, u"0"_s, u"DuocLayTuKhoDMQG"_s}
                                      << QJsonValue(u"2"_s) << u"DuocLayTuKhoDMQG must be one of"_s;
    QTest::newRow("replaced by number") << QStringList{u"TaiLieuNop"_s, u"0"_s, u"MaKetQuaThayThe"_s} << QJsonValue(5)
                                        << u"MaKetQuaThayThe must be a string"_s;
    QTest::newRow("fee with dots") << QStringList{u"DanhSachLePhi"_s, u"0"_s, u"Gia"_s} << QJsonValue(u"50.000"_s)
                                   << u"Gia must be a whole number"_s;
    QTest::newRow("new due date bad") << QStringList{u"DanhSachHoSoBoSung"_s, u"0"_s, u"NgayHenTraMoi"_s}
                                      << QJsonValue(u"27/02/2026 17:00:00"_s)
                                      << u"DanhSachHoSoBoSung[0].NgayHenTraMoi must be a date"_s;
    QTest::newRow("old due date number") << QStringList{u"DanhSachHoSoBoSung"_s, u"0"_s, u"NgayHenTraTruoc"_s}
                                         << QJsonValue(20260225170000.0) << u"NgayHenTraTruoc must be a string"_s;
    QTest::newRow("result code number") << QStringList{u"DanhSachGiayToKetQua"_s, u"0"_s, u"MaGiayToKetQua"_s}
                                        << QJsonValue(1) << u"MaGiayToKetQua must be a string"_s;
    QTest::newRow("identity not a list") << QStringList{u"DinhDanhCHS"_s} << QJsonValue(u"001090000001"_s)
                                         << u"DinhDanhCHS must be a list"_s;
    QTest::newRow("identity kind 3") << QStringList{u"DinhDanhCHS"_s, u"0"_s, u"LoaiDinhDanh"_s} << QJsonValue(u"3"_s)
                                     << u"LoaiDinhDanh must be one of"_s;
    QTest::newRow("papers an object") << QStringList{u"TaiLieuNop"_s} << QJsonValue(QJsonObject{})
                                      << u"TaiLieuNop must be a list"_s;
    QTest::newRow("summary too long") << QStringList{u"TrichYeuHoSo"_s} << QJsonValue(QString(1001, QLatin1Char('a')))
                                      << u"longer than 1000"_s;
}

void TestNationalShape::dossier()
{
    QFETCH(QStringList, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    const QJsonObject record = setPath(fullRecord(u"000.00.00.H34-260213-0001"_s), path, value);
    const QString got = NationalShape::checkDossier(record, u"data[0]"_s);
    if (error.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(error), qPrintable(got));
}

void TestNationalShape::historyRow_data()
{
    QTest::addColumn<QJsonObject>("row");
    QTest::addColumn<QString>("error");
    const QJsonObject good = row(u"C-1"_s, u"20260213150000"_s, u"2"_s);
    QTest::newRow("good") << good << u""_s;
    QJsonObject ours = good;
    ours.insert(u"MaTienDo"_s, u"st1-7"_s);
    QTest::newRow("our row id") << ours << u"MaTienDo is not a field"_s;
    QJsonObject number = good;
    number.insert(u"TrangThai"_s, 4);
    QTest::newRow("status number") << number << u"TrangThai must be a string, not a number"_s;
    QJsonObject noTime = good;
    noTime.remove(u"ThoiDiemXuLy"_s);
    QTest::newRow("no time") << noTime << u"ThoiDiemXuLy is required"_s;
    QJsonObject longName = good;
    longName.insert(u"NguoiXuLy"_s, QString(51, QLatin1Char('x')));
    QTest::newRow("handler over 50") << longName << u"longer than 50"_s;
    QJsonObject deadline = good;
    deadline.insert(u"NgayKetThucTheoQuyDinh"_s, u"2026-02-25T17:00:00"_s);
    QTest::newRow("deadline ISO") << deadline << u"NgayKetThucTheoQuyDinh must be a date"_s;
}

void TestNationalShape::historyRow()
{
    QFETCH(QJsonObject, row);
    QFETCH(QString, error);
    const QString got = NationalShape::checkHistoryRow(row, u"data[0]"_s);
    if (error.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(error), qPrintable(got));
}

QJsonObject TestNationalShape::call(const QString& service, QJsonObject fields, const PortalHttp::Headers& headers)
{
    fields.insert(u"session"_s, m_session);
    fields.insert(u"madonvi"_s, m_portal.madonvi());
    fields.insert(u"service"_s, service);
    return m_portal.http().post(u"/qg/mapi/g"_s, fields, headers).json;
}

void TestNationalShape::loginAndSession()
{
    const auto bad =
        m_portal.http().post(u"/qg/mapi/login"_s, {{u"username"_s, m_portal.username()}, {u"password"_s, u"nope"_s}});
    QCOMPARE(bad.json.value(u"error_code"_s).toString(), u"1"_s);
    const auto number =
        m_portal.http().post(u"/qg/mapi/login"_s, {{u"username"_s, m_portal.username()}, {u"password"_s, 7}});
    QCOMPARE(number.json.value(u"error_code"_s).toString(), u"5"_s);
    const auto good = m_portal.http().post(
        u"/qg/mapi/login"_s, {{u"username"_s, m_portal.username()}, {u"password"_s, m_portal.password()}});
    QCOMPARE(good.json.value(u"error_code"_s).toString(), u"0"_s);
    m_session = good.json.value(u"session"_s).toString();
    QVERIFY(!m_session.isEmpty());
    // The token in the body, not a header: a wrong one is refused with 2.
    const QString kept = m_session;
    m_session = u"not-a-session"_s;
    QCOMPARE(call(u"TraCuuHoSo"_s, {{u"mahoso"_s, u"X"_s}}).value(u"error_code"_s).toString(), u"2"_s);
    m_session = kept;
    QJsonObject noUnit{{u"session"_s, m_session}, {u"service"_s, u"TraCuuHoSo"_s}, {u"mahoso"_s, u"X"_s}};
    QCOMPARE(m_portal.http().post(u"/qg/mapi/g"_s, noUnit).json.value(u"error_code"_s).toString(), u"5"_s);
}

void TestNationalShape::addThenUpdate()
{
    const QString code = u"000.00.00.H34-260213-0002"_s;
    const QJsonArray data{fullRecord(code)};
    QCOMPARE(call(u"TraCuuHoSo"_s, {{u"mahoso"_s, code}}).value(u"result"_s).toArray().size(), 0);
    QJsonObject r = call(u"DongBoHoSoMC"_s, {{u"isUpdating"_s, u"True"_s}, {u"data"_s, data}});
    QCOMPARE(r.value(u"error_code"_s).toString(), u"4"_s);
    r = call(u"DongBoHoSoMC"_s, {{u"isUpdating"_s, u"False"_s}, {u"data"_s, data}});
    QCOMPARE(r.value(u"error_code"_s).toString(), u"0"_s);
    QVERIFY(r.value(u"message"_s).toString().contains(u"thành công"_s));
    r = call(u"DongBoHoSoMC"_s, {{u"isUpdating"_s, u"False"_s}, {u"data"_s, data}});
    QCOMPARE(r.value(u"error_code"_s).toString(), u"3"_s);
    QVERIFY(r.value(u"message"_s).toString().contains(u"đã tồn tại"_s));
    QJsonObject changed = fullRecord(code);
    changed.insert(u"TrangThaiHoSo"_s, u"4"_s);
    r = call(u"DongBoHoSoMC"_s, {{u"isUpdating"_s, u"True"_s}, {u"data"_s, QJsonArray{changed}}});
    QCOMPARE(r.value(u"error_code"_s).toString(), u"0"_s);
    const QJsonObject stored = m_portal.national(code);
    QCOMPARE(stored.value(u"status"_s).toString(), u"4"_s);
    QCOMPARE(stored.value(u"adds"_s).toString(), u"1"_s);
    QCOMPARE(stored.value(u"updates"_s).toString(), u"1"_s);
    QCOMPARE(stored.value(u"dossier"_s).toObject(), changed);
    const QJsonArray found = call(u"TraCuuHoSo"_s, {{u"mahoso"_s, code}}).value(u"result"_s).toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).toObject().value(u"TrangThaiHoSo"_s).toString(), u"4"_s);
}

void TestNationalShape::wrongShapeRefused()
{
    const QString code = u"000.00.00.H34-260213-0003"_s;
    QJsonObject record = fullRecord(code);
    record.insert(u"LoaiDoiTuong"_s, 1);
    QJsonObject r = call(u"DongBoHoSoMC"_s, {{u"isUpdating"_s, u"False"_s}, {u"data"_s, QJsonArray{record}}});
    QCOMPARE(r.value(u"error_code"_s).toString(), u"6"_s);
    QVERIFY2(r.value(u"message"_s).toString().contains(u"data[0].LoaiDoiTuong phải là chuỗi"_s),
             qPrintable(r.value(u"message"_s).toString()));
    record = fullRecord(code);
    record.insert(u"NgayHenTra"_s, u"2026-02-25 17:00"_s);
    r = call(u"DongBoHoSoMC"_s, {{u"isUpdating"_s, u"False"_s}, {u"data"_s, QJsonArray{record}}});
    QCOMPARE(r.value(u"error_code"_s).toString(), u"6"_s);
    // isUpdating a JSON boolean, not the string.
    r = call(u"DongBoHoSoMC"_s, {{u"isUpdating"_s, false}, {u"data"_s, QJsonArray{fullRecord(code)}}});
    QCOMPARE(r.value(u"error_code"_s).toString(), u"6"_s);
    QVERIFY(m_portal.national(code).isEmpty() || m_portal.national(code).value(u"dossier"_s).toObject().isEmpty());
}

void TestNationalShape::progressRowsOnce()
{
    const QString code = u"000.00.00.H34-260213-0004"_s;
    QJsonArray rows{row(code, u"20260213150000"_s, u"2"_s), row(code, u"20260214080000"_s, u"4"_s)};
    QCOMPARE(call(u"CapNhatTienDoHoSoMC"_s, {{u"data"_s, rows}}).value(u"error_code"_s).toString(), u"4"_s);
    QCOMPARE(call(u"DongBoHoSoMC"_s, {{u"isUpdating"_s, u"False"_s}, {u"data"_s, QJsonArray{fullRecord(code)}}})
                 .value(u"error_code"_s)
                 .toString(),
             u"0"_s);
    QCOMPARE(call(u"CapNhatTienDoHoSoMC"_s, {{u"data"_s, rows}}).value(u"error_code"_s).toString(), u"0"_s);
    QCOMPARE(call(u"CapNhatTienDoHoSoMC"_s, {{u"data"_s, rows}}).value(u"error_code"_s).toString(), u"0"_s);
    const QJsonArray stored = m_portal.national(code).value(u"history"_s).toArray();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).toObject().value(u"receipts"_s).toString(), u"2"_s);
    QCOMPARE(stored.at(1).toObject().value(u"row"_s).toObject(), rows.at(1).toObject());
    QJsonArray bad{row(code, u"20260214"_s, u"4"_s)};
    QCOMPARE(call(u"CapNhatTienDoHoSoMC"_s, {{u"data"_s, bad}}).value(u"error_code"_s).toString(), u"6"_s);
}

void TestNationalShape::replyModesAndBearer()
{
    QVERIFY(m_portal.setNationalMode({{u"wrap"_s, u"1"_s}, {u"numeric"_s, u"1"_s}}));
    const QJsonObject wrapped = call(u"TraCuuHoSo"_s, {{u"mahoso"_s, u"000.00.00.H34-260213-0002"_s}});
    QCOMPARE(wrapped.size(), 1);
    const QJsonObject inner = QJsonDocument::fromJson(wrapped.value(u"message"_s).toString().toUtf8()).object();
    QVERIFY(inner.value(u"error_code"_s).isDouble());
    QCOMPARE(inner.value(u"error_code"_s).toInt(), 0);
    QCOMPARE(inner.value(u"result"_s).toArray().size(), 1);
    QVERIFY(m_portal.setNationalMode({{u"wrap"_s, u"0"_s}, {u"numeric"_s, u"0"_s}, {u"bearer"_s, u"gateway-token"_s}}));
    QCOMPARE(call(u"TraCuuHoSo"_s, {{u"mahoso"_s, u"X"_s}}).value(u"error_code"_s).toString(), u"1"_s);
    QCOMPARE(call(u"TraCuuHoSo"_s, {{u"mahoso"_s, u"X"_s}}, {{"Authorization"_ba, "Bearer wrong"_ba}})
                 .value(u"error_code"_s)
                 .toString(),
             u"1"_s);
    QCOMPARE(call(u"TraCuuHoSo"_s, {{u"mahoso"_s, u"X"_s}}, {{"Authorization"_ba, "Bearer gateway-token"_ba}})
                 .value(u"error_code"_s)
                 .toString(),
             u"0"_s);
    QVERIFY(m_portal.setNationalMode({{u"bearer"_s, u""_s}}));
}

void TestNationalShape::pageShowsRecords()
{
    const auto page = m_portal.http().get(u"/"_s);
    QCOMPARE(page.status, 200);
    const QString html = QString::fromUtf8(page.body);
    const qsizetype table = html.indexOf(u"id=\"national\""_s);
    QVERIFY(table > 0);
    QVERIFY(html.indexOf(u"000.00.00.H34-260213-0002"_s, table) > table);
    const QJsonObject counts = m_portal.national();
    QCOMPARE(counts.value(u"dossiers"_s).toString(), u"2"_s);
    QCOMPARE(counts.value(u"history"_s).toString(), u"2"_s);
}

QTEST_GUILESS_MAIN(TestNationalShape)
#include "test_nationalshape.moc"
