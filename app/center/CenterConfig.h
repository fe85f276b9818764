#pragma once

#include "core/Result.h"
#include "store/DossierCodeAllocator.h"

#include <QHostAddress>
#include <QString>

namespace motcua {

// /etc/motcua/center.conf: "key = value" lines, '#' starts a comment (README, "Center server").
struct CenterConfig
{
    QString listen = QStringLiteral("0.0.0.0:8443");
    QString certificate; // PEM, leaf first
    QString key;         // PEM, RSA or EC
    QString database;    // libpq connection string; empty: the PG* environment
    QString agency;      // the center's madonvi
    QString name;        // shown on the page and to joining stations
    int sessionTtl = 600;
    int enrolMinutes = 15;
    int workers = 4;          // threads serving requests, each with its own database connection
    int faultDelayMs = 20000; // the "delay" fault (tests only)
    bool testFaults = false;  // the fault endpoint of PROTOCOL.md section 7 (tests only)
    CodeNumbering numbering;
    // The national one-stop system the center relays every dossier and history row to
    // (CenterRelay); no relay while `url` is empty.
    struct National
    {
        QString url;    // base address; /mapi/login and /mapi/g are appended
        QString caFile; // PEM of the CA to trust for it; empty: the system's
        QString username, password;
        QString madonvi;     // the unit code sent in every call; empty: `agency`
        QString bearerToken; // OAuth2 bearer token of a gateway in front of it, when it needs one
        int timeoutMs = 60000;
        // Where online submissions are pulled from (CenterOnlinePull); empty: `url`.
        QString onlineUrl;
        // Seconds between two pulls of `serve` while nothing fails (failures back off).
        int onlineIntervalSecs = 60;
        QString pullUrl() const { return onlineUrl.isEmpty() ? url : onlineUrl; }
    } national;

    // Reads the file; BadInput naming the line for an unknown key or a bad value.
    static Result<CenterConfig> load(const QString& path);
    // Sets one key from the file or the command line.
    Status set(const QString& key, const QString& value);
    // The listen address split; BadInput when it is not ADDR:PORT.
    Result<std::pair<QHostAddress, quint16>> address() const;
};

} // namespace motcua
