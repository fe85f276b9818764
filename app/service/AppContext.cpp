#include "service/AppContext.h"
#include "store/SettingKeys.h"

#include "core/Logging.h"
#include "security/KeyRing.h"
#include "security/StationAccounts.h"
#include "security/UserService.h"
#include "service/AccountBeforeLogin.h"
#include "service/AttachmentService.h"
#include "service/CalendarService.h"
#include "service/CatalogueService.h"
#include "service/ChangeNotifier.h"
#include "service/DossierService.h"
#include "service/OnlineInboxService.h"
#include "service/ProcessingService.h"
#include "service/ReportService.h"
#include "service/SettingsService.h"
#include "store/Database.h"
#include "store/DatabaseEncryption.h"
#include "store/DossierCodeAllocator.h"
#include "store/Journal.h"
#include "store/KeyFile.h"
#include "store/LoginCounterFile.h"
#include "store/Migrations.h"
#include "store/OutboxStore.h"
#include "store/Settings.h"
#include "store/UserRepository.h"
#include "sync/PortalClient.h"
#include "sync/PortalPuller.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <optional>

namespace motcua {

namespace {

Actor systemActor()
{
    Actor a;
    a.username = QStringLiteral("system");
    a.fullName = QStringLiteral("MotCua Desk");
    a.role = Role::Admin;
    return a;
}

QByteArray readResource(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}
} // namespace

struct AppContext::Private
{
    SystemClock systemClock;
    const Clock* clock = nullptr;
    Database db;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<KeyRing> keyRing;
    std::unique_ptr<AttachmentService> attachments;
    std::unique_ptr<SettingsService> settingsService;
    std::unique_ptr<UserService> users;
    std::unique_ptr<StationAccounts> accounts;
    std::unique_ptr<CatalogueService> catalogue;
    std::unique_ptr<CalendarService> calendar;
    std::unique_ptr<DossierService> dossiers;
    std::unique_ptr<ProcessingService> processing;
    std::unique_ptr<ReportService> reports;
    std::unique_ptr<OnlineInboxService> onlineInbox;
    std::unique_ptr<SyncService> sync;
    QString path;
    bool locked = false;
    bool encryptAtAdminLogin = true;
    // Last, so it lets go of the connection's hooks first.
    std::unique_ptr<ChangeNotifier> changes;

