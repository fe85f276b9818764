#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

class QTimer;

namespace motcua {

class Clock;

// Notices when nobody has touched the keyboard or mouse for a while and says so (idle()), so the
// window can lock the desk (MainWindow::lockDesk). A counter screen left open while the clerk
// steps away must not show citizens' records to the next person in the queue.
//
// Input anywhere in the application (an event filter on it) counts as activity. A timer looks
// every kCheckMs whether the last activity is older than the limit; time comes from the app's
// Clock, so tests move a FixedClock forward and call check() instead of waiting.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCheckMs = 15000;

    // `minutes` is asked at every check (security.idleLockMinutes, changeable at any time);
    // 0 or less turns the lock off.
    IdleLock(const Clock& clock, std::function<int()> minutes, QObject* parent = nullptr);
    ~IdleLock() override;

    // One look: emits idle() once when the limit has passed. Called by the timer.
    void check();
    // Counts as activity now and arms the lock again (after an unlock).
    void reset();
    QTimer* timer() const { return m_timer; }
    QDateTime lastActivity() const { return m_last; }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Clock& m_clock;
    std::function<int()> m_minutes;
    QTimer* m_timer = nullptr;
    QDateTime m_last;
    bool m_armed = true;
};

} // namespace motcua
