#include "service/ChangeNotifier.h"

#include "store/ChangeWatch.h"

#include <QMetaObject>

namespace motcua {

ChangeNotifier::ChangeNotifier(Database& db, QObject* parent)
    : QObject(parent)
    , m_watch(std::make_unique<ChangeWatch>(db))
{
    // Inside the commit: only note it; the check runs when the event loop is back.
    m_watch->setOnCommit([this] {
        if (m_checkQueued)
            return;
        m_checkQueued = true;
        QMetaObject::invokeMethod(this, &ChangeNotifier::check, Qt::QueuedConnection);
    });
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &ChangeNotifier::check);
    m_poll.start();
}

ChangeNotifier::~ChangeNotifier() = default;

void ChangeNotifier::setPollInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_poll.stop();
        return;
    }
    m_poll.setInterval(milliseconds);
    m_poll.start();
}

void ChangeNotifier::check()
{
    m_checkQueued = false;
    const int areas = m_watch->take();
    if (areas == 0)
        return;
    if (areas & ChangeWatch::Dossiers)
        Q_EMIT dossiersChanged();
    if (areas & ChangeWatch::Outbox)
        Q_EMIT outboxChanged();
    if (areas & ChangeWatch::Settings)
        Q_EMIT settingsChanged();
    if (areas & ChangeWatch::Catalogue)
        Q_EMIT catalogueChanged();
    if (areas & ChangeWatch::Accounts)
        Q_EMIT accountsChanged();
    Q_EMIT changed(areas);
}

} // namespace motcua
