#include "core/SyncTypes.h"

namespace motcua {

namespace {
struct KindInfo
{
    SyncKind kind;
    const char16_t* key;
};

const KindInfo kKinds[] = {
    {SyncKind::Dossier, u"dossier"}, {SyncKind::History, u"history"}, {SyncKind::Attachment, u"attachment"},
    {SyncKind::Catalogue, u"catalogue"}, {SyncKind::Status, u"status"}, {SyncKind::Lease, u"lease"},
    {SyncKind::Feed, u"feed"},         {SyncKind::Account, u"account"},
};

struct StateInfo
{
    OutboxState state;
    const char16_t* key;
};

const StateInfo kStates[] = {
    {OutboxState::Queued, u"queued"},
    {OutboxState::InFlight, u"in_flight"},
    {OutboxState::Done, u"done"},
    {OutboxState::Failed, u"failed"},
};
} // namespace

QString kindKey(SyncKind k)
{
    for (const auto& i : kKinds) {
        if (i.kind == k)
            return QString::fromUtf16(i.key);
    }
    return {};
}

bool kindFromKey(const QString& key, SyncKind* out)
{
    for (const auto& i : kKinds) {
        if (key == QStringView(i.key)) {
            *out = i.kind;
            return true;
        }
    }
    return false;
}

QList<SyncKind> outboxKinds()
{
    return {SyncKind::Dossier, SyncKind::History, SyncKind::Attachment};
}

QList<SyncKind> allKinds()
{
    return {SyncKind::Dossier, SyncKind::History, SyncKind::Attachment,
            SyncKind::Catalogue, SyncKind::Status, SyncKind::Lease};
}

QList<SyncKind> everyKind()
{
    QList<SyncKind> out;
    for (const auto& i : kKinds)
        out.append(i.kind);
    return out;
}

QString stateKey(OutboxState s)
{
    for (const auto& i : kStates) {
        if (i.state == s)
            return QString::fromUtf16(i.key);
    }
    return {};
}

bool stateFromKey(const QString& key, OutboxState* out)
{
    for (const auto& i : kStates) {
        if (key == QStringView(i.key)) {
            *out = i.state;
            return true;
        }
    }
    return false;
}

QList<OutboxState> allOutboxStates()
{
    QList<OutboxState> out;
    for (const auto& i : kStates)
        out.append(i.state);
    return out;
}

} // namespace motcua
