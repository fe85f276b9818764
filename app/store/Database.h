#pragma once

#include "core/Result.h"
#include "store/FileLocks.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVariant>

#include <memory>
#include <unordered_map>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace motcua {

class Database;
class WalCheckpointer;

// A sentence for people, in the interface language, for an SQLite result code: what happened
// and what to do ("database is locked" becomes "busy with another program ... try again").
QString sqliteErrorText(int code);

// A prepared statement. Obtained from Database::prepare(), which caches it by SQL text:
// the same SQL prepared twice returns the same compiled statement, reset and unbound (so a
// caller must not prepare the SQL it is still iterating). The reference stays valid until
// the Database is closed.
// Binding is 1-based as in SQLite; columns are 0-based.
class Statement
{
public:
    Statement() = default;
    explicit Statement(sqlite3_stmt* stmt, Database* db)
        : m_stmt(stmt)
        , m_db(db)
    {}

    Statement& bind(int index, qint64 v);
    Statement& bind(int index, int v) { return bind(index, static_cast<qint64>(v)); }
    Statement& bind(int index, double v);
    Statement& bind(int index, const QString& v);    // a null QString binds NULL
    Statement& bind(int index, const QByteArray& v); // blob
    Statement& bindNull(int index);
    // Epoch seconds (UTC); an invalid QDateTime binds NULL.
    Statement& bind(int index, const QDateTime& v);

    // One step: true while a row is available. On error returns false and error() is set.
    // Reaching the end (or an error) resets the statement, so it holds no read snapshot.
    bool next();
    // Ends the current run early (after reading only the first row, for example): an
    // unfinished SELECT keeps its read transaction open and the connection would keep
    // seeing an old snapshot of the database.
    void reset();
    // Runs to completion (INSERT/UPDATE/DELETE); Storage error with SQLite's message.
    Status exec();
    Status error() const { return m_error; }

    qint64 int64(int col) const;
    int integer(int col) const { return static_cast<int>(int64(col)); }
    double real(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    bool isNull(int col) const;
    // Epoch seconds read back as a UTC QDateTime; NULL gives an invalid QDateTime.
    QDateTime dateTime(int col) const;

    bool isValid() const { return m_stmt != nullptr; }
    sqlite3_stmt* handle() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    Database* m_db = nullptr;
    Status m_error;
};

// A cached statement lent for one use, from Database::query(): its bindings start cleared and it
// is reset when the Query goes out of scope, so an early return or a read of the first row only
// never leaves a read transaction open. Reads like a Statement.
class Query
{
public:
    explicit Query(Statement& st)
        : m_st(&st)
    {}
    Query(Query&& other) noexcept
        : m_st(std::exchange(other.m_st, nullptr))
    {}
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    Query& operator=(Query&&) = delete;
    ~Query()
    {
        if (m_st)
            m_st->reset();
    }

    template<typename T> Query& bind(int index, const T& v)
    {
        m_st->bind(index, v);
        return *this;
    }
    Query& bindNull(int index)
    {
        m_st->bindNull(index);
        return *this;
    }
    bool next() { return m_st->next(); }
    Status exec() { return m_st->exec(); }
    Status error() const { return m_st->error(); }
    qint64 int64(int col) const { return m_st->int64(col); }
    int integer(int col) const { return m_st->integer(col); }
    double real(int col) const { return m_st->real(col); }
    QString text(int col) const { return m_st->text(col); }
    QByteArray blob(int col) const { return m_st->blob(col); }
    bool isNull(int col) const { return m_st->isNull(col); }
    QDateTime dateTime(int col) const { return m_st->dateTime(col); }
    const Statement& statement() const { return *m_st; }

private:
    Statement* m_st;
};

// One SQLite connection: WAL, foreign keys on, synchronous=FULL, busy timeout, a page cache of
// kPageCacheKiB. Registers the SQL function fold(text) (see core/TextFold.h).
//
// Commits never checkpoint the WAL: the connection hands that to the file's WalCheckpointer
// (store/WalCheckpointer.h), a thread that copies the WAL back into the file off the commit path.
//
// The library is SQLCipher 4. A connection opened with a key encrypts every page of the file
// and of its WAL (AES-256, the raw 256-bit data key: no KDF); one opened without a key reads
// and writes a plain SQLite file. The key is remembered for the file while a connection of
// this process has it open, so a second connection on the same path (the sync lanes' own)
// opens it without being handed the key again.
//
// The WAL and its index are persistent (SQLITE_FCNTL_PERSIST_WAL): no connection of ours
// deletes them on close. SQLite deletes them when the last connection closes, and decides it
// is the last when it can lock the database file exclusively; a process that lost its POSIX
// locks (see store/FileLocks.h) looks gone, so another program closing would pull the WAL out
// from under it. Errors reach people as sentences that say what to do (sqliteErrorText()).
class Database
{
public:
    // The page cache of every connection, in KiB. On an encrypted file each page read from the
    // disk is decrypted and its HMAC checked, so a page found in the cache saves the most there
    // (docs/architecture.md, "Page cache"). It is a limit: memory is taken only as pages are read.
    static constexpr int kPageCacheKiB = 64 * 1024;
    // How long a statement waits for another connection's write lock.
    static constexpr int kBusyTimeoutMs = 5000;

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) and applies pragmas; does not migrate. Uses the key another
    // connection of this process opened the same file with, if any.
    Status open(const QString& path);
    // Opens with a raw 256-bit SQLCipher key (32 bytes). A wrong key, or a plain file, fails
    // with a storage error before anything is read or written.
    Status open(const QString& path, const QByteArray& key);
    // Whether this connection is keyed (the file is encrypted).
    bool isKeyed() const { return !m_key.isEmpty(); }
    // A key for `label` derived from the connection's key: HMAC-SHA256(key, label). Empty when
    // the connection has no key. The audit trail's chain is sealed with one (store/Journal.h).
    QByteArray derivedKey(const QByteArray& label) const;

