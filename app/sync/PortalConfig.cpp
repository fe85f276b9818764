#include "sync/PortalConfig.h"
#include "store/SettingKeys.h"

#include "store/Settings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSslKey>

namespace motcua {

QString PortalConfig::pinOf(const QSslCertificate& certificate)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256).toBase64());
}

Result<PortalConfig> PortalConfig::fromSettings(Settings& settings)
{
    PortalConfig c;
    // A workstation that joined its center syncs with the center (center.*); otherwise with the
    // portal of portal.* (a national-style portal, or the reference portal).
    const bool center = !settings.string(SettingKey::CenterUrl).trimmed().isEmpty();
    const QString prefix = center ? QStringLiteral("center.") : QStringLiteral("portal.");
    const QString url = settings.string(prefix + QStringLiteral("url")).trimmed();
    c.username = settings.string(prefix + QStringLiteral("username"));
    c.madonvi = settings.string(SettingKey::CenterAgencyCode);
    c.station = settings.integer(SettingKey::StationNumber);
    c.timeoutMs = settings.integer(SettingKey::SyncTimeoutSecs) * 1000;
    c.maxParallel = settings.integer(SettingKey::SyncMaxParallel);
    c.dossierBatch = settings.integer(SettingKey::SyncDossierBatch);
    c.historyChunk = settings.integer(SettingKey::SyncHistoryChunk);
    c.chunkBytes = settings.integer(SettingKey::SyncChunkKiB) * 1024;
    c.backoffBaseSecs = settings.integer(SettingKey::SyncBackoffBaseSecs);
    c.backoffCapSecs = settings.integer(SettingKey::SyncBackoffCapSecs);
    c.intervalSecs = settings.integer(SettingKey::SyncIntervalSecs);
    if (url.isEmpty())
        return c;
    // Sealed under the data key: only an unlocked session has it (Settings::secret).
    auto password = settings.secret(prefix + QStringLiteral("password"));
    if (!password)
        return password.error();
    c.password = *password;
    c.url = QUrl(url, QUrl::StrictMode);
    // TLS only: a portal reached over plain HTTP could be anyone.
    if (!c.url.isValid() || c.url.scheme() != QLatin1String("https") || c.url.host().isEmpty()) {
        return Error::badInput(
            QCoreApplication::translate("motcua::PortalConfig", "%1 must be an https:// address, not \"%2\".")
                .arg(prefix + QStringLiteral("url"), url));
    }
    const QString caFile = settings.string(prefix + QStringLiteral("caFile"));
    if (!caFile.isEmpty()) {
        QFile f(caFile);
        if (!f.open(QIODevice::ReadOnly))
            return Error::badInput(
                QCoreApplication::translate("motcua::PortalConfig", "Cannot read the portal's CA file %1.")
                    .arg(caFile));
        c.caCertificates = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
        if (c.caCertificates.isEmpty())
            return Error::badInput(
                QCoreApplication::translate("motcua::PortalConfig", "The file %1 holds no PEM certificate.")
                    .arg(caFile));
    }
    // A key pin is the national-style portal's; the center is trusted through its CA.
    const QString pin = center ? QString() : settings.string(SettingKey::PortalPinSha256).trimmed();
    if (!pin.isEmpty()) {
        c.pinSha256 = QByteArray::fromBase64(pin.toLatin1());
        if (c.pinSha256.size() != 32)
            return Error::badInput(QCoreApplication::translate(
                "motcua::PortalConfig", "portal.pinSha256 must be the base64 SHA-256 of the portal's public key."));
    }
    // No fallback to the certificate authorities the system trusts: any of them could issue a
    // certificate for the portal's name, and the portal password and every dossier would go to
    // whoever holds it.
    if (c.caCertificates.isEmpty() && c.pinSha256.isEmpty()) {
        if (center)
            return Error::badInput(QCoreApplication::translate(
                "motcua::PortalConfig",
                "The center's server is set but its CA is not: set center.caFile, or join the center again."));
        return Error::badInput(QCoreApplication::translate(
            "motcua::PortalConfig",
            "The portal is set but not pinned: set portal.caFile (its CA) or portal.pinSha256 (its key)."));
    }
    return c;
}

} // namespace motcua
