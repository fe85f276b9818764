#pragma once

#include "core/Result.h"

#include <QByteArray>

namespace motcua {

// AES-256-GCM through OpenSSL 3 EVP, the one cipher of the app (attachment files and the
// wrapped data key). The sealed form is header || nonce (96 bits, random) || ciphertext ||
// tag (128 bits); the header is the additional authenticated data.
//
// A random 96-bit nonce per message is safe up to ~2^32 messages under one key (NIST SP
// 800-38D, 8.3); a workstation stores far fewer attachments than that.
class AesGcm
{
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kNonceBytes = 12;
    static constexpr int kTagBytes = 16;

    // Error::internal for a key that is not 32 bytes; Error::crypto when OpenSSL fails.
    static Result<QByteArray> seal(const QByteArray& key, const QByteArray& header, const QByteArray& plaintext);

    // The plaintext, or an error and no bytes. `*tampered` (optional) is set when the data
    // failed authentication (changed byte, wrong key, truncated) rather than OpenSSL failing.
    static Result<QByteArray> open(const QByteArray& key, const QByteArray& sealed, qsizetype headerSize,
                                   bool* tampered = nullptr);

    // Bytes from OpenSSL's CSPRNG; Error::crypto when it has no entropy.
    static Result<QByteArray> randomBytes(int count);
};

} // namespace motcua