    // What is at `path` on disk: nothing, an empty file, a plain SQLite database (its header
    // says "SQLite format 3"), or something else, which is what an encrypted database looks like.
    enum class FileKind { Missing, Empty, Plain, Encrypted };
    static FileKind fileKind(const QString& path);
    // Copies this plain database into a new encrypted file `target` under `key`
    // (sqlcipher_export, schema version included). The caller checks and swaps the files.
    Status exportEncrypted(const QString& target, const QByteArray& key);
    // Closes and opens the same file again with `key` (empty: none) keeping the addresses of
    // the statements prepare() handed out (they are prepared again in place).
    Status reopen(const QString& path, const QByteArray& key);
    void close();
    // No WAL checkpoint of this file starts in this process until as many resumeCheckpoints(),
    // and one running is waited for: taking the file out of WAL mode needs it to itself.
    // Reopening the connection resumes them.
    void pauseCheckpoints();
    void resumeCheckpoints();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    // Cached prepared statement, reset and with bindings cleared. On a syntax error the
    // returned Statement is invalid and lastError() says why.
    Statement& prepare(const QString& sql);
    // The statement for `sql` as a Query, which resets it when it goes out of scope. A statement
    // SQLite cannot prepare is a Storage error saying what the app was `doing` ("reading the
    // departments"), as storageError() words it.
    Result<Query> query(const QString& sql, const QString& doing);
    // Runs one or more statements without results (DDL, pragmas).
    Status execute(const QString& sql);
    // Copies the WAL into the file and empties it (a TRUNCATE checkpoint).
    Status checkpointTruncate();
    // Rewrites the file without its free pages (VACUUM), then empties the WAL again.
    Status vacuum();
    // For a connection that only books sync progress: in WAL mode a commit then survives the
    // process dying but not a power cut, and a lost acknowledgement costs one idempotent resend.
    // Every other connection keeps synchronous=FULL.
    Status relaxDurabilityForBookkeeping();

    // Merges the segments of the full-text (FTS5) indexes that commits leave unmerged (schema
    // 027 turns FTS5's automerge off: its merges rewrote hundreds of pages inside a dossier's
    // save): at most about `pages` pages per index, each index in a short write transaction of its
    // own, on this connection so its page cache stays valid. Does not wait for another connection
    // that is writing (nothing is merged then). True while merging is left to do: call it again
    // between pieces of work, never inside a transaction (then it does nothing).
    Result<bool> mergeTextIndexes(int pages = kMergePages);
    static constexpr int kMergePages = 64;

    qint64 lastInsertId() const;
    int changes() const;
    Status lastError() const { return m_lastError; }
    sqlite3* handle() const { return m_db; }
    // True inside an open transaction (ours or one begun with plain SQL).
    bool inTransaction() const;

    // Schema version (PRAGMA user_version).
    int userVersion();

    // Turns the connection's current error into a Storage error whose message says what
    // the app was doing: storageError(tr("saving the dossier")).
    Error storageError(const QString& doing) const;

    // Whether this process still holds its lock on the database file (see FileLocks.h).
    // Unknown for in-memory databases and where the kernel's lock table cannot be read.
    LockHolding fileLock() const;
    enum class LockRepair {
        Intact,    // the lock is held (or cannot be checked)
        Reopened,  // it was lost; the connection was closed and opened again and holds it now
        Postponed, // lost, but a transaction or another connection of this process is open
        Failed,    // lost and reopening failed: lastError() says why
    };
    // Notices a lost lock and takes it back by closing and reopening the connection. Prepared
    // statements stay valid (they are prepared again in place), so call it between pieces of
    // work, never while a statement is bound or being stepped. The app calls it on a timer.
    LockRepair repairFileLock();
    // Connections of this process open on `path` (all Database objects, every thread).
    static int openConnectionsOn(const QString& path);

private:
    Status openHandle(const QString& path, const QByteArray& key);
    friend class Transaction;
    sqlite3* m_db = nullptr;
    std::shared_ptr<WalCheckpointer> m_checkpointer; // set in WAL mode
    int m_checkpointPauses = 0;
    QString m_path;
    QByteArray m_key; // raw SQLCipher key; wiped on close
    // Values are heap-allocated so the references prepare() hands out stay valid while
    // other statements are added to the cache.
    std::unordered_map<QString, std::unique_ptr<Statement>> m_cache;
    Statement m_invalid; // returned by prepare() on a syntax error
    Status m_lastError;
    int m_txDepth = 0;
};

// RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless
// commit() succeeded. Nested transactions become savepoints.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begun() const { return m_begun; }
    Status commit();

private:
    Database& m_db;
    Status m_begun;
    bool m_done = false;
    int m_depth = 0;
};

} // namespace motcua
