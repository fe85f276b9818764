#include "security/PasswordHasher.h"

#include "core/Logging.h"
#include "security/OpenSslError.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace motcua {

namespace {

const QLatin1String kScheme("pbkdf2-sha256");

// Owns a copy of secret bytes and wipes it on every exit path.
class SecretBytes
{
public:
    explicit SecretBytes(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {}
    ~SecretBytes() { wipe(m_bytes); }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    const QByteArray& bytes() const { return m_bytes; }

    static void wipe(QByteArray& b)
    {
        if (!b.isEmpty())
            OPENSSL_cleanse(b.data(), static_cast<size_t>(b.size())); // data() detaches: wipes our copy
    }

private:
    QByteArray m_bytes;
};

// UTF-8 of the NFC form. The intermediate QString copy is wiped as well.
QByteArray passwordBytes(const QString& password)
{
    QString normalised = password.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalised.toUtf8();
    if (!normalised.isEmpty())
        OPENSSL_cleanse(normalised.data(), static_cast<size_t>(normalised.size()) * sizeof(QChar));
    return utf8;
}

QString doingHash()
{
    return QCoreApplication::translate("motcua::PasswordHasher", "hashing a password");
}

Error malformed()
{
    return Error::badInput(
        QCoreApplication::translate("motcua::PasswordHasher", "The stored password hash is invalid."));
}

} // namespace

QByteArray PasswordHasher::normalisedBytes(const QString& password)
{
    return passwordBytes(password);
}

PasswordHasher PasswordHasher::withIterationsForTesting(int iterations)
{
    return PasswordHasher(iterations < 1 ? 1 : iterations);
}

Result<QByteArray> PasswordHasher::pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations,
                                                int length)
{
    if (iterations < 1 || length < 1)
        return Error::internal(QStringLiteral("pbkdf2Sha256: invalid parameters"));
    QByteArray out(length, '\0');
    ERR_clear_error();
    // PKCS5_PBKDF2_HMAC takes a null pointer for an empty password; constData() is never null.
    const int ok =
        PKCS5_PBKDF2_HMAC(password.constData(), static_cast<int>(password.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<int>(salt.size()),
                          iterations, EVP_sha256(), length, reinterpret_cast<unsigned char*>(out.data()));
    if (ok != 1) {
        SecretBytes::wipe(out);
        return openSslError(doingHash());
    }
    return out;
}

Result<QString> PasswordHasher::hash(const QString& password) const
{
    QByteArray salt(kSaltBytes, '\0');
    ERR_clear_error();
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltBytes) != 1)
        return openSslError(QCoreApplication::translate("motcua::PasswordHasher", "generating a random salt"));

    const SecretBytes secret(passwordBytes(password));
    Result<QByteArray> derived = pbkdf2Sha256(secret.bytes(), salt, m_iterations, kHashBytes);
    if (!derived)
        return derived.error();
    const QString stored = kScheme + QLatin1Char('$') + QString::number(m_iterations) + QLatin1Char('$') +
                           QString::fromLatin1(salt.toBase64()) + QLatin1Char('$') +
                           QString::fromLatin1(derived->toBase64());
    SecretBytes::wipe(*derived);
    return stored;
}

bool PasswordHasher::parse(const QString& stored, Parsed* out)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != kScheme)
        return false;

    // Digits only: toInt() would also accept "+5", " 5" or "0x10"-like surprises.
    const QString& iterText = parts.at(1);
    if (iterText.isEmpty() || iterText.size() > 9 || iterText.startsWith(QLatin1Char('0')))
        return false;
    for (const QChar c : iterText) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    const int iterations = iterText.toInt();
    if (iterations < 1 || iterations > kMaxIterations)
        return false;

    const auto decode = [](const QString& text, QByteArray* bytes) {
        if (text.isEmpty())
            return false;
        for (const QChar c : text) {
            if (c.unicode() > 0x7f)
                return false;
        }
        auto r = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!r)
            return false;
        *bytes = r.decoded;
        return true;
    };
    QByteArray salt;
    QByteArray hash;
    if (!decode(parts.at(2), &salt) || !decode(parts.at(3), &hash))
        return false;
    // A short salt defeats its purpose; a hash of another length was not made by us.
    if (salt.size() < 8 || hash.size() != kHashBytes)
        return false;

    out->iterations = iterations;
    out->salt = salt;
    out->hash = hash;
    return true;
}

Result<bool> PasswordHasher::verify(const QString& password, const QString& stored) const
{
    Parsed parsed;
    if (!parse(stored, &parsed))
        return malformed();

    const SecretBytes secret(passwordBytes(password));
    Result<QByteArray> derived = pbkdf2Sha256(secret.bytes(), parsed.salt, parsed.iterations, kHashBytes);
    if (!derived)
        return derived.error();
    // Constant time, so the comparison leaks nothing about how many leading bytes matched.
    const bool match = CRYPTO_memcmp(derived->constData(), parsed.hash.constData(), kHashBytes) == 0;
    SecretBytes::wipe(*derived);
    return match;
}

bool PasswordHasher::needsRehash(const QString& stored) const
{
    Parsed parsed;
    if (!parse(stored, &parsed))
        return true;
    return parsed.iterations < m_iterations || parsed.salt.size() < kSaltBytes;
}

} // namespace motcua
