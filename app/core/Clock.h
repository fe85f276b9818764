#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace motcua {

// Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact
// and needs no tz database on the machine.
inline QTimeZone vietnamZone()
{
    return QTimeZone(7 * 3600);
}
inline QDateTime toVietnam(const QDateTime& t)
{
    return t.toTimeZone(vietnamZone());
}

// All logic asks a Clock for "now" so tests can fix time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime t)
        : m_now(t.toUTC())
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& t) { m_now = t.toUTC(); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

} // namespace motcua
