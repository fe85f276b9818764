#include "StatusSource.h"

namespace motcua {

StatusSource::~StatusSource() = default;

OfflineStatusSource::OfflineStatusSource(Counter queuedCounter, QObject* parent)
    : StatusSource(parent)
    , m_counter(std::move(queuedCounter))
{}

int OfflineStatusSource::queuedCount() const
{
    return m_counter ? m_counter() : 0;
}

void OfflineStatusSource::refresh()
{
    Q_EMIT changed();
}

} // namespace motcua
