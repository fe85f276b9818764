#include "security/DataKey.h"

#include "security/AesGcm.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace motcua {

Result<std::unique_ptr<DataKey>> DataKey::generate()
{
    Result<QByteArray> random = AesGcm::randomBytes(kBytes);
    if (!random)
        return random.error();
    return fromBytes(*random);
}

std::unique_ptr<DataKey> DataKey::fromBytes(QByteArray& bytes)
{
    if (bytes.size() != kBytes) {
        if (!bytes.isEmpty())
            OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
        return nullptr;
    }
    std::unique_ptr<DataKey> key(new DataKey());
    // A deep copy (not an implicitly shared one), so wiping `bytes` leaves ours intact.
    key->m_bytes = QByteArray(bytes.constData(), bytes.size());
    OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
    return key;
}

DataKey::~DataKey()
{
    if (!m_bytes.isEmpty())
        OPENSSL_cleanse(m_bytes.data(), static_cast<size_t>(m_bytes.size()));
}

QString DataKey::keyId() const
{
    // Hashed in two updates, so the key is never copied into a temporary buffer.
    static const QByteArray label = QByteArrayLiteral("motcua-data-key-id");
    unsigned char digest[32] = {};
    unsigned int len = 0;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) == 1 &&
                    EVP_DigestUpdate(ctx, label.constData(), static_cast<size_t>(label.size())) == 1 &&
                    EVP_DigestUpdate(ctx, m_bytes.constData(), static_cast<size_t>(m_bytes.size())) == 1 &&
                    EVP_DigestFinal_ex(ctx, digest, &len) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), 16).toHex());
}

Result<QByteArray> DataKey::seal(const QByteArray& header, const QByteArray& plaintext) const
{
    return AesGcm::seal(m_bytes, header, plaintext);
}

Result<QByteArray> DataKey::open(const QByteArray& sealed, qsizetype headerSize) const
{
    return AesGcm::open(m_bytes, sealed, headerSize);
}

QString DataKey::sha256Hex(const QByteArray& data) const
{
    return QString::fromLatin1(sha256(data).toHex());
}

QByteArray DataKey::sha256(const QByteArray& data)
{
    QByteArray out(32, '\0');
    unsigned int len = 0;
    // EVP_Digest only fails on allocation failure; an empty result is never a valid name.
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()),
                   &len, EVP_sha256(), nullptr) != 1 ||
        len != 32)
        return {};
    return out;
}

} // namespace motcua
