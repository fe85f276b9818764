#include "center/CenterRelay.h"

#include "center/CenterDatabase.h"
#include "center/CenterLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace motcua {

namespace {

// Held by the process that relays, on its own connection (other processes skip the relay).
constexpr qint64 kRelayLock = 0x4d43'5245'4c41'59;
constexpr int kChunk = 10;          // progress rows per CapNhatTienDoHoSoMC, as real callers send
constexpr qint64 kSessionAge = 540; // seconds: log in again before the usual 10-minute expiry
constexpr qint64 kMaxDelay = 300;   // seconds between tries of a failing dossier, at most

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

// A session with the national system: login, then calls with the session and madonvi in the body.
class CenterRelay::Session
{
public:
    explicit Session(const CenterConfig::National& n)
        : m_n(n)
    {
        m_tls = QSslConfiguration::defaultConfiguration();
        if (!n.caFile.isEmpty())
            m_tls.setCaCertificates(QSslCertificate::fromPath(n.caFile, QSsl::Pem));
    }

    // One service call; logs in first when needed and once again when the session is refused.
    Reply call(const QString& service, QJsonObject fields, QString* error)
    {
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (m_token.isEmpty() || nowSecs() - m_loggedInAt > kSessionAge) {
                if (!login(error))
                    return {};
            }
            QJsonObject body = fields;
            body.insert(QStringLiteral("session"), m_token);
            body.insert(QStringLiteral("madonvi"), m_n.madonvi);
            body.insert(QStringLiteral("service"), service);
            Reply r = post(QStringLiteral("/mapi/g"), body, error);
            if (r.ok && r.code == 2) {
                m_token.clear();
                continue;
            }
            return r;
        }
        *error = QCoreApplication::translate("motcua::CenterRelay", "The national system refused the new session too.");
        return {};
    }

private:
    bool login(QString* error)
    {
        Reply r = post(QStringLiteral("/mapi/login"),
                       {{QStringLiteral("username"), m_n.username}, {QStringLiteral("password"), m_n.password}}, error);
        if (!r.ok)
            return false;
        const QString token = r.body.value(QLatin1String("session")).toString();
        if (r.code != 0 || token.isEmpty()) {
            *error = QCoreApplication::translate("motcua::CenterRelay", "Login to the national system refused (%1): %2")
                         .arg(r.code)
                         .arg(r.message.left(200));
            return false;
        }
        m_token = token;
        m_loggedInAt = nowSecs();
        return true;
    }

    Reply post(const QString& path, const QJsonObject& body, QString* error)
    {
        QNetworkRequest request(QUrl(m_n.url + path));
        request.setSslConfiguration(m_tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Charset", "utf-8");
        if (!m_n.bearerToken.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_n.bearerToken.toUtf8());
        QNetworkReply* reply = m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        bool timedOut = false;
        QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
            timedOut = true;
            reply->abort();
        });
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        timer.start(m_n.timeoutMs);
        loop.exec();
        const QByteArray bytes = timedOut ? QByteArray() : reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError failure = reply->error();
        const QString failureText = reply->errorString();
        reply->deleteLater();
        if (timedOut) {
            *error =
                QCoreApplication::translate("motcua::CenterRelay", "No answer from the national system within %1 ms.")
                    .arg(m_n.timeoutMs);
            return {};
        }
        if (status != 200) {
            *error = status > 0
                         ? QCoreApplication::translate("motcua::CenterRelay", "The national system answered HTTP %1.")
                               .arg(status)
                         : QCoreApplication::translate("motcua::CenterRelay", "Cannot reach the national system: %1")
                               .arg(failureText.left(200));
            return {};
        }
        if (failure != QNetworkReply::NoError) {
            *error = QCoreApplication::translate("motcua::CenterRelay", "The national system's answer was cut off: %1")
                         .arg(failureText.left(200));
            return {};
        }
        Reply r = parseReply(bytes);
        if (!r.ok)
            *error = QCoreApplication::translate("motcua::CenterRelay", "The national system's answer is not a reply.");
        return r;
    }

    CenterConfig::National m_n;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_nam;
    QString m_token;
    qint64 m_loggedInAt = 0;
};

CenterRelay::CenterRelay(CenterConfig config)
    : m_config(std::move(config))
{
    if (m_config.national.madonvi.isEmpty())
        m_config.national.madonvi = m_config.agency;
}

CenterRelay::~CenterRelay()
{
    stop();
}

void CenterRelay::stop()
{
    m_stop = true;
    wait();
}

