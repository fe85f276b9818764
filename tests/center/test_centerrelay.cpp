// The center's relay to the national system, end to end: a real motcua-center on a throwaway
// PostgreSQL cluster relays to a real motcua-portal's national-shape endpoint over TLS, through
// the portal's faults and a SIGKILL of the center; plus the mapping and the reply reading alone.
#include "PortalFixture.h"
#include "center/CenterRelay.h"
#include "portal/NationalShape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <memory>

using namespace motcua;
using namespace motcua::test;
using namespace Qt::StringLiterals;

namespace {

QString codeOf(int n)
{
    return u"000.00.00.H34-260213-%1"_s.arg(n, 4, 10, QLatin1Char('0'));
}

// A record as a workstation sends it (its own fields beside the national ones).
QJsonObject stationRecord(const QString& code, const QString& channel = u"1"_s)
{
    return {{u"MaHoSo"_s, code},
            {u"MaTTHC"_s, u"1.000426"_s},
            {u"TenTTHC"_s, u"Đăng ký khai sinh"_s},
            {u"KenhThucHien"_s, channel},
            {u"ChuHoSo"_s, u"Trần Thị B"_s},
            {u"SoGiayToChuHoSo"_s, u"001090000001"_s},
            {u"LoaiDoiTuong"_s, u"1"_s},
            {u"SoDienThoai"_s, u"0900000000"_s},
            {u"Email"_s, u""_s},
            {u"TrichYeuHoSo"_s, u"Đăng ký khai sinh"_s},
            {u"NgayTiepNhan"_s, u"20260213150000"_s},
            {u"NgayHenTra"_s, u"20260225170000"_s},
            {u"TrangThaiHoSo"_s, u"2"_s},
            {u"NgayKetThucXuLy"_s, u""_s},
            {u"NgayTra"_s, u""_s},
            {u"DonViXuLy"_s, u"Sở Tư pháp"_s},
            {u"TaiLieuNop"_s, QJsonArray{QJsonObject{{u"TenGiayTo"_s, u"Tờ khai"_s},
                                                     {u"SoBanChinh"_s, u"1"_s},
                                                     {u"SoBanSao"_s, u"0"_s},
                                                     {u"DuocSoHoa"_s, u"1"_s}},
                                         QJsonObject{{u"TenGiayTo"_s, u"Giấy chứng sinh"_s},
                                                     {u"SoBanChinh"_s, u"1"_s},
                                                     {u"SoBanSao"_s, u"0"_s},
                                                     {u"DuocSoHoa"_s, u"0"_s}}}},
            {u"HoSoCoThanhPhanSoHoa"_s, u"1"_s},
            {u"DanhSachLePhi"_s, QJsonArray{QJsonObject{{u"TenPhiLePhi"_s, u"Lệ phí"_s}, {u"MucPhi"_s, u"8000"_s}}}},
            {u"DuocThanhToanTrucTuyen"_s, u"0"_s},
            {u"MC_HinhThucThanhToan"_s, u"1"_s},
            {u"DanhSachGiayToKetQua"_s, QJsonArray{QJsonObject{{u"TenGiayTo"_s, u"kq.pdf"_s},
                                                               {u"GiayToId"_s, u"4"_s},
                                                               {u"MaTep"_s, QString(64, QLatin1Char('a'))},
                                                               {u"DuongDanTepTinKetQua"_s, u""_s}}}},
            {u"HinhThuc"_s, u"0"_s},
            {u"TaiKhoanDuocXacThucVoiVNeID"_s, u"0"_s},
            {u"MC_DocQRCanCuoc"_s, u"1"_s},
            {u"DanhSachHoSoBoSung"_s, QJsonArray{}}};
}

QJsonObject historyRow(const QString& code, int n, const QString& status = u"4"_s)
{
    return {{u"MaTienDo"_s, u"st1-%1-%2"_s.arg(code).arg(n)},
            {u"MaHoSo"_s, code},
            {u"NguoiXuLy"_s, u"Cán bộ một cửa"_s},
            {u"ChucDanh"_s, u""_s},
            {u"ThoiDiemXuLy"_s, u"202602131%1"_s.arg(n, 5, 10, QLatin1Char('0'))},
            {u"PhongBanXuLy"_s, u""_s},
            {u"NoiDungXuLy"_s, u"Bước %1"_s.arg(n)},
            {u"TrangThai"_s, status},
            {u"NgayBatDau"_s, u""_s},
            {u"NgayKetThucTheoQuyDinh"_s, u""_s}};
}

} // namespace

