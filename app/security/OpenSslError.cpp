#include "security/OpenSslError.h"

#include <QCoreApplication>
#include <QStringList>

#include <openssl/err.h>

namespace motcua {

QString takeOpenSslErrors()
{
    QStringList parts;
    // ERR_get_error() pops the oldest entry; 0 means the queue is empty.
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256] = {};
        ERR_error_string_n(code, buffer, sizeof buffer);
        parts.append(QString::fromLatin1(buffer));
    }
    return parts.join(QStringLiteral("; "));
}

Error openSslError(const QString& doing)
{
    const QString reason = takeOpenSslErrors();
    if (reason.isEmpty())
        return Error::crypto(
            QCoreApplication::translate("motcua::OpenSslError", "Cryptography failed while %1.").arg(doing));
    return Error::crypto(
        QCoreApplication::translate("motcua::OpenSslError", "Cryptography failed while %1: %2").arg(doing, reason));
}

} // namespace motcua
