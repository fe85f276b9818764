#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace motcua {

/*
 * The offline bundle: pending outbox work on a USB stick for a site with no link for days
 * (docs/architecture.md#sync). The portal imports it (`motcua-portal --import-bundle FILE`, service MC_NhapGoi)
 * and replays the requests inside through its normal handlers, so importing twice, or
 * importing and then syncing online, never duplicates anything (PROTOCOL.md 3.12, 5).
 *
 * File format, version 1 (all integers big-endian):
 *
 *   offset  size  field
 *   0       4     magic "MCB1"
 *   4       4     H = length of the header
 *   8       H     header: compact UTF-8 JSON
 *                 {"format":"motcua-bundle","version":"1","madonvi":"…","created":"yyyyMMddHHmmss",
 *                  "kdf":"pbkdf2-sha256","iterations":"200000","salt":"<b64, 16 bytes>",
 *                  "nonce":"<b64, 12 bytes>","cipher":"aes-256-gcm","mac":"hmac-sha256"
 *                  [,"station":"N"]}
 *   8+H     C     ciphertext: AES-256-GCM of the inner payload (compact UTF-8 JSON), the
 *                 bytes 0 .. 8+H (magic, length, header) as additional authenticated data
 *   8+H+C   16    GCM tag
 *   end-32  32    HMAC-SHA256 over every byte before it
 *
 * Keys: PBKDF2-HMAC-SHA256(secret, salt, iterations) → 64 bytes; the first 32 are the AES key,
 * the last 32 the HMAC key. A workstation that joined a center's server signs as its station:
 * the header names the station and the secret is stationSecret() of its credential, which the
 * center knows (it keeps the credential's SHA-256), so the center opens bundles of enrolled,
 * unrevoked stations only. Otherwise the secret is shared by the center and the portal
 * (setting sync.bundleSecret on the workstation; the portal's bundle opener is given the same). The
 * HMAC is checked first (a wrong secret or any changed byte: refused), then GCM decrypts and
 * authenticates again.
 *
 * Inner payload (PROTOCOL.md 3.12):
 *   {"format":"motcua-bundle","version":"1","madonvi":"…",
 *    "requests":[{"service":"DongBoHoSoMC","isUpdating":"False","data":[…]},
 *                {"service":"CapNhatTienDoHoSoMC","data":[…]}, {"service":"MC_TaiTep",…}, …]}
 */
class OfflineBundle
{
public:
    static constexpr int kIterations = 200000;
    static constexpr int kMinSecretLength = 16;

    // Encrypts and signs `payload`; Crypto error when OpenSSL fails, BadInput for a short secret.
    // `station` > 0: the header names the station that signs (with stationSecret()).
    static Result<QByteArray> seal(const QJsonObject& payload, const QString& secret, int station = 0);
    // The station a bundle's header names, 0 when none (or not a bundle). Not authenticated
    // until open() succeeds with that station's secret.
    static int station(const QByteArray& bundle);
    // The bundle secret of a station whose center credential is `credential`: its SHA-256 in hex.
    static QString stationSecret(const QString& credential);
    // Checks and decrypts a bundle file's bytes back to the inner payload. BadInput when the
    // file is not a bundle, was changed, or the secret is wrong (one message: no oracle).
    static Result<QJsonObject> open(const QByteArray& bundle, const QString& secret);
};

} // namespace motcua
