// Online dossiers end to end, every part a real program: citizens file three submissions with
// files at the national double (`motcua-portal submit-online`); `motcua-center serve` pulls them
// by itself, through the gateway's bearer token; a workstation that joined the center with a
// one-time code (`motcuactl center join`) syncs and finds them in its Online inbox with their
// submission times and deadlines, fetches their files byte for byte, accepts one (form 01),
// asks for a supplement on one (form 02) and refuses one (form 03); it syncs again, and the
// center's relay brings the three decisions to the double's national-shape records.
#include "MotcuactlRun.h"
#include "PortalFixture.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPdfDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace motcua;
using namespace motcua::test;
using namespace Qt::StringLiterals;

namespace {

const QString kAdmin = u"admin"_s;
const QString kPassword = u"station-admin-password-1"_s;
const QByteArray kToken = "gateway-token-e2e";

// "2026-12-07T10:15:00+07:00" (motcuactl's times) as the national "20261207101500".
QString nationalTime(const QString& iso)
{
    QString s = iso;
    s.chop(6);
    return s.remove(u'-').remove(u'T').remove(u':');
}

QDateTime vietnam(const QString& national)
{
    QDateTime t = QDateTime::fromString(national, u"yyyyMMddHHmmss"_s);
    t.setTimeZone(QTimeZone(7 * 3600));
    return t;
}

// The text of a PDF as Qt Pdf reads it (the forms the app printed).
QString pdfTextOf(const QString& path)
{
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None)
        return {};
    QString text;
    for (int i = 0; i < pdf.pageCount(); ++i)
        text += pdf.getAllText(i).text() + u'\n';
    return text;
}

} // namespace

class TestOnlineEndToEnd : public QObject
{
    Q_OBJECT

private:
    PortalFixture m_national{{}, PortalFixture::Server::Portal};
    std::unique_ptr<PortalFixture> m_center;
    QTemporaryDir m_dir;
    // The three submissions as the double gives them (MC_LayHoSoTrucTuyen entries), in the
    // order filed; then what the workstation decided.
    QList<QJsonObject> m_submitted;
    QString m_acceptedCode;
    QJsonObject m_accepted, m_supplement, m_refused;

    QString db() const { return m_dir.filePath(u"station.db"_s); }
    Run ctl(const QStringList& args, int timeoutMs = 120000)
    {
        MotcuactlCall call;
        call.db = db();
        call.args = args;
        call.password = kPassword;
        call.timeoutMs = timeoutMs;
        return runMotcuactl(call);
    }
    Run ctlAsAdmin(const QStringList& args) { return ctl(args + QStringList{u"--user"_s, kAdmin, u"--json"_s}); }
    QString sql(const QString& query)
    {
        QByteArray out;
        if (m_center->cluster()->client(u"psql"_s, {u"-d"_s, m_center->cluster()->conninfo(), u"-tAc"_s, query},
                                        &out) != 0)
            return u"<psql failed>"_s;
        return QString::fromUtf8(out).trimmed();
    }
    // A call to the double's own services, through its gateway.
    PortalHttp::Result doubleCall(const QString& service, const QJsonObject& fields)
    {
        const QString session = m_national.http().login(m_national.username(), m_national.password());
        QJsonObject body = fields;
        body.insert(u"session"_s, session);
        body.insert(u"madonvi"_s, m_national.madonvi());
        body.insert(u"service"_s, service);
        return m_national.http().post(u"/mapi/g"_s, body, {{"Authorization", "Bearer " + kToken}});
    }
    QByteArray doubleFile(const QString& sha)
    {
        const PortalHttp::Result r = doubleCall(u"MC_LayTepTrucTuyen"_s, {{u"MaTep"_s, sha}, {u"ViTri"_s, u"0"_s}});
        if (r.code() != u"0"_s || r.json.value(u"HoanTat"_s).toString() != u"True"_s)
            return {};
        return QByteArray::fromBase64(r.json.value(u"DuLieu"_s).toString().toLatin1());
    }
    QJsonObject record(int i) const { return m_submitted.at(i).value(u"HoSo"_s).toObject(); }
    QString ref(int i) const { return m_submitted.at(i).value(u"MaHoSoTrucTuyen"_s).toString(); }
    int relayStatus(QByteArray* out)
    {
        return m_center->centerCommand({u"relay"_s, u"status"_s, u"--lang"_s, u"en"_s}, out);
    }
    // The double's national-shape record of `code`, once its status is `status`.
    bool nationalStatus(const QString& code, const QString& status)
    {
        return m_national.national(code).value(u"status"_s).toString() == status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_national.start(), qPrintable(m_national.errorString()));
        // The national system stands behind a gateway: nothing is pulled or relayed without its token.
        QVERIFY(m_national.setNationalMode({{u"bearer"_s, QString::fromLatin1(kToken)}}));
        // The center relays to the double's national-shape endpoint and pulls from its own
        // services, once a second while nothing fails.
        m_center = std::make_unique<PortalFixture>(
            QStringList{
                u"--set"_s, u"national_url="_s + m_national.url().toString() + u"/qg"_s, u"--set"_s,
                u"national_ca="_s + m_national.caPath(), u"--set"_s, u"national_username="_s + m_national.username(),
                u"--set"_s, u"national_password="_s + m_national.password(), u"--set"_s,
                u"national_madonvi=000.00.00.H34"_s, u"--set"_s, u"national_token="_s + QString::fromLatin1(kToken),
                u"--set"_s, u"online_url="_s + m_national.url().toString(), u"--set"_s, u"online_interval_secs=1"_s},
            PortalFixture::Server::Center);
        QVERIFY2(m_center->start(), qPrintable(m_center->errorString()));

