#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace motcua {

class Database;

// Watches that the running app keeps its locks on the database file (Database::repairFileLock)
// and takes them back when they were lost, between pieces of work on the event loop. Says what
// happened in a sentence for the status bar. On the same beat it merges a little of the name
// index that the saves leave unmerged (Database::mergeTextIndexes), so that work is never part
// of a clerk's save.
class DatabaseGuard : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseGuard(Database& db, QObject* parent = nullptr);

    static constexpr int kIntervalMs = 2000;

public Q_SLOTS:
    // One check now, then a merge step when the lock is held (the timer calls it every kIntervalMs).
    void check();

Q_SIGNALS:
    // The lock was lost and the database was opened again: every saved record is kept.
    void reopened(const QString& message);
    // The lock was lost and could not be taken back.
    void failed(const QString& message);

private:
    Database& m_db;
    QTimer* m_timer = nullptr;
    bool m_reportedFailure = false;
};

} // namespace motcua
