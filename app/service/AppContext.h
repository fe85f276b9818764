#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QString>

#include <memory>

namespace motcua {

class Database;
class Settings;
class SettingsService;
class UserService;
class CatalogueService;
class CalendarService;
class DossierService;
class SyncService;

// Everything one running app (GUI, CLI or test) needs: the open database and the services
// over it. Opening migrates the schema and, on a new database, loads the demo center.
class AppContext
{
public:
    struct Options
    {
        QString databasePath;         // empty: defaultDatabasePath()
        bool seedDemo = true;         // load the demo center into a new database
        const Clock* clock = nullptr; // null: the system clock
    };

    static Result<std::unique_ptr<AppContext>> open(const Options& options);
    // SQLite in the user's data directory: ~/.local/share/MotCua/MotCua Desk/motcua.db
    static QString defaultDatabasePath();

    ~AppContext();

    Database& db();
    const Clock& clock() const;
    Settings& settings();
    // Changes by people (role check + audit) go through here.
    SettingsService& settingsService();
    UserService& users();
    CatalogueService& catalogue();
    CalendarService& calendar();
    DossierService& dossiers();
    // Synchronisation with the central portal (app/sync).
    SyncService& sync();

    // True until the first administrator has been created.
    bool needsFirstAdmin();
    // Items waiting in the outbox for the portal (queued or failed), for the status bar.
    int queuedOutboxCount();

private:
    AppContext();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace motcua
