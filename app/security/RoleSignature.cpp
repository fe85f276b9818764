#include "security/RoleSignature.h"

#include "security/OpenSslError.h"

#include <QCoreApplication>

#include <openssl/evp.h>

#include <algorithm>
#include <memory>

namespace motcua {

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct CtxFree
{
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, CtxFree>;

const unsigned char* u(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

Error signingError()
{
    return openSslError(QCoreApplication::translate("motcua::RoleSignature", "signing an account"));
}

} // namespace

QByteArray SignedAccount::message() const
{
    QStringList sorted = departments;
    std::sort(sorted.begin(), sorted.end());
    QByteArray out = QByteArrayLiteral("motcua-account/1\n");
    out += agency.toUtf8() + '\n';
    out += username.toLower().toUtf8() + '\n';
    out += role.toUtf8() + '\n';
    out += sorted.join(QLatin1Char(',')).toUtf8() + '\n';
    out += (disabled ? "1" : "0");
    out += '\n' + QByteArray::number(revision) + '\n';
    return out;
}

Result<RoleSignature::KeyPair> RoleSignature::generate()
{
    EVP_PKEY* raw = nullptr;
    std::unique_ptr<EVP_PKEY_CTX, void (*)(EVP_PKEY_CTX*)> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr),
                                                               EVP_PKEY_CTX_free);
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        return signingError();
    Pkey key(raw);
    KeyPair pair;
    size_t n = kKeyBytes;
    pair.privateKey.resize(kKeyBytes);
    pair.publicKey.resize(kKeyBytes);
    if (EVP_PKEY_get_raw_private_key(key.get(), reinterpret_cast<unsigned char*>(pair.privateKey.data()), &n) != 1 ||
        n != kKeyBytes)
        return signingError();
    n = kKeyBytes;
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(pair.publicKey.data()), &n) != 1 ||
        n != kKeyBytes)
        return signingError();
    return pair;
}

Result<QByteArray> RoleSignature::publicKeyOf(const QByteArray& privateKey)
{
    if (privateKey.size() != kKeyBytes)
        return Error::internal(QStringLiteral("Ed25519 private key of the wrong size"));
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, u(privateKey), kKeyBytes));
    QByteArray pub(kKeyBytes, '\0');
    size_t n = kKeyBytes;
    if (!key || EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(pub.data()), &n) != 1)
        return signingError();
    return pub;
}

Result<QByteArray> RoleSignature::sign(const QByteArray& privateKey, const QByteArray& message)
{
    if (privateKey.size() != kKeyBytes)
        return Error::internal(QStringLiteral("Ed25519 private key of the wrong size"));
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, u(privateKey), kKeyBytes));
    MdCtx ctx(EVP_MD_CTX_new());
    QByteArray sig(kSignatureBytes, '\0');
    size_t n = kSignatureBytes;
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &n, u(message),
                       static_cast<size_t>(message.size())) != 1 ||
        n != kSignatureBytes)
        return signingError();
    return sig;
}

bool RoleSignature::verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    if (publicKey.size() != kKeyBytes || signature.size() != kSignatureBytes)
        return false;
    Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, u(publicKey), kKeyBytes));
    MdCtx ctx(EVP_MD_CTX_new());
    const bool ok = key && ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
                    EVP_DigestVerify(ctx.get(), u(signature), static_cast<size_t>(signature.size()), u(message),
                                     static_cast<size_t>(message.size())) == 1;
    if (!ok)
        takeOpenSslErrors(); // a refusal, not an error to report later
    return ok;
}

} // namespace motcua
