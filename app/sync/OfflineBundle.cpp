#include "sync/OfflineBundle.h"

#include "core/Clock.h"
#include "security/OpenSslError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <memory>

namespace motcua {

namespace {

const QByteArray kMagic = QByteArrayLiteral("MCB1");
constexpr int kSaltSize = 16;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
constexpr int kMacSize = 32;

struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

unsigned char* u(QByteArray& b)
{
    return reinterpret_cast<unsigned char*>(b.data());
}
const unsigned char* cu(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

// 64 bytes: AES key then HMAC key.
Result<QByteArray> deriveKeys(const QString& secret, const QByteArray& salt, int iterations)
{
    const QByteArray pass = secret.toUtf8();
    QByteArray out(64, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(pass.constData(), static_cast<int>(pass.size()), cu(salt), static_cast<int>(salt.size()),
                          iterations, EVP_sha256(), static_cast<int>(out.size()), u(out)) != 1)
        return openSslError(QCoreApplication::translate("motcua::OfflineBundle", "deriving the bundle keys"));
    return out;
}

Result<QByteArray> hmac(const QByteArray& key, const QByteArray& data)
{
    QByteArray mac(kMacSize, Qt::Uninitialized);
    unsigned int len = 0;
    if (!HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()), cu(data), static_cast<size_t>(data.size()),
              u(mac), &len) ||
        len != kMacSize)
        return openSslError(QCoreApplication::translate("motcua::OfflineBundle", "signing the bundle"));
    return mac;
}

Error refused()
{
    return Error::badInput(QCoreApplication::translate(
        "motcua::OfflineBundle",
        "This is not a bundle of this center, it was changed, or the bundle secret is wrong."));
}

} // namespace

Result<QByteArray> OfflineBundle::seal(const QJsonObject& payload, const QString& secret, int station)
{
    if (secret.size() < kMinSecretLength)
        return Error::badInput(
            QCoreApplication::translate("motcua::OfflineBundle",
                                        "The bundle secret (sync.bundleSecret) needs at least %1 characters.")
                .arg(kMinSecretLength));
    QByteArray salt(kSaltSize, Qt::Uninitialized);
    QByteArray nonce(kNonceSize, Qt::Uninitialized);
    if (RAND_bytes(u(salt), kSaltSize) != 1 || RAND_bytes(u(nonce), kNonceSize) != 1)
        return openSslError(
            QCoreApplication::translate("motcua::OfflineBundle", "making random numbers for the bundle"));
    auto keys = deriveKeys(secret, salt, kIterations);
    if (!keys)
        return keys.error();
    QJsonObject header{
        {QStringLiteral("format"), QStringLiteral("motcua-bundle")},
        {QStringLiteral("version"), QStringLiteral("1")},
        {QStringLiteral("madonvi"), payload.value(QStringLiteral("madonvi"))},
        {QStringLiteral("created"), toVietnam(QDateTime::currentDateTimeUtc()).toString(u"yyyyMMddHHmmss")},
        {QStringLiteral("kdf"), QStringLiteral("pbkdf2-sha256")},
        {QStringLiteral("iterations"), QString::number(kIterations)},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
        {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
        {QStringLiteral("cipher"), QStringLiteral("aes-256-gcm")},
        {QStringLiteral("mac"), QStringLiteral("hmac-sha256")}};
    if (station > 0)
        header.insert(QStringLiteral("station"), QString::number(station));
    const QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray out = kMagic;
    char len[4];
    qToBigEndian<quint32>(static_cast<quint32>(headerBytes.size()), len);
    out.append(len, 4);
    out.append(headerBytes);

    const QByteArray plain = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    QByteArray cipher(plain.size(), Qt::Uninitialized);
    QByteArray tag(kTagSize, Qt::Uninitialized);
    int n = 0;
    int m = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, cu(*keys), cu(nonce)) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &n, cu(out), static_cast<int>(out.size())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), u(cipher), &n, cu(plain), static_cast<int>(plain.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), u(cipher) + n, &m) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, tag.data()) != 1) {
        OPENSSL_cleanse(keys->data(), static_cast<size_t>(keys->size()));
        return openSslError(QCoreApplication::translate("motcua::OfflineBundle", "encrypting the bundle"));
    }
    cipher.truncate(n + m);
    out.append(cipher);
    out.append(tag);
    auto mac = hmac(keys->mid(32), out);
    OPENSSL_cleanse(keys->data(), static_cast<size_t>(keys->size()));
    if (!mac)
        return mac.error();
    out.append(*mac);
    return out;
}

