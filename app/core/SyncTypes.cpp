#include "core/SyncTypes.h"

#include <iterator>

namespace motcua {

namespace {
// One value of an enum and the key it is stored under.
template<typename E> struct Keyed
{
    E value;
    const char16_t* key;
};

const Keyed<SyncKind> kKinds[] = {
    {SyncKind::Dossier, u"dossier"},     {SyncKind::History, u"history"}, {SyncKind::Attachment, u"attachment"},
    {SyncKind::Catalogue, u"catalogue"}, {SyncKind::Status, u"status"},   {SyncKind::Lease, u"lease"},
    {SyncKind::Feed, u"feed"},           {SyncKind::Account, u"account"},
};

const Keyed<OutboxState> kStates[] = {
    {OutboxState::Queued, u"queued"},
    {OutboxState::InFlight, u"in_flight"},
    {OutboxState::Done, u"done"},
    {OutboxState::Failed, u"failed"},
};

template<typename E, size_t N> QString keyOf(const Keyed<E> (&table)[N], E value)
{
    for (const Keyed<E>& k : table) {
        if (k.value == value)
            return QString::fromUtf16(k.key);
    }
    return {};
}

template<typename E, size_t N> bool valueOf(const Keyed<E> (&table)[N], const QString& key, E* out)
{
    for (const Keyed<E>& k : table) {
        if (key == QStringView(k.key)) {
            *out = k.value;
            return true;
        }
    }
    return false;
}

template<typename E, size_t N> QList<E> valuesOf(const Keyed<E> (&table)[N])
{
    QList<E> out;
    out.reserve(static_cast<qsizetype>(std::size(table)));
    for (const Keyed<E>& k : table)
        out.append(k.value);
    return out;
}
} // namespace

QString kindKey(SyncKind k)
{
    return keyOf(kKinds, k);
}

bool kindFromKey(const QString& key, SyncKind* out)
{
    return valueOf(kKinds, key, out);
}

QList<SyncKind> outboxKinds()
{
    return {SyncKind::Dossier, SyncKind::History, SyncKind::Attachment};
}

QList<SyncKind> allKinds()
{
    return {SyncKind::Dossier,   SyncKind::History, SyncKind::Attachment,
            SyncKind::Catalogue, SyncKind::Status,  SyncKind::Lease};
}

QList<SyncKind> everyKind()
{
    return valuesOf(kKinds);
}

QString stateKey(OutboxState s)
{
    return keyOf(kStates, s);
}

bool stateFromKey(const QString& key, OutboxState* out)
{
    return valueOf(kStates, key, out);
}

QList<OutboxState> allOutboxStates()
{
    return valuesOf(kStates);
}

} // namespace motcua