    Status seedDemo();
    Status encrypt();
    void afterUnlock();
};

Status AppContext::Private::encrypt()
{
    const DataKey* key = keyRing ? keyRing->key() : nullptr;
    if (!key)
        return Error::forbidden(
            QCoreApplication::translate("motcua::AppContext", "Log in as an administrator to encrypt the database."));
    if (db.isKeyed())
        return {};
    KeyRing* keys = keyRing.get();
    const Result<EncryptionReport> done =
        encryptInPlace(db, key->bytes(), [keys] { return keys->writeKeyFile(false, true); });
    if (!done) {
        // The key file must not claim an encrypted database that is still plain.
        if (Database::fileKind(path) == Database::FileKind::Plain)
            QFile::remove(KeyFile::pathFor(path));
        return done.error();
    }
    Actor actor = systemActor();
    const QJsonObject details{{QStringLiteral("tables"), done->tables},
                              {QStringLiteral("rows"), done->rows},
                              {QStringLiteral("bytes_before"), done->bytesBefore},
                              {QStringLiteral("bytes_after"), done->bytesAfter},
                              {QStringLiteral("ms"), done->milliseconds}};
    if (Status s = writeAudit(db, clock->now(), actor, QStringLiteral("database.encrypt"), QStringLiteral("database"),
                              QFileInfo(path).fileName(), details);
        !s)
        qCWarning(lcCore).noquote() << "the encryption was not audited:" << s.error().message;
    return {};
}

// Work once a login unlocked the data key: secret settings still in clear are sealed, a plain
// database is encrypted (an administrator's login), audit rows written without the key join
// the chain.
void AppContext::Private::afterUnlock()
{
    if (auto sealed = settings->sealSecrets(); !sealed)
        qCWarning(lcCore).noquote() << "secret settings not sealed:" << sealed.error().message;
    if (encryptAtAdminLogin && !db.isKeyed() && keyRing->unlockedByAdmin()) {
        if (Status s = encrypt(); !s)
            qCWarning(lcCore).noquote() << "the database stays plain for now:" << s.error().message;
    }
    if (Status s = sealAuditTrail(db); !s)
        qCWarning(lcCore).noquote() << "audit rows not sealed:" << s.error().message;
}

// The demo center (resources/demo): the center's identity, its catalogue of 18 departments
// and the holiday calendar. Loaded once, into a database that has no catalogue yet.
Status AppContext::Private::seedDemo()
{
    const QJsonObject center =
        QJsonDocument::fromJson(readResource(QStringLiteral(":/motcua/demo/center.json"))).object();
    const std::pair<const char16_t*, QLatin1StringView> keys[] = {
        {u"name", SettingKey::CenterName},           {u"parent", SettingKey::CenterParent},
        {u"place", SettingKey::CenterPlace},         {u"agency_code", SettingKey::CenterAgencyCode},
        {u"address", SettingKey::CenterAddress},     {u"phone", SettingKey::CenterPhone},
        {u"lookup_url", SettingKey::CenterLookupUrl}};
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    for (const auto& [jsonKey, settingKey] : keys) {
        const QJsonValue v = center.value(QString::fromUtf16(jsonKey));
        if (v.isString()) {
            if (Status s = settings->set(settingKey, v.toString()); !s)
                return s;
        }
    }
    if (center.value(QStringLiteral("stations")).isDouble()) {
        if (Status s = settings->set(SettingKey::CodeMaxStations,
                                     QString::number(center.value(QStringLiteral("stations")).toInt()));
            !s)
            return s;
    }
    if (Status s = catalogue->importDemoIfEmpty(); !s)
        return s;
    if (Status s = calendar->importRows(systemActor(), readResource(QStringLiteral(":/motcua/demo/holidays.json"))); !s)
        return s;
    return tx.commit();
}

AppContext::AppContext()
    : d(std::make_unique<Private>())
{}

AppContext::~AppContext() = default;

namespace {
const QString kDatabaseFolderName = QStringLiteral("database");

QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}
} // namespace

QString AppContext::defaultDatabasePath()
{
    return dataDirectory() + QLatin1Char('/') + kDatabaseFolderName + QStringLiteral("/motcua.db");
}

QString AppContext::dedicatedDatabaseFolder(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().dirName() == kDatabaseFolderName ? info.absolutePath() : QString();
}

QString AppContext::attachmentFolderFor(const QString& databasePath)
{
    const QString own = dedicatedDatabaseFolder(databasePath);
    const QString base = own.isEmpty() ? QFileInfo(databasePath).absolutePath() : QFileInfo(own).absolutePath();
    return base + QStringLiteral("/attachments");
}

Status AppContext::moveLegacyDatabase()
{
    const QString legacy = dataDirectory() + QStringLiteral("/motcua.db");
    const QString target = defaultDatabasePath();
    if (!QFileInfo::exists(legacy) || QFileInfo::exists(target))
        return {};
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error::storage(
            QCoreApplication::translate("motcua::AppContext", "Cannot create the folder %1 for the database.")
                .arg(QFileInfo(target).absolutePath()));
    {
        // Leaving WAL needs the database to itself: it fails while another program has it
        // open, and then the database stays where it is for now.
        Database db;
        if (Status s = db.open(legacy); !s)
            return s;
        if (!leaveWal(db)) {
            qCWarning(lcCore) << "the database is in use by another program; it moves at a later start";
            return {};
        }
    }
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(legacy + suffix);
    if (!QFile::rename(legacy, target))
        return Error::storage(QCoreApplication::translate("motcua::AppContext", "Cannot move the database %1 to %2.")
                                  .arg(legacy, target));
    qCInfo(lcCore) << "database moved into its own folder";
    return {};
}

