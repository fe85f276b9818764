#include "center/CenterOnlinePull.h"

#include "center/CenterDatabase.h"
#include "center/CenterLog.h"
#include "core/Clock.h"
#include "sync/PortalClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslCertificate>

#include <pqxx/pqxx>

namespace motcua {

namespace {

// The largest file taken from the national portal.
constexpr qint64 kMaxOnlineFile = 64 * 1024 * 1024;
constexpr qint64 kStoredChunk = 1024 * 1024;

std::string nn(const QString& s)
{
    return s.toStdString();
}

Error malformed(const QString& what)
{
    // `what` names a field, never a value: the reply may hold personal data.
    return Error::badInput(
        QCoreApplication::translate("motcua::CenterOnlinePull", "The national portal's reply is malformed (%1).")
            .arg(what));
}

Error failed(const PortalAnswer& a)
{
    if (a.outcome == PortalAnswer::Refused) {
        return Error::conflict(
            QCoreApplication::translate("motcua::CenterOnlinePull", "The national portal refused: error %1, %2")
                .arg(a.code)
                .arg(a.message.left(200)));
    }
    return Error::storage(
        QCoreApplication::translate("motcua::CenterOnlinePull", "The national portal cannot be reached: %1")
            .arg(a.message.left(200)));
}

// A submission entry of MC_LayHoSoTrucTuyen checked field by field; the problem, or "".
QString check(const QJsonObject& e, qint64 cursor)
{
    static const QRegularExpression reference(QStringLiteral("^TT-\\d{6}-\\d{6}$"));
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    bool ok = false;
    const qint64 moc = e.value(QLatin1String("Moc")).toString().toLongLong(&ok);
    if (!ok || moc <= cursor)
        return QStringLiteral("Moc");
    const QString ref = e.value(QLatin1String("MaHoSoTrucTuyen")).toString();
    if (!reference.match(ref).hasMatch())
        return QStringLiteral("MaHoSoTrucTuyen");
    const QJsonObject record = e.value(QLatin1String("HoSo")).toObject();
    if (record.value(QLatin1String("MaHoSo")).toString() != ref)
        return QStringLiteral("HoSo.MaHoSo");
    for (const char* key : {"MaTTHC", "ChuHoSo", "NgayNopHoSo"}) {
        if (record.value(QLatin1String(key)).toString().isEmpty())
            return QStringLiteral("HoSo.") + QLatin1String(key);
    }
    if (!e.value(QLatin1String("Tep")).isArray())
        return QStringLiteral("Tep");
    const QJsonArray files = e.value(QLatin1String("Tep")).toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QJsonObject f = files[i].toObject();
        const qint64 size = f.value(QLatin1String("KichThuoc")).toString().toLongLong(&ok);
        if (!sha.match(f.value(QLatin1String("MaTep")).toString()).hasMatch() ||
            f.value(QLatin1String("TenTep")).toString().isEmpty() || !ok || size < 0 || size > kMaxOnlineFile)
            return QStringLiteral("Tep[%1]").arg(i);
    }
    return QString();
}

} // namespace

CenterOnlinePull::CenterOnlinePull(CenterDatabase& db, const CenterConfig& config, const Clock& clock)
    : m_db(db)
    , m_config(config)
    , m_clock(clock)
{}

CenterOnlinePull::~CenterOnlinePull() = default;

namespace {

Result<PortalConfig> portalConfig(const CenterConfig& config)
{
    const CenterConfig::National& n = config.national;
    PortalConfig c;
    c.url = QUrl(n.pullUrl());
    if (c.url.scheme() != QLatin1String("https") || c.url.host().isEmpty())
        return Error::badInput(
            QCoreApplication::translate("motcua::CenterOnlinePull", "\"national_url\" must be an https:// address."));
    QFile ca(n.caFile);
    if (n.caFile.isEmpty() || !ca.open(QIODevice::ReadOnly)) {
        return Error::badInput(QCoreApplication::translate(
            "motcua::CenterOnlinePull", "\"national_ca\" must name a readable CA certificate (PEM)."));
    }
    c.caCertificates = QSslCertificate::fromData(ca.readAll(), QSsl::Pem);
    if (c.caCertificates.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("motcua::CenterOnlinePull", "\"national_ca\" holds no certificate."));
    c.username = n.username;
    c.password = n.password;
    c.madonvi = n.madonvi.isEmpty() ? config.agency : n.madonvi;
    c.bearerToken = n.bearerToken.toUtf8();
    c.timeoutMs = 15000;
    c.intervalSecs = n.onlineIntervalSecs;
    return c;
}

} // namespace

