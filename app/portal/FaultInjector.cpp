#include "portal/FaultInjector.h"

#include <QCoreApplication>

namespace motcua {

namespace {

const std::pair<FaultInjector::Kind, const char*> kNames[] = {
    {FaultInjector::Kind::None, "none"},       {FaultInjector::Kind::Http500, "http500"},
    {FaultInjector::Kind::Http503, "http503"}, {FaultInjector::Kind::Delay, "delay"},
    {FaultInjector::Kind::Drop, "drop"},       {FaultInjector::Kind::Malformed, "malformed"},
    {FaultInjector::Kind::Exists, "exists"},   {FaultInjector::Kind::Expired, "expired"},
};

Error badSpec()
{
    return Error::badInput(QCoreApplication::translate(
        "motcua::FaultInjector",
        "A fault is NAME[:RATE][@SERVICE] with NAME one of none, http500, http503, delay, drop, "
        "malformed, exists, expired; RATE a probability such as 0.3 or a count such as 3."));
}

} // namespace

FaultInjector::FaultInjector(quint32 seed)
    : m_random(seed)
{}

QString FaultInjector::name(Kind kind)
{
    for (const auto& [k, n] : kNames) {
        if (k == kind)
            return QString::fromLatin1(n);
    }
    return QString();
}

FaultInjector::Kind FaultInjector::fromName(const QString& name, bool* ok)
{
    for (const auto& [k, n] : kNames) {
        if (name == QLatin1String(n)) {
            *ok = true;
            return k;
        }
    }
    *ok = false;
    return Kind::None;
}

Status FaultInjector::set(const QString& spec)
{
    QString rest = spec.trimmed();
    QString service;
    if (const int at = rest.indexOf(QLatin1Char('@')); at >= 0) {
        service = rest.mid(at + 1);
        rest.truncate(at);
        if (service.isEmpty())
            return badSpec();
    }
    QString rate;
    if (const int colon = rest.indexOf(QLatin1Char(':')); colon >= 0) {
        rate = rest.mid(colon + 1);
        rest.truncate(colon);
        if (rate.isEmpty())
            return badSpec();
    }
    bool ok = false;
    const Kind kind = fromName(rest, &ok);
    if (!ok)
        return badSpec();
    return set(kind, rate, service);
}

Status FaultInjector::set(Kind kind, const QString& rate, const QString& service)
{
    double probability = 1.0;
    int remaining = -1;
    if (!rate.isEmpty()) {
        bool ok = false;
        if (rate.contains(QLatin1Char('.'))) {
            probability = rate.toDouble(&ok);
            if (!ok || probability < 0.0 || probability > 1.0)
                return badSpec();
        } else {
            remaining = rate.toInt(&ok);
            if (!ok || remaining < 0)
                return badSpec();
        }
    }
    QMutexLocker lock(&m_mutex);
    m_kind = kind;
    m_service = service;
    m_probability = probability;
    m_remaining = remaining;
    return {};
}

void FaultInjector::clear()
{
    QMutexLocker lock(&m_mutex);
    m_kind = Kind::None;
}

FaultInjector::Kind FaultInjector::kind() const
{
    QMutexLocker lock(&m_mutex);
    return m_kind;
}

int FaultInjector::fired() const
{
    QMutexLocker lock(&m_mutex);
    return m_fired;
}

FaultInjector::Kind FaultInjector::next(const QString& service, bool isAdd)
{
    QMutexLocker lock(&m_mutex);
    if (m_kind == Kind::None || (!m_service.isEmpty() && m_service != service))
        return Kind::None;
    if ((m_kind == Kind::Exists && !isAdd) || (m_kind == Kind::Expired && service == QLatin1String("login")))
        return Kind::None;
    if (m_remaining == 0)
        return Kind::None;
    if (m_remaining > 0) {
        --m_remaining;
    } else if (m_probability < 1.0 && m_random.generateDouble() >= m_probability) {
        return Kind::None;
    }
    ++m_fired;
    return m_kind;
}

} // namespace motcua
