#pragma once

#include "sync/PortalConfig.h"
#include "sync/PortalTransport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace motcua {

class Clock;

// The answer to one service call, classified for the engine.
struct PortalAnswer
{
    enum Outcome {
        Ok,        // error_code 0
        Refused,   // the portal answered with an error code: see code
        Transport, // 5xx, not JSON, cut off, timeout, unreachable: retry later
        Tls,       // certificate refused: alarm, stop
        Login,     // the portal refused our credentials: alarm, stop
    };
    Outcome outcome = Transport;
    int code = 0;         // error_code when Refused
    QString message;      // for people (translated for transport failures; the portal's text otherwise)
    QJsonObject body;     // the reply object
    bool reached = false; // an HTTP answer came back (the portal is online)

    bool ok() const { return outcome == Ok; }
};

/*
 * Speaks the portal's protocol (app/portal/PROTOCOL.md) over a PortalTransport: logs in for a
 * session token and reuses it until shortly before it expires, logs in again and resends once
 * when the portal says the session is gone (error 2), and wraps every service call in the
 * {session, madonvi, service, ...} envelope. Blocking; one client per thread.
 */
class PortalClient
{
public:
    PortalClient(PortalConfig config, const Clock& clock, std::unique_ptr<PortalTransport> transport = {});
    ~PortalClient();

    const PortalConfig& config() const { return m_config; }

    PortalAnswer login();
    // A service call; `fields` are added to the envelope.
    PortalAnswer call(const QString& service, const QJsonObject& fields);
    // The same with one more field `key` whose value is already JSON text (`rawJson`: an
    // array of stored payloads, a quoted base64 string), spliced into the body as it is,
    // without being parsed and written again.
    PortalAnswer call(const QString& service, const QJsonObject& fields, QLatin1StringView key,
                      const QByteArray& rawJson);

    // A call in two steps, so the caller can work while the portal does: start() sends
    // (logging in first when needed), finish() waits for the answer and, when the session
    // ended, logs in again and resends once. One call at a time.
    void start(const QString& service, const QJsonObject& fields, QLatin1StringView key = {},
               const QByteArray& rawJson = {});
    PortalAnswer finish();
    // Between start() and finish(): returns once the request has left, so another client may
    // send the next one on its own connection (two upload chunks in flight).
    void waitSent();

    // DongBoHoSoMC with one or more full dossier objects.
    PortalAnswer syncDossiers(const QJsonArray& dossiers, bool updating);
    // CapNhatTienDoHoSoMC with history rows (each with its MaTienDo).
    PortalAnswer appendHistory(const QJsonArray& rows);
    // The same with the array already written as JSON text (the outbox's stored payloads),
    // whole or in two steps (start(), finish()).
    PortalAnswer syncDossiers(const QByteArray& dossiersJson, bool updating);
    PortalAnswer appendHistory(const QByteArray& rowsJson);
    void startSyncDossiers(const QByteArray& dossiersJson, bool updating);
    void startAppendHistory(const QByteArray& rowsJson);
    // MC_TrangThaiTep / MC_TaiTep.
    PortalAnswer uploadState(const QString& sha256);
    PortalAnswer uploadChunk(const QString& sha256, const QString& dossierCode, const QString& fileName, qint64 total,
                             qint64 offset, const QByteArray& chunk);
    // `paper` (optional): the file's place among the dossier's papers, for the center's other
    // counters (ThuTuGiayTo, TenGiayTo, SoTrang, KetQua; docs/protocol.md 3.7).
    void startUploadChunk(const QString& sha256, const QString& dossierCode, const QString& fileName, qint64 total,
                          qint64 offset, const QByteArray& chunk, const QJsonObject& paper = {});
    // MC_CapDaiSo; requestId makes a resend return the same block.
    PortalAnswer leaseBlock(const QString& agency, const QString& day, int size, const QString& requestId);
    // MC_LayTrangThai after `cursor`.
    PortalAnswer statusChanges(const QString& cursor, int limit);
    // MC_LayDanhMuc: the whole catalogue in the importer's file shape.
    PortalAnswer catalogue();
    // LayDanhSachTTHC: codes and names only.
    PortalAnswer procedureList();

    // Requests sent (tests and the bench).
    int requestCount() const { return m_requests; }

private:
    PortalAnswer exchange(const QString& path, const QByteArray& body);
    PortalAnswer answer(const HttpExchange& x);
    bool sessionValid() const;

    // A call between start() and finish(), kept to resend it after a new login.
    struct Started
    {
        QString service;
        QJsonObject fields;
        QLatin1StringView key; // with rawJson: one more member, already JSON
        QByteArray rawJson;    // or, when `binary`, the bytes after the envelope (/mapi/tep)
        bool binary = false;
        std::optional<PortalAnswer> early; // answered without sending (login failed)
    };
    void start(Started call);
    QByteArray body(const Started& call) const;
    std::optional<Started> m_started;

    PortalConfig m_config;
    const Clock& m_clock;
    std::unique_ptr<PortalTransport> m_transport;
    QString m_session;
    QDateTime m_sessionExpires;
    int m_requests = 0;
};

} // namespace motcua