Status CenterOnlinePull::checkSettings(const CenterConfig& config)
{
    if (auto c = portalConfig(config); !c)
        return c.error();
    return {};
}

Result<CenterOnlinePull::Pass> CenterOnlinePull::pass()
{
    if (!m_client) {
        auto pc = portalConfig(m_config);
        if (!pc)
            return pc.error();
        m_backoff.baseSecs = pc->backoffBaseSecs;
        m_backoff.capSecs = pc->backoffCapSecs;
        m_intervalSecs = pc->intervalSecs;
        m_client = std::make_unique<PortalClient>(*pc, m_clock);
    }
    Pass out;
    const auto fail = [&](const Error& e) -> Result<Pass> {
        qCWarning(lcCenter) << "online pull failed:" << e.message;
        if (Status s = recordFailure(e.message); !s)
            qCWarning(lcCenter) << "online pull: the failure could not be recorded:" << s.error().message;
        return e;
    };
    for (;;) {
        auto cursor = m_db.transact<qint64>([](pqxx::work& w) -> Result<qint64> {
            return w.exec("SELECT cursor FROM online_pull WHERE id = 1")[0][0].as<qint64>();
        });
        if (!cursor)
            return cursor.error();
        const PortalAnswer page =
            m_client->call(QStringLiteral("MC_LayHoSoTrucTuyen"), {{QStringLiteral("TuMoc"), QString::number(*cursor)},
                                                                   {QStringLiteral("SoLuong"), QStringLiteral("20")}});
        if (!page.ok())
            return fail(failed(page));
        if (!page.body.value(QLatin1String("result")).isArray())
            return fail(malformed(QStringLiteral("result")));
        const QJsonArray entries = page.body.value(QLatin1String("result")).toArray();
        qint64 at = *cursor;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject e = entries[i].toObject();
            if (const QString problem = check(e, at); !problem.isEmpty())
                return fail(malformed(QStringLiteral("result[%1].%2").arg(i).arg(problem)));
            at = e.value(QLatin1String("Moc")).toString().toLongLong();
            QList<QByteArray> files;
            for (const QJsonValue& fv : e.value(QLatin1String("Tep")).toArray()) {
                const QJsonObject f = fv.toObject();
                auto bytes = download(f.value(QLatin1String("MaTep")).toString(),
                                      f.value(QLatin1String("KichThuoc")).toString().toLongLong());
                if (!bytes)
                    return fail(bytes.error());
                files.append(*bytes);
            }
            auto stored = store(e, files, at);
            if (!stored)
                return fail(stored.error());
            const QString ref = e.value(QLatin1String("MaHoSoTrucTuyen")).toString();
            if (*stored) {
                out.stored.append(ref);
                qCInfo(lcCenter) << "online submission stored:" << ref << "files:" << files.size();
            } else {
                ++out.alreadyHeld;
            }
        }
        if (page.body.value(QLatin1String("ConNua")).toString() != QLatin1String("True") || entries.isEmpty())
            break;
    }
    auto reset = m_db.transact<int>([&](pqxx::work& w) -> Result<int> {
        w.exec_params("UPDATE online_pull SET failures = 0, last_error = '', updated_at = $1 WHERE id = 1",
                      m_clock.now().toSecsSinceEpoch());
        w.commit();
        return 0;
    });
    if (!reset)
        return reset.error();
    return out;
}

Result<QByteArray> CenterOnlinePull::download(const QString& sha256, qint64 size)
{
    QByteArray out;
    for (;;) {
        const PortalAnswer a =
            m_client->call(QStringLiteral("MC_LayTepTrucTuyen"),
                           {{QStringLiteral("MaTep"), sha256}, {QStringLiteral("ViTri"), QString::number(out.size())}});
        if (!a.ok())
            return failed(a);
        auto decoded = QByteArray::fromBase64Encoding(a.body.value(QLatin1String("DuLieu")).toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || a.body.value(QLatin1String("ViTri")).toString() != QString::number(out.size()) ||
            a.body.value(QLatin1String("TongKichThuoc")).toString() != QString::number(size))
            return malformed(QStringLiteral("MC_LayTepTrucTuyen"));
        out.append(decoded.decoded);
        const bool done = a.body.value(QLatin1String("HoanTat")).toString() == QLatin1String("True");
        if (out.size() > size || (!done && decoded.decoded.isEmpty()))
            return malformed(QStringLiteral("MC_LayTepTrucTuyen.DuLieu"));
        if (done)
            break;
    }
    if (out.size() != size ||
        QString::fromLatin1(QCryptographicHash::hash(out, QCryptographicHash::Sha256).toHex()) != sha256) {
        return Error::badInput(QCoreApplication::translate(
            "motcua::CenterOnlinePull", "A file from the national portal does not match its SHA-256."));
    }
    return out;
}