class TestCenterRelay : public QObject
{
    Q_OBJECT

private:
    PortalFixture m_national{{u"--fault-delay"_s, u"4000"_s}, PortalFixture::Server::Portal};
    std::unique_ptr<PortalFixture> m_center;
    QString m_session;

    // A workstation's sync at the center: the record, then `rows` history rows.
    bool addAtCenter(const QJsonObject& record, int rows)
    {
        auto& http = m_center->http();
        if (m_session.isEmpty())
            m_session = http.login(m_center->username(), m_center->password());
        auto r = http.call(m_session, m_center->madonvi(), u"DongBoHoSoMC"_s,
                           {{u"isUpdating"_s, u"False"_s}, {u"data"_s, QJsonArray{record}}});
        if (r.code() == u"2"_s) {
            m_session = http.login(m_center->username(), m_center->password());
            r = http.call(m_session, m_center->madonvi(), u"DongBoHoSoMC"_s,
                          {{u"isUpdating"_s, u"False"_s}, {u"data"_s, QJsonArray{record}}});
        }
        if (r.code() != u"0"_s) {
            qWarning() << "center add:" << r.code() << r.json.value(u"message"_s).toString();
            return false;
        }
        if (rows == 0)
            return true;
        QJsonArray data;
        const QString code = record.value(u"MaHoSo"_s).toString();
        for (int i = 1; i <= rows; ++i)
            data.append(historyRow(code, i));
        r = http.call(m_session, m_center->madonvi(), u"CapNhatTienDoHoSoMC"_s, {{u"data"_s, data}});
        if (r.code() != u"0"_s)
            qWarning() << "center history:" << r.code() << r.json.value(u"message"_s).toString();
        return r.code() == u"0"_s;
    }
    // At the double: the record with `rows` history rows, added once.
    bool arrived(const QString& code, int rows)
    {
        const QJsonObject n = m_national.national(code);
        return !n.value(u"dossier"_s).toObject().isEmpty() && n.value(u"history"_s).toArray().size() == rows;
    }
    int psql(const QString& sql)
    {
        return m_center->cluster()->client(
            u"psql"_s, {u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, m_center->cluster()->conninfo(), u"-tAc"_s, sql});
    }
    QString query(const QString& sql)
    {
        QByteArray out;
        if (m_center->cluster()->client(
                u"psql"_s, {u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, m_center->cluster()->conninfo(), u"-tAc"_s, sql},
                &out) != 0)
            return u"(psql failed)"_s;
        return QString::fromUtf8(out).trimmed();
    }
    // An online submission as the center's pull stores it: waiting, under its reference.
    bool submittedOnline(const QString& ref)
    {
        QJsonObject record = stationRecord(ref, u"2"_s);
        record.insert(u"TrangThaiHoSo"_s, u"1"_s);
        record.insert(u"NgayTiepNhan"_s, u""_s);
        record.insert(u"NgayNopHoSo"_s, u"20260213080000"_s);
        const QString json = QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
        return psql(u"INSERT INTO dossiers (ma_hoso, madonvi, ma_tthc, chu_ho_so, kenh, trang_thai, ngay_tiep_nhan,"
                    " data, created_at, updated_at, ma_truc_tuyen) VALUES ('%1', '%2', '1.000426', 'Trần Thị B', '2',"
                    " '1', '', $j$%3$j$, 1, 1, '%1')"_s.arg(ref, m_center->madonvi(), json)) == 0;
    }
    // A workstation's decision on online submission `ref` (an acceptance under `code`).
    bool decidedOnline(const QString& ref, const QString& code, const QString& step, const QString& status)
    {
        QJsonObject record = stationRecord(code, u"2"_s);
        record.insert(u"TrangThaiHoSo"_s, status);
        record.insert(u"MC_MaHoSoTrucTuyen"_s, ref);
        record.insert(u"MC_TrangThaiTruoc"_s, u"submitted"_s);
        record.insert(u"MC_TrangThaiMoi"_s, step);
        if (code != ref)
            return addAtCenter(record, 1);
        auto r = m_center->http().call(m_session, m_center->madonvi(), u"DongBoHoSoMC"_s,
                                       {{u"isUpdating"_s, u"True"_s}, {u"data"_s, QJsonArray{record}}});
        if (r.code() != u"0"_s)
            qWarning() << "center update:" << r.code() << r.json.value(u"message"_s).toString();
        return r.code() == u"0"_s;
    }
    int relayStatus(QByteArray* out)
    {
        return m_center->centerCommand({u"relay"_s, u"status"_s, u"--lang"_s, u"en"_s}, out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_national.start(), qPrintable(m_national.errorString()));
        // The double stands behind a gateway that wants a bearer token: nothing arrives unless
        // the relay sends it.
        QVERIFY(m_national.setNationalMode({{u"bearer"_s, u"relay-token"_s}}));
        m_center = std::make_unique<PortalFixture>(
            QStringList{u"--set"_s, u"national_url="_s + m_national.url().toString() + u"/qg"_s, u"--set"_s,
                        u"national_ca="_s + m_national.caPath(), u"--set"_s,
                        u"national_username="_s + m_national.username(), u"--set"_s,
                        u"national_password="_s + m_national.password(), u"--set"_s,
                        u"national_madonvi=000.00.00.H34"_s, u"--set"_s, u"national_token=relay-token"_s, u"--set"_s,
                        u"national_timeout_ms=1500"_s},
            PortalFixture::Server::Center);
        QVERIFY2(m_center->start(), qPrintable(m_center->errorString()));
    }

