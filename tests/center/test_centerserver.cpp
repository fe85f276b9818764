// motcua-center as its executable over a throwaway PostgreSQL cluster: the schema and its
// version check, station enrolment (one-time codes, wrong and expired codes, revocation),
// the administrator's sign-in for the page and the admin actions, leases bound to the
// enrolled station, two center processes on one database behind the same client, attachment
// bytes stored uncompressed in rows of at most 256 KiB, and freed upload buffers kept for reuse.
#include "PortalFixture.h"
#include "core/MemoryReuse.h"
#include "sync/OfflineBundle.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cstdlib>
#include <cstring>
#include <thread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace motcua;
using namespace motcua::test;

namespace {

QJsonObject add(const QString& code)
{
    return PortalHttp::sampleAdd(code);
}

// The answers to two chunks of one file sent out of order (TestCenterServer::overtake).
struct Overtaken
{
    PortalHttp::Result first, later;
    qint64 firstMs = 0;
};

QString codeOf(int n)
{
    return QStringLiteral("000.00.00.H34-260213-%1").arg(n, 4, 10, QLatin1Char('0'));
}

} // namespace

class TestCenterServer : public QObject
{
    Q_OBJECT

private:
    PortalFixture m_center{{}, PortalFixture::Server::Center};

    QString enrol(int station, QByteArray* out = nullptr)
    {
        QByteArray code;
        const int rc = m_center.centerCommand(
            {QStringLiteral("enrol"), QStringLiteral("--station"), QString::number(station)}, &code);
        if (out)
            *out = code;
        return rc == 0 ? QString::fromUtf8(code).trimmed() : QString();
    }
    PortalHttp::Result join(const QString& code)
    {
        return m_center.http().post(
            QStringLiteral("/center/join"),
            {{QStringLiteral("code"), code}, {QStringLiteral("name"), QStringLiteral("Quầy 2")}});
    }
    QByteArray basic(const QString& user, const QString& password)
    {
        return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
    }
    int psql(const QString& sql, QByteArray* out = nullptr)
    {
        return m_center.cluster()->client(
            QStringLiteral("psql"), {QStringLiteral("-d"), m_center.cluster()->conninfo(), QStringLiteral("-tAc"), sql},
            out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_center.start(), qPrintable(m_center.errorString()));
        QVERIFY(m_center.username().startsWith(QLatin1String("station-1")));
    }

    void enrolledStationSyncs()
    {
        auto& http = m_center.http();
        const QString session = http.login(m_center.username(), m_center.password());
        QVERIFY(!session.isEmpty());
        QCOMPARE(http.call(session, m_center.madonvi(), QStringLiteral("DongBoHoSoMC"), add(codeOf(1))).code(),
                 QStringLiteral("0"));
        // The same add again: already there (3), nothing stored twice.
        QCOMPARE(http.call(session, m_center.madonvi(), QStringLiteral("DongBoHoSoMC"), add(codeOf(1))).code(),
                 QStringLiteral("3"));
        QCOMPARE(m_center.dossierCount(), 1);
        // The shared national-style account does not exist here.
        QVERIFY(http.login(QStringLiteral("portal-test"), QStringLiteral("portal-test-password")).isEmpty());
    }

    // The feed (MC_LayHoSoTrungTam) hands each record and history row on as the center stored
    // it, text needing escapes included, and its cursor walks every dossier once, page by page.
    void feedPassesRecordsAsStored_data()
    {
        QTest::addColumn<QString>("note");
        QTest::newRow("vietnamese") << QStringLiteral("Hồ sơ của bà Trần Thị B, phường Đông Hà");
        QTest::newRow("quotes and backslashes") << QStringLiteral("Bản \"gốc\" tại C:\\hồ sơ\\");
        QTest::newRow("control characters") << QStringLiteral("Dòng 1\nDòng 2\tcột\r\u0001 hết");
    }

