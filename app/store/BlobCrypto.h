#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace motcua {

// The cryptography the attachment store needs, as an interface so app/store stays free of keys
// and OpenSSL: security/DataKey implements it with AES-256-GCM under the database's data key.
class BlobCrypto
{
public:
    virtual ~BlobCrypto() = default;

    // header || nonce || ciphertext || tag. The header is authenticated, not encrypted, so a
    // changed version byte fails like a changed ciphertext byte.
    virtual Result<QByteArray> seal(const QByteArray& header, const QByteArray& plaintext) const = 0;
    // The plaintext of seal()'s output whose first `headerSize` bytes are the header. A wrong
    // key or any changed byte is an Error::crypto and no bytes at all: never a wrong file.
    virtual Result<QByteArray> open(const QByteArray& sealed, qsizetype headerSize) const = 0;
    // SHA-256 of `data` as 64 lower-case hex digits: the name of an attachment file.
    virtual QString sha256Hex(const QByteArray& data) const = 0;
};

} // namespace motcua
