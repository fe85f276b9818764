#include "store/ChangeWatch.h"

#include "store/Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cstring>
#include <utility>

namespace motcua {

namespace {

int areaOf(const char* table)
{
    if (std::strcmp(table, "dossiers") == 0 || std::strncmp(table, "dossier_", 8) == 0 ||
        std::strcmp(table, "attachments") == 0)
        return ChangeWatch::Dossiers;
    if (std::strcmp(table, "outbox") == 0 || std::strcmp(table, "sync_conflicts") == 0)
        return ChangeWatch::Outbox;
    if (std::strcmp(table, "settings") == 0)
        return ChangeWatch::Settings;
    // An import or a pulled catalogue: its version row, departments, procedures, their
    // channels and papers.
    if (std::strcmp(table, "catalogue_versions") == 0 || std::strcmp(table, "departments") == 0 ||
        std::strcmp(table, "procedures") == 0 || std::strncmp(table, "procedure_", 10) == 0)
        return ChangeWatch::Catalogue;
    // The users: an administrator's change here, or accounts pulled from the center.
    if (std::strcmp(table, "users") == 0)
        return ChangeWatch::Accounts;
    return 0;
}

QByteArray row(Database& db, const QString& sql)
{
    // A table not there yet (a database before its migration) reads as an empty fingerprint.
    auto q = db.query(sql, QCoreApplication::translate("motcua::ChangeWatch", "looking for changes"));
    QByteArray out;
    if (q && q->next()) {
        for (int i = 0; i < 4; ++i)
            out += q->text(i).toUtf8() + '|';
    }
    return out;
}

} // namespace

ChangeWatch::ChangeWatch(Database& db)
    : m_db(db)
{
    attach();
    m_last = fingerprints();
}

ChangeWatch::~ChangeWatch()
{
    detach();
}

void ChangeWatch::attach()
{
    m_attached = m_db.handle();
    if (!m_attached)
        return;
    sqlite3_update_hook(m_attached, &ChangeWatch::onUpdate, this);
    sqlite3_commit_hook(m_attached, &ChangeWatch::onCommitHook, this);
    sqlite3_rollback_hook(m_attached, &ChangeWatch::onRollback, this);
}

void ChangeWatch::detach()
{
    if (m_attached && m_attached == m_db.handle()) {
        sqlite3_update_hook(m_attached, nullptr, nullptr);
        sqlite3_commit_hook(m_attached, nullptr, nullptr);
        sqlite3_rollback_hook(m_attached, nullptr, nullptr);
    }
    m_attached = nullptr;
}

void ChangeWatch::onUpdate(void* self, int, const char*, const char* table, long long)
{
    static_cast<ChangeWatch*>(self)->m_transaction |= areaOf(table);
}

int ChangeWatch::onCommitHook(void* self)
{
    auto* w = static_cast<ChangeWatch*>(self);
    const int areas = w->m_transaction;
    w->m_transaction = 0;
    w->m_committed |= areas;
    // Tables without rowid (settings, sync_state) have no update hook: the fingerprints tell.
    w->m_unseenCommit = true;
    if (w->m_onCommit)
        w->m_onCommit();
    return 0; // go on with the commit
}

void ChangeWatch::onRollback(void* self)
{
    static_cast<ChangeWatch*>(self)->m_transaction = 0;
}

ChangeWatch::Fingerprints ChangeWatch::fingerprints()
{
    Fingerprints f;
    if (!m_db.isOpen())
        return f;
    // Rows are added, never renumbered: the newest ids, plus the feed's and the status pull's
    // cursors (a state moved by a pull in another connection), say whether dossiers changed.
    f.dossiers =
        row(m_db, QStringLiteral("SELECT (SELECT max(id) FROM dossiers), (SELECT max(id) FROM dossier_events), "
                                 "(SELECT max(id) FROM attachments), (SELECT group_concat(value, ',') FROM sync_state "
                                 "WHERE key IN ('feed.cursor', 'status.cursor'))"));
    f.outbox =
        row(m_db, QStringLiteral("SELECT (SELECT max(id) FROM outbox), (SELECT count(*) FROM outbox WHERE state IN "
                                 "('queued', 'in_flight', 'failed')), (SELECT count(*) FROM outbox WHERE state = "
                                 "'in_flight'), (SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL)"));
    f.settings = row(m_db, QStringLiteral("SELECT count(*), total(length(value)), (SELECT group_concat(key || '=' || "
                                          "value, char(10)) FROM settings), NULL FROM settings"));
    // Every import and every pulled catalogue writes a version row; the newest procedure and
    // the departments in use tell the rest. A few index lookups on small tables.
    f.catalogue = row(m_db, QStringLiteral("SELECT (SELECT max(id) FROM catalogue_versions), (SELECT max(id) FROM "
                                           "procedures), (SELECT max(id) FROM departments), (SELECT total(active) "
                                           "FROM departments)"));
    // Accounts are added, or changed by the center under a new revision; the disabled and
    // pending flags cover a change made here by another process.
    f.accounts =
        row(m_db, QStringLiteral("SELECT max(id), max(center_revision), total(disabled), total(center_pending) "
                                 "FROM users"));
    return f;
}

int ChangeWatch::take()
{
    if (m_db.handle() != m_attached) {
        // Opened again (or closed): everything may have changed meanwhile.
        m_attached = nullptr;
        attach();
        m_dataVersion = -1;
        m_committed |= All;
    }
    if (!m_db.isOpen())
        return std::exchange(m_committed, 0);
    long long version = m_dataVersion;
    if (auto q = m_db.query(QStringLiteral("PRAGMA data_version"),
                            QCoreApplication::translate("motcua::ChangeWatch", "looking for changes"));
        q && q->next())
        version = q->int64(0);
    int areas = std::exchange(m_committed, 0);
    if (version == m_dataVersion && areas == 0 && !std::exchange(m_unseenCommit, false))
        return 0;
    m_unseenCommit = false;
    m_dataVersion = version;
    const Fingerprints now = fingerprints();
    if (now.dossiers != m_last.dossiers)
        areas |= Dossiers;
    if (now.outbox != m_last.outbox)
        areas |= Outbox;
    if (now.settings != m_last.settings)
        areas |= Settings;
    if (now.catalogue != m_last.catalogue)
        areas |= Catalogue;
    if (now.accounts != m_last.accounts)
        areas |= Accounts;
    m_last = now;
    return areas;
}

} // namespace motcua
