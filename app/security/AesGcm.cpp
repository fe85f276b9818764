#include "security/AesGcm.h"

#include "security/OpenSslError.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cstring>
#include <memory>

namespace motcua {

namespace {

struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

// EVP lengths are int: large buffers go through in slices of 1 GiB.
constexpr qsizetype kSlice = qsizetype(1) << 30;

unsigned char* bytes(QByteArray& b, qsizetype offset = 0)
{
    return reinterpret_cast<unsigned char*>(b.data()) + offset;
}
const unsigned char* bytes(const QByteArray& b, qsizetype offset = 0)
{
    return reinterpret_cast<const unsigned char*>(b.constData()) + offset;
}

QString doingEncrypt()
{
    return QCoreApplication::translate("motcua::AesGcm", "encrypting");
}
QString doingDecrypt()
{
    return QCoreApplication::translate("motcua::AesGcm", "decrypting");
}

Error badKey()
{
    return Error::internal(QStringLiteral("AES-256-GCM needs a 32-byte key"));
}

} // namespace

Result<QByteArray> AesGcm::randomBytes(int count)
{
    QByteArray out(count, '\0');
    ERR_clear_error();
    if (count > 0 && RAND_bytes(bytes(out), count) != 1)
        return openSslError(QCoreApplication::translate("motcua::AesGcm", "generating random bytes"));
    return out;
}

Result<QByteArray> AesGcm::seal(const QByteArray& key, const QByteArray& header, const QByteArray& plaintext)
{
    if (key.size() != kKeyBytes)
        return badKey();
    const qsizetype headerSize = header.size();
    // One allocation for the whole sealed form; the ciphertext is written in place.
    QByteArray out(headerSize + kNonceBytes + plaintext.size() + kTagBytes, Qt::Uninitialized);
    std::memcpy(out.data(), header.constData(), static_cast<size_t>(headerSize));
    ERR_clear_error();
    if (RAND_bytes(bytes(out, headerSize), kNonceBytes) != 1)
        return openSslError(doingEncrypt());

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(out, headerSize)) != 1 ||
        (headerSize > 0 &&
         EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(header), static_cast<int>(headerSize)) != 1))
        return openSslError(doingEncrypt());
    const qsizetype cipherAt = headerSize + kNonceBytes;
    for (qsizetype done = 0; done < plaintext.size(); done += kSlice) {
        const int n = static_cast<int>(qMin(kSlice, plaintext.size() - done));
        if (EVP_EncryptUpdate(ctx.get(), bytes(out, cipherAt + done), &len, bytes(plaintext, done), n) != 1)
            return openSslError(doingEncrypt());
    }
    if (EVP_EncryptFinal_ex(ctx.get(), bytes(out, cipherAt + plaintext.size()), &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, bytes(out, cipherAt + plaintext.size())) != 1)
        return openSslError(doingEncrypt());
    return out;
}

Result<QByteArray> AesGcm::open(const QByteArray& key, const QByteArray& sealed, qsizetype headerSize, bool* tampered)
{
    if (tampered)
        *tampered = false;
    if (key.size() != kKeyBytes)
        return badKey();
    const auto failed = [tampered] {
        if (tampered)
            *tampered = true;
        return Error::crypto(QCoreApplication::translate(
            "motcua::AesGcm", "The data failed its integrity check: it was changed or the key is wrong."));
    };
    if (headerSize < 0 || sealed.size() < headerSize + kNonceBytes + kTagBytes)
        return failed();
    const qsizetype cipherAt = headerSize + kNonceBytes;
    const qsizetype cipherSize = sealed.size() - cipherAt - kTagBytes;
    QByteArray out(cipherSize, Qt::Uninitialized);

    ERR_clear_error();
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    // The tag is set before decrypting; EVP_DecryptFinal_ex checks it.
    QByteArray tag = sealed.mid(cipherAt + cipherSize, kTagBytes);
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(sealed, headerSize)) != 1 ||
        (headerSize > 0 &&
         EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(sealed), static_cast<int>(headerSize)) != 1))
        return openSslError(doingDecrypt());
    for (qsizetype done = 0; done < cipherSize; done += kSlice) {
        const int n = static_cast<int>(qMin(kSlice, cipherSize - done));
        if (EVP_DecryptUpdate(ctx.get(), bytes(out, done), &len, bytes(sealed, cipherAt + done), n) != 1) {
            OPENSSL_cleanse(out.data(), static_cast<size_t>(out.size()));
            return openSslError(doingDecrypt());
        }
    }
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1)
        return openSslError(doingDecrypt());
    if (EVP_DecryptFinal_ex(ctx.get(), bytes(out, cipherSize), &len) != 1) {
        // Authentication failed: the unverified plaintext is wiped, never handed out.
        ERR_clear_error();
        if (!out.isEmpty())
            OPENSSL_cleanse(out.data(), static_cast<size_t>(out.size()));
        return failed();
    }
    return out;
}

} // namespace motcua
