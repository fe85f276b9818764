#include "service/SettingsService.h"
#include "store/SettingKeys.h"

#include "security/Roles.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace motcua {

SettingsService::SettingsService(Database& db, Settings& settings, const Clock& clock)
    : m_db(db)
    , m_settings(settings)
    , m_clock(clock)
{}

bool SettingsService::isPersonalPreference(const QString& key)
{
    return key == SettingKey::UiLanguage;
}

Status SettingsService::change(const Actor& actor, const QList<QPair<QString, QString>>& values)
{
    QList<QPair<QString, QString>> canonical;
    for (const auto& [key, value] : values) {
        if (!isPersonalPreference(key)) {
            if (Status s = requireRole(
                    actor, Role::Admin,
                    QCoreApplication::translate("motcua::SettingsService", "change the setting \"%1\"").arg(key));
                !s)
                return s;
        }
        QString stored;
        if (Status s = Settings::validate(key, value, &stored); !s)
            return s;
        // A secret is sealed under the data key as it is stored: never in clear by a person.
        if (Settings::isSecret(key) && !stored.isEmpty() && !m_settings.isUnlocked())
            return Error::forbidden(QCoreApplication::translate("motcua::SettingsService",
                                                                "The setting %1 is kept encrypted: this session cannot "
                                                                "unlock the data key, so it cannot be changed here.")
                                        .arg(key));
        canonical.append({key, stored});
    }
    if (canonical.isEmpty())
        return {};

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QJsonObject details;
    for (const auto& [key, value] : canonical) {
        if (Status s = m_settings.set(key, value); !s)
            return s;
        // A secret never reaches the audit trail: only that it changed.
        details.insert(key, Settings::isSecret(key) ? QStringLiteral("(changed)") : value);
    }
    if (Status s = writeAudit(m_db, m_clock.now(), actor, QStringLiteral("settings.change"), QStringLiteral("settings"),
                              canonical.first().first, details);
        !s)
        return s;
    return tx.commit();
}

} // namespace motcua