    void mapping()
    {
        CenterRelay::Held held{stationRecord(codeOf(900), u"2"_s),
                               u"2"_s,
                               u"9"_s,
                               u"20260213150000"_s,
                               u"20260225170000"_s,
                               u"20260220100000"_s,
                               u""_s,
                               u"2"_s};
        const QJsonObject r = CenterRelay::nationalRecord(held);
        const QString shape = NationalShape::checkDossier(r, u"data[0]"_s);
        QVERIFY2(shape.isEmpty(), qPrintable(shape));
        // The central decision is the status; the columns give the dates.
        QCOMPARE(r.value(u"TrangThaiHoSo"_s).toString(), u"9"_s);
        QCOMPARE(r.value(u"NgayKetThucXuLy"_s).toString(), u"20260220100000"_s);
        QCOMPARE(r.value(u"KenhThucHien"_s).toString(), u"2"_s);
        // Nothing of our own; nothing invented.
        for (auto it = r.begin(); it != r.end(); ++it)
            QVERIFY2(!it.key().startsWith(u"MC_"_s), qPrintable(it.key()));
        for (const char* unknown : {"NoiNopHoSo", "NgayNopHoSo", "MaLinhVuc", "MaDoiTuong", "DSKetNoiCSDL"})
            QVERIFY2(!r.contains(QLatin1String(unknown)), unknown);
        const QJsonArray papers = r.value(u"TaiLieuNop"_s).toArray();
        QCOMPARE(papers.size(), 2);
        QCOMPARE(papers.at(0).toObject(), (QJsonObject{{u"TenTepDinhKem"_s, u"Tờ khai"_s}, {u"DuocSoHoa"_s, u"1"_s}}));
        QCOMPARE(papers.at(1).toObject().value(u"DuocSoHoa"_s).toString(), u"0"_s);
        QCOMPARE(r.value(u"DanhSachLePhi"_s).toArray().at(0).toObject(),
                 (QJsonObject{{u"TenPhiLePhi"_s, u"Lệ phí"_s}, {u"Gia"_s, u"8000"_s}}));
        QCOMPARE(r.value(u"DanhSachGiayToKetQua"_s).toArray().at(0).toObject(),
                 (QJsonObject{{u"TenGiayTo"_s, u"kq.pdf"_s}, {u"GiayToId"_s, u"4"_s}}));
        QCOMPARE(r.value(u"DinhDanhCHS"_s).toArray().at(0).toObject(),
                 (QJsonObject{{u"LoaiDinhDanh"_s, u"1"_s}, {u"SoDinhDanh"_s, u"001090000001"_s}}));
        // An ID number of another shape is not said to be a citizen card.
        held.data.insert(u"SoGiayToChuHoSo"_s, u"B1234567"_s);
        QVERIFY(!CenterRelay::nationalRecord(held).contains(u"DinhDanhCHS"_s));
        const QJsonObject row = CenterRelay::nationalRow(historyRow(codeOf(900), 1));
        QVERIFY(!row.contains(u"MaTienDo"_s));
        QVERIFY(NationalShape::checkHistoryRow(row, u"data[0]"_s).isEmpty());
    }

