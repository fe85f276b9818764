#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/Types.h"

#include <QList>
#include <QPair>
#include <QString>

namespace motcua {

class Database;
class Settings;

// Changes to settings made by people: the role check and the audit row live here, so the
// GUI and the CLI cannot change the center's identity or numbering without them.
class SettingsService
{
public:
    SettingsService(Database& db, Settings& settings, const Clock& clock);

    // Keys any logged-in user may change for this workstation (the interface language);
    // every other key needs an administrator.
    static bool isPersonalPreference(const QString& key);

    // Validates every value first, then stores all of them in one transaction with one
    // audit row ("settings.change"). Nothing is stored when any value is refused.
    Status change(const Actor& actor, const QList<QPair<QString, QString>>& values);
    Status change(const Actor& actor, const QString& key, const QString& value)
    {
        return change(actor, {{key, value}});
    }

private:
    Database& m_db;
    Settings& m_settings;
    const Clock& m_clock;
};

} // namespace motcua
