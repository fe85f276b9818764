#pragma once

#include "core/Result.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QString>

namespace motcua {

// Faults the reference portal injects per request so client tests can see every failure a
// real link and portal produce (PROTOCOL.md, section 7). One fault at a time. Thread-safe: the
// center's worker threads share one injector, so a fault set through any of them applies to all.
class FaultInjector
{
public:
    enum class Kind { None, Http500, Http503, Delay, Drop, Malformed, Exists, Expired };

    explicit FaultInjector(quint32 seed = 1);

    // "NAME[:RATE][@SERVICE]": RATE omitted = every request; with a dot a probability
    // ("0.3", "1.0"); an integer a count of requests. "none" clears. BadInput when malformed.
    Status set(const QString& spec);
    Status set(Kind kind, const QString& rate, const QString& service);
    void clear();

    // Called once per faultable request: the fault to apply to it, or None. `service` is the
    // request's service ("login" for /mapi/login); `isAdd` tells a DongBoHoSoMC add. "exists"
    // applies only to adds and "expired" only to calls with a session: other requests neither
    // fire nor use up a count.
    Kind next(const QString& service, bool isAdd);

    Kind kind() const;
    int fired() const;

    static QString name(Kind kind);
    static Kind fromName(const QString& name, bool* ok);

private:
    mutable QMutex m_mutex;
    Kind m_kind = Kind::None;
    QString m_service; // empty: every service
    double m_probability = 1.0;
    int m_remaining = -1; // -1: no count
    int m_fired = 0;
    QRandomGenerator m_random;
};

} // namespace motcua
