#pragma once

#include "core/Result.h"

#include <QRandomGenerator>
#include <QString>

namespace motcua {

// Faults the reference portal injects per request so client tests can see every failure a
// real link and portal produce (PROTOCOL.md, section 7). One fault at a time.
class FaultInjector
{
public:
    enum class Kind { None, Http500, Http503, Delay, Drop, Malformed, Exists, Expired };

    explicit FaultInjector(quint32 seed = 1);

    // "NAME[:RATE][@SERVICE]": RATE omitted = every request; with a dot a probability
    // ("0.3", "1.0"); an integer a count of requests. "none" clears. BadInput when malformed.
    Status set(const QString& spec);
    Status set(Kind kind, const QString& rate, const QString& service);
    void clear() { m_kind = Kind::None; }

    // Called once per faultable request: the fault to apply to it, or None. `service` is the
    // request's service ("login" for /mapi/login); `isAdd` tells a DongBoHoSoMC add. "exists"
    // applies only to adds and "expired" only to calls with a session: other requests neither
    // fire nor use up a count.
    Kind next(const QString& service, bool isAdd);

    Kind kind() const { return m_kind; }
    int fired() const { return m_fired; }

    static QString name(Kind kind);
    static Kind fromName(const QString& name, bool* ok);

private:
    Kind m_kind = Kind::None;
    QString m_service; // empty: every service
    double m_probability = 1.0;
    int m_remaining = -1; // -1: no count
    int m_fired = 0;
    QRandomGenerator m_random;
};

} // namespace motcua
