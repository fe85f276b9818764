#include "security/LoginThrottle.h"

#include "store/UserRepository.h"

#include <algorithm>

namespace motcua {

qint64 LoginThrottle::delaySecs(int failures)
{
    // Two mistakes are typos (a wrong keyboard layout, Caps Lock) and cost nothing; from the
    // third the wait doubles.
    if (failures <= 2)
        return 0;
    return qint64(1) << std::min(failures - 3, 10);
}

LoginThrottle::Decision LoginThrottle::check(const UserInfo& user, const QDateTime& now, int lockoutMinutes)
{
    Decision d;
    const qint64 period = qint64(std::max(lockoutMinutes, 1)) * 60;
    if (user.lockedAt.isValid()) {
        const qint64 since = user.lockedAt.secsTo(now);
        if (since < period) {
            d.verdict = Verdict::Locked;
            d.secondsLeft = period - since;
            d.failures = user.failedLogins;
            return d;
        }
        return d; // the lock lapsed: a fresh start
    }
    if (user.failedLogins <= 0 || !user.lastFailedAt.isValid())
        return d;
    const qint64 since = user.lastFailedAt.secsTo(now);
    if (since >= period)
        return d; // old failures are forgotten
    d.failures = user.failedLogins;
    const qint64 wait = delaySecs(user.failedLogins) - since;
    if (wait > 0) {
        d.verdict = Verdict::Wait;
        d.secondsLeft = wait;
    }
    return d;
}

} // namespace motcua
