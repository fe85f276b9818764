#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "store/Database.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace motcua {

// How the national endpoint answers, to test a client against each shape a real one meets
// (docs/protocol.md, section 11).
struct NationalOptions
{
    bool wrapReplies = false;  // every reply as {"message": "<the reply as a JSON string>"}
    bool numericCodes = false; // error_code as a JSON number instead of a string
    QString bearerToken;       // required as "Authorization: Bearer ..." when set
};

// The reference portal's national-shape endpoint: /qg/mapi/login and /qg/mapi/g as the national
// one-stop system takes them (login to a session; session and madonvi in the JSON body; every
// value a string; "isUpdating" "True"/"False"; add refused for a stored record, update refused
// for a missing one; progress rows; TraCuuHoSo), with the record's shape checked strictly
// (NationalShape). Stores in the portal's SQLite file (schema 003).
class PortalNational
{
public:
    PortalNational(Database& db, const Clock& clock, QString username, QString password, int sessionTtl,
                   NationalOptions options);

    const NationalOptions& options() const { return m_options; }
    // Switches the reply shape or the token at run time (the admin endpoint, for tests).
    void setOptions(NationalOptions options) { m_options = std::move(options); }
    // The reply body (already wrapped when the option is on) of a login or service request;
    // `authorization` is the request's Authorization header.
    QByteArray login(const QByteArray& body, const QByteArray& authorization);
    QByteArray call(const QByteArray& body, const QByteArray& authorization, QString* service);
    // The reply to an add of a stored record (the "exists" fault).
    QByteArray existsReply() const;
    // Whether a request's Authorization header carries the bearer token, when one is required.
    bool bearerOk(const QByteArray& authorization) const;
    // Forgets `token`'s session (the "expired" fault answers 2 after this).
    void endSessions() { m_sessions.clear(); }

    // For tests and the page: one record with its history rows, or every count.
    Result<QJsonObject> dossier(const QString& code);
    Result<QJsonObject> stats();
    struct Listed
    {
        QString code, status, applicant, channel;
        int adds = 0, updates = 0, rows = 0;
    };
    Result<QList<Listed>> newest(int limit);

private:
    QByteArray answer(int code, const QString& message, QJsonObject fields = {}) const;
    QByteArray sync(const QJsonObject& request);
    QByteArray progress(const QJsonObject& request);
    QByteArray lookup(const QJsonObject& request);
    Result<bool> exists(const QString& code);

    Database& m_db;
    const Clock& m_clock;
    QString m_username, m_password;
    int m_ttl;
    NationalOptions m_options;
    QHash<QString, qint64> m_sessions; // token → expiry (seconds since the epoch)
};

} // namespace motcua
