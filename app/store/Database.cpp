#include "store/Database.h"

#include "core/Logging.h"
#include "core/TextFold.h"
#include "store/WalCheckpointer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sqlite3.h>

namespace motcua {

namespace {

constexpr int kRawKeyBytes = 32;

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

// Keys of the files this process has open with one (Database::open(path) finds them).
QMutex s_keyMutex;
QHash<QString, QByteArray> s_keys;

// x'<64 hex digits>': SQLCipher takes the 32 bytes as the raw key, without its KDF.
QByteArray keyLiteral(const QByteArray& key)
{
    return QByteArrayLiteral("\"x'") + key.toHex() + QByteArrayLiteral("'\"");
}

QString sqliteMessage(sqlite3* db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no connection");
}

// Connections of this process per database file (Database::openConnectionsOn()).
QMutex s_openMutex;
QHash<QString, int> s_openCount;

QString connectionKey(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

void countConnection(const QString& key, int delta)
{
    QMutexLocker lock(&s_openMutex);
    const int n = s_openCount.value(key) + delta;
    if (n > 0)
        s_openCount.insert(key, n);
    else
        s_openCount.remove(key);
}

// The sentence for the connection's current error. A broken rule or a faulty statement is the
// program's or the data's fault, not the disk's or another program's: its technical detail
// (which constraint, which statement) goes along for whoever looks into it.
QString errorMessage(sqlite3* db)
{
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
    QString text = sqliteErrorText(code);
    const int primary = code & 0xff;
    if (primary == SQLITE_CONSTRAINT || primary == SQLITE_ERROR || primary == SQLITE_MISMATCH ||
        primary == SQLITE_RANGE || primary == SQLITE_TOOBIG)
        text += QLatin1Char(' ') +
                QCoreApplication::translate("motcua::Database", "(Technical detail: %1)").arg(sqliteMessage(db));
    return text;
}

Error statementError(sqlite3_stmt* stmt)
{
    sqlite3* db = sqlite3_db_handle(stmt);
    qCWarning(lcStore).noquote() << "SQLite:" << sqliteMessage(db);
    return Error::storage(errorMessage(db));
}

// SQL function fold(text): the same folding the app applies before it stores or searches
// text, so SQL written by hand (reports, repairs) can compare folded values.
void foldFunction(sqlite3_context* ctx, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    const QByteArray folded = foldText(QString::fromUtf8(text, bytes)).toUtf8();
    sqlite3_result_text(ctx, folded.constData(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

QString sqliteErrorText(int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate(
            "motcua::Database",
            "The database is busy with another program of this workstation (a second window of the "
            "app or a command). Nothing was saved: wait a moment and try again; if this keeps happening, "
            "close the other program or restart the app.");
    case SQLITE_FULL:
        return QCoreApplication::translate(
            "motcua::Database",
            "The disk is full, so nothing was saved. Free some space on the disk (delete or move old "
            "files, empty the trash), then try again: what was saved before is kept.");
    case SQLITE_IOERR:
        return QCoreApplication::translate(
            "motcua::Database",
            "The disk could not be read or written (input/output error), so nothing was saved. Check that "
            "the disk or drive is connected and working, then try again; if it keeps happening, call the "
            "administrator.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate(
            "motcua::Database", "The database file is damaged. Stop entering work on this workstation and call the "
                                "administrator to restore it from the latest backup; nothing more is written to it.");
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate(
            "motcua::Database",
            "The database file cannot be opened. Check that its folder exists and that this user may "
            "read and write it, or call the administrator.");
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return QCoreApplication::translate(
            "motcua::Database",
            "The database may not be written by this user, so nothing was saved. Call the administrator "
            "to give this user write access to the database folder.");
    case SQLITE_CONSTRAINT:
        return QCoreApplication::translate(
            "motcua::Database",
            "The data breaks a rule of the database (a duplicate or missing record), so nothing was "
            "saved. Check what was entered and try again.");
    case SQLITE_NOMEM:
        return QCoreApplication::translate(
            "motcua::Database",
            "The computer ran out of memory, so nothing was saved. Close other programs and try again.");
    default:
        return QCoreApplication::translate("motcua::Database",
                                           "The database reported an error (code %1), so nothing was "
                                           "saved. Try again; if it keeps happening, call the administrator.")
            .arg(code);
    }
}

// ---------------------------------------------------------------------------------------
// Statement

Statement& Statement::bind(int index, qint64 v)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, v);
    return *this;
}

Statement& Statement::bind(int index, double v)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index, v);
    return *this;
}

Statement& Statement::bind(int index, const QString& v)
{
    if (!m_stmt)
        return *this;
    if (v.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return *this;
    }
    const QByteArray utf8 = v.toUtf8();
    sqlite3_bind_text64(m_stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT,
                        SQLITE_UTF8);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& v)
{
    if (!m_stmt)
        return *this;
    if (v.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return *this;
    }
    sqlite3_bind_blob64(m_stmt, index, v.constData(), static_cast<sqlite3_uint64>(v.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bind(int index, const QDateTime& v)
{
    if (!v.isValid())
        return bindNull(index);
    return bind(index, v.toSecsSinceEpoch());
}

bool Statement::next()
{
    if (!m_stmt) {
        m_error =
            Error::internal(QCoreApplication::translate("motcua::Database", "The database statement is not prepared."));
        return false;
    }
    if (!sqlite3_stmt_busy(m_stmt))
        m_error = {}; // a new run: forget the previous run's failure
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_error = statementError(m_stmt);
        qCWarning(lcStore) << "step failed:" << m_error.error().message;
    }
    sqlite3_reset(m_stmt);
    return false;
}

void Statement::reset()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
}

Status Statement::exec()
{
    if (!m_stmt) {
        m_error =
            Error::internal(QCoreApplication::translate("motcua::Database", "The database statement is not prepared."));
        return m_error;
    }
    m_error = {};
    int rc;
    do {
        rc = sqlite3_step(m_stmt);
    } while (rc == SQLITE_ROW);
    if (rc != SQLITE_DONE) {
        m_error = statementError(m_stmt);
        qCWarning(lcStore) << "exec failed:" << m_error.error().message;
    }
    sqlite3_reset(m_stmt);
    return m_error;
}

qint64 Statement::int64(int col) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, col) : 0;
}

