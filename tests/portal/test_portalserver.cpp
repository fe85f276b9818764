// The reference portal in-process over HTTPS (docs/protocol.md): login, validation,
// upserts, history idempotency, chunked uploads, leases, central decisions, counts, bundles,
// the HTML page and every fault as a client sees it.
#include "PortalHttp.h"
#include "TestCertificates.h"
#include "portal/FaultInjector.h"
#include "portal/PortalFiles.h"
#include "portal/PortalReply.h"
#include "portal/PortalServer.h"
#include "portal/PortalServices.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kUnit = QStringLiteral("000.00.00.H34");
const QByteArray kSecret = QByteArrayLiteral("admin-secret");

QJsonObject dossier(const QString& code, const QString& status = QStringLiteral("2"))
{
    return QJsonObject{{QStringLiteral("MaHoSo"), code},
                       {QStringLiteral("MaTTHC"), QStringLiteral("1.002010")},
                       {QStringLiteral("TenTTHC"), QStringLiteral("Thủ tục thử")},
                       {QStringLiteral("ChuHoSo"), QStringLiteral("Nguyễn Văn A")},
                       {QStringLiteral("KenhThucHien"), QStringLiteral("1")},
                       {QStringLiteral("LoaiDoiTuong"), QStringLiteral("1")},
                       {QStringLiteral("NgayTiepNhan"), QStringLiteral("20240315083000")},
                       {QStringLiteral("NgayHenTra"), QStringLiteral("20240322170000")},
                       {QStringLiteral("TrangThaiHoSo"), status},
                       {QStringLiteral("NgayKetThucXuLy"), QString()},
                       {QStringLiteral("NgayTra"), QString()},
                       {QStringLiteral("DonViXuLy"), QStringLiteral("Sở Tư pháp")},
                       {QStringLiteral("TaiLieuNop"), QJsonArray()}};
}

QJsonObject historyRow(const QString& id, const QString& code)
{
    return QJsonObject{{QStringLiteral("MaTienDo"), id},
                       {QStringLiteral("MaHoSo"), code},
                       {QStringLiteral("NguoiXuLy"), QStringLiteral("clerk1")},
                       {QStringLiteral("ThoiDiemXuLy"), QStringLiteral("20240315083000")},
                       {QStringLiteral("NoiDungXuLy"), QStringLiteral("Tiếp nhận hồ sơ")},
                       {QStringLiteral("TrangThai"), QStringLiteral("2")}};
}

QJsonObject upsert(const QJsonObject& d, bool updating)
{
    return {{QStringLiteral("isUpdating"), updating ? QStringLiteral("True") : QStringLiteral("False")},
            {QStringLiteral("data"), QJsonArray{d}}};
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject chunk(const QString& sha, const QByteArray& file, qint64 offset, qint64 size)
{
    return {{QStringLiteral("MaTep"), sha},
            {QStringLiteral("MaHoSo"), QStringLiteral("000.00.00.H34-240315-0001")},
            {QStringLiteral("TenTep"), QStringLiteral("scan.pdf")},
            {QStringLiteral("TongKichThuoc"), QString::number(file.size())},
            {QStringLiteral("ViTri"), QString::number(offset)},
            {QStringLiteral("DuLieu"), QString::fromLatin1(file.mid(offset, size).toBase64())}};
}

} // namespace

class TestPortalServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<TestCertificates> m_certs;
    std::unique_ptr<PortalServer> m_server;
    std::unique_ptr<PortalHttp> m_http;
    QString m_session;

    void startServer(int faultDelayMs = 1500)
    {
        m_server.reset();
        PortalServerConfig config;
        config.username = QStringLiteral("u");
        config.password = QStringLiteral("p");
        config.adminSecret = QString::fromLatin1(kSecret);
        config.faultDelayMs = faultDelayMs;
        m_server = std::make_unique<PortalServer>(config);
        const Status opened = m_server->open(m_dir.filePath(QStringLiteral("portal.db")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        const Status tls = m_server->setTls(m_certs->serverCertificate, m_certs->serverKey);
        QVERIFY2(tls.ok(), qPrintable(tls.error().message));
        auto port = m_server->start(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        QUrl base(QStringLiteral("https://127.0.0.1"));
        base.setPort(*port);
        QList<QSslCertificate> ca = QSslCertificate::fromPath(m_certs->caCertificate);
        QVERIFY(!ca.isEmpty());
        m_http = std::make_unique<PortalHttp>(base, ca.first());
        m_session = m_http->login(QStringLiteral("u"), QStringLiteral("p"));
        QVERIFY(!m_session.isEmpty());
    }

    PortalHttp::Result call(const QString& service, const QJsonObject& fields = {}, int timeoutMs = 10000)
    {
        return m_http->call(m_session, kUnit, service, fields, timeoutMs);
    }

    PortalHttp::Result admin(const QString& path, const QJsonObject& body)
    {
        return m_http->post(path, body, {{QByteArrayLiteral("X-Portal-Admin"), kSecret}});
    }

    int stat(const char* key)
    {
        return admin(QStringLiteral("/mapi/_stats"), {}).json.value(QLatin1String(key)).toString().toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_certs = TestCertificates::make(m_dir.path(), &error);
        QVERIFY2(m_certs.has_value(), qPrintable(error));
        startServer();
    }

    void init()
    {
        if (m_server)
            m_server->faults().clear();
    }

    void login()
    {
        QCOMPARE(m_session.size(), 64);
        auto bad = m_http->post(QStringLiteral("/mapi/login"), {{QStringLiteral("username"), QStringLiteral("u")},
                                                                {QStringLiteral("password"), QStringLiteral("x")}});
        QCOMPARE(bad.status, 200);
        QCOMPARE(bad.code(), QStringLiteral("1"));
        QVERIFY(bad.json.value(QLatin1String("session")).isUndefined());
        QCOMPARE(
            m_http->post(QStringLiteral("/mapi/login"), {{QStringLiteral("username"), QStringLiteral("u")}}).code(),
            QStringLiteral("5"));
        const auto ok =
            m_http->post(QStringLiteral("/mapi/login"), {{QStringLiteral("username"), QStringLiteral("u")},
                                                         {QStringLiteral("password"), QStringLiteral("p")}});
        QCOMPARE(ok.json.value(QLatin1String("expires_in")).toString(), QStringLiteral("600"));
        QCOMPARE(ok.json.value(QLatin1String("expires")).toString().size(), 14);
        // A bad token, and no token.
        QCOMPARE(m_http->call(QStringLiteral("00ff"), kUnit, QStringLiteral("LayDanhSachTTHC")).code(),
                 QStringLiteral("2"));
        QCOMPARE(
            m_http->post(QStringLiteral("/mapi/g"), {{QStringLiteral("service"), QStringLiteral("LayDanhSachTTHC")}})
                .code(),
            QStringLiteral("2"));
        QCOMPARE(m_http->get(QStringLiteral("/mapi/g")).status, 405);
        QCOMPARE(m_http->get(QStringLiteral("/nothing")).status, 404);
        QCOMPARE(m_http->post(QStringLiteral("/mapi/_stats"), {}).status, 403); // no admin secret
    }

    void validation_data()
    {
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        const QJsonObject good = dossier(QStringLiteral("000.00.00.H34-240315-0900"));
        auto with = [&](const char* key, const QJsonValue& v) {
            QJsonObject d = good;
            if (v.isUndefined())
                d.remove(QLatin1String(key));
            else
                d.insert(QLatin1String(key), v);
            return upsert(d, false);
        };
        QTest::newRow("missing code") << with("MaHoSo", QJsonValue::Undefined) << "5"
                                      << "data[0].MaHoSo";
        QTest::newRow("empty applicant") << with("ChuHoSo", QString()) << "5"
                                         << "ChuHoSo";
        QTest::newRow("bad date") << with("NgayTiepNhan", QStringLiteral("2024-03-15")) << "6"
                                  << "NgayTiepNhan";
        QTest::newRow("impossible date") << with("NgayHenTra", QStringLiteral("20240231170000")) << "6"
                                         << "NgayHenTra";
        QTest::newRow("number not string") << with("TrangThaiHoSo", 2) << "6"
                                           << "TrangThaiHoSo";
        QTest::newRow("status out of range") << with("TrangThaiHoSo", QStringLiteral("11")) << "6"
                                             << "TrangThaiHoSo";
        QTest::newRow("bad channel") << with("KenhThucHien", QStringLiteral("4")) << "6"
                                     << "KenhThucHien";
        QTest::newRow("bad digitized flag") << with("HoSoCoThanhPhanSoHoa", QStringLiteral("2")) << "6"
                                            << "HoSoCoThanhPhanSoHoa";
        QTest::newRow("bad online payment") << with("DuocThanhToanTrucTuyen", QStringLiteral("9")) << "6"
                                            << "DuocThanhToanTrucTuyen";
        QTest::newRow("bad QR flag") << with("MC_DocQRCanCuoc", QStringLiteral("yes")) << "6"
                                     << "MC_DocQRCanCuoc";
        QTest::newRow("bad code shape") << with("MaHoSo", QStringLiteral("H34-0001")) << "6"
                                        << "MaHoSo";
        QTest::newRow("unknown procedure") << with("MaTTHC", QStringLiteral("9.999999")) << "7"
                                           << "9.999999";
        QTest::newRow("no data") << QJsonObject{{QStringLiteral("isUpdating"), QStringLiteral("False")}} << "5"
                                 << "data";
        QTest::newRow("empty data") << QJsonObject{{QStringLiteral("data"), QJsonArray()}} << "6"
                                    << "data";
        QTest::newRow("bad isUpdating") << QJsonObject{{QStringLiteral("isUpdating"), QStringLiteral("yes")},
                                                       {QStringLiteral("data"), QJsonArray{good}}}
                                        << "6"
                                        << "isUpdating";
    }

    void validation()
    {
        QFETCH(QJsonObject, request);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const auto r = call(QStringLiteral("DongBoHoSoMC"), request);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.code(), code);
        QVERIFY2(r.json.value(QLatin1String("error_message")).toString().contains(mentions),
                 qPrintable(r.json.value(QLatin1String("error_message")).toString()));
        QCOMPARE(r.json.value(QLatin1String("message")), r.json.value(QLatin1String("error_message")));
        QVERIFY(!r.json.value(QLatin1String("error_message")).toString().contains(QStringLiteral("Nguyễn")));
    }

    void otherRequestErrors()
    {
        QCOMPARE(call(QStringLiteral("NoSuchService")).code(), QStringLiteral("8"));
        QCOMPARE(m_http->call(m_session, QString(), QStringLiteral("LayDanhSachTTHC")).code(), QStringLiteral("5"));
        QCOMPARE(m_http->postRaw(QStringLiteral("/mapi/g"), "[1,2", "application/json").code(), QStringLiteral("9"));
        QCOMPARE(call(QStringLiteral("LayThuTuc"), {{QStringLiteral("maTTHC"), QStringLiteral("9.999")}}).code(),
                 QStringLiteral("4"));
        QCOMPARE(
            call(QStringLiteral("MC_SoLieuTrungTam"), {{QStringLiteral("Ngay"), QStringLiteral("20241332")}}).code(),
            QStringLiteral("6"));
        // Nothing of the refused requests was stored.
        QCOMPARE(stat("dossiers"), 0);
    }

    void upsertAddUpdateExists()
    {
        const QString code = QStringLiteral("000.00.00.H34-240315-0001");
        auto add = call(QStringLiteral("DongBoHoSoMC"), upsert(dossier(code), false));
        QCOMPARE(add.code(), QStringLiteral("0"));
        QCOMPARE(add.json.value(QLatin1String("SoHoSo")).toString(), QStringLiteral("1"));
        QCOMPARE(call(QStringLiteral("DongBoHoSoMC"), upsert(dossier(code), false)).code(), QStringLiteral("3"));
        QCOMPARE(call(QStringLiteral("DongBoHoSoMC"), upsert(dossier(code, QStringLiteral("4")), true)).code(),
                 QStringLiteral("0"));
        QCOMPARE(
            call(QStringLiteral("DongBoHoSoMC"), upsert(dossier(QStringLiteral("000.00.00.H34-240315-0002")), true))
                .code(),
            QStringLiteral("4"));
        // A local variant of a known procedure code is accepted.
        QJsonObject variant = dossier(QStringLiteral("000.00.00.H34-240315-0003"));
        variant.insert(QStringLiteral("MaTTHC"), QStringLiteral("1.002010.000.00.00.H34"));
        QCOMPARE(call(QStringLiteral("DongBoHoSoMC"), upsert(variant, false)).code(), QStringLiteral("0"));

        auto found = call(QStringLiteral("TraCuuHoSo"), {{QStringLiteral("mahoso"), code}});
        QCOMPARE(found.code(), QStringLiteral("0"));
        const QJsonObject stored = found.json.value(QLatin1String("result")).toArray().at(0).toObject();
        QCOMPARE(stored.value(QLatin1String("TrangThaiHoSo")).toString(), QStringLiteral("4"));
        QCOMPARE(stored.value(QLatin1String("MaTrangThai")).toString(), QStringLiteral("4"));
        QCOMPARE(stored.value(QLatin1String("ChuHoSo")).toString(), QStringLiteral("Nguyễn Văn A"));
        QVERIFY(call(QStringLiteral("TraCuuHoSo"),
                     {{QStringLiteral("mahoso"), QStringLiteral("000.00.00.H34-240315-0999")}})
                    .json.value(QLatin1String("result"))
                    .toArray()
                    .isEmpty());
        QCOMPARE(stat("dossiers"), 2);
    }

    void indexFactsAreStored()
    {
        // The facts the service-quality index reads travel in the record and are stored as sent.
        // Received on a day no other test counts.
        const QString code = QStringLiteral("000.00.00.H34-230105-0010");
        QJsonObject d = dossier(code, QStringLiteral("10"));
        d.insert(QStringLiteral("NgayTiepNhan"), QStringLiteral("20230105083000"));
        d.insert(QStringLiteral("NgayHenTra"), QStringLiteral("20230112170000"));
        d.insert(QStringLiteral("TaiLieuNop"),
                 QJsonArray{QJsonObject{{QStringLiteral("TenGiayTo"), QStringLiteral("Tờ khai")},
                                        {QStringLiteral("DuocSoHoa"), QStringLiteral("1")}}});
        d.insert(QStringLiteral("HoSoCoThanhPhanSoHoa"), QStringLiteral("1"));
        d.insert(QStringLiteral("DuocThanhToanTrucTuyen"), QStringLiteral("0"));
        d.insert(QStringLiteral("MC_HinhThucThanhToan"), QStringLiteral("1"));
        d.insert(QStringLiteral("TaiKhoanDuocXacThucVoiVNeID"), QStringLiteral("0"));
        d.insert(QStringLiteral("MC_DocQRCanCuoc"), QStringLiteral("1"));
        d.insert(QStringLiteral("HinhThuc"), QStringLiteral("0"));
        d.insert(QStringLiteral("DanhSachGiayToKetQua"),
                 QJsonArray{QJsonObject{{QStringLiteral("TenGiayTo"), QStringLiteral("ket-qua.pdf")},
                                        {QStringLiteral("GiayToId"), QStringLiteral("7")},
                                        {QStringLiteral("MaTep"), QString(64, QLatin1Char('a'))},
                                        {QStringLiteral("DuongDanTepTinKetQua"), QString()}}});
        QCOMPARE(call(QStringLiteral("DongBoHoSoMC"), upsert(d, false)).code(), QStringLiteral("0"));
        auto found = call(QStringLiteral("TraCuuHoSo"), {{QStringLiteral("mahoso"), code}});
        const QJsonObject stored = found.json.value(QLatin1String("result")).toArray().at(0).toObject();
        for (const char* key : {"HoSoCoThanhPhanSoHoa", "DuocThanhToanTrucTuyen", "MC_HinhThucThanhToan",
                                "TaiKhoanDuocXacThucVoiVNeID", "MC_DocQRCanCuoc", "HinhThuc"})
            QCOMPARE(stored.value(QLatin1String(key)), d.value(QLatin1String(key)));
        QCOMPARE(stored.value(QLatin1String("TaiLieuNop")), d.value(QLatin1String("TaiLieuNop")));
        QCOMPARE(stored.value(QLatin1String("DanhSachGiayToKetQua")), d.value(QLatin1String("DanhSachGiayToKetQua")));
    }

    void historyIsIdempotent()
    {
        const QString code = QStringLiteral("000.00.00.H34-240315-0001");
        QJsonArray rows{historyRow(QStringLiteral("st1-1"), code), historyRow(QStringLiteral("st1-2"), code),
                        historyRow(QStringLiteral("st1-3"), code)};
        auto first = call(QStringLiteral("CapNhatTienDoHoSoMC"), {{QStringLiteral("data"), rows}});
        QCOMPARE(first.code(), QStringLiteral("0"));
        QCOMPARE(first.json.value(QLatin1String("SoDongMoi")).toString(), QStringLiteral("3"));
        rows.append(historyRow(QStringLiteral("st1-4"), code));
        auto again = call(QStringLiteral("CapNhatTienDoHoSoMC"), {{QStringLiteral("data"), rows}});
        QCOMPARE(again.json.value(QLatin1String("SoDongMoi")).toString(), QStringLiteral("1"));
        QCOMPARE(again.json.value(QLatin1String("SoDongTrung")).toString(), QStringLiteral("3"));
        QCOMPARE(stat("history"), 4);
        // History of a dossier the portal does not hold, and a row without its id: all-or-nothing.
        auto orphan =
            call(QStringLiteral("CapNhatTienDoHoSoMC"),
                 {{QStringLiteral("data"),
                   QJsonArray{historyRow(QStringLiteral("st1-5"), code),
                              historyRow(QStringLiteral("st1-6"), QStringLiteral("000.00.00.H34-240315-0777"))}}});
        QCOMPARE(orphan.code(), QStringLiteral("4"));
        QJsonObject noId = historyRow(QString(), code);
        QCOMPARE(call(QStringLiteral("CapNhatTienDoHoSoMC"), {{QStringLiteral("data"), QJsonArray{noId}}}).code(),
                 QStringLiteral("5"));
        QCOMPARE(stat("history"), 4);
    }

    void chunkedUploadResumes()
    {
        QByteArray file(300 * 1024 + 17, Qt::Uninitialized);
        QRandomGenerator gen(7);
        for (char& c : file)
            c = static_cast<char>(gen.bounded(256));
        const QString sha = sha256(file);
        const int step = 128 * 1024;
        auto r0 = call(QStringLiteral("MC_TaiTep"), chunk(sha, file, 0, step));
        QCOMPARE(r0.code(), QStringLiteral("0"));
        QCOMPARE(r0.json.value(QLatin1String("ViTri")).toString(), QString::number(step));
        QCOMPARE(r0.json.value(QLatin1String("HoanTat")).toString(), QStringLiteral("False"));
        // The reply was "lost": the resend is told where to go on.
        auto resend = call(QStringLiteral("MC_TaiTep"), chunk(sha, file, 0, step));
        QCOMPARE(resend.code(), QStringLiteral("11"));
        QCOMPARE(resend.json.value(QLatin1String("ViTri")).toString(), QString::number(step));

        // The portal restarts: the acknowledged offset survives.
        startServer();
        auto status = call(QStringLiteral("MC_TrangThaiTep"), {{QStringLiteral("MaTep"), sha}});
        QCOMPARE(status.json.value(QLatin1String("ViTri")).toString(), QString::number(step));
        QCOMPARE(status.json.value(QLatin1String("TongKichThuoc")).toString(), QString::number(file.size()));
        QCOMPARE(call(QStringLiteral("MC_TaiTep"), chunk(sha, file, step, step)).code(), QStringLiteral("0"));
        auto last = call(QStringLiteral("MC_TaiTep"), chunk(sha, file, 2 * step, step));
        QCOMPARE(last.code(), QStringLiteral("0"));
        QCOMPARE(last.json.value(QLatin1String("HoanTat")).toString(), QStringLiteral("True"));
        QCOMPARE(m_server->store().fileContent(sha), file);
        // Complete content answers at once, at any offset.
        QCOMPARE(call(QStringLiteral("MC_TaiTep"), chunk(sha, file, 0, step))
                     .json.value(QLatin1String("HoanTat"))
                     .toString(),
                 QStringLiteral("True"));
        const auto detail = admin(QStringLiteral("/mapi/_dossier"),
                                  {{QStringLiteral("MaHoSo"), QStringLiteral("000.00.00.H34-240315-0001")}});
        const QJsonObject f = detail.json.value(QLatin1String("files")).toArray().at(0).toObject();
        QCOMPARE(f.value(QLatin1String("stored_sha256")).toString(), sha);

        // Size errors.
        QJsonObject bigger = chunk(sha, file, 0, step);
        bigger.insert(QStringLiteral("TongKichThuoc"), QString::number(file.size() + 1));
        QCOMPARE(call(QStringLiteral("MC_TaiTep"), bigger).code(), QStringLiteral("13"));
        QJsonObject badSha = chunk(QStringLiteral("ABC"), file, 0, step);
        QCOMPARE(call(QStringLiteral("MC_TaiTep"), badSha).code(), QStringLiteral("6"));
    }

    void binaryUploadForm()
    {
        QByteArray file(200 * 1024 + 5, Qt::Uninitialized);
        QRandomGenerator gen(11);
        for (char& c : file)
            c = static_cast<char>(gen.bounded(256));
        const QString sha = sha256(file);
        const int step = 128 * 1024;
        // The JSON form's fields without DuLieu, a line feed, the bytes.
        auto send = [&](qint64 offset, qint64 size, const QString& session, const QJsonObject& extra = {}) {
            QJsonObject envelope = chunk(sha, file, offset, size);
            envelope.remove(QStringLiteral("DuLieu"));
            envelope.insert(QStringLiteral("session"), session);
            envelope.insert(QStringLiteral("madonvi"), kUnit);
            for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
                envelope.insert(it.key(), it.value());
            return m_http->postRaw(QStringLiteral("/mapi/tep"),
                                   QJsonDocument(envelope).toJson(QJsonDocument::Compact) + '\n' +
                                       file.mid(offset, size),
                                   "application/octet-stream");
        };
        QCOMPARE(send(0, step, QStringLiteral("00ff")).code(), QStringLiteral("2"));
        QCOMPARE(send(0, step, m_session, {{QStringLiteral("service"), QStringLiteral("DongBoHoSoMC")}}).code(),
                 QStringLiteral("8"));
        QCOMPARE(m_http->postRaw(QStringLiteral("/mapi/tep"), "no envelope", "application/octet-stream").code(),
                 QStringLiteral("9"));
        QCOMPARE(m_http->get(QStringLiteral("/mapi/tep")).status, 405);
        const auto first = send(0, step, m_session);
        QCOMPARE(first.code(), QStringLiteral("0"));
        QCOMPARE(first.json.value(QLatin1String("ViTri")).toString(), QString::number(step));
        QCOMPARE(first.json.value(QLatin1String("HoanTat")).toString(), QStringLiteral("False"));
        const auto resend = send(0, step, m_session);
        QCOMPARE(resend.code(), QStringLiteral("11"));
        QCOMPARE(resend.json.value(QLatin1String("ViTri")).toString(), QString::number(step));
        // Both forms feed one upload: the JSON form finishes what the binary one began.
        const auto last = call(QStringLiteral("MC_TaiTep"), chunk(sha, file, step, file.size() - step));
        QCOMPARE(last.code(), QStringLiteral("0"));
        QCOMPARE(last.json.value(QLatin1String("HoanTat")).toString(), QStringLiteral("True"));
        QCOMPARE(m_server->store().fileContent(sha), file);
        // A chunk that runs past the total is refused as in the JSON form.
        QByteArray other = file;
        other[0] = static_cast<char>(other[0] ^ 1);
        const QString otherSha = sha256(other);
        QJsonObject past = chunk(otherSha, other, 0, 16);
        past.remove(QStringLiteral("DuLieu"));
        past.insert(QStringLiteral("session"), m_session);
        past.insert(QStringLiteral("madonvi"), kUnit);
        past.insert(QStringLiteral("TongKichThuoc"), QStringLiteral("8"));
        QCOMPARE(m_http
                     ->postRaw(QStringLiteral("/mapi/tep"),
                               QJsonDocument(past).toJson(QJsonDocument::Compact) + '\n' + other.left(16),
                               "application/octet-stream")
                     .code(),
                 QStringLiteral("13"));
    }

    void uploadChecksumMismatch()
    {
        const QByteArray file(1000, 'x');
        const QString wrong = sha256(QByteArrayLiteral("something else"));
        QCOMPARE(call(QStringLiteral("MC_TaiTep"), chunk(wrong, file, 0, 600)).code(), QStringLiteral("0"));
        auto last = call(QStringLiteral("MC_TaiTep"), chunk(wrong, file, 600, 400));
        QCOMPARE(last.code(), QStringLiteral("12"));
        QCOMPARE(last.json.value(QLatin1String("ViTri")).toString(), QStringLiteral("0"));
        QCOMPARE(call(QStringLiteral("MC_TrangThaiTep"), {{QStringLiteral("MaTep"), wrong}})
                     .json.value(QLatin1String("ViTri"))
                     .toString(),
                 QStringLiteral("0"));
        QVERIFY(m_server->store().fileContent(wrong).isEmpty());
        // An empty file is one call.
        const QString empty = sha256(QByteArray());
        auto zero = call(QStringLiteral("MC_TaiTep"), chunk(empty, QByteArray(), 0, 0));
        QCOMPARE(zero.json.value(QLatin1String("HoanTat")).toString(), QStringLiteral("True"));
    }

    void leaseBlocksAreDisjoint()
    {
        QList<std::pair<int, int>> blocks;
        for (int round = 0; round < 3; ++round) {
            for (int station = 1; station <= 4; ++station) {
                auto r = call(QStringLiteral("MC_CapDaiSo"), {{QStringLiteral("MaCoQuan"), kUnit},
                                                              {QStringLiteral("Ngay"), QStringLiteral("240315")},
                                                              {QStringLiteral("May"), QString::number(station)},
                                                              {QStringLiteral("SoLuong"), QStringLiteral("50")}});
                QCOMPARE(r.code(), QStringLiteral("0"));
                blocks.append({r.json.value(QLatin1String("TuSo")).toString().toInt(),
                               r.json.value(QLatin1String("DenSo")).toString().toInt()});
            }
        }
        QSet<int> seen;
        for (const auto& [first, last] : blocks) {
            QCOMPARE(last - first + 1, 50);
            QVERIFY(first >= 1 && last < 5000);
            for (int n = first; n <= last; ++n)
                QVERIFY2(!seen.contains(n), "a number was leased twice");
            for (int n = first; n <= last; ++n)
                seen.insert(n);
        }
        // A resend with the same request id gets the same block.
        const QJsonObject withId{{QStringLiteral("MaCoQuan"), kUnit},
                                 {QStringLiteral("Ngay"), QStringLiteral("240316")},
                                 {QStringLiteral("May"), QStringLiteral("2")},
                                 {QStringLiteral("SoLuong"), QStringLiteral("1000")},
                                 {QStringLiteral("MaYeuCau"), QStringLiteral("st2-1")}};
        auto a = call(QStringLiteral("MC_CapDaiSo"), withId);
        auto b = call(QStringLiteral("MC_CapDaiSo"), withId);
        QCOMPARE(a.json.value(QLatin1String("TuSo")), b.json.value(QLatin1String("TuSo")));
        // The day's lease range (1..4999) runs out.
        QJsonObject more = withId;
        more.remove(QStringLiteral("MaYeuCau"));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(call(QStringLiteral("MC_CapDaiSo"), more).code(), QStringLiteral("0"));
        QCOMPARE(call(QStringLiteral("MC_CapDaiSo"), more).code(), QStringLiteral("14"));
        more.insert(QStringLiteral("May"), QStringLiteral("11"));
        QCOMPARE(call(QStringLiteral("MC_CapDaiSo"), more).code(), QStringLiteral("6"));
    }

    void centralDecisionsAndCounts()
    {
        const QString code = QStringLiteral("000.00.00.H34-240315-0001");
        auto none = call(QStringLiteral("MC_LayTrangThai"), {{QStringLiteral("TuMoc"), QStringLiteral("0")}});
        QCOMPARE(none.json.value(QLatin1String("result")).toArray().size(), 0);
        QCOMPARE(admin(QStringLiteral("/mapi/_decide"),
                       {{QStringLiteral("MaHoSo"), code}, {QStringLiteral("TrangThaiHoSo"), QStringLiteral("9")}})
                     .code(),
                 QStringLiteral("0"));
        // The HTML form decides too, and the page lists the dossier.
        auto form =
            m_http->postRaw(QStringLiteral("/decide"),
                            "MaHoSo=000.00.00.H34-240315-0003&TrangThaiHoSo=5&NoiDungXuLy=Thi%E1%BA%BFu+gi%E1%BA%A5y",
                            "application/x-www-form-urlencoded");
        // 303 to the page, which the client follows.
        QCOMPARE(form.status, 200);
        QVERIFY(form.body.contains("<table id=\"dossiers\">"));
        auto changes = call(QStringLiteral("MC_LayTrangThai"), {{QStringLiteral("TuMoc"), QStringLiteral("0")},
                                                                {QStringLiteral("SoLuong"), QStringLiteral("1")}});
        QCOMPARE(changes.json.value(QLatin1String("ConNua")).toString(), QStringLiteral("True"));
        const QJsonObject first = changes.json.value(QLatin1String("result")).toArray().at(0).toObject();
        QCOMPARE(first.value(QLatin1String("MaHoSo")).toString(), code);
        QCOMPARE(first.value(QLatin1String("TrangThaiHoSo")).toString(), QStringLiteral("9"));
        QCOMPARE(first.value(QLatin1String("NgayKetThucXuLy")).toString().size(), 14);
        auto rest = call(QStringLiteral("MC_LayTrangThai"),
                         {{QStringLiteral("TuMoc"), changes.json.value(QLatin1String("MocTiep"))}});
        const QJsonObject second = rest.json.value(QLatin1String("result")).toArray().at(0).toObject();
        QCOMPARE(second.value(QLatin1String("NoiDungXuLy")).toString(), QStringLiteral("Thiếu giấy"));
        QCOMPARE(rest.json.value(QLatin1String("ConNua")).toString(), QStringLiteral("False"));
        // Another unit sees none of them.
        QCOMPARE(m_http->call(m_session, QStringLiteral("000.00.00.H99"), QStringLiteral("MC_LayTrangThai"))
                     .json.value(QLatin1String("result"))
                     .toArray()
                     .size(),
                 0);

        const QString page = QString::fromUtf8(m_http->get(QStringLiteral("/")).body);
        QVERIFY(page.contains(code));
        QVERIFY(page.contains(QStringLiteral("Decided")));

        // A running dossier received the next day, and one refused at intake that day.
        QJsonObject running = dossier(QStringLiteral("000.00.00.H34-240316-0004"), QStringLiteral("4"));
        running.insert(QStringLiteral("NgayTiepNhan"), QStringLiteral("20240316080000"));
        QCOMPARE(call(QStringLiteral("DongBoHoSoMC"), upsert(running, false)).code(), QStringLiteral("0"));
        QJsonObject refused = dossier(QStringLiteral("000.00.00.H34-240316-0005"), QStringLiteral("3"));
        refused.insert(QStringLiteral("NgayTiepNhan"), QStringLiteral("20240316090000"));
        QCOMPARE(call(QStringLiteral("DongBoHoSoMC"), upsert(refused, false)).code(), QStringLiteral("0"));

        auto figures = [this](const QString& day, const QString& at = {}) {
            QJsonObject fields{{QStringLiteral("Ngay"), day}};
            if (!at.isEmpty())
                fields.insert(QStringLiteral("ThoiDiem"), at);
            return call(QStringLiteral("MC_SoLieuTrungTam"), fields).json.value(QLatin1String("result")).toObject();
        };
        const QJsonObject c = figures(QStringLiteral("20240315"));
        QCOMPARE(c.value(QLatin1String("TiepNhan")).toObject().value(QLatin1String("TongSo")).toString(),
                 QStringLiteral("2"));
        QCOMPARE(c.value(QLatin1String("TiepNhan")).toObject().value(QLatin1String("TrucTiep")).toString(),
                 QStringLiteral("2"));
        QCOMPARE(c.value(QLatin1String("ChoBoSung")).toString(), QStringLiteral("1"));
        QCOMPARE(c.value(QLatin1String("ThoiDiem")).toString(), QStringLiteral("20240316000000"));
        // Refused at intake is not received (as on the workstation).
        QCOMPARE(figures(QStringLiteral("20240316"))
                     .value(QLatin1String("TiepNhan"))
                     .toObject()
                     .value(QLatin1String("TongSo"))
                     .toString(),
                 QStringLiteral("1"));
        // The appointment day, at noon: -0004 is due later today; -0003 waits for a supplement
        // (its clock is paused: neither due nor overdue); -0001 is decided.
        const QJsonObject noon = figures(QStringLiteral("20240322"), QStringLiteral("20240322120000"));
        QCOMPARE(noon.value(QLatin1String("DenHanHomNay")).toString(), QStringLiteral("1"));
        QCOMPARE(noon.value(QLatin1String("QuaHan")).toString(), QStringLiteral("0"));
        QCOMPARE(noon.value(QLatin1String("ThoiDiem")).toString(), QStringLiteral("20240322120000"));
        const QJsonObject evening = figures(QStringLiteral("20240322"), QStringLiteral("20240322180000"));
        QCOMPARE(evening.value(QLatin1String("DenHanHomNay")).toString(), QStringLiteral("0"));
        QCOMPARE(evening.value(QLatin1String("QuaHan")).toString(), QStringLiteral("1"));
        // A day long over, as of its end: -0004 still running, and -0001, decided only later,
        // was running then too.
        const QJsonObject late = figures(QStringLiteral("20240401"));
        QCOMPARE(late.value(QLatin1String("DenHanHomNay")).toString(), QStringLiteral("0"));
        QCOMPARE(late.value(QLatin1String("QuaHan")).toString(), QStringLiteral("2"));
        const QJsonObject unit = late.value(QLatin1String("TheoDonVi")).toArray().at(0).toObject();
        QCOMPARE(unit.value(QLatin1String("DonViXuLy")).toString(), QStringLiteral("Sở Tư pháp"));
        QCOMPARE(unit.value(QLatin1String("QuaHan")).toString(), QStringLiteral("2"));
        QCOMPARE(call(QStringLiteral("MC_SoLieuTrungTam"), {{QStringLiteral("Ngay"), QStringLiteral("20240322")},
                                                            {QStringLiteral("ThoiDiem"), QStringLiteral("x")}})
                     .code(),
                 QStringLiteral("6"));
    }

    void catalogue()
    {
        auto list = call(QStringLiteral("LayDanhSachTTHC"));
        QVERIFY(list.json.value(QLatin1String("result")).toArray().size() > 40);
        auto one = call(QStringLiteral("LayThuTuc"), {{QStringLiteral("maTTHC"), QStringLiteral("1.002010")}});
        const QJsonObject p = one.json.value(QLatin1String("result")).toArray().at(0).toObject();
        QCOMPARE(p.value(QLatin1String("MATTHC")).toString(), QStringLiteral("1.002010"));
        QVERIFY(!p.value(QLatin1String("CACHTHUCTHUCHIEN")).toArray().isEmpty());
        QCOMPARE(p.value(QLatin1String("MC_BanGhi")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("1.002010"));
        auto all = call(QStringLiteral("MC_LayDanhMuc"));
        QCOMPARE(all.json.value(QLatin1String("PhienBan")).toString().size(), 64);
        QVERIFY(
            all.json.value(QLatin1String("result")).toObject().value(QLatin1String("departments")).toArray().size() >=
            18);
    }

    void bundleImportIsIdempotent()
    {
        const QString code = QStringLiteral("000.00.00.H34-240316-5001");
        const QByteArray file("bundle attachment bytes");
        QJsonObject upload = chunk(sha256(file), file, 0, file.size());
        upload.insert(QStringLiteral("MaHoSo"), code);
        upload.insert(QStringLiteral("service"), QStringLiteral("MC_TaiTep"));
        QJsonObject add = upsert(dossier(code), false);
        add.insert(QStringLiteral("service"), QStringLiteral("DongBoHoSoMC"));
        const QJsonObject history{{QStringLiteral("service"), QStringLiteral("CapNhatTienDoHoSoMC")},
                                  {QStringLiteral("data"), QJsonArray{historyRow(QStringLiteral("st5-1"), code)}}};
        const QJsonObject payload{{QStringLiteral("format"), QStringLiteral("motcua-bundle")},
                                  {QStringLiteral("version"), QStringLiteral("1")},
                                  {QStringLiteral("madonvi"), kUnit},
                                  {QStringLiteral("requests"), QJsonArray{add, history, upload}}};
        const QByteArray bytes = QJsonDocument(payload).toJson();
        const int dossiers = stat("dossiers"), rows = stat("history"), files = stat("files_complete");
        for (int round = 0; round < 2; ++round) {
            auto r =
                call(QStringLiteral("MC_NhapGoi"), {{QStringLiteral("TenGoi"), QStringLiteral("site5.mcb")},
                                                    {QStringLiteral("DuLieu"), QString::fromLatin1(bytes.toBase64())}});
            QCOMPARE(r.code(), QStringLiteral("0"));
            QCOMPARE(r.json.value(QLatin1String("SoLoi")).toString(), QStringLiteral("0"));
        }
        QCOMPARE(stat("dossiers"), dossiers + 1);
        QCOMPARE(stat("history"), rows + 1);
        QCOMPARE(stat("files_complete"), files + 1);
        // A bundle the opener refuses, and one that is not a bundle.
        m_server->setBundleOpener(
            [](const QByteArray&) -> Result<QByteArray> { return Error::crypto(QStringLiteral("bad signature")); });
        QCOMPARE(m_server->services().importBundle(bytes).code, PortalCode::BundleRejected);
        m_server->setBundleOpener(plainBundleOpener);
        QCOMPARE(m_server->services().importBundle("{}").code, PortalCode::BundleRejected);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("http500") << "http500";
        QTest::newRow("http503") << "http503";
        QTest::newRow("delay") << "delay";
        QTest::newRow("drop") << "drop";
        QTest::newRow("malformed") << "malformed";
        QTest::newRow("exists") << "exists";
        QTest::newRow("expired") << "expired";
    }

    void faults()
    {
        QFETCH(QString, fault);
        static int serial = 100;
        const QString code = QStringLiteral("000.00.00.H34-240317-%1").arg(++serial, 4, 10, QLatin1Char('0'));
        const int before = stat("dossiers");
        QCOMPARE(admin(QStringLiteral("/mapi/_fault"),
                       {{QStringLiteral("fault"), fault}, {QStringLiteral("count"), QStringLiteral("1")}})
                     .code(),
                 QStringLiteral("0"));
        const auto r = call(QStringLiteral("DongBoHoSoMC"), upsert(dossier(code), false), 700);
        bool processed = true;
        if (fault == QLatin1String("http500") || fault == QLatin1String("http503")) {
            QCOMPARE(r.status, fault == QLatin1String("http500") ? 500 : 503);
            processed = false;
        } else if (fault == QLatin1String("delay")) {
            QVERIFY(r.timedOut);
        } else if (fault == QLatin1String("drop")) {
            QVERIFY2(r.error != QNetworkReply::NoError && !r.isJson, qPrintable(r.errorString));
        } else if (fault == QLatin1String("malformed")) {
            QCOMPARE(r.status, 200);
            QVERIFY(!r.isJson);
        } else if (fault == QLatin1String("exists")) {
            QCOMPARE(r.code(), QStringLiteral("3"));
        } else if (fault == QLatin1String("expired")) {
            QCOMPARE(r.code(), QStringLiteral("2"));
            processed = false;
            // The session is really gone; a new login works.
            QCOMPARE(call(QStringLiteral("LayDanhSachTTHC")).code(), QStringLiteral("2"));
            m_session = m_http->login(QStringLiteral("u"), QStringLiteral("p"));
            QVERIFY(!m_session.isEmpty());
        }
        QCOMPARE(stat("dossiers"), before + (processed ? 1 : 0));
        // The count was one: the next request goes through, and the client's retry ends well.
        const auto retry = call(QStringLiteral("DongBoHoSoMC"), upsert(dossier(code), processed));
        QCOMPARE(retry.code(), QStringLiteral("0"));
        QCOMPARE(stat("dossiers"), before + 1);
    }

    void faultRatesAndTargets()
    {
        FaultInjector f(42);
        QVERIFY(!f.set(QStringLiteral("teapot")).ok());
        QVERIFY(!f.set(QStringLiteral("http500:1.5")).ok());
        QVERIFY(f.set(QStringLiteral("http500:0.5@MC_TaiTep")).ok());
        int fired = 0;
        for (int i = 0; i < 200; ++i)
            fired += f.next(QStringLiteral("MC_TaiTep"), false) == FaultInjector::Kind::Http500;
        QVERIFY2(fired > 60 && fired < 140, qPrintable(QString::number(fired)));
        QCOMPARE(f.next(QStringLiteral("DongBoHoSoMC"), true), FaultInjector::Kind::None);
        QVERIFY(f.set(QStringLiteral("exists:2")).ok());
        QCOMPARE(f.next(QStringLiteral("CapNhatTienDoHoSoMC"), false), FaultInjector::Kind::None); // not an add
        QCOMPARE(f.next(QStringLiteral("DongBoHoSoMC"), true), FaultInjector::Kind::Exists);
        QCOMPARE(f.next(QStringLiteral("DongBoHoSoMC"), true), FaultInjector::Kind::Exists);
        QCOMPARE(f.next(QStringLiteral("DongBoHoSoMC"), true), FaultInjector::Kind::None);
        QVERIFY(f.set(QStringLiteral("expired")).ok());
        QCOMPARE(f.next(QStringLiteral("login"), false), FaultInjector::Kind::None);

        // Over the wire: a login fault, and a fault narrowed to one service.
        QCOMPARE(admin(QStringLiteral("/mapi/_fault"), {{QStringLiteral("fault"), QStringLiteral("http503")},
                                                        {QStringLiteral("service"), QStringLiteral("MC_TaiTep")}})
                     .code(),
                 QStringLiteral("0"));
        QCOMPARE(call(QStringLiteral("LayDanhSachTTHC")).code(), QStringLiteral("0"));
        QCOMPARE(call(QStringLiteral("MC_TrangThaiTep"), {{QStringLiteral("MaTep"), sha256("x")}}).status, 200);
        QCOMPARE(call(QStringLiteral("MC_TaiTep"), chunk(sha256("x"), "x", 0, 1)).status, 503);
        QCOMPARE(admin(QStringLiteral("/mapi/_fault"), {{QStringLiteral("fault"), QStringLiteral("none")}}).code(),
                 QStringLiteral("0"));
        QVERIFY(stat("faults_fired") >= 1);
    }
};

QTEST_GUILESS_MAIN(TestPortalServer)
#include "test_portalserver.moc"