    void parseReply_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("code");
        QTest::newRow("string") << QByteArray("{\"error_code\":\"0\",\"message\":\"thành công\"}") << true << 0;
        QTest::newRow("number") << QByteArray("{\"error_code\":0}") << true << 0;
        QTest::newRow("double zero") << QByteArray("{\"error_code\":\"00\"}") << true << 0;
        QTest::newRow("exists") << QByteArray("{\"error_code\":\"-3\",\"message\":\"đã tồn tại\"}") << true << -3;
        QTest::newRow("wrapped string")
            << QByteArray("{\"message\":\"{\\\"error_code\\\":\\\"3\\\",\\\"message\\\":\\\"x\\\"}\"}") << true << 3;
        QTest::newRow("wrapped number") << QByteArray("{\"message\":\"{\\\"error_code\\\":2}\"}") << true << 2;
        QTest::newRow("not json") << QByteArray("{\"error_code\": \"0\", \"result\": [<garbage") << false << -1;
        QTest::newRow("no code") << QByteArray("{\"message\":\"ok\"}") << false << -1;
        QTest::newRow("code a word") << QByteArray("{\"error_code\":\"zero\"}") << false << -1;
    }

    void parseReply()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(int, code);
        const CenterRelay::Reply r = CenterRelay::parseReply(body);
        QCOMPARE(r.ok, ok);
        if (ok)
            QCOMPARE(r.code, code);
    }

    void dossiersAndHistoryReachTheDouble()
    {
        QVERIFY(addAtCenter(stationRecord(codeOf(1)), 12)); // two chunks of progress rows
        QVERIFY(addAtCenter(stationRecord(codeOf(2), u"2"_s), 1));
        QTRY_VERIFY_WITH_TIMEOUT(arrived(codeOf(1), 12) && arrived(codeOf(2), 1), 60000);
        const QJsonObject one = m_national.national(codeOf(1));
        QCOMPARE(one.value(u"adds"_s).toString(), u"1"_s);
        QCOMPARE(one.value(u"status"_s).toString(), u"2"_s);
        QCOMPARE(one.value(u"madonvi"_s).toString(), u"000.00.00.H34"_s);
        const QJsonObject record = one.value(u"dossier"_s).toObject();
        QCOMPARE(record.value(u"ChuHoSo"_s).toString(), u"Trần Thị B"_s);
        QCOMPARE(record.value(u"TaiLieuNop"_s).toArray().at(0).toObject().value(u"DuocSoHoa"_s).toString(), u"1"_s);
        QVERIFY(!record.contains(u"MC_DocQRCanCuoc"_s));
        QCOMPARE(m_national.national(codeOf(2)).value(u"dossier"_s).toObject().value(u"KenhThucHien"_s).toString(),
                 u"2"_s);
        const QJsonArray rows = one.value(u"history"_s).toArray();
        QCOMPARE(rows.at(11).toObject().value(u"row"_s).toObject().value(u"NoiDungXuLy"_s).toString(), u"Bước 12"_s);
        // A decision taken at the center: the record's status and a progress row.
        QVERIFY(m_center->decide(codeOf(2), u"9"_s, u"Đã xử lý xong"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_national.national(codeOf(2)).value(u"status"_s).toString(), u"9"_s, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(arrived(codeOf(2), 2), 30000);
        QCOMPARE(m_national.national(codeOf(2)).value(u"adds"_s).toString(), u"1"_s);
        QByteArray out;
        QTRY_COMPARE_WITH_TIMEOUT(relayStatus(&out), 0, 20000);
        QVERIFY2(out.contains("pending\t0"), out.constData());
    }

    void wrappedRepliesAndNumericCodes()
    {
        QVERIFY(m_national.setNationalMode({{u"wrap"_s, u"1"_s}, {u"numeric"_s, u"1"_s}}));
        QVERIFY(addAtCenter(stationRecord(codeOf(3)), 3));
        QTRY_VERIFY_WITH_TIMEOUT(arrived(codeOf(3), 3), 60000);
        // An update through the wrapped replies too.
        QVERIFY(m_center->decide(codeOf(3), u"10"_s, u"Đã trả kết quả"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_national.national(codeOf(3)).value(u"status"_s).toString(), u"10"_s, 30000);
        QCOMPARE(m_national.national(codeOf(3)).value(u"adds"_s).toString(), u"1"_s);
        QVERIFY(m_national.setNationalMode({{u"wrap"_s, u"0"_s}, {u"numeric"_s, u"0"_s}}));
    }

    void faults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("count");
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("number");
        QTest::newRow("http500") << u"http500"_s << u"2"_s << u""_s << 10;
        QTest::newRow("http503") << u"http503"_s << u"3"_s << u"DongBoHoSoMC"_s << 11;
        QTest::newRow("delay") << u"delay"_s << u"1"_s << u"DongBoHoSoMC"_s << 12;
        QTest::newRow("drop add") << u"drop"_s << u"2"_s << u"DongBoHoSoMC"_s << 13;
        QTest::newRow("drop rows") << u"drop"_s << u"2"_s << u"CapNhatTienDoHoSoMC"_s << 14;
        QTest::newRow("malformed") << u"malformed"_s << u"2"_s << u""_s << 15;
        QTest::newRow("exists") << u"exists"_s << u"1"_s << u"DongBoHoSoMC"_s << 16;
        QTest::newRow("expired") << u"expired"_s << u"1"_s << u"CapNhatTienDoHoSoMC"_s << 17;
    }

    void faults()
    {
        QFETCH(QString, fault);
        QFETCH(QString, count);
        QFETCH(QString, service);
        QFETCH(int, number);
        const int before = m_national.national().value(u"history"_s).toString().toInt();
        QVERIFY(m_national.setFault(fault, count, service));
        QVERIFY(addAtCenter(stationRecord(codeOf(number)), 3));
        QTRY_VERIFY_WITH_TIMEOUT(arrived(codeOf(number), 3), 90000);
        QVERIFY(m_national.clearFault());
        const QJsonObject n = m_national.national(codeOf(number));
        QCOMPARE(n.value(u"adds"_s).toString(), u"1"_s);
        QCOMPARE(m_national.national().value(u"history"_s).toString().toInt(), before + 3);
        QByteArray out;
        QTRY_COMPARE_WITH_TIMEOUT(relayStatus(&out), 0, 30000);
    }

    void anyWritePathIsRelayed()
    {
        // Written straight in SQL, past every request handler: the triggers still queue it.
        QVERIFY(addAtCenter(stationRecord(codeOf(40)), 2));
        QTRY_VERIFY_WITH_TIMEOUT(arrived(codeOf(40), 2), 30000);
        QCOMPARE(psql(u"UPDATE dossiers SET trang_thai_tt = '8' WHERE ma_hoso = '%1'"_s.arg(codeOf(40))), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_national.national(codeOf(40)).value(u"status"_s).toString(), u"8"_s, 30000);
        // A dossier renamed with its rows (as an accepted online submission is) arrives under the
        // new code, rows included.
        QCOMPARE(psql(u"BEGIN; UPDATE dossiers SET ma_hoso = '%2' WHERE ma_hoso = '%1';"
                      " UPDATE history SET ma_hoso = '%2' WHERE ma_hoso = '%1'; COMMIT"_s.arg(codeOf(40), codeOf(41))),
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(arrived(codeOf(41), 2), 30000);
        const QJsonArray rows = m_national.national(codeOf(41)).value(u"history"_s).toArray();
        QCOMPARE(rows.at(0).toObject().value(u"row"_s).toObject().value(u"MaHoSo"_s).toString(), codeOf(41));
        QCOMPARE(m_national.national(codeOf(41)).value(u"dossier"_s).toObject().value(u"TrangThaiHoSo"_s).toString(),
                 u"8"_s);
    }

    void bearerTokenAndRetry()
    {
        // The gateway now wants another token: the relay fails and says why, and keeps the rest.
        QVERIFY(m_national.setNationalMode({{u"bearer"_s, u"rotated-token"_s}}));
        QVERIFY(addAtCenter(stationRecord(codeOf(20)), 1));
        QByteArray out;
        QTRY_COMPARE_WITH_TIMEOUT(relayStatus(&out), 1, 30000);
        QVERIFY2(out.contains("FAILING 000.00.00.H34-260213-0020"), out.constData());
        const auto page = m_center->http().get(
            u"/"_s, {{"Authorization"_ba,
                      "Basic " + (m_center->adminUser() + u":"_s + m_center->adminPassword()).toUtf8().toBase64()}});
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("id=\"relay-failing\""));
        QVERIFY(page.body.contains("000.00.00.H34-260213-0020"));
        QVERIFY(!arrived(codeOf(20), 1));
        QVERIFY(m_national.setNationalMode({{u"bearer"_s, u"relay-token"_s}}));
        QCOMPARE(m_center->centerCommand({u"relay"_s, u"retry"_s}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(arrived(codeOf(20), 1), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(relayStatus(&out), 0, 30000);
    }

    void killedMidRelayLosesAndDuplicatesNothing()
    {
        const int first = 100, count = 25, rows = 3;
        for (int i = 0; i < count; ++i)
            QVERIFY(addAtCenter(stationRecord(codeOf(first + i)), rows));
        // Some arrived, not all: SIGKILL the center.
        QTRY_VERIFY_WITH_TIMEOUT(arrived(codeOf(first + 2), rows), 60000);
        m_center->process().kill();
        QVERIFY(m_center->process().waitForFinished(10000));
        int there = 0;
        for (int i = 0; i < count; ++i)
            there += arrived(codeOf(first + i), rows) ? 1 : 0;
        qInfo() << "arrived before the kill:" << there << "of" << count;
        QVERIFY2(m_center->start(), qPrintable(m_center->errorString()));
        for (int i = 0; i < count; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(arrived(codeOf(first + i), rows), 60000);
        for (int i = 0; i < count; ++i) {
            const QJsonObject n = m_national.national(codeOf(first + i));
            QCOMPARE(n.value(u"adds"_s).toString(), u"1"_s);
            QCOMPARE(n.value(u"history"_s).toArray().size(), rows);
        }
        QByteArray out;
        QTRY_COMPARE_WITH_TIMEOUT(relayStatus(&out), 0, 30000);
    }

    void shapeTheDoubleRefusesIsShown()
    {
        // A record the center holds without TenTTHC: the relay sends no invented name, the
        // double refuses it, and the status names the field.
        QJsonObject record = stationRecord(codeOf(30));
        record.remove(u"TenTTHC"_s);
        QVERIFY(addAtCenter(record, 0));
        QByteArray out;
        QTRY_COMPARE_WITH_TIMEOUT(relayStatus(&out), 1, 30000);
        QVERIFY2(out.contains("data[0].TenTTHC là bắt buộc"), out.constData());
        QVERIFY(m_national.national(codeOf(30)).value(u"dossier"_s).toObject().isEmpty());
    }

    // An online submission came from the national system: while it waits for a clerk it is not
    // sent back under its reference. Accepted, it arrives under the center's code only, with what
    // was queued under the reference; refused, under its reference.
    void onlineSubmissionsAreRelayedOnceDecided()
    {
        const QString accepted = u"TT-260213-000101"_s;
        const QString refused = u"TT-260213-000102"_s;
        const QString code = codeOf(60);
        QVERIFY(submittedOnline(accepted));
        QVERIFY(submittedOnline(refused));
        // A central decision recorded under the reference (any write path is relayed).
        QCOMPARE(psql(u"INSERT INTO decisions (ma_hoso, madonvi, trang_thai, noi_dung, nguoi_xu_ly, thoi_diem)"
                      " VALUES ('%1', '%2', '1', 'Đã kiểm tra', 'Cán bộ', '20260213090000')"_s.arg(
                          accepted, m_center->madonvi())),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(query(u"SELECT count(*) FROM relay_outbox WHERE sent_at IS NULL AND ma_hoso IN"
                                        " ('%1', '%2')"_s.arg(accepted, refused)),
                                  u"0"_s, 30000);
        QVERIFY(m_national.national(accepted).value(u"dossier"_s).toObject().isEmpty());
        QVERIFY(m_national.national(refused).value(u"dossier"_s).toObject().isEmpty());

        QVERIFY(decidedOnline(accepted, code, u"received"_s, u"2"_s));
        QVERIFY(decidedOnline(refused, refused, u"refused"_s, u"3"_s));
        QCOMPARE(query(u"SELECT ma_hoso FROM dossiers WHERE ma_truc_tuyen = '%1'"_s.arg(accepted)), code);
        // The acceptance's own row and the decision that followed the submission to its code.
        QTRY_VERIFY_WITH_TIMEOUT(arrived(code, 2), 30000);
        const QJsonObject atNational = m_national.national(code);
        QCOMPARE(atNational.value(u"dossier"_s).toObject().value(u"TrangThaiHoSo"_s).toString(), u"2"_s);
        QCOMPARE(atNational.value(u"dossier"_s).toObject().value(u"KenhThucHien"_s).toString(), u"2"_s);
        QCOMPARE(atNational.value(u"adds"_s).toString(), u"1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_national.national(refused).value(u"status"_s).toString(), u"3"_s, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(
            query(u"SELECT count(*) FROM relay_outbox WHERE sent_at IS NULL AND ma_hoso IN ('%1', '%2', '%3')"_s.arg(
                accepted, refused, code)),
            u"0"_s, 30000);
        // Nothing ever went out under the accepted submission's reference.
        QVERIFY(m_national.national(accepted).value(u"dossier"_s).toObject().isEmpty());
        QVERIFY(m_national.national(accepted).value(u"history"_s).toArray().isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_center)
            m_center->stop();
        m_national.stop();
    }
};

QTEST_GUILESS_MAIN(TestCenterRelay)
#include "test_centerrelay.moc"
