#include "DatabaseGuard.h"

#include "core/Logging.h"
#include "store/Database.h"

#include <QTimer>

namespace motcua {

DatabaseGuard::DatabaseGuard(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &DatabaseGuard::check);
    m_timer->start();
}

void DatabaseGuard::check()
{
    // Closed at the login screen (an encrypted database opens only with a password): nothing
    // to guard or merge until a login opens it.
    if (!m_db.isOpen())
        return;
    switch (m_db.repairFileLock()) {
    case Database::LockRepair::Intact:
        if (auto merged = m_db.mergeTextIndexes(); !merged)
            qCWarning(lcUi) << "merging the search index failed:" << merged.error().message;
        return;
    case Database::LockRepair::Postponed:
        return;
    case Database::LockRepair::Reopened:
        m_reportedFailure = false;
        qCWarning(lcUi) << "database reopened after its file lock was lost";
        Q_EMIT reopened(tr("Another program briefly disturbed the database file, so the app opened it again. "
                           "Every saved record is kept; you can carry on working."));
        return;
    case Database::LockRepair::Failed:
        if (m_reportedFailure)
            return;
        m_reportedFailure = true;
        Q_EMIT failed(tr("Another program disturbed the database file and the app could not open it again. "
                         "Save nothing more, close the app and start it again; saved records are kept."));
        return;
    }
}

} // namespace motcua
