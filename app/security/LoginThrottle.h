#pragma once

#include <QDateTime>

namespace motcua {

struct UserInfo;

// When an account may try a password again (OWASP Authentication Cheat Sheet, "Account
// lockout"; NIST SP 800-63B 5.2.2, rate limiting). Pure rules over the users row's counters
// (schema 017); UserService applies them and stores the outcome.
//
// - After n wrong passwords (1 <= n < kLockAfter) the next attempt waits delaySecs(n):
//   none after the first two (typos), then 1 and 2 s. An attempt inside the wait is refused without checking the
//   password and counts nothing, so typing fast cannot lock anybody out.
// - The kLockAfter-th wrong password locks the account: an administrator unlocks it (Settings
//   → Users, motcuactl users unlock); a workstation without one at hand unlocks by itself after
//   security.lockoutMinutes.
// - Failures older than that period are forgotten, so five typos over a month lock nothing.
class LoginThrottle
{
public:
    static constexpr int kLockAfter = 5;

    enum class Verdict { Allowed, Wait, Locked };
    struct Decision
    {
        Verdict verdict = Verdict::Allowed;
        // Seconds until the next attempt may be made (Wait) or the lock lapses (Locked).
        qint64 secondsLeft = 0;
        // The failures that still count (0 once they lapsed): the base for the next one.
        int failures = 0;
    };

    // The wait after `failures` wrong passwords in a row.
    static qint64 delaySecs(int failures);

    // What to do with a login attempt for `user` at `now`.
    static Decision check(const UserInfo& user, const QDateTime& now, int lockoutMinutes);

    // True while `user` is locked at `now` (shown in the user list).
    static bool isLocked(const UserInfo& user, const QDateTime& now, int lockoutMinutes)
    {
        return check(user, now, lockoutMinutes).verdict == Verdict::Locked;
    }
};

} // namespace motcua
