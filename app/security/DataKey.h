#pragma once

#include "core/Result.h"
#include "store/BlobCrypto.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace motcua {

// The database's data key in clear: 256 random bits that encrypt every attachment. It exists
// only in memory, inside this object, and is wiped (OPENSSL_cleanse) when the object goes.
// On disk there are only wraps of it (security/KeyRing).
class DataKey final : public BlobCrypto
{
public:
    static constexpr int kBytes = 32;

    // A fresh random key.
    static Result<std::unique_ptr<DataKey>> generate();
    // Takes the key bytes and wipes `bytes`; nullptr when they are not kBytes long.
    static std::unique_ptr<DataKey> fromBytes(QByteArray& bytes);

    ~DataKey() override;
    DataKey(const DataKey&) = delete;
    DataKey& operator=(const DataKey&) = delete;

    // Identifies the key without revealing it: the first 16 bytes of
    // SHA-256("motcua-data-key-id" || key), in hex. Stored in table data_key.
    QString keyId() const;
    // The raw key, for wrapping it (KeyRing). Never copy it elsewhere.
    const QByteArray& bytes() const { return m_bytes; }

    Result<QByteArray> seal(const QByteArray& header, const QByteArray& plaintext) const override;
    Result<QByteArray> open(const QByteArray& sealed, qsizetype headerSize) const override;
    QString sha256Hex(const QByteArray& data) const override;

    // SHA-256 through OpenSSL (SHA-NI where the CPU has it: several times QCryptographicHash).
    static QByteArray sha256(const QByteArray& data);

private:
    DataKey() = default;
    QByteArray m_bytes;
};

} // namespace motcua