double Statement::real(int col) const
{
    return m_stmt ? sqlite3_column_double(m_stmt, col) : 0.0;
}

QString Statement::text(int col) const
{
    if (!m_stmt)
        return {};
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, col));
}

QByteArray Statement::blob(int col) const
{
    if (!m_stmt)
        return {};
    const void* data = sqlite3_column_blob(m_stmt, col);
    const int bytes = sqlite3_column_bytes(m_stmt, col);
    if (!data)
        return {};
    return QByteArray(static_cast<const char*>(data), bytes);
}

bool Statement::isNull(int col) const
{
    return !m_stmt || sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

QDateTime Statement::dateTime(int col) const
{
    if (isNull(col))
        return {};
    return QDateTime::fromSecsSinceEpoch(int64(col), Qt::UTC);
}

// ---------------------------------------------------------------------------------------
// Database

Database::Database() = default;

Database::~Database()
{
    close();
}

Status Database::open(const QString& path)
{
    close();
    QByteArray key;
    if (path != QLatin1String(":memory:")) {
        QMutexLocker lock(&s_keyMutex);
        key = s_keys.value(connectionKey(path));
    }
    Status s = openHandle(path, key);
    wipe(key);
    return s;
}

Status Database::open(const QString& path, const QByteArray& key)
{
    close();
    if (key.size() != kRawKeyBytes)
        return m_lastError =
                   Error::crypto(QCoreApplication::translate("motcua::Database", "The database key is not valid."));
    return openHandle(path, key);
}

Database::FileKind Database::fileKind(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return FileKind::Missing;
    if (file.size() == 0)
        return FileKind::Empty;
    // Closing a descriptor of the file would drop this process's locks on it (store/FileLocks.h):
    // while a connection of ours has it open, its key (or none) says what it is.
    if (openConnectionsOn(path) > 0) {
        QMutexLocker lock(&s_keyMutex);
        return s_keys.contains(connectionKey(path)) ? FileKind::Encrypted : FileKind::Plain;
    }
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Encrypted;
    const QByteArray head = file.read(16);
    return head == QByteArray("SQLite format 3\0", 16) ? FileKind::Plain : FileKind::Encrypted;
}

QByteArray Database::derivedKey(const QByteArray& label) const
{
    if (m_key.isEmpty())
        return {};
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), m_key.constData(), static_cast<int>(m_key.size()),
              reinterpret_cast<const unsigned char*>(label.constData()), static_cast<size_t>(label.size()),
              reinterpret_cast<unsigned char*>(out.data()), &length))
        return {};
    out.resize(static_cast<qsizetype>(length));
    return out;
}

