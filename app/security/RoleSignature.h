#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace motcua {

// What the center vouches for about one account: who it is, what it may do, whether it may log
// in at all. The center signs it with its Ed25519 key (only the center holds the private half);
// every workstation of the center pins the public half when it joins and refuses an account
// whose signed part does not verify, so a role edited in a workstation's database counts for
// nothing.
struct SignedAccount
{
    QString agency;          // the center's unit code: a signature is valid at one center only
    QString username;        // compared in lower case
    QString role;            // roleKey(): "clerk", "supervisor", "admin"
    QStringList departments; // department codes of a department officer; empty: none
    bool disabled = false;
    qint64 revision = 0; // the center's revision of the account

    // The exact bytes signed: a versioned, line-based text, departments sorted.
    QByteArray message() const;
};

// Ed25519 through OpenSSL EVP: 32-byte raw keys, 64-byte signatures.
class RoleSignature
{
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kSignatureBytes = 64;

    struct KeyPair
    {
        QByteArray privateKey; // raw 32 bytes
        QByteArray publicKey;  // raw 32 bytes
    };
    static Result<KeyPair> generate();
    // The public key of a raw private key.
    static Result<QByteArray> publicKeyOf(const QByteArray& privateKey);
    static Result<QByteArray> sign(const QByteArray& privateKey, const QByteArray& message);
    // False for a bad signature, a key of the wrong size or any OpenSSL failure.
    static bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);
};

} // namespace motcua
