#pragma once

#include "core/Result.h"

#include <QString>

namespace motcua {

// OpenSSL reports failures on a per-thread error queue. These helpers drain it, so a
// later call never reports a stale error, and turn it into text for Error::crypto
// (docs/architecture.md#conventions: OpenSSL errors are converted at their wrapper).

// All queued OpenSSL errors as one line ("error:...; error:..."), oldest first; the queue
// is empty afterwards. Returns an empty string when nothing was queued.
QString takeOpenSslErrors();

// A Crypto error saying what the app was doing, with OpenSSL's own reason appended:
//   return openSslError(QCoreApplication::translate("motcua::OpenSslError", "hashing the password"));
Error openSslError(const QString& doing);

} // namespace motcua
