#include "store/WalCheckpointer.h"

#include "core/Logging.h"

#include <QFile>
#include <QHash>

#include <openssl/crypto.h>
#include <sqlite3.h>

#include <chrono>

namespace motcua {

namespace {

std::mutex s_registryMutex;
QHash<QString, std::weak_ptr<WalCheckpointer>> s_registry;

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

// The checkpoint's own connection: keyed when the file is, synchronous=FULL so the copied pages
// are on the disk before the WAL is reused, and the WAL kept on close like the app's own.
sqlite3* openForCheckpoint(const QString& path, const QByteArray& key)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return nullptr;
    }
    int rc = SQLITE_OK;
    if (!key.isEmpty()) {
        QByteArray pragma = QByteArrayLiteral("PRAGMA key = \"x'") + key.toHex() + QByteArrayLiteral("'\"");
        rc = sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr);
        wipe(pragma);
    }
    int persist = 1;
    sqlite3_file_control(db, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
    sqlite3_busy_timeout(db, 1000);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "PRAGMA synchronous=FULL; SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        qCWarning(lcStore).noquote() << "WAL checkpoint: cannot open" << path << sqlite3_errmsg(db);
        sqlite3_close_v2(db);
        return nullptr;
    }
    return db;
}

} // namespace

std::shared_ptr<WalCheckpointer> WalCheckpointer::forFile(const QString& path, const QByteArray& key)
{
    std::lock_guard<std::mutex> lock(s_registryMutex);
    if (std::shared_ptr<WalCheckpointer> existing = s_registry.value(path).lock()) {
        if (existing->m_key == key)
            return existing;
    }
    std::shared_ptr<WalCheckpointer> made(new WalCheckpointer(path, key));
    s_registry.insert(path, made);
    return made;
}

WalCheckpointer::WalCheckpointer(QString path, QByteArray key)
    : m_path(std::move(path))
    , m_key(std::move(key))
{}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    wipe(m_key);
    std::lock_guard<std::mutex> lock(s_registryMutex);
    auto it = s_registry.find(m_path);
    if (it != s_registry.end() && it->expired())
        s_registry.erase(it);
}

void WalCheckpointer::attach(sqlite3* db)
{
    // Replaces SQLite's auto-checkpoint, which is a WAL hook too (wal_autocheckpoint reads 0 after).
    sqlite3_wal_hook(db, &WalCheckpointer::onCommit, this);
}

void WalCheckpointer::detach(sqlite3* db)
{
    sqlite3_wal_hook(db, nullptr, nullptr);
}

int WalCheckpointer::onCommit(void* self, sqlite3* db, const char* schema, int pages)
{
    // Databases attached to the connection (an export) are not this file.
    if (schema && qstrcmp(schema, "main") == 0) {
        if (pages >= kWriterPages)
            (void)sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        static_cast<WalCheckpointer*>(self)->committed(pages);
    }
    return SQLITE_OK;
}

void WalCheckpointer::committed(int pages)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const bool wake = !m_dirty || pages >= kPassivePages;
    m_walPages = pages;
    m_dirty = true;
    ++m_commitSeen;
    if (!m_thread.joinable() && !m_stop)
        m_thread = std::thread(&WalCheckpointer::run, this);
    else if (wake)
        m_wake.notify_one();
}

void WalCheckpointer::pause()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    ++m_paused;
    m_wake.notify_all();
    m_wake.wait(lock, [this] { return !m_running && !m_connected; });
}

void WalCheckpointer::resume()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_paused = std::max(0, m_paused - 1);
    }
    m_wake.notify_all();
}

void WalCheckpointer::forgetCommits()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_dirty = false;
    m_walPages = 0;
}

WalCheckpointer::Counts WalCheckpointer::counts() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_counts;
}

void WalCheckpointer::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    auto runOne = [&](Mode mode, bool idle) {
        m_running = true;
        lock.unlock();
        checkpoint(mode);
        if (idle)
            closeConnection();
        lock.lock();
        m_running = false;
        m_connected = m_connection != nullptr;
        m_wake.notify_all(); // pause() may be waiting for it
    };
    while (!m_stop) {
        if (m_paused > 0) {
            if (m_connected) {
                closeConnection();
                m_connected = false;
                m_wake.notify_all();
            }
            m_wake.wait(lock, [this] { return m_stop || m_paused == 0; });
            continue;
        }
        if (m_walPages >= kPassivePages) {
            const Mode mode = m_walPages >= kRestartPages ? Mode::Restart : Mode::Passive;
            m_walPages = 0;
            runOne(mode, false);
            continue;
        }
        if (m_dirty) {
            // Idle once no commit came for kIdleMs: the rest of the WAL is copied back then. Not
            // with TRUNCATE: a WAL started over by another connection makes every connection
            // drop its whole page cache at its next read.
            const qint64 seen = m_commitSeen;
            m_wake.wait_for(lock, std::chrono::milliseconds(kIdleMs),
                            [this] { return m_stop || m_paused > 0 || m_walPages >= kPassivePages; });
            if (m_stop || m_paused > 0 || m_walPages >= kPassivePages || m_commitSeen != seen)
                continue;
            m_dirty = false;
            const int busyBefore = m_counts.busy;
            runOne(Mode::Passive, true);
            if (m_counts.busy != busyBefore && m_commitSeen == seen)
                m_dirty = true; // tried again after the next idle wait
            continue;
        }
        m_wake.wait(lock, [this] { return m_stop || m_paused > 0 || m_dirty || m_walPages >= kPassivePages; });
    }
    if (m_dirty && m_paused == 0) {
        m_dirty = false;
        runOne(Mode::Truncate, true);
    }
    closeConnection();
    m_connected = false;
}

void WalCheckpointer::closeConnection()
{
    if (m_connection)
        sqlite3_close_v2(m_connection);
    m_connection = nullptr;
}

void WalCheckpointer::checkpoint(Mode mode)
{
    if (!m_connection)
        m_connection = openForCheckpoint(m_path, m_key);
    int rc = SQLITE_CANTOPEN;
    if (m_connection) {
        // Only a RESTART waits for the app's readers and writers, and not for long.
        sqlite3_busy_timeout(m_connection, mode == Mode::Restart ? kRestartWaitMs : 0);
        const int sqliteMode = mode == Mode::Passive   ? SQLITE_CHECKPOINT_PASSIVE
                               : mode == Mode::Restart ? SQLITE_CHECKPOINT_RESTART
                                                       : SQLITE_CHECKPOINT_TRUNCATE;
        int walPages = 0, copied = 0;
        rc = sqlite3_wal_checkpoint_v2(m_connection, "main", sqliteMode, &walPages, &copied);
        if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED) {
            qCWarning(lcStore).noquote() << "WAL checkpoint of" << m_path << "failed:" << sqlite3_errmsg(m_connection);
            closeConnection();
        }
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    if (rc == SQLITE_OK)
        ++(mode == Mode::Passive ? m_counts.passive
                                 : (mode == Mode::Restart ? m_counts.restarted : m_counts.truncated));
    else if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        ++m_counts.busy;
    else
        ++m_counts.failed;
}

} // namespace motcua
