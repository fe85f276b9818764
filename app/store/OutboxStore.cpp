#include "store/OutboxStore.h"
#include "store/SettingKeys.h"

#include "core/Clock.h"
#include "core/DossierState.h"
#include "core/PortalProtocol.h"
#include "store/Database.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace motcua {

namespace {

// yyyyMMddHHmmss in Vietnam time (fixed UTC+7, core/Clock.h), written by hand: formatting
// through QDateTime costs more than the rest of a history row.
QString portalTime(qint64 epoch)
{
    const qint64 local = epoch + 7 * 3600;
    const qint64 days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
    const int secs = static_cast<int>(local - days * 86400);
    const QDate d = QDate(1970, 1, 1).addDays(days);
    const int fields[] = {d.year() / 100, d.year() % 100, d.month(), d.day(), secs / 3600, secs / 60 % 60, secs % 60};
    QString out(14, Qt::Uninitialized);
    QChar* p = out.data();
    for (int f : fields) {
        *p++ = QChar(static_cast<char16_t>(u'0' + f / 10));
        *p++ = QChar(static_cast<char16_t>(u'0' + f % 10));
    }
    return out;
}

// Appends `text` as a JSON string: quotes, backslashes and control characters escaped, the
// rest as it is (what QJsonDocument writes, without building an object per row).
void appendJsonString(QString& out, const QString& text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += QLatin1String("\\u00");
            out += QLatin1Char(hex[u >> 4]);
            out += QLatin1Char(hex[u & 15]);
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
}

// A JSON array of ids, for json_each().
QString idArray(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

const QString kItemColumns = QStringLiteral("id, kind, entity_key, state, attempts, last_error, next_attempt_at, "
                                            "created_at, updated_at, done_at, acked_offset, payload");

// The row at `st` into `it`; false when its kind or state is none this version knows.
bool readItem(const Query& st, OutboxItem& it, bool parse = true)
{
    it.id = st.int64(0);
    it.entityKey = st.text(2);
    if (!kindFromKey(st.text(1), &it.kind) || !stateFromKey(st.text(3), &it.state))
        return false;
    it.attempts = st.integer(4);
    it.lastError = st.text(5);
    it.nextAttemptAt = st.dateTime(6);
    it.createdAt = st.dateTime(7);
    it.updatedAt = st.dateTime(8);
    it.doneAt = st.dateTime(9);
    it.ackedOffset = st.int64(10);
    it.payloadJson = st.blob(11);
    if (parse)
        it.payload = QJsonDocument::fromJson(it.payloadJson).object();
    return true;
}

Error unknownItem(const Query& st)
{
    return Error::storage(QCoreApplication::translate("motcua::OutboxStore",
                                                      "The synchronisation queue holds item %1 of an unknown kind or "
                                                      "state (%2, %3).")
                              .arg(QString::number(st.int64(0)), st.text(1), st.text(3)));
}

Result<QList<OutboxItem>> readItems(Query& q, bool parse = true)
{
    QList<OutboxItem> items;
    while (q.next()) {
        OutboxItem it;
        if (!readItem(q, it, parse))
            return unknownItem(q);
        items.append(std::move(it));
    }
    if (Status s = q.error(); !s)
        return s.error();
    return items;
}

// What a failed statement says the app was doing.
QString readingQueue()
{
    return QCoreApplication::translate("motcua::OutboxStore", "reading the synchronisation queue");
}

QString writingQueue()
{
    return QCoreApplication::translate("motcua::OutboxStore", "updating the synchronisation queue");
}

QString readingState()
{
    return QCoreApplication::translate("motcua::OutboxStore", "reading the synchronisation state");
}

QString writingState()
{
    return QCoreApplication::translate("motcua::OutboxStore", "saving the synchronisation state");
}

} // namespace

Result<int> OutboxStore::recover(const QDateTime& now)
{
    auto q = m_db.query(QStringLiteral("UPDATE outbox SET state = 'queued', updated_at = ?1 WHERE state = 'in_flight'"),
                        writingQueue());
    if (!q)
        return q.error();
    if (Status s = q->bind(1, now).exec(); !s)
        return s.error();
    return m_db.changes();
}

Result<int> OutboxStore::feedHistory(const QDateTime& now, int limit, QList<OutboxItem>* claimed)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const qint64 cursor = value(QStringLiteral("history.cursor"), QStringLiteral("0")).toLongLong();
    // NguoiXuLy is the person's full name when the account is known (docs/domain.md#the-national-portal),
    // PhongBanXuLy the department the step hands the dossier to.
    auto sel = m_db.query(
        QStringLiteral(
            "SELECT e.id, d.code, e.at, coalesce(u.full_name, e.username), e.to_state, coalesce(dep.name, ''), "
            "coalesce(nullif(e.portal_text, ''), e.note), d.appointment_at, e.username, e.center_key IS NOT NULL, "
            "EXISTS (SELECT 1 FROM portal_dossiers p WHERE p.code = d.code), e.voided_code IS NOT NULL FROM "
            "dossier_events e JOIN "
            "dossiers d ON d.id = e.dossier_id "
            "LEFT JOIN users u ON u.username = e.username "
            "LEFT JOIN departments dep ON dep.id = e.to_department WHERE e.id > ?1 ORDER BY e.id LIMIT ?2"),
        readingQueue());
    if (!sel)
        return sel.error();
    // Steps recorded at another workstation and pulled from the center's feed (center_key) are
    // the center's already; this station's own rows name it in their id.
    const int station = Settings(m_db).integer(SettingKey::StationNumber);
    sel->bind(1, cursor).bind(2, limit);
    struct Row
    {
        qint64 id;
        QString code;
        QString payload; // compact JSON
        bool acked;      // the portal has the dossier
    };
    QList<Row> rows;
    qint64 lastId = cursor;
    int scanned = 0;
    while (sel->next()) {
        const qint64 eventId = sel->int64(0);
        lastId = eventId;
        ++scanned;
        // Central decisions pulled from the portal (PortalPuller) are the portal's own rows; steps
        // of an online decision given up for another counter's (voided_code) are never sent.
        if (sel->text(8) == QLatin1String("portal") || sel->integer(9) != 0 || sel->integer(11) != 0)
            continue;
        const QString code = sel->text(1);
        DossierState state = static_cast<DossierState>(sel->integer(4));
        const QString at = portalTime(sel->int64(2));
        const QString note = sel->text(6);
        // The members in the order QJsonDocument writes them (sorted), every value a string.
        const std::pair<QString, QString> members[] = {
            {QStringLiteral("ChucDanh"), QString()},
            {QStringLiteral("MaHoSo"), code},
            {PortalProtocol::historyRowId(), PortalProtocol::historyRowKey(code, eventId, station)},
            {QStringLiteral("NgayBatDau"), at},
            {QStringLiteral("NgayKetThucTheoQuyDinh"), portalTime(sel->int64(7))},
            {QStringLiteral("NguoiXuLy"), sel->text(3).left(50)},
            {QStringLiteral("NoiDungXuLy"), note.isEmpty() ? stateName(state) : note},
            {QStringLiteral("PhongBanXuLy"), sel->text(5)},
            {QStringLiteral("ThoiDiemXuLy"), at},
            {QStringLiteral("TrangThai"), QString::number(nationalCode(state))}};
        QString p;
        p.reserve(400);
        for (const auto& [key, value] : members) {
            p += p.isEmpty() ? QLatin1Char('{') : QLatin1Char(',');
            appendJsonString(p, key);
            p += QLatin1Char(':');
            appendJsonString(p, value);
        }
        p += QLatin1Char('}');
        rows.append({eventId, code, p, sel->integer(10) != 0});
    }
    if (Status s = sel->error(); !s)
        return s.error();
    if (lastId == cursor)
        return 0;
    auto ins = m_db.query(QStringLiteral("INSERT INTO outbox (kind, entity_key, payload, state, attempts, "
                                         "next_attempt_at, created_at, updated_at) VALUES (?5, ?1, ?2, ?4, 0, "
                                         "?3, ?3, ?3)"),
                          writingQueue());
    if (!ins)
        return ins.error();
    QList<OutboxItem> taken;
    const QString history = kindKey(SyncKind::History);
    for (const Row& r : rows) {
        const bool take = claimed && r.acked;
        const OutboxState state = take ? OutboxState::InFlight : OutboxState::Queued;
        ins->bind(1, r.code).bind(2, r.payload).bind(3, now).bind(4, stateKey(state)).bind(5, history);
        if (Status s = ins->exec(); !s)
            return s.error();
        if (take) {
            OutboxItem it;
            it.id = m_db.lastInsertId();
            it.kind = SyncKind::History;
            it.entityKey = r.code;
            it.state = state;
            it.nextAttemptAt = it.createdAt = it.updatedAt = now;
            it.payloadJson = r.payload.toUtf8();
            taken.append(std::move(it));
        }
    }
    if (Status s = setValue(QStringLiteral("history.cursor"), QString::number(lastId)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (claimed)
        claimed->append(std::move(taken));
    return scanned;
}

Result<QList<OutboxItem>> OutboxStore::claim(SyncKind kind, int limit, const QDateTime& now, bool force, bool parse)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    // One ordered walk of the index (kind, state, id) per state, each stopping after `limit`
    // rows; with "state IN (...)" SQLite read and sorted every waiting row of the kind on each
    // claim (all of a day's history rows, for 500 of them).
    static const QString oneState =
        QStringLiteral("SELECT * FROM (SELECT ") + kItemColumns +
        QStringLiteral(" FROM outbox WHERE kind = ?1 AND state = '%1' "
                       "AND ((?2 AND id NOT IN (SELECT value FROM json_each(?5))) OR next_attempt_at <= ?3) "
                       "AND (kind <> 'history' OR entity_key IN (SELECT code FROM portal_dossiers)) "
                       "ORDER BY id LIMIT ?4)");
    QList<OutboxItem> items;
    {
        auto sel = m_db.query(oneState.arg(stateKey(OutboxState::Queued)) + QStringLiteral(" UNION ALL ") +
                                  oneState.arg(stateKey(OutboxState::Failed)) + QStringLiteral(" ORDER BY id LIMIT ?4"),
                              readingQueue());
        if (!sel)
            return sel.error();
        // A forced pass ("Sync now") lifts the retry waits, but tries each row once: a row that
        // failed in this pass waits for its retry time, or the pass would never end.
        sel->bind(1, kindKey(kind)).bind(2, force ? 1 : 0).bind(3, now).bind(4, limit).bind(5, idArray(m_failedHere));
        auto read = readItems(*sel, parse);
        if (!read)
            return read.error();
        items = std::move(*read);
    }
    if (items.isEmpty())
        return items;
    QList<qint64> ids;
    for (const OutboxItem& it : items)
        ids.append(it.id);
    auto upd = m_db.query(QStringLiteral("UPDATE outbox SET state = 'in_flight', updated_at = ?1 WHERE id IN "
                                         "(SELECT value FROM json_each(?2))"),
                          writingQueue());
    if (!upd)
        return upd.error();
    if (Status s = upd->bind(1, now).bind(2, idArray(ids)).exec(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    for (OutboxItem& it : items)
        it.state = OutboxState::InFlight;
    return items;
}

Status OutboxStore::markDone(const QList<qint64>& ids, const QDateTime& now)
{
    if (ids.isEmpty())
        return {};
    auto q = m_db.query(QStringLiteral("UPDATE outbox SET state = 'done', done_at = ?1, updated_at = ?1, last_error = "
                                       "'', attempts = attempts + 1 WHERE id IN (SELECT value FROM json_each(?2))"),
                        writingQueue());
    if (!q)
        return q.error();
    return q->bind(1, now).bind(2, idArray(ids)).exec();
}

Status OutboxStore::markWaiting(const QList<qint64>& ids, const QString& reason, const QDateTime& now,
                                const QDateTime& retryAt)
{
    if (ids.isEmpty())
        return {};
    // Like a failure, a forced pass does not take them again.
    m_failedHere.append(ids);
    auto q = m_db.query(
        QStringLiteral("UPDATE outbox SET state = 'queued', last_error = ?1, next_attempt_at = ?2, updated_at = ?3 "
                       "WHERE id IN (SELECT value FROM json_each(?4))"),
        writingQueue());
    if (!q)
        return q.error();
    return q->bind(1, reason.left(500)).bind(2, retryAt).bind(3, now).bind(4, idArray(ids)).exec();
}

Status OutboxStore::markFailed(const QList<qint64>& ids, const QString& error, const QDateTime& now,
                               const Backoff& backoff)
{
    if (ids.isEmpty())
        return {};
    m_failedHere.append(ids);
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto st = m_db.query(QStringLiteral("UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?1, "
                                        "next_attempt_at = ?2, updated_at = ?3 WHERE id = ?4"),
                         writingQueue());
    if (!st)
        return st.error();
    for (qint64 id : ids) {
        int attempts = 1;
        {
            auto att = m_db.query(QStringLiteral("SELECT attempts FROM outbox WHERE id = ?1"), readingQueue());
            if (!att)
                return att.error();
            if (att->bind(1, id).next())
                attempts = att->integer(0) + 1;
        }
        st->bind(1, error.left(500)).bind(2, now.addSecs(backoff.delay(attempts))).bind(3, now).bind(4, id);
        if (Status s = st->exec(); !s)
            return s;
    }
    return tx.commit();
}

Status OutboxStore::release(const QList<qint64>& ids, const QDateTime& now)
{
    if (ids.isEmpty())
        return {};
    auto q = m_db.query(QStringLiteral("UPDATE outbox SET state = 'queued', updated_at = ?1 "
                                       "WHERE state = 'in_flight' AND id IN (SELECT value FROM json_each(?2))"),
                        writingQueue());
    if (!q)
        return q.error();
    return q->bind(1, now).bind(2, idArray(ids)).exec();
}

Status OutboxStore::setAckedOffset(qint64 id, qint64 offset, const QDateTime& now)
{
    auto q = m_db.query(QStringLiteral("UPDATE outbox SET acked_offset = ?1, updated_at = ?2 WHERE id = ?3"),
                        writingQueue());
    if (!q)
        return q.error();
    return q->bind(1, offset).bind(2, now).bind(3, id).exec();
}

Status OutboxStore::markDossierAcked(const QString& code, qint64 newestId, const QDateTime& now)
{
    auto ins = m_db.query(QStringLiteral("INSERT OR IGNORE INTO portal_dossiers (code, acked_at) VALUES (?1, ?2)"),
                          writingState());
    if (!ins)
        return ins.error();
    if (Status s = ins->bind(1, code).bind(2, now).exec(); !s)
        return s;
    auto sup = m_db.query(
        QStringLiteral("UPDATE outbox SET state = 'done', done_at = ?1, updated_at = ?1, last_error = '' "
                       "WHERE kind = 'dossier' AND entity_key = ?2 AND id < ?3 AND state IN ('queued', 'failed')"),
        writingQueue());
    if (!sup)
        return sup.error();
    return sup->bind(1, now).bind(2, code).bind(3, newestId).exec();
}

bool OutboxStore::isDossierAcked(const QString& code)
{
    auto q = m_db.query(QStringLiteral("SELECT 1 FROM portal_dossiers WHERE code = ?1"), readingState());
    return q && q->bind(1, code).next();
}

Result<SyncCounts> OutboxStore::counts()
{
    SyncCounts c;
    {
        auto q = m_db.query(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state"), readingQueue());
        if (!q)
            return q.error();
        while (q->next()) {
            OutboxState state;
            if (!stateFromKey(q->text(0), &state))
                continue;
            const int n = q->integer(1);
            switch (state) {
            case OutboxState::Queued:
                c.queued = n;
                break;
            case OutboxState::InFlight:
                c.inFlight = n;
                break;
            case OutboxState::Done:
                c.done = n;
                break;
            case OutboxState::Failed:
                c.failed = n;
                break;
            }
        }
        if (Status s = q->error(); !s)
            return s.error();
    }
    c.lastSuccess = lastSuccess();
    return c;
}

Result<int> OutboxStore::itemCount(std::optional<OutboxState> stateFilter)
{
    auto q = m_db.query(QStringLiteral("SELECT count(*) FROM outbox WHERE ?1 = '' OR state = ?1"), readingQueue());
    if (!q)
        return q.error();
    q->bind(1, stateFilter ? stateKey(*stateFilter) : QStringLiteral(""));
    const int n = q->next() ? q->integer(0) : 0;
    if (Status s = q->error(); !s)
        return s.error();
    return n;
}

Result<QList<OutboxItem>> OutboxStore::page(int offset, int limit, std::optional<OutboxState> stateFilter)
{
    // Newest first: what the clerk just did is on top. The outbox is small compared with the
    // dossiers (done rows are kept), and OFFSET over the rowid order is cheap at its size.
    auto q = m_db.query(QStringLiteral("SELECT ") + kItemColumns +
                            QStringLiteral(" FROM outbox WHERE ?1 = '' OR state = ?1 ORDER BY id DESC "
                                           "LIMIT ?2 OFFSET ?3"),
                        readingQueue());
    if (!q)
        return q.error();
    q->bind(1, stateFilter ? stateKey(*stateFilter) : QStringLiteral("")).bind(2, limit).bind(3, offset);
    return readItems(*q);
}

Result<QList<OutboxItem>> OutboxStore::pending()
{
    auto q = m_db.query(QStringLiteral("SELECT ") + kItemColumns +
                            QStringLiteral(" FROM outbox WHERE state <> 'done' ORDER BY id"),
                        readingQueue());
    if (!q)
        return q.error();
    return readItems(*q);
}

QDateTime OutboxStore::oldestPending()
{
    auto q = m_db.query(QStringLiteral("SELECT min(created_at) FROM outbox WHERE state <> 'done'"), readingQueue());
    if (q && q->next())
        return q->dateTime(0);
    return {};
}

Result<int> OutboxStore::retryNow(const QList<qint64>& ids, const QDateTime& now)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto q = m_db.query(QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = ?1, updated_at = ?1 "
                                       "WHERE state IN ('failed', 'queued') AND (?2 = '[]' OR id IN (SELECT value "
                                       "FROM json_each(?2)))"),
                        writingQueue());
    if (!q)
        return q.error();
    if (Status s = q->bind(1, now).bind(2, idArray(ids)).exec(); !s)
        return s.error();
    const int n = m_db.changes();
    auto kinds = m_db.query(QStringLiteral("UPDATE sync_kinds SET next_attempt_at = 0"), writingState());
    if (!kinds)
        return kinds.error();
    if (Status s = kinds->exec(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return n;
}

KindState OutboxStore::kindState(SyncKind kind)
{
    KindState k;
    k.kind = kind;
    auto q = m_db.query(QStringLiteral("SELECT failures, next_attempt_at, last_error, last_success_at FROM sync_kinds "
                                       "WHERE kind = ?1"),
                        readingState());
    if (q && q->bind(1, kindKey(kind)).next()) {
        k.failures = q->integer(0);
        k.nextAttemptAt = q->dateTime(1);
        k.lastError = q->text(2);
        k.lastSuccessAt = q->dateTime(3);
    }
    return k;
}

QList<KindState> OutboxStore::kindStates()
{
    QList<KindState> out;
    for (SyncKind kind : allKinds())
        out.append(kindState(kind));
    return out;
}

Status OutboxStore::kindFailed(SyncKind kind, const QString& error, const QDateTime& now, const Backoff& backoff)
{
    const int failures = kindState(kind).failures + 1;
    auto q = m_db.query(
        QStringLiteral("INSERT INTO sync_kinds (kind, failures, next_attempt_at, last_error) VALUES (?1, ?2, ?3, ?4) "
                       "ON CONFLICT (kind) DO UPDATE SET failures = ?2, next_attempt_at = ?3, last_error = ?4"),
        writingState());
    if (!q)
        return q.error();
    return q->bind(1, kindKey(kind))
        .bind(2, failures)
        .bind(3, now.addSecs(backoff.delay(failures)))
        .bind(4, error.left(500))
        .exec();
}

Status OutboxStore::kindSucceeded(SyncKind kind, const QDateTime& now)
{
    {
        auto q = m_db.query(
            QStringLiteral("INSERT INTO sync_kinds (kind, failures, next_attempt_at, last_error, last_success_at) "
                           "VALUES (?1, 0, 0, '', ?2) ON CONFLICT (kind) DO UPDATE SET failures = 0, "
                           "next_attempt_at = 0, last_error = '', last_success_at = ?2"),
            writingState());
        if (!q)
            return q.error();
        if (Status s = q->bind(1, kindKey(kind)).bind(2, now).exec(); !s)
            return s;
    }
    return setValue(QStringLiteral("last_success"), QString::number(now.toSecsSinceEpoch()));
}

bool OutboxStore::kindDue(SyncKind kind, const QDateTime& now)
{
    const KindState k = kindState(kind);
    return !k.nextAttemptAt.isValid() || k.nextAttemptAt <= now;
}

QString OutboxStore::value(const QString& key, const QString& fallback)
{
    auto q = m_db.query(QStringLiteral("SELECT value FROM sync_state WHERE key = ?1"), readingState());
    if (q && q->bind(1, key).next())
        return q->text(0);
    return fallback;
}

Status OutboxStore::setValue(const QString& key, const QString& value)
{
    auto q = m_db.query(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO "
                                       "UPDATE SET value = ?2"),
                        writingState());
    if (!q)
        return q.error();
    // A null QString would bind NULL; the column holds text.
    return q->bind(1, key).bind(2, value.isNull() ? QStringLiteral("") : value).exec();
}

QDateTime OutboxStore::lastSuccess()
{
    const QString v = value(QStringLiteral("last_success"));
    if (v.isEmpty())
        return {};
    return QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Result<int> OutboxStore::openConflicts()
{
    auto q =
        m_db.query(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"), readingState());
    if (!q)
        return q.error();
    const int n = q->next() ? q->integer(0) : 0;
    if (Status s = q->error(); !s)
        return s.error();
    return n;
}

} // namespace motcua