Status Database::exportEncrypted(const QString& target, const QByteArray& key)
{
    if (key.size() != kRawKeyBytes)
        return Error::crypto(QCoreApplication::translate("motcua::Database", "The database key is not valid."));
    const int version = userVersion();
    QString quoted = target;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    QByteArray attach = QByteArrayLiteral("ATTACH DATABASE '") + QFile::encodeName(quoted) +
                        QByteArrayLiteral("' AS motcua_encrypted KEY ") + keyLiteral(key);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, attach.constData(), nullptr, nullptr, &message);
    wipe(attach);
    if (rc != SQLITE_OK) {
        sqlite3_free(message);
        return m_lastError =
                   storageError(QCoreApplication::translate("motcua::Database", "creating the encrypted copy"));
    }
    Status s = execute(QStringLiteral("SELECT sqlcipher_export('motcua_encrypted'); "
                                      "PRAGMA motcua_encrypted.user_version = %1;")
                           .arg(version));
    (void)execute(QStringLiteral("DETACH DATABASE motcua_encrypted"));
    return s;
}

Status Database::openHandle(const QString& path, const QByteArray& key)
{
    sqlite3* db = nullptr;
    const QByteArray file = path == QLatin1String(":memory:") ? path.toUtf8() : QFile::encodeName(path);
    const int rc = sqlite3_open_v2(file.constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = db ? sqliteMessage(db) : QString::fromUtf8(sqlite3_errstr(rc));
        const int code = db ? sqlite3_extended_errcode(db) : rc;
        sqlite3_close_v2(db);
        qCWarning(lcStore).noquote() << "cannot open" << path << why;
        m_lastError = Error::storage(QCoreApplication::translate("motcua::Database", "Cannot open the database %1: %2")
                                         .arg(path, sqliteErrorText(code)));
        return m_lastError;
    }
    m_db = db;
    m_path = path;
    if (m_path != QLatin1String(":memory:"))
        countConnection(connectionKey(m_path), +1);
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);

    if (!key.isEmpty()) {
        // The key before anything is read; SQLCipher checks it on the first read, which
        // fails with SQLITE_NOTADB for a wrong key or a plain file.
        QByteArray pragma = QByteArrayLiteral("PRAGMA key = ") + keyLiteral(key);
        const int krc = sqlite3_exec(m_db, pragma.constData(), nullptr, nullptr, nullptr);
        wipe(pragma);
        const int check = krc == SQLITE_OK
                              ? sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr)
                              : krc;
        if (check != SQLITE_OK) {
            qCWarning(lcStore).noquote() << "cannot open" << path << "with its key:" << sqliteMessage(m_db);
            m_lastError =
                Error::storage(QCoreApplication::translate("motcua::Database", "Cannot open the database %1: %2")
                                   .arg(path, sqliteErrorText(sqlite3_extended_errcode(m_db))));
            close();
            return m_lastError;
        }
        m_key = key;
        if (m_path != QLatin1String(":memory:")) {
            QMutexLocker lock(&s_keyMutex);
            s_keys.insert(connectionKey(m_path), key);
        }
    }

    // WAL lets the UI read while a dossier commits; some file systems (network shares,
    // some USB sticks) cannot do WAL, so fall back to the rollback journal there.
    QString mode;
    {
        Statement& st = prepare(QStringLiteral("PRAGMA journal_mode=WAL"));
        if (st.next())
            mode = st.text(0).toLower();
        st.reset();
    }
    if (mode != QLatin1String("wal") && mode != QLatin1String("memory")) {
        qCWarning(lcStore) << "WAL journaling unavailable, using DELETE; mode was" << mode;
        Statement& st = prepare(QStringLiteral("PRAGMA journal_mode=DELETE"));
        st.next();
        st.reset();
    } else if (mode == QLatin1String("wal")) {
        // The WAL and its index stay when this connection closes, even if it believes it is
        // the last one (class comment).
        int persist = 1;
        sqlite3_file_control(m_db, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
        if (m_path != QLatin1String(":memory:")) {
            m_checkpointer = WalCheckpointer::forFile(connectionKey(m_path), key);
            m_checkpointer->attach(m_db);
        }
    }
    // synchronous=FULL: a dossier the clerk saw "saved" survives a power cut (docs/architecture.md#the-write-path).
    Status s = execute(
        QStringLiteral("PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; PRAGMA cache_size=-%1;").arg(kPageCacheKiB));
    if (!s) {
        close();
        return s;
    }
    const int frc = sqlite3_create_function_v2(m_db, "fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                               nullptr, &foldFunction, nullptr, nullptr, nullptr);
    if (frc != SQLITE_OK) {
        m_lastError = storageError(QCoreApplication::translate("motcua::Database", "registering the fold() function"));
        close();
        return m_lastError;
    }
    m_lastError = {};
    return {};
}

void Database::close()
{
    if (!m_db)
        return;
    if (m_path != QLatin1String(":memory:")) {
        const QString key = connectionKey(m_path);
        countConnection(key, -1);
        if (openConnectionsOn(m_path) == 0) {
            QMutexLocker lock(&s_keyMutex);
            auto it = s_keys.find(key);
            if (it != s_keys.end()) {
                wipe(*it);
                s_keys.erase(it);
            }
        }
    }
    wipe(m_key);
    for (auto& entry : m_cache)
        sqlite3_finalize(entry.second->handle());
    m_cache.clear();
    if (m_checkpointer) {
        // The last connection of the process on the file stops the thread (store/WalCheckpointer.h).
        WalCheckpointer::detach(m_db);
        if (m_checkpointPauses > 0)
            m_checkpointer->forgetCommits();
        while (m_checkpointPauses > 0) {
            m_checkpointer->resume();
            --m_checkpointPauses;
        }
        m_checkpointer.reset();
    }
    if (sqlite3_close_v2(m_db) != SQLITE_OK)
        qCWarning(lcStore) << "closing the database failed:" << sqliteMessage(m_db);
    m_db = nullptr;
    m_txDepth = 0;
}

void Database::pauseCheckpoints()
{
    if (m_checkpointer) {
        m_checkpointer->pause();
        ++m_checkpointPauses;
    }
}

void Database::resumeCheckpoints()
{
    if (m_checkpointer && m_checkpointPauses > 0) {
        m_checkpointer->resume();
        --m_checkpointPauses;
    }
}

Statement& Database::prepare(const QString& sql)
{
    m_invalid = Statement();
    if (!m_db) {
        m_lastError = Error::storage(QCoreApplication::translate("motcua::Database", "The database is not open."));
        return m_invalid;
    }
    auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        Statement& st = *it->second;
        sqlite3_reset(st.handle());
        sqlite3_clear_bindings(st.handle());
        st = Statement(st.handle(), this); // clears a previous run's error
        return st;
    }
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt, nullptr);
    if (rc != SQLITE_OK || !stmt) {
        sqlite3_finalize(stmt);
        m_lastError = storageError(QCoreApplication::translate("motcua::Database", "preparing a query"));
        qCWarning(lcStore) << "prepare failed:" << m_lastError.error().message;
        return m_invalid;
    }
    auto inserted = m_cache.emplace(sql, std::make_unique<Statement>(stmt, this));
    return *inserted.first->second;
}

