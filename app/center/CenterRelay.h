#pragma once

#include "center/CenterConfig.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QThread>

#include <atomic>

namespace motcua {

class CenterDatabase;

// The relay to the national one-stop system (docs/protocol.md, section 11): every dossier record
// and history row the center stores (queued by trigger in relay_outbox, schema 008) is sent in
// the national shape: login to a session, TraCuuHoSo or what was remembered to choose add or
// update, DongBoHoSoMC with the whole record, then the progress rows in chunks of 10
// (CapNhatTienDoHoSoMC). In order per dossier, at least once, idempotent. A dossier that fails
// waits with a growing delay (1 s doubling to 5 minutes); the others go on meanwhile.
//
// One process relays at a time (a PostgreSQL advisory lock): several motcua-center processes on
// one database stay correct, the first one started sends.
class CenterRelay : public QThread
{
public:
    explicit CenterRelay(CenterConfig config);
    ~CenterRelay() override;
    void stop();

    // The national record of a dossier the center holds, field by field from its stored record
    // (`data`, as a workstation sent it) and the columns the center keeps beside it; fields the
    // center does not know are left out.
    struct Held
    {
        QJsonObject data;
        QString status, centralStatus, received, due, finished, returned, channel;
    };
    static QJsonObject nationalRecord(const Held& held);
    // A history row (as a workstation sent it) as a national progress row.
    static QJsonObject nationalRow(const QJsonObject& row);

    // Reads a national reply: unwraps {"message": "<json>"}, takes error_code as a number or a
    // string ("0", 0 and "00" are success). `ok` false when the body is not a reply at all.
    struct Reply
    {
        bool ok = false;
        int code = -1;
        QString message;
        QJsonObject body;
    };
    static Reply parseReply(const QByteArray& bytes);

    // What `motcua-center relay status` and the page show.
    struct Failing
    {
        QString code, error;
        int attempts = 0;
        qint64 nextAttempt = 0;
    };
    struct Overview
    {
        qint64 pending = 0, sent = 0, dossiersWaiting = 0;
        qint64 lastSentAt = 0;
        QList<Failing> failing;
    };
    static Result<Overview> overview(CenterDatabase& db);
    // Every failing dossier is tried again now; the number of dossiers.
    static Result<qint64> retryNow(CenterDatabase& db);
    // The page's section for a center administrator.
    static QByteArray renderSection(CenterDatabase& db, bool configured);

protected:
    void run() override;

private:
    class Session;
    // One dossier's pending entries; false when nothing was due.
    bool relayOne(CenterDatabase& db, Session& session);

    CenterConfig m_config;
    std::atomic<bool> m_stop{false};
};

} // namespace motcua
