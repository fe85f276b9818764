#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace motcua {

// Password storage with PBKDF2-HMAC-SHA256 (OpenSSL 3), in the string format of the users
// table: "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>".
//
// 600,000 iterations follows the OWASP Password Storage Cheat Sheet (2023) for
// PBKDF2-HMAC-SHA256; it costs about 150 ms on a counter workstation, paid once per login.
// Verification always uses the iteration count stored in the hash, so raising the default
// later keeps old hashes valid (and needsRehash() tells when to upgrade them).
//
// Passwords are normalised to Unicode NFC before hashing: Vietnamese input methods may send
// "ệ" precomposed or as e + marks, and both must open the same account.
class PasswordHasher
{
public:
    static constexpr int kDefaultIterations = 600000;
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;
    // A stored hash with more iterations than this is treated as tampered: otherwise an edited
    // database row could make a single login attempt run for hours.
    static constexpr int kMaxIterations = 10000000;

    // Production hasher: kDefaultIterations.
    PasswordHasher() = default;

    // Tests only: a hasher with fewer iterations so suites stay fast. Never use in the app.
    static PasswordHasher withIterationsForTesting(int iterations);

    int iterations() const { return m_iterations; }

    // A new random salt and the stored-format string.
    Result<QString> hash(const QString& password) const;

    // True when `password` matches `stored`; false when it does not. A malformed or tampered
    // `stored` string is an Error::badInput, an OpenSSL failure an Error::crypto.
    Result<bool> verify(const QString& password, const QString& stored) const;

    // True when `stored` was made with fewer iterations than this hasher uses (or cannot be
    // parsed), so a successful login should store a fresh hash.
    bool needsRehash(const QString& stored) const;

    // The raw primitive, exposed so tests can check it against published vectors.
    static Result<QByteArray> pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations,
                                           int length);

    // The bytes a password is hashed as: UTF-8 of its NFC form. Also what the data key's wrap
    // key is derived from (KeyRing). The caller wipes the result after use.
    static QByteArray normalisedBytes(const QString& password);

    // The parts of a stored string; false when it is malformed.
    struct Parsed
    {
        int iterations = 0;
        QByteArray salt;
        QByteArray hash;
    };
    static bool parse(const QString& stored, Parsed* out);

private:
    explicit PasswordHasher(int iterations)
        : m_iterations(iterations)
    {}

    int m_iterations = kDefaultIterations;
};

} // namespace motcua
