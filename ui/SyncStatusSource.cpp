#include "SyncStatusSource.h"

#include "sync/SyncEngine.h"

namespace motcua {

SyncStatusSource::SyncStatusSource(SyncEngine& engine, QObject* parent)
    : StatusSource(parent)
    , m_engine(engine)
{
    connect(&m_engine, &SyncEngine::changed, this, &StatusSource::changed);
}

bool SyncStatusSource::isOnline() const
{
    return m_engine.isOnline();
}

int SyncStatusSource::queuedCount() const
{
    return m_engine.counts().pending();
}

QDateTime SyncStatusSource::lastSync() const
{
    return m_engine.counts().lastSuccess;
}

int SyncStatusSource::failedCount() const
{
    return m_engine.counts().failed;
}

QString SyncStatusSource::alarm() const
{
    return m_engine.alarm();
}

} // namespace motcua