Result<bool> CenterOnlinePull::store(const QJsonObject& e, const QList<QByteArray>& files, qint64 cursor)
{
    const QString ref = e.value(QLatin1String("MaHoSoTrucTuyen")).toString();
    const QJsonObject record = e.value(QLatin1String("HoSo")).toObject();
    const QJsonArray list = e.value(QLatin1String("Tep")).toArray();
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    return m_db.transact<bool>([&](pqxx::work& w) -> Result<bool> {
        // Serialises two pulls of the same center (a pass on demand beside the periodic one).
        w.exec("SELECT cursor FROM online_pull WHERE id = 1 FOR UPDATE");
        const bool held =
            !w.exec_params("SELECT 1 FROM dossiers WHERE ma_truc_tuyen = $1 OR ma_hoso = $1", nn(ref)).empty();
        if (!held) {
            w.exec_params(
                "INSERT INTO dossiers (ma_hoso, madonvi, ma_tthc, chu_ho_so, kenh, trang_thai, ngay_tiep_nhan,"
                " data, created_at, updated_at, ma_truc_tuyen)"
                " VALUES ($1, $2, $3, $4, '2', '1', '', $5, $6, $6, $1)",
                nn(ref), nn(m_config.agency), nn(record.value(QLatin1String("MaTTHC")).toString()),
                nn(record.value(QLatin1String("ChuHoSo")).toString()),
                QJsonDocument(record).toJson(QJsonDocument::Compact).toStdString(), now);
            for (qsizetype i = 0; i < files.size(); ++i) {
                const QJsonObject f = list[i].toObject();
                const std::string sha = nn(f.value(QLatin1String("MaTep")).toString());
                const QByteArray& bytes = files[i];
                const pqxx::result known =
                    w.exec_params("SELECT complete FROM files WHERE sha256 = $1 FOR UPDATE", sha);
                if (known.empty() || !known[0][0].as<bool>()) {
                    // An upload of the same bytes left unfinished is replaced by the whole file.
                    w.exec_params("DELETE FROM files WHERE sha256 = $1", sha);
                    w.exec_params("INSERT INTO files (sha256, total, received, complete, created_at, completed_at)"
                                  " VALUES ($1, $2, $2, true, $3, $3)",
                                  sha, static_cast<qint64>(bytes.size()), now);
                    for (qint64 off = 0; off < bytes.size(); off += kStoredChunk) {
                        const QByteArray part = bytes.mid(off, kStoredChunk);
                        w.exec_params("INSERT INTO file_chunks (sha256, \"offset\", data) VALUES ($1, $2, $3)", sha,
                                      off, pqxx::binarystring(part.constData(), static_cast<size_t>(part.size())));
                    }
                }
                w.exec_params("INSERT INTO file_links (sha256, ma_hoso, file_name, linked_at) VALUES ($1, $2, $3, $4)"
                              " ON CONFLICT DO NOTHING",
                              sha, nn(ref), nn(f.value(QLatin1String("TenTep")).toString()), now);
            }
        }
        w.exec_params("UPDATE online_pull SET cursor = greatest(cursor, $1), pulled = pulled + $2, updated_at = $3"
                      " WHERE id = 1",
                      cursor, held ? 0 : 1, now);
        w.commit();
        return !held;
    });
}

Status CenterOnlinePull::recordFailure(const QString& reason)
{
    auto done = m_db.transact<int>([&](pqxx::work& w) -> Result<int> {
        w.exec_params("UPDATE online_pull SET failures = failures + 1, last_error = $1, updated_at = $2 WHERE id = 1",
                      nn(reason.left(300)), m_clock.now().toSecsSinceEpoch());
        w.commit();
        return 0;
    });
    if (!done)
        return done.error();
    return {};
}

qint64 CenterOnlinePull::nextDelaySecs()
{
    auto failures = m_db.transact<int>([](pqxx::work& w) -> Result<int> {
        return w.exec("SELECT failures FROM online_pull WHERE id = 1")[0][0].as<int>();
    });
    if (!failures || *failures == 0)
        return m_intervalSecs;
    return m_backoff.delay(*failures);
}

} // namespace motcua