    void feedPassesRecordsAsStored()
    {
        QFETCH(QString, note);
        static int n = 0;
        const QString code = QStringLiteral("000.00.00.H34-260214-%1").arg(++n, 4, 10, QLatin1Char('0'));
        auto& http = m_center.http();
        const QString session = http.login(m_center.username(), m_center.password());
        QVERIFY(!session.isEmpty());
        QJsonObject record = PortalHttp::sampleDossier(code);
        record.insert(QStringLiteral("GhiChu"), note);
        QCOMPARE(http.call(session, m_center.madonvi(), QStringLiteral("DongBoHoSoMC"),
                           {{QStringLiteral("isUpdating"), QStringLiteral("False")},
                            {QStringLiteral("data"), QJsonArray{record}}})
                     .code(),
                 QStringLiteral("0"));
        QJsonArray history;
        for (int i = 1; i <= 2; ++i) {
            history.append(QJsonObject{{QStringLiteral("MaTienDo"), QStringLiteral("%1#1.%2").arg(code).arg(i)},
                                       {QStringLiteral("MaHoSo"), code},
                                       {QStringLiteral("NguoiXuLy"), QStringLiteral("Cán bộ một cửa")},
                                       {QStringLiteral("ThoiDiemXuLy"), QStringLiteral("2026021410000%1").arg(i)},
                                       {QStringLiteral("NoiDungXuLy"), QString(note + QString::number(i))},
                                       {QStringLiteral("TrangThai"), QStringLiteral("2")}});
        }
        QCOMPARE(http.call(session, m_center.madonvi(), QStringLiteral("CapNhatTienDoHoSoMC"),
                           {{QStringLiteral("data"), history}})
                     .code(),
                 QStringLiteral("0"));

        // Page by page from the start, one dossier a page.
        QString cursor = QStringLiteral("0");
        qint64 waiting = -1;
        QStringList codes;
        QJsonObject entry;
        for (bool more = true; more;) {
            QJsonObject fields{{QStringLiteral("TuMoc"), cursor}, {QStringLiteral("SoLuong"), QStringLiteral("1")}};
            if (waiting < 0)
                fields.insert(QStringLiteral("DemConLai"), QStringLiteral("True"));
            const PortalHttp::Result page =
                http.call(session, m_center.madonvi(), QStringLiteral("MC_LayHoSoTrungTam"), fields);
            QVERIFY2(page.isJson, page.body.left(200).constData());
            QCOMPARE(page.code(), QStringLiteral("0"));
            if (waiting < 0)
                waiting = page.json.value(QLatin1String("ConLai")).toString().toLongLong();
            const QJsonArray rows = page.json.value(QLatin1String("result")).toArray();
            more = page.json.value(QLatin1String("ConNua")).toString() == QLatin1String("True");
            QVERIFY(rows.size() <= 1);
            if (rows.isEmpty())
                break;
            const QJsonObject row = rows.first().toObject();
            // The cursor after a page is the position of its last dossier.
            QCOMPARE(page.json.value(QLatin1String("MocTiep")).toString(), row.value(QLatin1String("Moc")).toString());
            QVERIFY(page.json.value(QLatin1String("MocTiep")).toString() != cursor);
            cursor = page.json.value(QLatin1String("MocTiep")).toString();
            codes.append(row.value(QLatin1String("MaHoSo")).toString());
            if (codes.last() == code)
                entry = row;
        }
        QCOMPARE(qint64(codes.size()), waiting);
        QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()).size(), codes.size());
        QVERIFY2(!entry.isEmpty(), qPrintable(codes.join(QLatin1Char(' '))));

        // The record as stored, its text intact; the history rows as sent, oldest first.
        QByteArray stored;
        QCOMPARE(psql(QStringLiteral("SELECT data FROM dossiers WHERE ma_hoso = '%1'").arg(code), &stored), 0);
        const QJsonObject hoSo = entry.value(QLatin1String("HoSo")).toObject();
        QCOMPARE(hoSo, QJsonDocument::fromJson(stored.trimmed()).object());
        QCOMPARE(hoSo.value(QLatin1String("GhiChu")).toString(), note);
        QCOMPARE(hoSo.value(QLatin1String("ChuHoSo")).toString(), QStringLiteral("Trần Thị B"));
        const QJsonArray steps = entry.value(QLatin1String("TienDo")).toArray();
        QCOMPARE(steps.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject step = steps.at(i).toObject();
            QCOMPARE(step.value(QLatin1String("MaTienDo")).toString(), QStringLiteral("%1#1.%2").arg(code).arg(i + 1));
            QCOMPARE(step.value(QLatin1String("NoiDungXuLy")).toString(), QString(note + QString::number(i + 1)));
        }
        QCOMPARE(entry.value(QLatin1String("Tep")).toArray().size(), 0);
        QVERIFY(entry.value(QLatin1String("TrangThaiTrungTam")).isString());
        QVERIFY(entry.value(QLatin1String("TinhTrang")).isString());
        QVERIFY(!entry.contains(QLatin1String("MaHoSoTrucTuyen")));
    }

    void codesAreOneTimeAndExpire()
    {
        // A wrong code.
        const auto wrong = join(QStringLiteral("AAAA-BBBB-CCCC"));
        QCOMPARE(wrong.code(), QStringLiteral("1"));
        // A good code works once.
        const QString code = enrol(2);
        QVERIFY(!code.isEmpty());
        QVERIFY(QRegularExpression(QStringLiteral("^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$")).match(code).hasMatch());
        const auto joined = join(code.toLower()); // read out and typed in lower case
        QCOMPARE(joined.code(), QStringLiteral("0"));
        QCOMPARE(joined.json.value(QLatin1String("station")).toString(), QStringLiteral("2"));
        QCOMPARE(joined.json.value(QLatin1String("madonvi")).toString(), m_center.madonvi());
        const QString user = joined.json.value(QLatin1String("username")).toString();
        const QString secret = joined.json.value(QLatin1String("password")).toString();
        QCOMPARE(user, QStringLiteral("station-2"));
        QVERIFY(secret.size() >= 40);
        QCOMPARE(join(code).code(), QStringLiteral("1")); // used
        QVERIFY(!m_center.http().login(user, secret).isEmpty());
        // Enrolling a station already enrolled is refused: two workstations never share a number.
        QByteArray out;
        QVERIFY(enrol(2, &out).isEmpty());
        // An expired code.
        const QString old = enrol(3);
        QVERIFY(!old.isEmpty());
        QCOMPARE(psql(QStringLiteral("UPDATE enrolments SET expires_at = 0 WHERE station = 3 AND used_at IS NULL")), 0);
        QCOMPARE(join(old).code(), QStringLiteral("1"));
        QCOMPARE(psql(QStringLiteral("DELETE FROM login_failures")), 0);
    }

    void revokedStationIsRefusedAtOnce()
    {
        const QString code = enrol(4);
        const auto joined = join(code);
        QCOMPARE(joined.code(), QStringLiteral("0"));
        auto& http = m_center.http();
        const QString user = joined.json.value(QLatin1String("username")).toString();
        const QString secret = joined.json.value(QLatin1String("password")).toString();
        const QString session = http.login(user, secret);
        QVERIFY(!session.isEmpty());
        QCOMPARE(http.call(session, m_center.madonvi(), QStringLiteral("DongBoHoSoMC"), add(codeOf(40))).code(),
                 QStringLiteral("0"));
        QCOMPARE(m_center.centerCommand({QStringLiteral("revoke"), QStringLiteral("--station"), QStringLiteral("4")}),
                 0);
        // The open session is refused on its very next request, and the secret no longer logs in.
        QCOMPARE(http.call(session, m_center.madonvi(), QStringLiteral("DongBoHoSoMC"), add(codeOf(41))).code(),
                 QStringLiteral("2"));
        QVERIFY(http.login(user, secret).isEmpty());
        QByteArray list;
        QCOMPARE(
            m_center.centerCommand({QStringLiteral("stations"), QStringLiteral("--lang"), QStringLiteral("en")}, &list),
            0);
        QVERIFY2(list.contains("4\trevoked"), list.constData());
        QCOMPARE(psql(QStringLiteral("DELETE FROM login_failures")), 0);
    }

    // An offline bundle is imported only when an enrolled, unrevoked station signed it with its
    // own credential; a shared secret, another station's name or a revoked station is refused.
    void bundlesOnlyFromEnrolledStations()
    {
        const QString code = enrol(6);
        const auto joined = join(code);
        QCOMPARE(joined.code(), QStringLiteral("0"));
        auto& http = m_center.http();
        const QString secret = joined.json.value(QLatin1String("password")).toString();
        const QString session = http.login(joined.json.value(QLatin1String("username")).toString(), secret);
        QVERIFY(!session.isEmpty());
        const QJsonObject payload{
            {QStringLiteral("format"), QStringLiteral("motcua-bundle")},
            {QStringLiteral("version"), QStringLiteral("1")},
            {QStringLiteral("madonvi"), m_center.madonvi()},
            {QStringLiteral("requests"),
             QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("DongBoHoSoMC")},
                                    {QStringLiteral("isUpdating"), QStringLiteral("False")},
                                    {QStringLiteral("data"),
                                     QJsonArray{add(codeOf(60)).value(QLatin1String("data")).toArray().first()}}}}}};
        const auto import = [&](const QByteArray& file) {
            return http.call(session, m_center.madonvi(), QStringLiteral("MC_NhapGoi"),
                             {{QStringLiteral("TenGoi"), QStringLiteral("quay6.mcb")},
                              {QStringLiteral("DuLieu"), QString::fromLatin1(file.toBase64())}});
        };
        const QString key = OfflineBundle::stationSecret(secret);
        auto shared = OfflineBundle::seal(payload, QStringLiteral("a-secret-shared-by-all-sites"));
        auto otherName = OfflineBundle::seal(payload, key, 1);
        auto signedBySix = OfflineBundle::seal(payload, key, 6);
        QVERIFY(shared && otherName && signedBySix);
        const int before = m_center.dossierCount();
        QVERIFY(import(*shared).code() != QStringLiteral("0"));
        QVERIFY(import(*otherName).code() != QStringLiteral("0"));
        QCOMPARE(m_center.dossierCount(), before);
        const auto done = import(*signedBySix);
        QVERIFY2(done.code() == QStringLiteral("0"), done.body.constData());
        QCOMPARE(m_center.dossierCount(), before + 1);
        // Revoked: its bundles are refused too (checked through a station that is still enrolled).
        const auto other = join(enrol(7));
        const QString otherSession = http.login(other.json.value(QLatin1String("username")).toString(),
                                                other.json.value(QLatin1String("password")).toString());
        QCOMPARE(m_center.centerCommand({QStringLiteral("revoke"), QStringLiteral("--station"), QStringLiteral("6")}),
                 0);
        const auto afterRevoke = http.call(otherSession, m_center.madonvi(), QStringLiteral("MC_NhapGoi"),
                                           {{QStringLiteral("TenGoi"), QStringLiteral("quay6.mcb")},
                                            {QStringLiteral("DuLieu"), QString::fromLatin1(signedBySix->toBase64())}});
        QVERIFY(afterRevoke.code() != QStringLiteral("0"));
    }

    void leasesOnlyForTheEnrolledStation()
    {
        auto& http = m_center.http();
        const QString session = http.login(m_center.username(), m_center.password());
        QJsonObject lease{{QStringLiteral("MaCoQuan"), QStringLiteral("000.00.00.H34")},
                          {QStringLiteral("Ngay"), QStringLiteral("260213")},
                          {QStringLiteral("May"), QStringLiteral("1")},
                          {QStringLiteral("SoLuong"), QStringLiteral("50")}};
        const auto mine = http.call(session, m_center.madonvi(), QStringLiteral("MC_CapDaiSo"), lease);
        QCOMPARE(mine.code(), QStringLiteral("0"));
        QCOMPARE(mine.json.value(QLatin1String("TuSo")).toString(), QStringLiteral("1"));
        lease.insert(QStringLiteral("May"), QStringLiteral("2"));
        QCOMPARE(http.call(session, m_center.madonvi(), QStringLiteral("MC_CapDaiSo"), lease).code(),
                 QStringLiteral("6"));
    }

    void pageAndAdminActionsNeedAnAdministrator()
    {
        auto& http = m_center.http();
        QCOMPARE(http.get(QStringLiteral("/")).status, 401);
        QCOMPARE(
            http.get(QStringLiteral("/"), {{"Authorization", basic(m_center.adminUser(), QStringLiteral("wrong"))}})
                .status,
            401);
        const auto page =
            http.get(QStringLiteral("/"), {{"Authorization", basic(m_center.adminUser(), m_center.adminPassword())}});
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains(codeOf(1).toUtf8()));
        // The page is the center's, headed by its name, not the reference portal's.
        QVERIFY2(page.body.contains("<h1>Test center"), page.body.left(400).constData());
        // No anonymous decision, by the form or the endpoint.
        QCOMPARE(http.postRaw(QStringLiteral("/decide"), "MaHoSo=" + codeOf(1).toUtf8() + "&TrangThaiHoSo=9",
                              "application/x-www-form-urlencoded")
                     .status,
                 401);
        QCOMPARE(http.post(QStringLiteral("/mapi/_decide"), {{QStringLiteral("MaHoSo"), codeOf(1)},
                                                             {QStringLiteral("TrangThaiHoSo"), QStringLiteral("9")}})
                     .status,
                 401);
        QVERIFY(m_center.decide(codeOf(1), QStringLiteral("9"), QStringLiteral("Đã giải quyết")));
        const QJsonObject d = m_center.dossier(codeOf(1)).value(QLatin1String("dossier")).toObject();
        QCOMPARE(d.value(QLatin1String("TrangThaiTrungTam")).toString(), QStringLiteral("9"));
    }

    // A second motcua-center on the same database and configuration, on another port; its URL.
    // MC_TaiTep of `data` at `offset` in the file `sha` of `total` bytes, for dossier 1.
    static QJsonObject chunkRequest(const QString& sha, qint64 total, qint64 offset, const QByteArray& data)
    {
        return QJsonObject{{QStringLiteral("MaTep"), sha},
                           {QStringLiteral("MaHoSo"), codeOf(1)},
                           {QStringLiteral("TenTep"), QStringLiteral("scan.pdf")},
                           {QStringLiteral("TongKichThuoc"), QString::number(total)},
                           {QStringLiteral("ViTri"), QString::number(offset)},
                           {QStringLiteral("DuLieu"), QString::fromLatin1(data.toBase64())}};
    }

    // The file `bytes` in two chunks: the later one (from `split`) sent first to `laterUrl` on a
    // connection of its own, the earlier one `waitMs` later to `firstUrl`; both answers.
    Overtaken overtake(const QString& session, const QUrl& laterUrl, const QUrl& firstUrl, const QByteArray& bytes,
                       qsizetype split, int waitMs)
    {
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        Overtaken out;
        std::thread early([&] {
            PortalHttp other(laterUrl, m_center.caCertificate());
            out.later = other.call(session, m_center.madonvi(), QStringLiteral("MC_TaiTep"),
                                   chunkRequest(sha, bytes.size(), split, bytes.mid(split)));
        });
        QTest::qWait(waitMs);
        PortalHttp same(firstUrl, m_center.caCertificate());
        QElapsedTimer took;
        took.start();
        out.first = same.call(session, m_center.madonvi(), QStringLiteral("MC_TaiTep"),
                              chunkRequest(sha, bytes.size(), 0, bytes.left(split)));
        out.firstMs = took.elapsed();
        early.join();
        return out;
    }

    // `more`: further arguments, such as --set workers=1.
    QUrl startSecond(QProcess& second, const QStringList& more = {})
    {
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(QStringLiteral(MOTCUA_CENTER_PATH),
                     QStringList{QStringLiteral("serve"), QStringLiteral("--config"), m_center.centerConfigPath(),
                                 QStringLiteral("--set"), QStringLiteral("listen=127.0.0.1:0")} +
                         more);
        if (!second.waitForStarted(10000))
            return {};
        QByteArray out;
        static const QRegularExpression ready(QStringLiteral("listening on https://[^:]+:(\\d+)"));
        QRegularExpressionMatch m;
        const QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired() && !(m = ready.match(QString::fromUtf8(out))).hasMatch()) {
            second.waitForReadyRead(100);
            out += second.readAllStandardOutput();
        }
        if (!m.hasMatch())
            return {};
        QUrl url = m_center.url();
        url.setPort(m.captured(1).toInt());
        return url;
    }

    void twoProcessesServeOneCenter()
    {
        QProcess second;
        const QUrl url = startSecond(second);
        QVERIFY(url.isValid());
        PortalHttp other(url, m_center.caCertificate());

        // One session, made on the first process, is good on the second: no state outside PostgreSQL.
        auto& first = m_center.http();
        const QString session = first.login(m_center.username(), m_center.password());
        QVERIFY(!session.isEmpty());
        const int before = m_center.dossierCount();
        for (int i = 100; i < 140; ++i) {
            PortalHttp& via = i % 2 ? other : first;
            QCOMPARE(via.call(session, m_center.madonvi(), QStringLiteral("DongBoHoSoMC"), add(codeOf(i))).code(),
                     QStringLiteral("0"));
        }
        // A dossier sent to one and repeated to the other is stored once.
        QCOMPARE(other.call(session, m_center.madonvi(), QStringLiteral("DongBoHoSoMC"), add(codeOf(100))).code(),
                 QStringLiteral("3"));
        QCOMPARE(m_center.dossierCount(), before + 40);
        // Leases from both processes never overlap.
        QSet<int> numbers;
        for (int i = 0; i < 10; ++i) {
            PortalHttp& via = i % 2 ? other : first;
            const auto r = via.call(session, m_center.madonvi(), QStringLiteral("MC_CapDaiSo"),
                                    {{QStringLiteral("MaCoQuan"), QStringLiteral("000.00.00.H34")},
                                     {QStringLiteral("Ngay"), QStringLiteral("260214")},
                                     {QStringLiteral("May"), QStringLiteral("1")},
                                     {QStringLiteral("SoLuong"), QStringLiteral("10")}});
            QCOMPARE(r.code(), QStringLiteral("0"));
            for (int n = r.json.value(QLatin1String("TuSo")).toString().toInt();
                 n <= r.json.value(QLatin1String("DenSo")).toString().toInt(); ++n) {
                QVERIFY(!numbers.contains(n));
                numbers.insert(n);
            }
        }
        QCOMPARE(numbers.size(), 100);
        second.terminate();
        QVERIFY(second.waitForFinished(5000));
    }

    void chunkThatOvertakesWaitsForTheOneBefore()
    {
        // A client sends the next chunk of a file while the one before is still on its way;
        // here the later one reaches one process first and waits there until the earlier one,
        // sent to the other process, is stored: both are taken, none refused (error 11).
        QProcess second;
        const QUrl url = startSecond(second);
        QVERIFY(url.isValid());
        const QByteArray bytes = QByteArrayLiteral("the first half|and the second");
        const QByteArray head = bytes.left(15), tail = bytes.mid(15);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QString session = m_center.http().login(m_center.username(), m_center.password());
        QVERIFY(!session.isEmpty());
        const Overtaken sent = overtake(session, url, m_center.url(), bytes, head.size(), 400);
        const PortalHttp::Result &first = sent.first, &later = sent.later;
        QCOMPARE(first.code(), QStringLiteral("0"));
        QCOMPARE(later.code(), QStringLiteral("0"));
        QCOMPARE(later.json.value(QLatin1String("HoanTat")).toString(), QStringLiteral("True"));
        QByteArray stored;
        QCOMPARE(psql(QStringLiteral("SELECT complete FROM files WHERE sha256 = '%1'").arg(sha), &stored), 0);
        QCOMPARE(stored.trimmed(), QByteArray("t"));

        // A chunk whose predecessor never comes is refused after the wait, with the offset to resume from.
        const QByteArray other = QByteArrayLiteral("never finished");
        const QString otherSha =
            QString::fromLatin1(QCryptographicHash::hash(other, QCryptographicHash::Sha256).toHex());
        QJsonObject orphan = chunkRequest(sha, bytes.size(), 4, other.mid(4));
        orphan[QStringLiteral("MaTep")] = otherSha;
        orphan[QStringLiteral("TongKichThuoc")] = QString::number(other.size());
        QElapsedTimer waited;
        waited.start();
        const auto refused = m_center.http().call(session, m_center.madonvi(), QStringLiteral("MC_TaiTep"), orphan);
        QCOMPARE(refused.code(), QStringLiteral("11"));
        QCOMPARE(refused.json.value(QLatin1String("ViTri")).toString(), QStringLiteral("0"));
        QVERIFY(waited.elapsed() >= 1400); // PortalServer::kChunkPatienceMs
        second.terminate();
        QVERIFY(second.waitForFinished(5000));
    }

    void chunkThatOvertakesLeavesItsThreadFree()
    {
        // The same on one worker thread, both chunks on connections of their own: while the
        // later one waits, the thread takes the earlier one, so both are stored at once. A wait
        // that held the thread would keep the earlier one out until the later was refused.
        QProcess single;
        const QUrl url = startSecond(single, {QStringLiteral("--set"), QStringLiteral("workers=1")});
        QVERIFY(url.isValid());
        // A first chunk of several stored rows (CenterStore::kRowBytes), then a short one.
        QByteArray bytes(600 * 1024 + 17, Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>((i * 7919) >> 3);
        const qsizetype split = 600 * 1024;
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QString session = m_center.http().login(m_center.username(), m_center.password());
        QVERIFY(!session.isEmpty());
        const Overtaken sent = overtake(session, url, url, bytes, split, 300);
        const PortalHttp::Result &first = sent.first, &later = sent.later;
        const qint64 firstMs = sent.firstMs;
        QCOMPARE(first.code(), QStringLiteral("0"));
        QCOMPARE(later.code(), QStringLiteral("0"));
        QCOMPARE(later.json.value(QLatin1String("HoanTat")).toString(), QStringLiteral("True"));
        QVERIFY2(firstMs < 1200, qPrintable(QString::number(firstMs)));
        QByteArray stored;
        QCOMPARE(psql(QStringLiteral("SELECT count(*), encode(sha256(string_agg(data, ''::bytea ORDER BY \"offset\")),"
                                     " 'hex') FROM file_chunks WHERE sha256 = '%1'")
                          .arg(sha),
                      &stored),
                 0);
        QCOMPARE(QString::fromLatin1(stored.trimmed()), QStringLiteral("4|%1").arg(sha));
        single.terminate();
        QVERIFY(single.waitForFinished(5000));
    }

    void chunkBytesAreStoredUncompressed()
    {
        // Scans and PDFs are compressed already: the column never tries pglz on them
        // (storage EXTERNAL after init), and a chunk is kept as rows of at most kRowBytes.
        QByteArray storage;
        QCOMPARE(psql(QStringLiteral("SELECT attstorage FROM pg_attribute WHERE attrelid = 'file_chunks'::regclass"
                                     " AND attname = 'data'"),
                      &storage),
                 0);
        QCOMPARE(storage.trimmed(), QByteArray("e"));
        // Bytes pglz would shrink well, so a column that still tried it would compress them.
        const QByteArray bytes(700 * 1024, 'a');
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QString session = m_center.http().login(m_center.username(), m_center.password());
        QVERIFY(!session.isEmpty());
        const auto sent = m_center.http().call(session, m_center.madonvi(), QStringLiteral("MC_TaiTep"),
                                               chunkRequest(sha, bytes.size(), 0, bytes));
        QCOMPARE(sent.code(), QStringLiteral("0"));
        QByteArray rows;
        QCOMPARE(psql(QStringLiteral("SELECT count(*), count(pg_column_compression(data)), max(length(data)),"
                                     " sum(pg_column_size(data)) >= %2 FROM file_chunks WHERE sha256 = '%1'")
                          .arg(sha)
                          .arg(bytes.size()),
                      &rows),
                 0);
        QCOMPARE(QString::fromLatin1(rows.trimmed()), QStringLiteral("3|0|262144|t"));
    }

    void freedBuffersAreKeptForTheNext()
    {
#if defined(__GLIBC__)
        // What motcua-center sets at its start (core/MemoryReuse.h): a buffer of megabytes,
        // such as a chunk's request body, comes from the heap and stays there once freed,
        // where glibc would map it afresh and unmap it again, and the next chunk's would fault
        // in page by page. Larger than any buffer freed in this process before.
        reuseFreedMemory();
        const std::size_t size = kMappedAbove - 1024 * 1024;
        const std::size_t mappedBefore = mallinfo2().hblkhd;
        std::size_t mapped = 0;
        bool allocated = false;
        std::thread([&] {
            // On a thread of its own, as the center's workers are.
            char* buffer = static_cast<char*>(std::malloc(size));
            allocated = buffer != nullptr;
            if (buffer)
                std::memset(buffer, 1, size);
            mapped = mallinfo2().hblkhd - mappedBefore;
            std::free(buffer);
        }).join();
        QVERIFY(allocated);
        QCOMPARE(mapped, std::size_t(0));
        QVERIFY2(mallinfo2().fordblks >= size, qPrintable(QString::number(mallinfo2().fordblks)));
#else
        QSKIP("glibc only");
#endif
    }

    void newerSchemaIsRefused()
    {
        m_center.stop();
        QCOMPARE(psql(QStringLiteral("INSERT INTO center_schema (version, applied_at) VALUES (999, 0)")), 0);
        QProcess serve;
        serve.start(QStringLiteral(MOTCUA_CENTER_PATH),
                    {QStringLiteral("serve"), QStringLiteral("--config"), m_center.centerConfigPath(),
                     QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(serve.waitForFinished(15000));
        QCOMPARE(serve.exitCode(), 1);
        QVERIFY2(serve.readAllStandardError().contains("newer than this motcua-center"), "no clear message");
        QVERIFY(m_center.centerCommand({QStringLiteral("init")}) != 0);
        QVERIFY(m_center.centerCommand({QStringLiteral("check")}) != 0);
        QCOMPARE(psql(QStringLiteral("DELETE FROM center_schema WHERE version = 999")), 0);
        QCOMPARE(m_center.centerCommand({QStringLiteral("check")}), 0);
    }

    void backupIsPgDump()
    {
        QByteArray dump;
        QCOMPARE(m_center.cluster()->client(QStringLiteral("pg_dump"),
                                            {QStringLiteral("-d"), m_center.cluster()->conninfo(),
                                             QStringLiteral("--data-only"), QStringLiteral("-t"),
                                             QStringLiteral("dossiers")},
                                            &dump),
                 0);
        QVERIFY(dump.contains(codeOf(139).toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCenterServer)
#include "test_centerserver.moc"