int OfflineBundle::station(const QByteArray& bundle)
{
    if (bundle.size() < 8 + kTagSize + kMacSize || !bundle.startsWith(kMagic))
        return 0;
    const quint32 headerSize = qFromBigEndian<quint32>(bundle.constData() + 4);
    if (headerSize > static_cast<quint32>(bundle.size() - 8 - kTagSize - kMacSize))
        return 0;
    const QJsonObject header = QJsonDocument::fromJson(bundle.mid(8, static_cast<int>(headerSize))).object();
    bool ok = false;
    const int n = header.value(QStringLiteral("station")).toString().toInt(&ok);
    return ok && n > 0 ? n : 0;
}

QString OfflineBundle::stationSecret(const QString& credential)
{
    return QString::fromLatin1(QCryptographicHash::hash(credential.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<QJsonObject> OfflineBundle::open(const QByteArray& bundle, const QString& secret)
{
    if (bundle.size() < 8 + kTagSize + kMacSize || !bundle.startsWith(kMagic))
        return refused();
    const quint32 headerSize = qFromBigEndian<quint32>(bundle.constData() + 4);
    if (headerSize > static_cast<quint32>(bundle.size() - 8 - kTagSize - kMacSize))
        return refused();
    const QByteArray aad = bundle.left(8 + static_cast<int>(headerSize));
    const QJsonObject header = QJsonDocument::fromJson(aad.mid(8)).object();
    if (header.value(QStringLiteral("format")).toString() != QLatin1String("motcua-bundle") ||
        header.value(QStringLiteral("version")).toString() != QLatin1String("1"))
        return refused();
    const QByteArray salt = QByteArray::fromBase64(header.value(QStringLiteral("salt")).toString().toLatin1());
    const QByteArray nonce = QByteArray::fromBase64(header.value(QStringLiteral("nonce")).toString().toLatin1());
    const int iterations = header.value(QStringLiteral("iterations")).toString().toInt();
    // Bounds keep a forged header from asking for hours of key derivation.
    if (salt.size() != kSaltSize || nonce.size() != kNonceSize || iterations < 10000 || iterations > 10000000)
        return refused();
    auto keys = deriveKeys(secret, salt, iterations);
    if (!keys)
        return keys.error();
    const QByteArray signedPart = bundle.left(bundle.size() - kMacSize);
    auto mac = hmac(keys->mid(32), signedPart);
    if (!mac || CRYPTO_memcmp(mac->constData(), bundle.constData() + signedPart.size(), kMacSize) != 0) {
        OPENSSL_cleanse(keys->data(), static_cast<size_t>(keys->size()));
        return refused();
    }
    const QByteArray cipher = signedPart.mid(aad.size(), signedPart.size() - aad.size() - kTagSize);
    QByteArray tag = signedPart.right(kTagSize);
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    QByteArray plain(cipher.size(), Qt::Uninitialized);
    int n = 0;
    int m = 0;
    const bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
                    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) == 1 &&
                    EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, cu(*keys), cu(nonce)) == 1 &&
                    EVP_DecryptUpdate(ctx.get(), nullptr, &n, cu(aad), static_cast<int>(aad.size())) == 1 &&
                    EVP_DecryptUpdate(ctx.get(), u(plain), &n, cu(cipher), static_cast<int>(cipher.size())) == 1 &&
                    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) == 1 &&
                    EVP_DecryptFinal_ex(ctx.get(), u(plain) + n, &m) == 1;
    OPENSSL_cleanse(keys->data(), static_cast<size_t>(keys->size()));
    takeOpenSslErrors();
    if (!ok)
        return refused();
    plain.truncate(n + m);
    const QJsonDocument doc = QJsonDocument::fromJson(plain);
    if (!doc.isObject())
        return refused();
    return doc.object();
}

} // namespace motcua