Result<Query> Database::query(const QString& sql, const QString& doing)
{
    Statement& st = prepare(sql);
    if (!st.isValid())
        return m_db ? storageError(doing) : m_lastError.error();
    return Query(st);
}

Status Database::execute(const QString& sql)
{
    if (!m_db) {
        m_lastError = Error::storage(QCoreApplication::translate("motcua::Database", "The database is not open."));
        return m_lastError;
    }
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString why = message ? QString::fromUtf8(message) : sqliteMessage(m_db);
        sqlite3_free(message);
        qCWarning(lcStore) << "execute failed:" << why;
        m_lastError = Error::storage(errorMessage(m_db));
        return m_lastError;
    }
    return {};
}

qint64 Database::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

int Database::userVersion()
{
    Statement& st = prepare(QStringLiteral("PRAGMA user_version"));
    int version = 0;
    if (st.next())
        version = st.integer(0);
    st.reset();
    return version;
}

Error Database::storageError(const QString& doing) const
{
    qCWarning(lcStore).noquote() << "SQLite while" << doing << ":" << sqliteMessage(m_db);
    return Error::storage(QCoreApplication::translate("motcua::Database", "The database reported an error while %1: %2")
                              .arg(doing, errorMessage(m_db)));
}

int Database::openConnectionsOn(const QString& path)
{
    QMutexLocker lock(&s_openMutex);
    return s_openCount.value(connectionKey(path));
}