        // A new workstation: its administrator, then it joins the center as station 2.
        Run r = ctl({u"init"_s, u"--admin"_s, kAdmin});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QByteArray code;
        QCOMPARE(m_center->centerCommand({u"enrol"_s, u"--station"_s, u"2"_s}, &code), 0);
        r = ctl({u"center"_s, u"join"_s, m_center->url().toString(), u"--code"_s, QString::fromUtf8(code).trimmed(),
                 u"--ca"_s, m_center->caPath(), u"--user"_s, kAdmin});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void submissionsReachTheInbox()
    {
        // Three citizens file online: two, one and three files.
        QStringList refs;
        for (int files : {2, 1, 3}) {
            QProcess submit;
            submit.start(QStringLiteral(MOTCUA_PORTAL_PATH),
                         {u"submit-online"_s, u"--db"_s, m_national.databasePath(), u"--files"_s,
                          QString::number(files), u"--seed"_s, QString::number(40 + files)});
            QVERIFY(submit.waitForFinished(60000));
            QCOMPARE(submit.exitCode(), 0);
            refs.append(QString::fromUtf8(submit.readAllStandardOutput()).trimmed());
            QVERIFY2(refs.last().startsWith(u"TT-"_s), qPrintable(refs.last()));
        }
        const PortalHttp::Result page =
            doubleCall(u"MC_LayHoSoTrucTuyen"_s, {{u"TuMoc"_s, u"0"_s}, {u"SoLuong"_s, u"100"_s}});
        QCOMPARE(page.code(), u"0"_s);
        for (const QJsonValue& v : page.json.value(u"result"_s).toArray())
            m_submitted.append(v.toObject());
        QCOMPARE(m_submitted.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(ref(i), refs.at(i));

        // No pull-online: serve's own thread brings them, files complete.
        QTRY_COMPARE_WITH_TIMEOUT(sql(u"SELECT count(*) FROM dossiers WHERE ma_truc_tuyen IS NOT NULL"_s), u"3"_s,
                                  30000);
        QCOMPARE(sql(u"SELECT count(*) FROM file_links"_s), u"6"_s);
        QCOMPARE(sql(u"SELECT failures FROM online_pull"_s), u"0"_s);
        // Waiting for a clerk, they are the national system's own: nothing to relay, nothing failing.
        QByteArray relay;
        QTRY_VERIFY_WITH_TIMEOUT(relayStatus(&relay) == 0 && relay.contains("pending\t0"), 20000);
        QVERIFY2(relay.contains("failing\t0"), relay.constData());
        QCOMPARE(m_national.national().value(u"dossiers"_s).toString(), u"0"_s);

        Run r = ctlAsAdmin({u"sync"_s, u"now"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ctlAsAdmin({u"online"_s, u"list"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray waiting = r.json().value(u"dossiers"_s).toArray();
        QCOMPARE(waiting.size(), 3);
        const int hours = r.json().value(u"accept_hours"_s).toInt();
        QCOMPARE(hours, 8);
        for (int i = 0; i < 3; ++i) {
            QJsonObject row;
            for (const QJsonValue& v : waiting) {
                if (v.toObject().value(u"reference"_s).toString() == ref(i))
                    row = v.toObject();
            }
            QVERIFY2(!row.isEmpty(), qPrintable(ref(i)));
            QCOMPARE(row.value(u"applicant"_s).toString(), record(i).value(u"ChuHoSo"_s).toString());
            QCOMPARE(row.value(u"procedure"_s).toString(), record(i).value(u"MaTTHC"_s).toString());
            // The time the citizen filed it at the national portal, and a deadline at least
            // the setting's working hours later, on a working day.
            const QString submitted = m_submitted.at(i).value(u"NgayNopHoSo"_s).toString();
            QCOMPARE(nationalTime(row.value(u"submitted_at"_s).toString()), submitted);
            const QDateTime deadline = QDateTime::fromString(row.value(u"deadline"_s).toString(), Qt::ISODate);
            QVERIFY(deadline.isValid());
            QVERIFY2(vietnam(submitted).secsTo(deadline) >= hours * 3600,
                     qPrintable(row.value(u"deadline"_s).toString()));
            QVERIFY(deadline.toOffsetFromUtc(7 * 3600).date().dayOfWeek() <= 5);
            QCOMPARE(row.value(u"late"_s).toBool(), false);

            r = ctlAsAdmin({u"online"_s, u"show"_s, ref(i)});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject shown = r.json();
            QCOMPARE(shown.value(u"online_ref"_s).toString(), ref(i));
            QCOMPARE(shown.value(u"deadline"_s).toString(), row.value(u"deadline"_s).toString());
            QCOMPARE(shown.value(u"applicant"_s).toObject().value(u"id_number"_s).toString(),
                     record(i).value(u"SoGiayToChuHoSo"_s).toString());
            QCOMPARE(shown.value(u"components"_s).toArray().size(), record(i).value(u"TaiLieuNop"_s).toArray().size());
        }
    }

    void filesFetchedByteIdentical()
    {
        for (int i = 0; i < 3; ++i) {
            Run r = ctlAsAdmin({u"attach"_s, u"fetch"_s, ref(i), u"--all"_s});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(r.array().size(), m_submitted.at(i).value(u"Tep"_s).toArray().size());
        }
        // Read back from the workstation's encrypted store, compared with the double's bytes.
        AppContext::Options o;
        o.databasePath = db();
        auto ctx = AppContext::open(o);
        QVERIFY2(ctx, qPrintable(ctx ? QString() : ctx.error().message));
        auto admin = (*ctx)->users().login(kAdmin, kPassword);
        QVERIFY2(admin, qPrintable(admin ? QString() : admin.error().message));
        QVERIFY((*ctx)->attachments().unlock(kAdmin, kPassword));
        for (int i = 0; i < 3; ++i) {
            auto stored = (*ctx)->attachments().list(ref(i));
            QVERIFY(stored);
            const QJsonArray files = m_submitted.at(i).value(u"Tep"_s).toArray();
            QCOMPARE(stored->size(), files.size());
            for (const QJsonValue& v : files) {
                const QString sha = v.toObject().value(u"MaTep"_s).toString();
                const QByteArray original = doubleFile(sha);
                QVERIFY(original.startsWith("%PDF-"));
                QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex()),
                         sha);
                bool found = false;
                for (const AttachmentInfo& a : *stored) {
                    if (a.sha256 != sha)
                        continue;
                    found = true;
                    QCOMPARE(a.fileName, v.toObject().value(u"TenTep"_s).toString());
                    auto bytes = (*ctx)->attachments().read(a.id);
                    QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().message));
                    QVERIFY(*bytes == original);
                }
                QVERIFY2(found, qPrintable(sha));
            }
        }
    }

    void decideThree()
    {
        // Accept the first: a code in the center's numbering, its appointment, the receipt.
        const QString receipt = m_dir.filePath(u"01.pdf"_s);
        Run r = ctlAsAdmin({u"online"_s, u"accept"_s, ref(0), u"--out"_s, receipt});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_accepted = r.json();
        m_acceptedCode = m_accepted.value(u"code"_s).toString();
        QVERIFY2(m_acceptedCode.startsWith(u"000.00.00.H34-"_s), qPrintable(m_acceptedCode));
        QCOMPARE(m_accepted.value(u"state"_s).toString(), u"received"_s);
        QCOMPARE(m_accepted.value(u"status_code"_s).toInt(), 2);
        QCOMPARE(m_accepted.value(u"form"_s).toString(), u"01"_s);
        QVERIFY(m_accepted.value(u"appointment"_s).toString() > m_accepted.value(u"received_at"_s).toString());
        const QString text01 = pdfTextOf(receipt);
        QVERIFY2(text01.contains(m_acceptedCode), qPrintable(text01.left(400)));
        QVERIFY(text01.contains(record(0).value(u"ChuHoSo"_s).toString()));

        // A supplement on the second: its first declared paper, with why.
        const QString paper =
            record(1).value(u"TaiLieuNop"_s).toArray().at(0).toObject().value(u"TenGiayTo"_s).toString();
        const QString form02 = m_dir.filePath(u"02.pdf"_s);
        r = ctlAsAdmin({u"online"_s, u"supplement"_s, ref(1), u"--papers"_s, u"1"_s, u"--reason"_s,
                        u"Bản chụp bị mờ, không đọc được"_s, u"--out"_s, form02});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_supplement = r.json();
        QCOMPARE(m_supplement.value(u"code"_s).toString(), ref(1));
        QCOMPARE(m_supplement.value(u"status_code"_s).toInt(), 5);
        QCOMPARE(m_supplement.value(u"form"_s).toString(), u"02"_s);
        QVERIFY(pdfTextOf(form02).contains(u"Bản chụp bị mờ"_s));
        QVERIFY(!paper.isEmpty());

        // Refuse the third, with the reason form 03 prints.
        const QString form03 = m_dir.filePath(u"03.pdf"_s);
        r = ctlAsAdmin({u"online"_s, u"refuse"_s, ref(2), u"--reason"_s,
                        u"Thủ tục không thuộc thẩm quyền giải quyết của cơ quan"_s, u"--out"_s, form03});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_refused = r.json();
        QCOMPARE(m_refused.value(u"code"_s).toString(), ref(2));
        QCOMPARE(m_refused.value(u"status_code"_s).toInt(), 3);
        QCOMPARE(m_refused.value(u"form"_s).toString(), u"03"_s);
        QVERIFY(pdfTextOf(form03).contains(u"không thuộc thẩm quyền"_s));

        r = ctlAsAdmin({u"online"_s, u"list"_s});
        QCOMPARE(r.json().value(u"dossiers"_s).toArray().size(), 0);
        r = ctlAsAdmin({u"sync"_s, u"now"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ctlAsAdmin({u"sync"_s, u"status"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // The center took the three decisions.
        QCOMPARE(sql(u"SELECT ma_hoso || '|' || trang_thai FROM dossiers WHERE ma_truc_tuyen = '%1'"_s.arg(ref(0))),
                 m_acceptedCode + u"|2"_s);
        QCOMPARE(sql(u"SELECT ma_hoso || '|' || trang_thai FROM dossiers WHERE ma_truc_tuyen = '%1'"_s.arg(ref(1))),
                 ref(1) + u"|5"_s);
        QCOMPARE(sql(u"SELECT ma_hoso || '|' || trang_thai FROM dossiers WHERE ma_truc_tuyen = '%1'"_s.arg(ref(2))),
                 ref(2) + u"|3"_s);
    }

    void nationalRecordsShowTheDecisions()
    {
        QTRY_VERIFY_WITH_TIMEOUT(nationalStatus(m_acceptedCode, u"2"_s) && nationalStatus(ref(1), u"5"_s) &&
                                     nationalStatus(ref(2), u"3"_s),
                                 60000);
        // The relay has nothing left, and nothing failing.
        QByteArray out;
        QTRY_COMPARE_WITH_TIMEOUT(relayStatus(&out), 0, 30000);
        QVERIFY2(out.contains("pending\t0"), out.constData());

        // Accepted: the new code, received now with its appointment, online channel, the
        // citizen's submission time and applicant as filed.
        const QJsonObject accepted = m_national.national(m_acceptedCode);
        const QJsonObject a = accepted.value(u"dossier"_s).toObject();
        QCOMPARE(a.value(u"MaHoSo"_s).toString(), m_acceptedCode);
        QCOMPARE(a.value(u"TrangThaiHoSo"_s).toString(), u"2"_s);
        QCOMPARE(a.value(u"KenhThucHien"_s).toString(), u"2"_s);
        QCOMPARE(a.value(u"NgayTiepNhan"_s).toString(), nationalTime(m_accepted.value(u"received_at"_s).toString()));
        QCOMPARE(a.value(u"NgayHenTra"_s).toString(), nationalTime(m_accepted.value(u"appointment"_s).toString()));
        QCOMPARE(a.value(u"NgayNopHoSo"_s).toString(), m_submitted.at(0).value(u"NgayNopHoSo"_s).toString());
        QCOMPARE(a.value(u"MaTTHC"_s).toString(), record(0).value(u"MaTTHC"_s).toString());
        QCOMPARE(a.value(u"ChuHoSo"_s).toString(), record(0).value(u"ChuHoSo"_s).toString());
        QCOMPARE(a.value(u"SoGiayToChuHoSo"_s).toString(), record(0).value(u"SoGiayToChuHoSo"_s).toString());
        QCOMPARE(a.value(u"TaiLieuNop"_s).toArray().size(), record(0).value(u"TaiLieuNop"_s).toArray().size());
        QVERIFY(!a.contains(u"NgayTuChoi"_s));
        QCOMPARE(accepted.value(u"adds"_s).toString(), u"1"_s);
        const QJsonArray rows = accepted.value(u"history"_s).toArray();
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.last().toObject().value(u"row"_s).toObject().value(u"TrangThai"_s).toString(), u"2"_s);
        QCOMPARE(rows.last().toObject().value(u"row"_s).toObject().value(u"MaHoSo"_s).toString(), m_acceptedCode);

        // A supplement asked: status 5 under the reference, the request with its paper and reason,
        // the appointment it had.
        const QJsonObject s = m_national.national(ref(1)).value(u"dossier"_s).toObject();
        QCOMPARE(s.value(u"MaHoSo"_s).toString(), ref(1));
        QCOMPARE(s.value(u"TrangThaiHoSo"_s).toString(), u"5"_s);
        QCOMPARE(s.value(u"KenhThucHien"_s).toString(), u"2"_s);
        const QJsonArray supplements = s.value(u"DanhSachHoSoBoSung"_s).toArray();
        QCOMPARE(supplements.size(), 1);
        const QJsonObject request = supplements.at(0).toObject();
        const QString paper =
            record(1).value(u"TaiLieuNop"_s).toArray().at(0).toObject().value(u"TenGiayTo"_s).toString();
        QVERIFY2(request.value(u"NoiDungBoSung"_s).toString().contains(u"Bản chụp bị mờ, không đọc được"_s),
                 qPrintable(request.value(u"NoiDungBoSung"_s).toString()));
        QCOMPARE(
            request.value(u"DanhSachGiayToBoSung"_s).toArray().at(0).toObject().value(u"TenTepDinhKem"_s).toString(),
            paper);
        QCOMPARE(request.value(u"NgayHenTraTruoc"_s).toString(),
                 nationalTime(m_supplement.value(u"appointment"_s).toString()));
        QCOMPARE(request.value(u"NgayBoSung"_s).toString(),
                 nationalTime(m_supplement.value(u"received_at"_s).toString()));
        QVERIFY(!s.contains(u"NgayTuChoi"_s));

        // Refused: status 3 under the reference, the day of the refusal, processing ended then.
        const QJsonObject f = m_national.national(ref(2)).value(u"dossier"_s).toObject();
        QCOMPARE(f.value(u"MaHoSo"_s).toString(), ref(2));
        QCOMPARE(f.value(u"TrangThaiHoSo"_s).toString(), u"3"_s);
        QCOMPARE(f.value(u"NgayTuChoi"_s).toString(), nationalTime(m_refused.value(u"received_at"_s).toString()));
        QCOMPARE(f.value(u"ChuHoSo"_s).toString(), record(2).value(u"ChuHoSo"_s).toString());
        const QJsonArray refusedRows = m_national.national(ref(2)).value(u"history"_s).toArray();
        QVERIFY(!refusedRows.isEmpty());
        QCOMPARE(refusedRows.last().toObject().value(u"row"_s).toObject().value(u"TrangThai"_s).toString(), u"3"_s);

        // Exactly the three: the accepted one is not also held under its reference, waiting.
        QVERIFY2(m_national.national(ref(0)).value(u"dossier"_s).toObject().isEmpty(),
                 QJsonDocument(m_national.national(ref(0))).toJson().constData());
        QCOMPARE(m_national.national().value(u"dossiers"_s).toString(), u"3"_s);

        // The double's page lists the three with their status.
        const auto page = m_national.http().get(u"/"_s);
        QCOMPARE(page.status, 200);
        for (const QString& code : {m_acceptedCode, ref(1), ref(2)})
            QVERIFY2(page.body.contains(code.toUtf8()), qPrintable(code));
    }

    void cleanupTestCase()
    {
        if (m_center)
            m_center->stop();
        m_national.stop();
    }
};

QTEST_MAIN(TestOnlineEndToEnd)
#include "test_onlineendtoend.moc"
