#include "sync/OutboxSender.h"

#include "core/Logging.h"
#include "core/PortalProtocol.h"
#include "sync/CenterFeedPull.h"
#include "sync/SyncLane.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>

#include <optional>
#include <utility>

namespace motcua {

namespace P = PortalProtocol;

namespace {

QList<qint64> idsOf(const QList<OutboxItem>& items)
{
    QList<qint64> ids;
    ids.reserve(items.size());
    for (const OutboxItem& it : items)
        ids.append(it.id);
    return ids;
}

// The stored payloads as one JSON array, as they are: no parsing and writing again.
QByteArray payloadsOf(const QList<OutboxItem>& items)
{
    qsizetype size = 2;
    for (const OutboxItem& it : items)
        size += it.payloadJson.size() + 1;
    QByteArray a;
    a.reserve(size);
    a.append('[');
    for (const OutboxItem& it : items) {
        if (a.size() > 1)
            a.append(',');
        // An empty stored payload is an empty object: the portal names what is missing.
        a.append(it.payloadJson.isEmpty() ? QByteArrayLiteral("{}") : it.payloadJson);
    }
    a.append(']');
    return a;
}

QString refusal(const PortalAnswer& r)
{
    return QCoreApplication::translate("motcua::OutboxSender", "The portal refused it (code %1): %2")
        .arg(r.code)
        .arg(r.message);
}

} // namespace

void OutboxSender::ack(SyncKind kind, const QList<OutboxItem>& items)
{
    if (Status s = m_lane.store().markDone(idsOf(items), m_lane.now()); !s)
        qCWarning(lcSync) << "cannot mark rows done" << s.error().message;
    m_lane.bookSuccess(kind);
}

void OutboxSender::ackDossiers(const QList<OutboxItem>& items)
{
    // Done and "the portal has it" commit together: after a crash either both or neither.
    Transaction tx(m_lane.db());
    for (const OutboxItem& it : items) {
        if (Status s = m_lane.store().markDossierAcked(it.entityKey, it.id, m_lane.now()); !s)
            qCWarning(lcSync) << "cannot record an acknowledged dossier" << s.error().message;
    }
    ack(SyncKind::Dossier, items);
    if (Status s = tx.commit(); !s)
        qCWarning(lcSync) << "cannot commit acknowledged dossiers" << s.error().message;
    m_lane.report().dossiers += static_cast<int>(items.size());
}

void OutboxSender::refuse(const QList<OutboxItem>& items, const PortalAnswer& reply)
{
    m_lane.bookFailure(items.first().kind, reply);
    const QString why = refusal(reply);
    if (Status s = m_lane.store().markFailed(idsOf(items), why, m_lane.now(), m_lane.backoff()); !s)
        qCWarning(lcSync) << "cannot mark rows failed" << s.error().message;
    m_lane.report().failed += static_cast<int>(items.size());
}

void OutboxSender::fail(const QList<OutboxItem>& items, const QString& message)
{
    if (Status s = m_lane.store().markFailed(idsOf(items), message, m_lane.now(), m_lane.backoff()); !s)
        qCWarning(lcSync) << "cannot mark rows failed" << s.error().message;
    m_lane.report().failed += static_cast<int>(items.size());
}

void OutboxSender::fail(const QList<OutboxItem>& items, const PortalAnswer& reply)
{
    if (reply.outcome != PortalAnswer::Transport || reply.reached) {
        fail(items, reply.message);
        return;
    }
    // bookFailure() set the kind's back-off just before: the rows wait as long as their kind.
    const QDateTime now = m_lane.now();
    const QDateTime kindRetry = m_lane.store().kindState(items.first().kind).nextAttemptAt;
    const QDateTime retryAt = kindRetry.isValid() ? std::max(now, kindRetry) : now;
    if (Status s = m_lane.store().markWaiting(idsOf(items), reply.message, now, retryAt); !s)
        qCWarning(lcSync) << "cannot mark rows waiting" << s.error().message;
}

// ---- dossiers ----

void OutboxSender::sendDossiers()
{
    const SyncKind kind = SyncKind::Dossier;
    auto claim = [this, &kind]() -> QList<OutboxItem> {
        auto items =
            m_lane.store().claim(kind, m_lane.config().dossierBatch, m_lane.now(), m_lane.options().force, false);
        if (!items) {
            m_lane.note(items.error().message);
            return {};
        }
        return std::move(*items);
    };
    // Two batches overlap: while the portal stores one, the next is claimed; when the portal
    // answers Ok, the next goes out before this one's rows are marked done. Only a batch that
    // is all adds or all updates goes out this way (one request); the others, and everything
    // after a refusal, go one request at a time.
    QList<OutboxItem> next;
    QList<OutboxItem> inFlight;
    bool inFlightUpdating = false;
    auto startBatch = [this, &inFlight, &inFlightUpdating](QList<OutboxItem>& items) {
        if (items.size() < 2)
            return false;
        const bool updating = m_lane.store().isDossierAcked(items.first().entityKey);
        for (const OutboxItem& it : std::as_const(items)) {
            if (m_lane.store().isDossierAcked(it.entityKey) != updating)
                return false;
        }
        inFlight = std::move(items);
        items.clear();
        inFlightUpdating = updating;
        m_lane.client().startSyncDossiers(payloadsOf(inFlight), updating);
        return true;
    };
    bool started = false;
    for (;;) {
        if (!started) {
            if (m_lane.stopped() || !m_lane.due(kind))
                break;
            QList<OutboxItem> items = next.isEmpty() ? claim() : std::exchange(next, {});
            if (items.isEmpty())
                break;
            started = startBatch(items);
            if (!started) {
                QList<OutboxItem> adds;
                QList<OutboxItem> updates;
                for (const OutboxItem& it : std::as_const(items))
                    (m_lane.store().isDossierAcked(it.entityKey) ? updates : adds).append(it);
                // Updates first: their rows are older changes of dossiers the portal already has.
                if (!sendDossierGroup(updates, true) || !sendDossierGroup(adds, false)) {
                    // Rows not reached in this batch go back to the queue untouched.
                    if (Status s = m_lane.store().release(idsOf(items), m_lane.now()); !s)
                        qCWarning(lcSync) << s.error().message;
                    break;
                }
                continue;
            }
        }
        next = claim();
        const PortalAnswer r = m_lane.client().finish();
        started = false;
        const QList<OutboxItem> sent = std::exchange(inFlight, {});
        const bool sentUpdating = inFlightUpdating;
        if (r.ok() && !m_lane.stopped())
            started = startBatch(next);
        if (!settleDossierGroup(sent, sentUpdating, r)) {
            // Only after a failed answer, so nothing else is in flight.
            if (Status s = m_lane.store().release(idsOf(sent), m_lane.now()); !s)
                qCWarning(lcSync) << s.error().message;
            break;
        }
    }
    if (started) {
        // Stopped with a request out: settle it before ending.
        settleDossierGroup(inFlight, inFlightUpdating, m_lane.client().finish());
    }
    if (!next.isEmpty()) {
        if (Status s = m_lane.store().release(idsOf(next), m_lane.now()); !s)
            qCWarning(lcSync) << s.error().message;
    }
}

bool OutboxSender::sendDossierGroup(const QList<OutboxItem>& items, bool updating)
{
    if (items.isEmpty() || m_lane.stopped())
        return !m_lane.stopped();
    if (items.size() == 1)
        return sendOneDossier(items.first());
    return settleDossierGroup(items, updating, m_lane.client().syncDossiers(payloadsOf(items), updating));
}

bool OutboxSender::settleDossierGroup(const QList<OutboxItem>& items, bool updating, PortalAnswer r)
{
    if (!updating && r.outcome == PortalAnswer::Refused && r.code == P::Code::AlreadyExists) {
        // Usually an earlier try whose answer was lost stored the whole batch: one update
        // settles it. If only some exist, the update is refused too and row by row follows.
        r = m_lane.client().syncDossiers(payloadsOf(items), true);
    }
    if (r.ok()) {
        ackDossiers(items);
        return true;
    }
    if (r.outcome != PortalAnswer::Refused) {
        m_lane.bookFailure(SyncKind::Dossier, r);
        fail(items, r);
        return false;
    }
    // The call is all-or-nothing (PROTOCOL.md 3.1): one existing or bad record refused the
    // whole batch. Row by row finds which, and sends the others.
    for (const OutboxItem& it : items) {
        if (!sendOneDossier(it))
            return false;
    }
    return true;
}

bool OutboxSender::sendOneDossier(const OutboxItem& item)
{
    if (m_lane.stopped())
        return false;
    bool updating = m_lane.store().isDossierAcked(item.entityKey);
    const QByteArray data = payloadsOf({item});
    PortalAnswer r = m_lane.client().syncDossiers(data, updating);
    // "Already exists" (a lost reply of an earlier try stored it): resend as an update.
    // "Not found" on an update: the portal lost it; add it again.
    for (int turn = 0; turn < 2 && r.outcome == PortalAnswer::Refused; ++turn) {
        if (!updating && r.code == P::Code::AlreadyExists)
            updating = true;
        else if (updating && r.code == P::Code::NotFound)
            updating = false;
        else
            break;
        r = m_lane.client().syncDossiers(data, updating);
    }
    if (r.ok()) {
        ackDossiers({item});
        return true;
    }
    if (r.outcome == PortalAnswer::Refused) {
        // Another counter acted on the dossier first: a conflict for the clerk, or what they
        // chose when they settled one.
        if (r.code == P::Code::StepConflict && CenterFeedPull::settleRefusedStep(m_lane, item, r))
            return true;
        refuse({item}, r);
        return true;
    }
    m_lane.bookFailure(SyncKind::Dossier, r);
    fail({item}, r);
    return false;
}

// ---- history ----

void OutboxSender::sendHistory()
{
    const SyncKind kind = SyncKind::History;
    bool more = true; // events not queued yet may remain (feedHistory takes a slice at a time)
    // The next chunk, feeding the outbox from the dossiers' events when it runs dry; nullopt
    // on a storage error, an empty list when nothing is left.
    auto take = [this, &kind, &more]() -> std::optional<QList<OutboxItem>> {
        for (;;) {
            auto items =
                m_lane.store().claim(kind, m_lane.config().historyChunk, m_lane.now(), m_lane.options().force, false);
            if (!items) {
                m_lane.note(items.error().message);
                return std::nullopt;
            }
            if (!items->isEmpty() || !more)
                return std::move(*items);
            // Events not queued yet, a chunk at a time, those ready to go claimed as they are
            // queued (not read back).
            QList<OutboxItem> fresh;
            auto fed = m_lane.store().feedHistory(m_lane.now(), m_lane.config().historyChunk, &fresh);
            if (!fed) {
                m_lane.note(fed.error().message);
                return std::nullopt;
            }
            more = *fed > 0;
            if (!fresh.isEmpty())
                return fresh;
        }
    };
    // As for dossiers: while the portal stores one chunk the next is claimed (and fed), and
    // after an Ok it goes out before this chunk's rows are marked done.
    std::optional<QList<OutboxItem>> next;
    QList<OutboxItem> inFlight;
    bool started = false;
    for (;;) {
        if (!started) {
            if (m_lane.stopped() || !m_lane.due(kind))
                break;
            std::optional<QList<OutboxItem>> items = next ? std::move(next) : take();
            next.reset();
            if (!items || items->isEmpty())
                break;
            inFlight = std::move(*items);
            m_lane.client().startAppendHistory(payloadsOf(inFlight));
        }
        next = take();
        const PortalAnswer r = m_lane.client().finish();
        started = false;
        const QList<OutboxItem> sent = std::exchange(inFlight, {});
        if (r.ok() && !m_lane.stopped() && next && !next->isEmpty()) {
            inFlight = std::move(*next);
            next.reset();
            m_lane.client().startAppendHistory(payloadsOf(inFlight));
            started = true;
        }
        if (!settleHistoryChunk(sent, r))
            break; // only after a failed answer, so nothing else is in flight
    }
    if (started)
        settleHistoryChunk(inFlight, m_lane.client().finish());
    if (next && !next->isEmpty()) {
        if (Status s = m_lane.store().release(idsOf(*next), m_lane.now()); !s)
            qCWarning(lcSync) << s.error().message;
    }
}

bool OutboxSender::sendHistoryChunk(const QList<OutboxItem>& items)
{
    return settleHistoryChunk(items, m_lane.client().appendHistory(payloadsOf(items)));
}

bool OutboxSender::settleHistoryChunk(const QList<OutboxItem>& items, const PortalAnswer& r)
{
    if (r.ok()) {
        ack(SyncKind::History, items);
        m_lane.report().history += static_cast<int>(items.size());
        return true;
    }
    if (r.outcome != PortalAnswer::Refused) {
        m_lane.bookFailure(SyncKind::History, r);
        fail(items, r);
        return false;
    }
    if (items.size() == 1) {
        refuse(items, r);
        return true;
    }
    for (const OutboxItem& it : items) {
        if (m_lane.stopped() || !sendHistoryChunk({it}))
            return false;
    }
    return true;
}

// ---- attachments ----

void OutboxSender::sendAttachments()
{
    const SyncKind kind = SyncKind::Attachment;
    while (!m_lane.stopped() && m_lane.due(kind)) {
        auto items = m_lane.store().claim(kind, 1, m_lane.now(), m_lane.options().force);
        if (!items) {
            m_lane.note(items.error().message);
            return;
        }
        if (items->isEmpty())
            return;
        if (!sendAttachment(items->first()))
            return;
    }
}

bool OutboxSender::sendAttachment(const OutboxItem& item)
{
    const QString sha = item.payload.value(QStringLiteral("sha256")).toString().toLower();
    const QString code = item.payload.value(QStringLiteral("code")).toString();
    QString fileName = item.payload.value(QStringLiteral("fileName")).toString();
    if (fileName.isEmpty())
        fileName = item.payload.value(QStringLiteral("file_name")).toString();
    if (!m_lane.options().attachments) {
        fail({item},
             QCoreApplication::translate("motcua::OutboxSender", "The attachment store is not available to sync."));
        return true;
    }
    auto bytes = m_lane.options().attachments(item);
    if (!bytes) {
        fail({item}, bytes.error().message);
        return true;
    }
    const qint64 total = bytes->size();
    // Which paper the file belongs to, so the center's other counters file it alike.
    const QJsonObject paper{
        {QStringLiteral("ThuTuGiayTo"), QString::number(item.payload.value(QStringLiteral("paper_index")).toInt())},
        {QStringLiteral("TenGiayTo"), item.payload.value(QStringLiteral("paper_id")).toInteger() > 0
                                          ? item.payload.value(QStringLiteral("paper")).toString()
                                          : QString()},
        {QStringLiteral("SoTrang"), QString::number(item.payload.value(QStringLiteral("page_count")).toInt())},
        {QStringLiteral("KetQua"),
         item.payload.value(QStringLiteral("result")).toBool() ? QStringLiteral("True") : QStringLiteral("False")}};
    // The reader hands over the bytes checked against the recorded SHA-256 (the store's read
    // hashes what it decrypts), so they are not hashed again on the way out. Only when the
    // portal finds the upload damaged are they hashed once more, to tell a damaged transfer
    // (start again) from bytes that changed here (fail).
    auto localMatches = [&] {
        return QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex()) == sha;
    };
    const QString localMismatch =
        QCoreApplication::translate("motcua::OutboxSender", "The stored attachment does not match its SHA-256.");
    // A portal that answered but could not take a request (a 5xx, a garbled reply, a login it
    // could not serve) is asked again where to resume, a few times per attempt: a long upload
    // over a poor link keeps going instead of waiting for the next pass at every hiccup. A portal
    // that did not answer at all is not: a dead network costs one wait, not several.
    int answeredFailuresLeft = kUploadRetries;
    auto retryable = [&](const PortalAnswer& a) {
        return a.outcome == PortalAnswer::Transport && a.reached && answeredFailuresLeft-- > 0;
    };
    qint64 offset = 0;
    bool complete = false;
    PortalAnswer r;
    // Resume from what the portal has, not from what we believe it has.
    auto askState = [&] {
        do {
            r = m_lane.client().uploadState(sha);
        } while (!r.ok() && retryable(r));
        if (r.ok()) {
            offset = P::number(r.body.value(QStringLiteral("ViTri")));
            complete = P::isTrue(r.body.value(QStringLiteral("HoanTat")));
        }
    };
    askState();
    // Up to chunksInFlight chunks at once, each on a client (connection) of its own: the next
    // goes once the one before has wholly left, so it reaches the portal after it, and moves
    // while the portal stores the one before. Answers are taken in order; anything but the
    // expected Ok drops the chunks behind it (their answers read and set aside), and the loop
    // goes on from the offset the portal gave.
    struct Flight
    {
        PortalClient* client;
        qint64 end; // offset after this chunk
    };
    QList<Flight> flights;
    const int depth = qBound(1, m_lane.config().chunksInFlight, 2);
    qint64 next = offset;
    auto drain = [&] {
        for (const Flight& f : std::as_const(flights))
            f.client->finish();
        flights.clear();
    };
    int hashRetries = 0;
    while (r.ok() && !complete && !m_lane.stopped()) {
        if (flights.isEmpty() && (offset < 0 || offset > total))
            offset = 0;
        if (flights.isEmpty())
            next = offset;
        // Fill the pipeline: always one chunk (an empty file is one empty chunk), more while
        // bytes remain.
        while (flights.isEmpty() || (flights.size() < depth && next < total)) {
            PortalClient& client = flights.isEmpty() || flights.last().client != &m_lane.client()
                                       ? m_lane.client()
                                       : m_lane.secondClient();
            if (!flights.isEmpty())
                flights.last().client->waitSent();
            // A view into the bytes, no copy: they outlive the exchange.
            const QByteArray chunk = QByteArray::fromRawData(bytes->constData() + next,
                                                             qMin<qint64>(total - next, m_lane.config().chunkBytes));
            client.startUploadChunk(sha, code, fileName, total, next, chunk, paper);
            next += chunk.size();
            flights.append({&client, next});
        }
        const Flight f = flights.takeFirst();
        r = f.client->finish();
        if (r.ok()) {
            offset = P::number(r.body.value(QStringLiteral("ViTri")), f.end);
            complete = P::isTrue(r.body.value(QStringLiteral("HoanTat")));
            if (Status s = m_lane.store().setAckedOffset(item.id, offset, m_lane.now()); !s)
                qCWarning(lcSync) << s.error().message;
            if (complete || offset != f.end)
                drain();
            continue;
        }
        drain();
        if (r.outcome == PortalAnswer::Refused && r.code == P::Code::OffsetMismatch) {
            // A resent chunk whose reply was lost, or one that overtook the chunk before it:
            // carry on from the portal's offset.
            offset = P::number(r.body.value(QStringLiteral("ViTri")));
            r.outcome = PortalAnswer::Ok;
        } else if (r.outcome == PortalAnswer::Refused && r.code == P::Code::HashMismatch) {
            if (!localMatches()) {
                fail({item}, localMismatch);
                return true;
            }
            if (hashRetries++ == 0) {
                // The portal discarded an upload damaged on the way; one fresh start from 0.
                offset = 0;
                r.outcome = PortalAnswer::Ok;
            }
        } else if (retryable(r)) {
            askState();
        }
    }
    drain();
    if (m_lane.stopped() && !complete) {
        if (Status s = m_lane.store().release({item.id}, m_lane.now()); !s)
            qCWarning(lcSync) << s.error().message;
        return false;
    }
    if (complete) {
        ack(SyncKind::Attachment, {item});
        m_lane.report().attachments += 1;
        return true;
    }
    if (r.outcome == PortalAnswer::Refused) {
        refuse({item}, r);
        return true;
    }
    m_lane.bookFailure(SyncKind::Attachment, r);
    fail({item}, r);
    return false;
}

} // namespace motcua
