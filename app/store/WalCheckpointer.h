#pragma once

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace motcua {

// Checkpoints of one database file's WAL, kept off the commit path.
//
// SQLite's own checkpoint runs inside the commit that takes the WAL past 1,000 pages: about one
// commit in forty waited while 4 MB were copied into the database file and synced, and those were
// the slowest percent of the commits. The app's connections turn it off: attach() installs a WAL
// hook (which replaces SQLite's auto-checkpoint) that only reports the WAL's size here after each
// commit. Once the WAL holds kPassivePages pages, a thread of this process copies it back with a
// PASSIVE checkpoint, which neither waits for nor blocks a reader or a writer. Commits that follow
// each other faster than a checkpoint can catch up would keep the WAL from ever starting over: at
// kRestartPages a RESTART checkpoint makes the writers wait (at most kRestartWaitMs) while it
// copies the rest, so the WAL stays bounded. When no commit came for kIdleMs, a PASSIVE checkpoint
// copies what is left. Only when the last connection of the process lets go of the file does a
// TRUNCATE checkpoint empty the WAL file (if it can do so without waiting): a WAL started over by
// another connection makes every connection drop its whole page cache at its next read, which
// the idle checkpoint must not do to the app's 64 MB.
//
// A checkpoint only copies pages already committed into the WAL, and the WAL is reused only after
// the copy was synced to the disk, so a process killed during one loses nothing that was saved.
// The thread has a connection of its own (with the file's key when it is encrypted: a page of the
// WAL is copied as it is, never decrypted), opened for a run of checkpoints and closed when idle
// or paused, so it holds nothing open that could stop the file from being taken for itself
// (store/DatabaseEncryption.h).
//
// One per file in a process, shared by the connections on it: the last one to let go stops it.
class WalCheckpointer
{
public:
    static constexpr int kPassivePages = 1000;
    static constexpr int kRestartPages = 4 * kPassivePages;
    static constexpr int kRestartWaitMs = 50;
    // Writers that keep the lock so busy that even the RESTART cannot get it: from here the
    // commit checkpoints as SQLite's own would, so the WAL stays bounded whatever happens.
    static constexpr int kWriterPages = 2 * kRestartPages;
    static constexpr int kIdleMs = 2000;

    // The checkpointer of the database file `path` (absolute, canonical), started on first use.
    // `key` is the file's raw SQLCipher key, empty for a plain file.
    static std::shared_ptr<WalCheckpointer> forFile(const QString& path, const QByteArray& key);
    // Stops the thread (a TRUNCATE checkpoint first, when commits came since the last one).
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Sends `db`'s commits here instead of SQLite's auto-checkpoint; detach() before closing it.
    void attach(sqlite3* db);
    static void detach(sqlite3* db);
    // Until as many resume(): no checkpoint starts, and pause() waits for one that is running.
    // Taking the file out of WAL mode needs it to itself.
    void pause();
    void resume();
    // The WAL the commits so far went to is gone (the file left WAL mode while paused): there is
    // nothing for an idle or final checkpoint to empty until the next commit.
    void forgetCommits();

    // What the thread did, for tests and the benchmark.
    struct Counts
    {
        int passive = 0;   // PASSIVE checkpoints run
        int restarted = 0; // RESTART checkpoints that made the writers wait
        int truncated = 0; // TRUNCATE checkpoints that emptied the WAL (the last connection closing)
        int busy = 0;      // checkpoints another connection kept from finishing
        int failed = 0;    // the connection could not be opened, or SQLite reported an error
    };
    Counts counts() const;

private:
    WalCheckpointer(QString path, QByteArray key);
    static int onCommit(void* self, sqlite3* db, const char* schema, int pages);
    void committed(int pages);
    void run();
    enum class Mode { Passive, Restart, Truncate };
    // Runs on the thread, which alone uses m_connection.
    void checkpoint(Mode mode);
    void closeConnection();

    const QString m_path;
    QByteArray m_key; // wiped when the checkpointer stops
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::thread m_thread; // started by the first commit
    bool m_stop = false;
    bool m_running = false;   // a checkpoint is under way
    bool m_connected = false; // the thread's connection is open
    sqlite3* m_connection = nullptr;
    int m_paused = 0;
    bool m_dirty = false;    // commits since the WAL was last emptied
    int m_walPages = 0;      // the WAL's size the last commit reported, until a checkpoint takes it
    qint64 m_commitSeen = 0; // commits reported, so the idle wait knows whether one came
    Counts m_counts;
};

} // namespace motcua
