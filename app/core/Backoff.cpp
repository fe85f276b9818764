#include "core/Backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace motcua {

qint64 Backoff::ceiling(int failures) const
{
    if (failures <= 0)
        return 0;
    const qint64 cap = std::max(capSecs, 1);
    qint64 wait = std::max(baseSecs, 1);
    // Doubling stops at the cap, so no overflow however many failures there were.
    for (int i = 1; i < failures && wait < cap; ++i)
        wait *= 2;
    return std::min(wait, cap);
}

qint64 Backoff::delay(int failures, double unit) const
{
    const qint64 top = ceiling(failures);
    if (top <= 1)
        return top;
    const double u = std::clamp(unit, 0.0, 1.0);
    return top / 2 + static_cast<qint64>(u * static_cast<double>(top - top / 2));
}

qint64 Backoff::delay(int failures) const
{
    return delay(failures, QRandomGenerator::global()->generateDouble());
}

} // namespace motcua
