#pragma once

#include <QByteArray>

#include <functional>

struct sqlite3;

namespace motcua {

class Database;

// What changed in a database, for the pages that show it (service/ChangeNotifier.h).
//
// Commits on this connection are seen as they happen: SQLite's update hook notes the tables a
// transaction writes, the commit hook hands them over (a rolled back transaction changed
// nothing); tables without a rowid (settings) are found by the fingerprints below after any
// commit of this connection. Commits by other connections (the sync pass's, another process's) move
// PRAGMA data_version; then a fingerprint of each area, a few index lookups, tells which.
class ChangeWatch
{
public:
    enum Area { Dossiers = 1, Outbox = 2, Settings = 4, Catalogue = 8, Accounts = 16, All = 31 };

    explicit ChangeWatch(Database& db);
    ~ChangeWatch();
    ChangeWatch(const ChangeWatch&) = delete;
    ChangeWatch& operator=(const ChangeWatch&) = delete;

    // Called inside every commit of this connection (keep it short: the database may not be
    // used from it).
    void setOnCommit(std::function<void()> callback) { m_onCommit = std::move(callback); }

    // The areas changed since the last call (0: none). Cheap when nothing happened: one pragma.
    // Follows the connection when it was closed and opened again (lock repair, unlock).
    int take();

private:
    struct Fingerprints
    {
        QByteArray dossiers, outbox, settings, catalogue, accounts;
    };
    void attach();
    void detach();
    Fingerprints fingerprints();
    static void onUpdate(void* self, int op, const char* database, const char* table, long long rowid);
    static int onCommitHook(void* self);
    static void onRollback(void* self);

    Database& m_db;
    sqlite3* m_attached = nullptr;
    int m_transaction = 0;       // areas written by the open transaction
    int m_committed = 0;         // areas committed since take()
    bool m_unseenCommit = false; // a commit since take(), whatever it wrote
    long long m_dataVersion = -1;
    Fingerprints m_last;
    std::function<void()> m_onCommit;
};

} // namespace motcua
