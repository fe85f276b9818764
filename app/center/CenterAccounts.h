#pragma once

#include "center/CenterDatabase.h"
#include "core/Clock.h"
#include "portal/PortalReply.h"

#include <QJsonObject>

#include <mutex>
#include <optional>

namespace motcua {

// The center's user accounts (PROTOCOL.md, section 10): what workstations' administrators set
// (MC_DayTaiKhoan) is kept once for the whole center, signed with the center's Ed25519 key, and
// handed to every workstation (MC_LayTaiKhoan) by revision, so a clerk created at one counter
// logs in at any other, and an account disabled anywhere is refused everywhere after the next
// sync. Keeps no password: a PBKDF2 verifier and a wrap of the center's account key under it.
class CenterAccounts
{
public:
    CenterAccounts(CenterDatabase& db, const Clock& clock, QString agency);

    // The account services; nullopt for any other service (the caller handles it).
    std::optional<PortalReply> serve(const QJsonObject& request, const QString& station);

    // What a joining workstation pins and keeps: the public signing key ("khoa_ky") and the
    // account key ("khoa_tai_khoan"), base64.
    Result<QJsonObject> joinFields();

    // POST /center/account (the station checked by the caller): one account as MC_LayTaiKhoan
    // gives it, for a workstation whose login screen does not know the name yet. NotFound for
    // a name the center does not have.
    Result<QJsonObject> lookup(const QString& username);

    // `motcua-center account --user NAME --disable|--enable` (and tests): the account's next
    // revision, signed.
    Status setDisabled(const QString& username, bool disabled, const QString& by);

    static constexpr int kMaxPush = 100;

private:
    struct Keys
    {
        QByteArray signing; // Ed25519 private key
        QByteArray publicKey;
        QByteArray account;
    };
    Result<Keys> keys();
    PortalReply push(const QJsonObject& request, const QString& station);
    PortalReply pull(const QJsonObject& request);

    CenterDatabase& m_db;
    const Clock& m_clock;
    QString m_agency;
    std::optional<Keys> m_keys;
};

} // namespace motcua
