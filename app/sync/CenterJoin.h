#pragma once

#include "core/Result.h"

#include <QString>
#include <QUrl>

namespace motcua {

class Settings;

// A workstation joining its center's server (motcua-center, PROTOCOL.md section 9) with the
// one-time code the center's administrator printed: the code goes to POST /center/join over TLS
// trusting only `caPath`; the center answers with the station's number and its own credential,
// kept in the center.* settings (the secret sealed under the data key, so the session must be
// unlocked), apart from the portal.* account of a national-style portal. From then on the
// workstation syncs with its center (PortalConfig::fromSettings). Used by `motcuactl center join`
// and the Settings page.
struct JoinedCenter
{
    int station = 0;
    QString center;  // the center's name
    QString madonvi; // its unit code
};

Result<JoinedCenter> joinCenter(Settings& settings, const QUrl& url, const QString& caPath, const QString& code,
                                const QString& stationName);

// The same in its two halves, for a caller that keeps its window alive meanwhile: the exchange
// with the center (no settings touched; safe in a thread of its own, `timeoutMs` without
// progress), then, in the settings' thread, keeping what the center answered.
struct JoinAnswer
{
    JoinedCenter joined;
    QString username;
    QString secret;
};
Result<JoinAnswer> requestJoin(const QUrl& url, const QString& caPath, const QString& code, const QString& stationName,
                               int timeoutMs = 30000);
Result<JoinedCenter> keepJoin(Settings& settings, const QUrl& url, const QString& caPath, const JoinAnswer& answer);

} // namespace motcua
