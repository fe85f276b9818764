#include "center/RunningSha256.h"

// The state of a SHA-256 in progress is only reachable through OpenSSL's low-level interface,
// deprecated for new code in OpenSSL 3 but kept in it; EVP has no way to save a context.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <cstring>

namespace motcua {

namespace {

constexpr int kWords = 8 + 2 + SHA_LBLOCK + 2; // h, Nl and Nh, the block, num and md_len

SHA256_CTX* context(QByteArray& state)
{
    return reinterpret_cast<SHA256_CTX*>(state.data());
}

const SHA256_CTX* context(const QByteArray& state)
{
    return reinterpret_cast<const SHA256_CTX*>(state.constData());
}

void putWord(QByteArray& out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(static_cast<char>((v >> (8 * i)) & 0xff));
}

quint32 word(const QByteArray& in, int index)
{
    quint32 v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(in.at(index * 4 + i));
    return v;
}

} // namespace

RunningSha256::RunningSha256()
    : m_state(sizeof(SHA256_CTX), '\0')
{
    SHA256_Init(context(m_state));
}

std::optional<RunningSha256> RunningSha256::restore(const QByteArray& saved)
{
    if (saved.size() != kWords * 4)
        return std::nullopt;
    RunningSha256 r;
    SHA256_CTX* c = context(r.m_state);
    int at = 0;
    for (SHA_LONG& h : c->h)
        h = word(saved, at++);
    c->Nl = word(saved, at++);
    c->Nh = word(saved, at++);
    for (SHA_LONG& d : c->data)
        d = word(saved, at++);
    c->num = word(saved, at++);
    c->md_len = word(saved, at++);
    if (c->num >= SHA256_CBLOCK || c->md_len != SHA256_DIGEST_LENGTH)
        return std::nullopt;
    return r;
}

void RunningSha256::add(QByteArrayView bytes)
{
    SHA256_Update(context(m_state), bytes.data(), static_cast<size_t>(bytes.size()));
}

QByteArray RunningSha256::save() const
{
    const SHA256_CTX* c = context(m_state);
    QByteArray out;
    out.reserve(kWords * 4);
    for (SHA_LONG h : c->h)
        putWord(out, h);
    putWord(out, c->Nl);
    putWord(out, c->Nh);
    for (SHA_LONG d : c->data)
        putWord(out, d);
    putWord(out, c->num);
    putWord(out, c->md_len);
    return out;
}

QByteArray RunningSha256::hex() const
{
    QByteArray copy = m_state;
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256_Final(digest, context(copy));
    return QByteArray(reinterpret_cast<const char*>(digest), SHA256_DIGEST_LENGTH).toHex();
}

} // namespace motcua
