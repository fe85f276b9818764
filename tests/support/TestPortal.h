#pragma once

#include "sync/SyncRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace motcua::test {

// A server a test station syncs with, as the station's settings and the checks of what
// arrived see it: the real executable over TLS (PortalFixture) or the reference portal in
// process (FakePortal).
class TestPortal
{
public:
    virtual ~TestPortal() = default;

    virtual QUrl url() const = 0;
    virtual QString username() const = 0;
    virtual QString password() const = 0;
    // The CA certificate the station pins (PEM file); empty when it pins a key instead.
    virtual QString caPath() const = 0;
    // The base64 SHA-256 of the key the station pins (portal.pinSha256); empty when it pins a CA.
    virtual QString pinSha256() const { return {}; }
    virtual bool isCenter() const = 0;
    virtual QString madonvi() const = 0;

    // The admin endpoint /mapi/_stats: counts as strings ({dossiers, history, files_complete, ...}).
    virtual QJsonObject stats() = 0;
    // {dossier, history[], files[{sha256, name, size, complete, stored_sha256, stored_size}]};
    // empty when the server does not hold the code.
    virtual QJsonObject dossier(const QString& code) = 0;

    // How a station's clients reach it (SyncOptions::transport); empty: over HTTPS.
    virtual TransportFactory transport() { return {}; }

    int dossierCount() { return stats().value(QLatin1String("dossiers")).toString().toInt(); }
    int historyCount() { return stats().value(QLatin1String("history")).toString().toInt(); }
    int fileCount() { return stats().value(QLatin1String("files_complete")).toString().toInt(); }
};

} // namespace motcua::test