void CenterRelay::run()
{
    CenterDatabase db(m_config.database);
    Session session(m_config.national);
    bool locked = false;
    const auto pause = [this](int ms) {
        for (int waited = 0; waited < ms && !m_stop; waited += 50)
            QThread::msleep(50);
    };
    while (!m_stop) {
        if (!locked) {
            auto got = db.transact<bool>([](pqxx::work& w) -> Result<bool> {
                const bool ok = w.exec_params1("SELECT pg_try_advisory_lock($1)", kRelayLock)[0].as<bool>();
                w.commit();
                return ok;
            });
            locked = got && *got;
            if (!locked) {
                pause(2000);
                continue;
            }
        }
        bool didWork = false;
        try {
            didWork = relayOne(db, session);
        } catch (const std::exception& e) {
            qCWarning(lcCenter) << "relay:" << e.what();
            db.drop();
            locked = false;
        }
        if (!didWork)
            pause(250);
    }
}

bool CenterRelay::relayOne(CenterDatabase& db, Session& session)
{
    const qint64 now = nowSecs();
    // The dossier whose oldest pending entry is oldest, among those not waiting after a failure.
    auto picked = db.transact<QString>([&](pqxx::work& w) -> Result<QString> {
        const pqxx::result r =
            w.exec_params("SELECT o.ma_hoso FROM relay_outbox o JOIN relay_dossiers r USING (ma_hoso)"
                          " WHERE o.sent_at IS NULL AND r.next_attempt <= $1 ORDER BY o.id LIMIT 1",
                          now);
        return r.empty() ? QString() : CenterDatabase::text(r[0][0]);
    });
    if (!picked)
        throw std::runtime_error(picked.error().message.toStdString());
    if (picked->isEmpty())
        return false;
    const QString code = *picked;

    struct Pending
    {
        qint64 id = 0;
        QJsonObject row; // empty for the dossier's record
    };
    struct Work
    {
        bool known = false, held = false;
        bool waiting = false; // an online submission no one has decided yet, under its reference
        Held record;
        qint64 lastRecordEntry = 0;
        QList<Pending> rows;
    };
    auto read = db.transact<Work>([&](pqxx::work& w) -> Result<Work> {
        Work k;
        const std::string c = CenterDatabase::str(code);
        k.known = w.exec_params1("SELECT known FROM relay_dossiers WHERE ma_hoso = $1", c)[0].as<bool>();
        const pqxx::result d = w.exec_params(
            "SELECT data, trang_thai, coalesce(trang_thai_tt, ''), ngay_tiep_nhan, ngay_hen_tra, ngay_ket_thuc,"
            " ngay_tra, kenh, coalesce(ma_truc_tuyen = ma_hoso AND trang_thai = '1' AND trang_thai_tt IS NULL"
            " AND coalesce(tinh_trang, '') = '', false) FROM dossiers WHERE ma_hoso = $1",
            c);
        if (!d.empty()) {
            k.held = true;
            k.waiting = d[0][8].as<bool>();
            k.record = {QJsonDocument::fromJson(CenterDatabase::text(d[0][0]).toUtf8()).object(),
                        CenterDatabase::text(d[0][1]),
                        CenterDatabase::text(d[0][2]),
                        CenterDatabase::text(d[0][3]),
                        CenterDatabase::text(d[0][4]),
                        CenterDatabase::text(d[0][5]),
                        CenterDatabase::text(d[0][6]),
                        CenterDatabase::text(d[0][7])};
        }
        const pqxx::result e = w.exec_params(
            "SELECT o.id, o.history_id IS NULL AND o.decision_id IS NULL, h.data, x.trang_thai, x.noi_dung,"
            " x.nguoi_xu_ly, x.thoi_diem FROM relay_outbox o LEFT JOIN history h ON h.id = o.history_id"
            " LEFT JOIN decisions x ON x.id = o.decision_id"
            " WHERE o.ma_hoso = $1 AND o.sent_at IS NULL ORDER BY o.id",
            c);
        for (const pqxx::row& row : e) {
            const qint64 id = row[0].as<qint64>();
            if (row[1].as<bool>()) {
                k.lastRecordEntry = id;
            } else if (!row[2].is_null()) {
                // Under the code the dossier has now (an accepted online submission is renamed).
                QJsonObject r = QJsonDocument::fromJson(CenterDatabase::text(row[2]).toUtf8()).object();
                r.insert(QStringLiteral("MaHoSo"), code);
                k.rows.append({id, nationalRow(r)});
            } else {
                // A decision taken at the center, as the progress row it is.
                k.rows.append({id, nationalRow({{QStringLiteral("MaHoSo"), code},
                                                {QStringLiteral("TrangThai"), CenterDatabase::text(row[3])},
                                                {QStringLiteral("NoiDungXuLy"), CenterDatabase::text(row[4])},
                                                {QStringLiteral("NguoiXuLy"), CenterDatabase::text(row[5])},
                                                {QStringLiteral("ThoiDiemXuLy"), CenterDatabase::text(row[6])}})});
            }
        }
        return k;
    });
    if (!read)
        throw std::runtime_error(read.error().message.toStdString());
    Work& k = *read;

    const auto markSent = [&](const QList<qint64>& ids, qint64 recordUpTo, bool known) {
        auto done = db.transact<bool>([&](pqxx::work& w) -> Result<bool> {
            const std::string c = CenterDatabase::str(code);
            for (qint64 id : ids)
                w.exec_params("UPDATE relay_outbox SET sent_at = $2 WHERE id = $1", id, nowSecs());
            if (recordUpTo > 0) {
                w.exec_params("UPDATE relay_outbox SET sent_at = $3 WHERE ma_hoso = $1 AND sent_at IS NULL"
                              " AND history_id IS NULL AND decision_id IS NULL AND id <= $2",
                              c, recordUpTo, nowSecs());
            }
            w.exec_params("UPDATE relay_dossiers SET known = known OR $2, attempts = 0, next_attempt = 0,"
                          " last_error = '', last_sent_at = $3 WHERE ma_hoso = $1",
                          c, known, nowSecs());
            w.commit();
            return true;
        });
        if (!done)
            throw std::runtime_error(done.error().message.toStdString());
    };
    const auto fail = [&](const QString& error) {
        // The reason stays in relay_dossiers (relay status, the page): the national system's
        // message is not ours to put in the journal.
        qCInfo(lcCenter) << "relay: a dossier waits after a failure";
        auto done = db.transact<bool>([&](pqxx::work& w) -> Result<bool> {
            w.exec_params("UPDATE relay_dossiers SET attempts = attempts + 1,"
                          " next_attempt = $2 + least($3, power(2, least(attempts, 20))::bigint),"
                          " last_error = $4 WHERE ma_hoso = $1",
                          CenterDatabase::str(code), nowSecs(), kMaxDelay, CenterDatabase::str(error.left(500)));
            w.commit();
            return true;
        });
        if (!done)
            throw std::runtime_error(done.error().message.toStdString());
        return true;
    };

    if (!k.held || k.waiting) {
        // Renamed or gone: nothing the center holds is left to send under this code. An online
        // submission still waiting for a clerk is the national system's own record: it came from
        // there and is sent once decided (refused or asked for papers under its reference, or
        // accepted under the code the center gives it, when its rows are queued again).
        QList<qint64> ids;
        for (const Pending& p : k.rows)
            ids.append(p.id);
        markSent(ids, k.lastRecordEntry > 0 ? k.lastRecordEntry : 0, false);
        return true;
    }

    QString error;
    if (k.lastRecordEntry > 0 || !k.known) {
        bool updating = k.known;
        if (!updating) {
            const Reply found = session.call(QStringLiteral("TraCuuHoSo"), {{QStringLiteral("mahoso"), code}}, &error);
            if (!found.ok)
                return fail(error);
            if (found.code != 0)
                return fail(QStringLiteral("TraCuuHoSo %1: %2").arg(found.code).arg(found.message.left(300)));
            const QJsonValue result = found.body.contains(QLatin1String("result"))
                                          ? found.body.value(QLatin1String("result"))
                                          : found.body.value(QLatin1String("data"));
            updating = !result.toArray().isEmpty();
        }
        // Under the code the dossier has now, whatever its stored record still says.
        k.record.data.insert(QStringLiteral("MaHoSo"), code);
        const QJsonArray data{nationalRecord(k.record)};
        const auto send = [&](bool asUpdate) {
            return session.call(
                QStringLiteral("DongBoHoSoMC"),
                {{QStringLiteral("isUpdating"), asUpdate ? QStringLiteral("True") : QStringLiteral("False")},
                 {QStringLiteral("data"), data}},
                &error);
        };
        Reply r = send(updating);
        if (!r.ok)
            return fail(error);
        const bool exists = r.code == 3 || r.code == -3 || r.message.contains(QStringLiteral("đã tồn tại"));
        if (!updating && exists)
            r = send(true);
        else if (updating && r.code == 4)
            r = send(false);
        if (!r.ok)
            return fail(error);
        if (r.code != 0)
            return fail(QStringLiteral("DongBoHoSoMC %1: %2").arg(r.code).arg(r.message.left(300)));
        markSent({}, k.lastRecordEntry, true);
    }
    for (qsizetype at = 0; at < k.rows.size(); at += kChunk) {
        QJsonArray rows;
        QList<qint64> ids;
        for (qsizetype i = at; i < std::min(at + kChunk, k.rows.size()); ++i) {
            rows.append(k.rows.at(i).row);
            ids.append(k.rows.at(i).id);
        }
        const Reply r = session.call(QStringLiteral("CapNhatTienDoHoSoMC"), {{QStringLiteral("data"), rows}}, &error);
        if (!r.ok)
            return fail(error);
        if (r.code != 0)
            return fail(QStringLiteral("CapNhatTienDoHoSoMC %1: %2").arg(r.code).arg(r.message.left(300)));
        markSent(ids, 0, true);
    }
    return true;
}

} // namespace motcua
