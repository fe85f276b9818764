#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

namespace motcua {

// What the status bar shows about the link to the portal (docs/architecture.md#ui: "a status bar
// always shows online/offline, queued count, last sync"). The main window asks this seam, so
// the sync engine can feed it later and tests can fake it.
class StatusSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~StatusSource() override;

    virtual bool isOnline() const = 0;
    // Outbox items waiting to be sent (queued or failed, not done).
    virtual int queuedCount() const = 0;
    // Null when the workstation has never synchronised.
    virtual QDateTime lastSync() const = 0;
    // Items that failed and wait for a retry (a subset of queuedCount()).
    virtual int failedCount() const { return 0; }
    // A problem a person must fix (certificate refused, wrong credentials); empty when none.
    virtual QString alarm() const { return {}; }

Q_SIGNALS:
    // Emitted when any of the values above may have changed.
    void changed();
};

// No portal is configured: always offline, never synchronised. The queued count comes from
// a callable (a service call) so the UI never reads the outbox table itself; without one the
// count is 0.
class OfflineStatusSource final : public StatusSource
{
    Q_OBJECT
public:
    using Counter = std::function<int()>;

    explicit OfflineStatusSource(Counter queuedCounter = {}, QObject* parent = nullptr);

    bool isOnline() const override { return false; }
    int queuedCount() const override;
    QDateTime lastSync() const override { return {}; }

    // Asks the counter again and tells the status bar.
    void refresh();

private:
    Counter m_counter;
};

} // namespace motcua
