#pragma once

#include "core/Result.h"

#include <QByteArray>

#include <functional>

namespace motcua {

// Turns an offline bundle file (made by the sync client for sites with no link for days) into
// its inner payload, the JSON of PROTOCOL.md 3.12. The file format (signature, encryption) is
// the sync client's; whoever knows it installs an opener with PortalServer::setBundleOpener.
// A failure (bad signature, wrong key, damaged file) refuses the bundle whole (error 15).
using BundleOpener = std::function<Result<QByteArray>(const QByteArray& file)>;

// The built-in opener: the file is the inner payload itself, unprotected (tests, demos).
inline Result<QByteArray> plainBundleOpener(const QByteArray& file)
{
    return file;
}

} // namespace motcua
