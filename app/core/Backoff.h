#pragma once

#include <QtGlobal>

namespace motcua {

// Capped exponential back-off with jitter: after the n-th consecutive failure (n >= 1) wait
// base * 2^(n-1) seconds, at most cap, then take a random point in [half, full] of it so many
// workstations that lost the link together do not all come back in the same second.
struct Backoff
{
    int baseSecs = 5;
    int capSecs = 3600;

    // Without jitter: the upper bound of the wait.
    qint64 ceiling(int failures) const;
    // With jitter, in seconds; `unit` in [0, 1) picks the point (tests pass a fixed one).
    qint64 delay(int failures, double unit) const;
    // With jitter from the global random generator.
    qint64 delay(int failures) const;
};

} // namespace motcua
