#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace motcua {

// A SHA-256 whose state is saved between requests: the center hashes each attachment chunk as
// it arrives and keeps the state in PostgreSQL (files.sha_state), so the last chunk, taken by
// any center process, finishes the hash without reading the file back. The saved form is the
// state's words in little-endian order, independent of the build.
class RunningSha256
{
public:
    RunningSha256();
    // The state saved by save(); nullopt when `saved` is not one.
    static std::optional<RunningSha256> restore(const QByteArray& saved);

    void add(QByteArrayView bytes);
    QByteArray save() const;
    // The digest of everything added (the running state itself is left as it is), lower-case hex.
    QByteArray hex() const;

private:
    QByteArray m_state; // the OpenSSL context's bytes
};

} // namespace motcua