Result<std::unique_ptr<AppContext>> AppContext::open(const Options& options)
{
    initCoreResources();
    std::unique_ptr<AppContext> ctx(new AppContext());
    Private& p = *ctx->d;
    p.clock = options.clock ? options.clock : &p.systemClock;

    // Absolute, so the database stays the same file whatever the process's working folder
    // becomes later (the desktop app works in Documents).
    const QString path =
        QFileInfo(options.databasePath.isEmpty() ? defaultDatabasePath() : options.databasePath).absoluteFilePath();
    const QFileInfo info(path);
    // A new database is made only where the caller means to make one (the default location on a
    // first start, motcuactl init or seed). An empty file is not a database with no rows: it is
    // something else (a failed copy, a truncated file) and must not be turned into a new center.
    if (info.exists() && info.isFile() && info.size() == 0) {
        return Error::badInput(QCoreApplication::translate("motcua::AppContext",
                                                           "The file %1 is empty: it is not a MotCua Desk database. "
                                                           "Check the path, or restore the database from a backup.")
                                   .arg(path));
    }
    if (!info.exists() && !options.createIfMissing) {
        return Error::notFound(QCoreApplication::translate("motcua::AppContext",
                                                           "There is no database at %1. Check the path; to create a "
                                                           "new one there, run: motcuactl init --db \"%1\"")
                                   .arg(path));
    }
    if (!QDir().mkpath(info.absolutePath())) {
        return Error::storage(
            QCoreApplication::translate("motcua::AppContext", "Cannot create the folder %1 for the database.")
                .arg(info.absolutePath()));
    }
    if (const QString own = dedicatedDatabaseFolder(path); !own.isEmpty()) {
        // Only its owner may list or open the database's own folder.
        QFile::setPermissions(own, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    if (path == QFileInfo(defaultDatabasePath()).absoluteFilePath()) {
        if (Status s = moveLegacyDatabase(); !s)
            return s.error();
    }
    p.path = path;
    p.encryptAtAdminLogin = options.encryptAtAdminLogin;
    const Database::FileKind kind = Database::fileKind(path);
    const QString keyFile = KeyFile::pathFor(path);
    if (kind == Database::FileKind::Plain && QFile::exists(keyFile)) {
        // Its key file says it was encrypted: a plain file in its place was put there by
        // someone, and everything typed into it would be readable.
        return Error::crypto(
            QCoreApplication::translate("motcua::AppContext",
                                        "The database %1 is not encrypted, but its key file %2 says it was. "
                                        "It is not opened: call the administrator to restore the database "
                                        "from the backup.")
                .arg(path, keyFile));
    }
    if (kind == Database::FileKind::Encrypted) {
        // Read only once a login opened the key (openWithPassword()).
        p.locked = true;
    } else {
        if (Status s = p.db.open(path); !s)
            return s.error();
        if (Status s = migrate(p.db); !s)
            return s.error();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    p.settings = std::make_unique<Settings>(p.db);
    p.settingsService = std::make_unique<SettingsService>(p.db, *p.settings, *p.clock);
    const PasswordHasher hasher = options.kdfIterationsForTesting > 0
                                      ? PasswordHasher::withIterationsForTesting(options.kdfIterationsForTesting)
                                      : PasswordHasher();
    p.keyRing = std::make_unique<KeyRing>(p.db, hasher.iterations());
    // Secret settings are sealed under the data key: readable only once a login unlocked it,
    // and any still in clear (an older database, a script) are sealed at that moment.
    KeyRing* keys = p.keyRing.get();
    keys->setKeyFile(keyFile);
    Settings* settings = p.settings.get();
    settings->setCipher([keys]() -> const BlobCrypto* { return keys->key(); });
    Private* self = &p;
    keys->setOnUnlock([self] { self->afterUnlock(); });
    p.users = std::make_unique<UserService>(p.db, *p.clock, hasher, p.keyRing.get());
    p.accounts = std::make_unique<StationAccounts>(p.db, *p.keyRing);
    p.users->setStationAccounts(p.accounts.get());
    StationAccounts* accounts = p.accounts.get();
    keys->setAfterUnlock([accounts](const QString& username, const QString& password) {
        UserRepository users(accounts->db());
        if (const Result<UserRecord> user = users.byUsername(username); user) {
            if (Status s = accounts->ensureWrap(*user, password); !s)
                qCWarning(lcCore).noquote() << "no account key wrap made:" << s.error().message;
        }
    });
    // Wrong passwords are counted beside the key file too, so they lock an account before the
    // database is open.
    p.users->setLoginCounterFile(LoginCounterFile::pathFor(path), keyFile);
    AppContext* context = ctx.get();
    p.users->setBeforeLogin([context](const QString& username, const QString& password) {
        return context->openWithPassword(username, password);
    });
    keys->setBeforeUnlock([context](const QString& username, const QString& password) {
        return context->openWithPassword(username, password);
    });
    // Attachments live beside the database, so a backup of the data folder holds both.
    p.attachments =
        std::make_unique<AttachmentService>(p.db, *p.clock, *p.settings, *p.keyRing, attachmentFolderFor(path));
    p.catalogue = std::make_unique<CatalogueService>(p.db, *p.clock);
    p.calendar = std::make_unique<CalendarService>(p.db, *p.clock);

    if (options.seedDemo && !p.locked && !p.catalogue->hasCatalogue()) {
        qCInfo(lcCore) << "new database: loading the demo center";
        if (Status s = p.seedDemo(); !s)
            return Error{s.error().code,
                         QCoreApplication::translate("motcua::AppContext", "Loading the demo center failed: %1")
                             .arg(s.error().message)};
    }
    p.dossiers = std::make_unique<DossierService>(p.db, *p.clock, *p.settings, *p.catalogue, *p.calendar);
    p.processing =
        std::make_unique<ProcessingService>(p.db, *p.clock, *p.settings, *p.catalogue, *p.calendar, *p.dossiers);
    p.reports = std::make_unique<ReportService>(p.db, *p.clock, *p.settings);
    p.onlineInbox =
        std::make_unique<OnlineInboxService>(p.db, *p.clock, *p.settings, *p.catalogue, *p.calendar, *p.dossiers);
    p.sync = std::make_unique<SyncService>(p.db, *p.settings, *p.clock);
    // Attachments go to the portal decrypted and checked (AttachmentService::read), so only a
    // session unlocked by a login sends them; a locked one leaves them queued with the reason.
    AttachmentService* attachments = p.attachments.get();
    p.sync->setAttachmentReader([attachments](const OutboxItem& item) -> Result<QByteArray> {
        const qint64 id = item.payload.value(QStringLiteral("attachment_id")).toVariant().toLongLong();
        if (id <= 0)
            return Error::badInput(
                QCoreApplication::translate("motcua::AppContext", "The queued attachment names no stored file."));
        // The sender trusts these bytes to be the payload's SHA-256 (SyncRunner.h): read()
        // checks them against the stored row, and the row must be the one the payload names.
        const Result<AttachmentInfo> info = attachments->info(id);
        if (!info)
            return info.error();
        if (info->sha256.compare(item.payload.value(QStringLiteral("sha256")).toString(), Qt::CaseInsensitive) != 0)
            return Error::conflict(QCoreApplication::translate(
                "motcua::AppContext", "The queued attachment does not match the stored file."));
        return attachments->read(id);
    });
    // Cold start of the day while online: lease a block of dossier numbers from the portal
    // during the dossier's own transaction. The sync engine leases ahead, so this is rare;
    // offline (or with no portal) the allocator falls back to this station's own range at once.
    Private* priv = &p;
    p.dossiers->codes().setLeaseSource([priv](const QString& agency, const QString& day,
                                              int size) -> Result<CodeBlock> {
        auto config = priv->sync->config();
        if (!config || !config->isConfigured() || !priv->sync->isOnline() || priv->sync->isPaused())
            return Error::conflict(QCoreApplication::translate("motcua::AppContext", "The portal is not reachable."));
        config->timeoutMs = qMin(config->timeoutMs, 5000);
        PortalClient client(*config, *priv->clock);
        return PortalPuller::leaseSource(client, priv->db, config->station)(agency, day, size);
    });
    return ctx;
}

Database& AppContext::db()
{
    return d->db;
}
const Clock& AppContext::clock() const
{
    return *d->clock;
}
Settings& AppContext::settings()
{
    return *d->settings;
}
UserService& AppContext::users()
{
    return *d->users;
}
CatalogueService& AppContext::catalogue()
{
    return *d->catalogue;
}
CalendarService& AppContext::calendar()
{
    return *d->calendar;
}
DossierService& AppContext::dossiers()
{
    return *d->dossiers;
}
AttachmentService& AppContext::attachments()
{
    return *d->attachments;
}
KeyRing& AppContext::keyRing()
{
    return *d->keyRing;
}

StationAccounts& AppContext::stationAccounts()
{
    return *d->accounts;
}

ProcessingService& AppContext::processing()
{
    return *d->processing;
}

OnlineInboxService& AppContext::onlineInbox()
{
    return *d->onlineInbox;
}

ReportService& AppContext::reports()
{
    return *d->reports;
}

bool AppContext::needsFirstAdmin()
{
    // An encrypted database was encrypted by an administrator.
    return !d->locked && !d->users->hasAdmin();
}

bool AppContext::isLocked() const
{
    return d->locked;
}

Status AppContext::openWithPassword(const QString& username, const QString& password)
{
    const QString keyFile = KeyFile::pathFor(d->path);
    const qint64 now = d->clock->now().toSecsSinceEpoch();
    if (!d->locked) {
        // An open database of a center's workstation that does not know the name asks the center.
        if (d->db.isKeyed())
            return fetchUnknownAccount(d->db, keyFile, username, now);
        return {};
    }
    Result<std::unique_ptr<DataKey>> key = KeyRing::unlockFromKeyFile(keyFile, username, password);
    std::optional<CenterAccountRow> fetched;
    if (!key && key.error().code == Error::Forbidden) {
        // A name or a password the key file does not know: the center may (an account made, or
        // a password set, at another counter since this one last synced).
        Result<FetchedAccount> opened = openThroughCenter(keyFile, username, password);
        if (!opened) {
            const Result<KeyFile::Content> content = KeyFile(keyFile).read();
            const bool unknownHere = content && KeyFile::wrapsOf(*content, username).isEmpty() &&
                                     KeyFile::wrapsOf(content->accountWraps, username).isEmpty();
            if (opened.error().code == Error::Storage && unknownHere) {
                // Say why an account made at another counter does not work here yet.
                return Error::forbidden(
                    QCoreApplication::translate("motcua::AppContext",
                                                "Wrong user name or password. An account created at another "
                                                "counter cannot be used here until the center answers: %1")
                        .arg(opened.error().message));
            }
            return key.error();
        }
        key = std::move(opened->key);
        fetched = std::move(opened->row);
    }
    if (!key)
        return key.error();
    if (Status s = d->db.reopen(d->path, (*key)->bytes()); !s)
        return s;
    if (Status s = migrate(d->db); !s)
        return s;
    d->locked = false;
    if (fetched) {
        if (Status s = keepFetchedAccount(d->db, keyFile, *fetched, now); !s)
            return s;
    }
    return {};
}

bool AppContext::lockDatabase()
{
    if (d->locked || !d->db.isKeyed())
        return d->locked;
    d->keyRing->lock();
    d->db.close();
    d->locked = true;
    return true;
}

Status AppContext::encryptDatabase()
{
    return d->encrypt();
}
SyncService& AppContext::sync()
{
    return *d->sync;
}
ChangeNotifier& AppContext::changes()
{
    if (!d->changes)
        d->changes = std::make_unique<ChangeNotifier>(d->db);
    return *d->changes;
}

SettingsService& AppContext::settingsService()
{
    return *d->settingsService;
}

int AppContext::queuedOutboxCount()
{
    OutboxStore outbox(d->db);
    auto queued = outbox.itemCount(OutboxState::Queued);
    auto failed = outbox.itemCount(OutboxState::Failed);
    return (queued ? *queued : 0) + (failed ? *failed : 0);
}

} // namespace motcua