LockHolding Database::fileLock() const
{
    if (!m_db || m_path == QLatin1String(":memory:") || m_path.isEmpty())
        return LockHolding::Unknown;
    return processLockOn(m_path);
}

Database::LockRepair Database::repairFileLock()
{
    if (fileLock() != LockHolding::NotHeld)
        return LockRepair::Intact;
    // Another connection of this process keeps SQLite's in-process record of the lock alive,
    // so a new connection would not ask the kernel again; an open transaction must finish.
    if (inTransaction() || m_txDepth > 0 || openConnectionsOn(m_path) > 1)
        return LockRepair::Postponed;
    for (sqlite3_stmt* st = sqlite3_next_stmt(m_db, nullptr); st; st = sqlite3_next_stmt(m_db, st)) {
        if (sqlite3_stmt_busy(st))
            return LockRepair::Postponed; // a read still being stepped through
    }
    qCWarning(lcStore) << "the database file lock was lost (another descriptor of the file was closed); reopening";
    QByteArray key = m_key;
    const QString path = m_path;
    const Status s = reopen(path, key);
    wipe(key);
    if (!s)
        return LockRepair::Failed;
    return fileLock() == LockHolding::NotHeld ? LockRepair::Failed : LockRepair::Reopened;
}

Status Database::reopen(const QString& path, const QByteArray& key)
{
    // The statements handed out by prepare() keep their addresses: only their handles change.
    std::unordered_map<QString, std::unique_ptr<Statement>> kept;
    kept.swap(m_cache);
    for (auto& entry : kept) {
        sqlite3_finalize(entry.second->handle());
        *entry.second = Statement();
    }
    close();
    if (Status s = key.isEmpty() ? open(path) : open(path, key); !s) {
        m_cache.clear();
        return s;
    }
    for (auto& entry : kept) {
        sqlite3_stmt* stmt = nullptr;
        auto fresh = m_cache.find(entry.first);
        if (fresh != m_cache.end()) {
            stmt = fresh->second->handle();
            m_cache.erase(fresh);
        } else {
            const QByteArray utf8 = entry.first.toUtf8();
            if (sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                   &stmt, nullptr) != SQLITE_OK) {
                sqlite3_finalize(stmt);
                continue; // a statement of a table that is gone; prepare() compiles it again if asked
            }
        }
        *entry.second = Statement(stmt, this);
        m_cache.emplace(entry.first, std::move(entry.second));
    }
    return {};
}

// ---------------------------------------------------------------------------------------
// Transaction

namespace {
QString savepointName(int depth)
{
    return QStringLiteral("motcua_sp%1").arg(depth);
}
} // namespace

Transaction::Transaction(Database& db)
    : m_db(db)
{
    // BEGIN IMMEDIATE takes the write lock up front: a deferred transaction that reads
    // first and then writes can fail with SQLITE_BUSY half way through a dossier save.
    const int depth = m_db.m_txDepth + 1;
    const QString sql =
        depth == 1 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepointName(depth);
    m_begun = m_db.execute(sql);
    if (m_begun) {
        m_depth = depth;
        m_db.m_txDepth = depth;
    } else {
        m_done = true;
    }
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    if (m_depth == 1) {
        // SQLite may already have rolled back by itself (disk full, I/O error).
        if (m_db.inTransaction())
            (void)m_db.execute(QStringLiteral("ROLLBACK"));
    } else if (m_db.inTransaction()) {
        const QString name = savepointName(m_depth);
        (void)m_db.execute(QStringLiteral("ROLLBACK TO ") + name + QStringLiteral("; RELEASE ") + name);
    }
    m_db.m_txDepth = m_depth - 1;
}

Status Transaction::commit()
{
    if (!m_begun)
        return m_begun;
    if (m_done)
        return Error::internal(QCoreApplication::translate("motcua::Database", "The transaction is already finished."));
    if (m_depth != m_db.m_txDepth)
        return Error::internal(QCoreApplication::translate("motcua::Database", "An inner transaction is still open."));
    const QString sql = m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepointName(m_depth);
    Status s = m_db.execute(sql);
    if (!s)
        return s; // still open: the destructor rolls back
    m_done = true;
    m_db.m_txDepth = m_depth - 1;
    return {};
}

} // namespace motcua
