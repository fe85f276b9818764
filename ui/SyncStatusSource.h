#pragma once

#include "StatusSource.h"

namespace motcua {

class SyncEngine;

// The status bar's data from the sync engine: online when the last pass reached the portal,
// queued and failed items of the outbox, the last successful exchange, and the alarm.
class SyncStatusSource final : public StatusSource
{
    Q_OBJECT
public:
    explicit SyncStatusSource(SyncEngine& engine, QObject* parent = nullptr);

    bool isOnline() const override;
    int queuedCount() const override;
    QDateTime lastSync() const override;
    int failedCount() const override;
    QString alarm() const override;

private:
    SyncEngine& m_engine;
};

} // namespace motcua
