#include "IdleLock.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace motcua {

IdleLock::IdleLock(const Clock& clock, std::function<int()> minutes, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_minutes(std::move(minutes))
    , m_last(clock.now())
{
    m_timer = new QTimer(this);
    m_timer->setInterval(kCheckMs);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::check);
    m_timer->start();
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::reset()
{
    m_last = m_clock.now();
    m_armed = true;
}

void IdleLock::check()
{
    if (!m_armed)
        return;
    const int minutes = m_minutes ? m_minutes() : 0;
    if (minutes <= 0)
        return;
    if (m_last.secsTo(m_clock.now()) < qint64(minutes) * 60)
        return;
    m_armed = false; // once, until reset()
    Q_EMIT idle();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        // Only while armed: typing on the lock screen itself does not unlock anything.
        if (m_armed)
            m_last = m_clock.now();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace motcua
