#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace motcua {

class Settings;

// Where the portal is and how to trust it, read from Settings (portal.*, sync.*).
struct PortalConfig
{
    QUrl url; // https://host:port
    QString username;
    QString password;
    QString madonvi;                       // the center's agency code
    QList<QSslCertificate> caCertificates; // pinned CA: the only roots trusted
    QByteArray pinSha256;                  // SHA-256 of the server's public key (DER); empty: no key pin
    int timeoutMs = 30000;
    int station = 1;
    // Sent as "Authorization: Bearer ..." on every request when set: the OAuth2 token of a
    // gateway in front of the server (the center's national_token); workstations leave it empty.
    QByteArray bearerToken;

    // Sizes and limits of the engine.
    int maxParallel = 3;
    int dossierBatch = 20;
    int historyChunk = 10;
    int chunkBytes = 1024 * 1024;
    int chunksInFlight = 2; // upload chunks sent before the first is answered, each on its own connection
    int backoffBaseSecs = 5;
    int backoffCapSecs = 3600;
    int intervalSecs = 60;

    bool isConfigured() const { return url.isValid() && !url.host().isEmpty(); }

    // Reads the settings; BadInput naming the key when a value cannot be used (a URL that is
    // not https, a CA file that cannot be read or holds no certificate, a bad pin, or a portal
    // with neither a CA nor a key pinned: the system's CAs are never trusted). No portal
    // configured (empty URL) is not an error: isConfigured() is false.
    static Result<PortalConfig> fromSettings(Settings& settings);

    // The base64 pin of a certificate's public key, as portal.pinSha256 takes it.
    static QString pinOf(const QSslCertificate& certificate);
};

} // namespace motcua
