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
class AttachmentService;
class KeyRing;
class StationAccounts;
class ProcessingService;
class ReportService;
class OnlineInboxService;
class SyncService;
class ChangeNotifier;

// Everything one running app (GUI, CLI or test) needs: the open database and the services
// over it. Opening migrates the schema and, on a new database, loads the demo center.
class AppContext
{
public:
    struct Options
    {
        QString databasePath; // empty: defaultDatabasePath()
        bool seedDemo = true; // load the demo center into a new database
        // False: a path where no database exists is refused instead of becoming a new, empty
        // (or demo) center: a mistyped --db must not quietly start a second set of records.
        // An existing empty file is always refused.
        bool createIfMissing = true;
        const Clock* clock = nullptr; // null: the system clock
        // Tests only: PBKDF2 iterations for password hashes and data key wraps (0: the
        // production PasswordHasher::kDefaultIterations), so suites stay fast.
        int kdfIterationsForTesting = 0;
        // A plain database is encrypted in place when an administrator unlocks it (README,
        // "Encryption at rest"). Off only for tests of plain databases.
        bool encryptAtAdminLogin = true;
    };

    static Result<std::unique_ptr<AppContext>> open(const Options& options);
    // SQLite in a folder of its own in the user's data directory:
    // ~/.local/share/MotCua/MotCua Desk/database/motcua.db. Nothing else lives in that folder
    // and the app's file dialogs never show it: a program that opens and closes the database
    // file (as a file dialog does to guess a file's type) takes the app's locks on it away.
    static QString defaultDatabasePath();
    // The folder that holds only the database and its WAL, when `databasePath` is in one
    // (the default layout); empty for a database among other files (--db PATH).
    static QString dedicatedDatabaseFolder(const QString& databasePath);
    // The attachment store of a database: beside the dedicated folder in the default layout,
    // else beside the database file.
    static QString attachmentFolderFor(const QString& databasePath);
    // Versions before the dedicated folder kept motcua.db directly in the data directory:
    // moves it (checkpointed first, so the file alone is the whole database) when nothing
    // else has it open. Called before opening the default database.
    static Status moveLegacyDatabase();

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
    // Scans and files of dossiers, encrypted under the data key (unlock() at login).
    AttachmentService& attachments();
    // The session's data key and the users' wraps of it.
    KeyRing& keyRing();
    // This workstation's side of its center's accounts (security/StationAccounts).
    StationAccounts& stationAccounts();
    // Steps after intake: transfers, supplements, completion, returns (docs/domain.md#after-intake).
    ProcessingService& processing();
    // Dossiers submitted online, waiting for a clerk's decision.
    OnlineInboxService& onlineInbox();
    // Figures for supervisors: the periodic report, the day's counts, the trend.
    ReportService& reports();
    // Synchronisation with the central portal (app/sync).
    SyncService& sync();

    // What changed, for the pages: after every commit here, and after other connections' and
    // processes' commits (ChangeNotifier.h). Made on first use.
    ChangeNotifier& changes();
    // True until the first administrator has been created.
    bool needsFirstAdmin();
    // True while the database is encrypted and nobody has logged in yet: it cannot be read
    // until a user's password opens its key (UserService::login() does).
    bool isLocked() const;
    // Opens a locked database with the key `username`'s password unwraps from the key file,
    // and brings its schema up to date. Nothing to do when it is open already.
    Status openWithPassword(const QString& username, const QString& password);
    // Closes an encrypted database and forgets its key (log out, idle lock): nothing can be
    // read until a password opens it again (openWithPassword(), which login() calls). False
    // for a plain database, which stays open.
    bool lockDatabase();
    // Encrypts the plain database now, under the unlocked session's key (an administrator's):
    // what the first administrator login does by itself.
    Status encryptDatabase();
    // Items waiting in the outbox for the portal (queued or failed), for the status bar.
    int queuedOutboxCount();

private:
    AppContext();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace motcua
