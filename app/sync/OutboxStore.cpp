#include "sync/OutboxStore.h"
#include "store/SettingKeys.h"

#include "core/Clock.h"
#include "core/DossierState.h"
#include "store/Database.h"
#include "store/Settings.h"
#include "sync/PortalProtocol.h"

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

QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

const QString kItemColumns = QStringLiteral("id, kind, entity_key, state, attempts, last_error, next_attempt_at, "
                                            "created_at, updated_at, done_at, acked_offset, payload");

OutboxItem readItem(Statement& st, bool parse = true)
{
    OutboxItem it;
    it.id = st.int64(0);
    it.kind = st.text(1);
    it.entityKey = st.text(2);
    it.state = st.text(3);
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
    return it;
}

} // namespace

Result<int> OutboxStore::recover(const QDateTime& now)
{
    Statement& st =
        m_db.prepare(QStringLiteral("UPDATE outbox SET state = 'queued', updated_at = ?1 WHERE state = 'in_flight'"));
    st.bind(1, now);
    if (Status s = st.exec(); !s)
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
    Statement& sel = m_db.prepare(QStringLiteral(
        "SELECT e.id, d.code, e.at, coalesce(u.full_name, e.username), e.to_state, coalesce(dep.name, ''), "
        "coalesce(nullif(e.portal_text, ''), e.note), d.appointment_at, e.username, e.center_key IS NOT NULL, "
        "EXISTS (SELECT 1 FROM portal_dossiers p WHERE p.code = d.code), e.voided_code IS NOT NULL FROM "
        "dossier_events e JOIN "
        "dossiers d ON d.id = e.dossier_id "
        "LEFT JOIN users u ON u.username = e.username "
        "LEFT JOIN departments dep ON dep.id = e.to_department WHERE e.id > ?1 ORDER BY e.id LIMIT ?2"));
    // Steps recorded at another workstation and pulled from the center's feed (center_key) are
    // the center's already; this station's own rows name it in their id.
    const int station = Settings(m_db).integer(SettingKey::StationNumber);
    sel.bind(1, cursor).bind(2, limit);
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
    while (sel.next()) {
        const qint64 eventId = sel.int64(0);
        lastId = eventId;
        ++scanned;
        // Central decisions pulled from the portal (PortalPuller) are the portal's own rows; steps
        // of an online decision given up for another counter's (voided_code) are never sent.
        if (sel.text(8) == QLatin1String("portal") || sel.integer(9) != 0 || sel.integer(11) != 0)
            continue;
        const QString code = sel.text(1);
        DossierState state = static_cast<DossierState>(sel.integer(4));
        const QString at = portalTime(sel.int64(2));
        const QString note = sel.text(6);
        // The members in the order QJsonDocument writes them (sorted), every value a string.
        const std::pair<QString, QString> members[] = {
            {QStringLiteral("ChucDanh"), QString()},
            {QStringLiteral("MaHoSo"), code},
            {PortalProtocol::historyRowId(), PortalProtocol::historyRowKey(code, eventId, station)},
            {QStringLiteral("NgayBatDau"), at},
            {QStringLiteral("NgayKetThucTheoQuyDinh"), portalTime(sel.int64(7))},
            {QStringLiteral("NguoiXuLy"), sel.text(3).left(50)},
            {QStringLiteral("NoiDungXuLy"), note.isEmpty() ? stateName(state) : note},
            {QStringLiteral("PhongBanXuLy"), sel.text(5)},
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
        rows.append({eventId, code, p, sel.integer(10) != 0});
    }
    if (Status s = sel.error(); !s)
        return s.error();
    if (lastId == cursor)
        return 0;
    Statement& ins = m_db.prepare(
        QStringLiteral("INSERT INTO outbox (kind, entity_key, payload, state, attempts, next_attempt_at, created_at, "
                       "updated_at) VALUES ('history', ?1, ?2, ?4, 0, ?3, ?3, ?3)"));
    QList<OutboxItem> taken;
    for (const Row& r : rows) {
        const bool take = claimed && r.acked;
        const QLatin1StringView state = take ? QLatin1StringView("in_flight") : QLatin1StringView("queued");
        ins.bind(1, r.code).bind(2, r.payload).bind(3, now).bind(4, QString(state));
        if (Status s = ins.exec(); !s)
            return s.error();
        if (take) {
            OutboxItem it;
            it.id = m_db.lastInsertId();
            it.kind = QStringLiteral("history");
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

Result<QList<OutboxItem>> OutboxStore::claim(const QString& kind, int limit, const QDateTime& now, bool force,
                                             bool parse)
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
    Statement& sel = m_db.prepare(oneState.arg(QLatin1String("queued")) + QStringLiteral(" UNION ALL ") +
                                  oneState.arg(QLatin1String("failed")) + QStringLiteral(" ORDER BY id LIMIT ?4"));
    // A forced pass ("Sync now") lifts the retry waits, but tries each row once: a row that
    // failed in this pass waits for its retry time, or the pass would never end.
    sel.bind(1, kind).bind(2, force ? 1 : 0).bind(3, now).bind(4, limit);
    sel.bind(5, QLatin1Char('[') + idList(m_failedHere) + QLatin1Char(']'));
    QList<OutboxItem> items;
    while (sel.next())
        items.append(readItem(sel, parse));
    if (Status s = sel.error(); !s)
        return s.error();
    if (items.isEmpty())
        return items;
    QList<qint64> ids;
    for (const OutboxItem& it : items)
        ids.append(it.id);
    Statement& upd = m_db.prepare(QStringLiteral("UPDATE outbox SET state = 'in_flight', updated_at = ?1 WHERE id IN "
                                                 "(SELECT value FROM json_each(?2))"));
    upd.bind(1, now).bind(2, QLatin1Char('[') + idList(ids) + QLatin1Char(']'));
    if (Status s = upd.exec(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    for (OutboxItem& it : items)
        it.state = QStringLiteral("in_flight");
    return items;
}

Status OutboxStore::markDone(const QList<qint64>& ids, const QDateTime& now)
{
    if (ids.isEmpty())
        return {};
    Statement& st =
        m_db.prepare(QStringLiteral("UPDATE outbox SET state = 'done', done_at = ?1, updated_at = ?1, last_error = '', "
                                    "attempts = attempts + 1 WHERE id IN (SELECT value FROM json_each(?2))"));
    st.bind(1, now).bind(2, QLatin1Char('[') + idList(ids) + QLatin1Char(']'));
    return st.exec();
}

Status OutboxStore::markWaiting(const QList<qint64>& ids, const QString& reason, const QDateTime& now,
                                const QDateTime& retryAt)
{
    if (ids.isEmpty())
        return {};
    // Like a failure, a forced pass does not take them again.
    m_failedHere.append(ids);
    Statement& st = m_db.prepare(
        QStringLiteral("UPDATE outbox SET state = 'queued', last_error = ?1, next_attempt_at = ?2, updated_at = ?3 "
                       "WHERE id IN (SELECT value FROM json_each(?4))"));
    st.bind(1, reason.left(500))
        .bind(2, retryAt)
        .bind(3, now)
        .bind(4, QLatin1Char('[') + idList(ids) + QLatin1Char(']'));
    return st.exec();
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
    Statement& st =
        m_db.prepare(QStringLiteral("UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?1, "
                                    "next_attempt_at = ?2, updated_at = ?3 WHERE id = ?4"));
    Statement& att = m_db.prepare(QStringLiteral("SELECT attempts FROM outbox WHERE id = ?1"));
    for (qint64 id : ids) {
        att.bind(1, id);
        const int attempts = att.next() ? att.integer(0) + 1 : 1;
        att.reset();
        st.bind(1, error.left(500)).bind(2, now.addSecs(backoff.delay(attempts))).bind(3, now).bind(4, id);
        if (Status s = st.exec(); !s)
            return s;
    }
    return tx.commit();
}

Status OutboxStore::release(const QList<qint64>& ids, const QDateTime& now)
{
    if (ids.isEmpty())
        return {};
    Statement& st =
        m_db.prepare(QStringLiteral("UPDATE outbox SET state = 'queued', updated_at = ?1 "
                                    "WHERE state = 'in_flight' AND id IN (SELECT value FROM json_each(?2))"));
    st.bind(1, now).bind(2, QLatin1Char('[') + idList(ids) + QLatin1Char(']'));
    return st.exec();
}

Status OutboxStore::setAckedOffset(qint64 id, qint64 offset, const QDateTime& now)
{
    Statement& st = m_db.prepare(QStringLiteral("UPDATE outbox SET acked_offset = ?1, updated_at = ?2 WHERE id = ?3"));
    st.bind(1, offset).bind(2, now).bind(3, id);
    return st.exec();
}

Status OutboxStore::markDossierAcked(const QString& code, qint64 newestId, const QDateTime& now)
{
    Statement& ins =
        m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO portal_dossiers (code, acked_at) VALUES (?1, ?2)"));
    ins.bind(1, code).bind(2, now);
    if (Status s = ins.exec(); !s)
        return s;
    Statement& sup = m_db.prepare(
        QStringLiteral("UPDATE outbox SET state = 'done', done_at = ?1, updated_at = ?1, last_error = '' "
                       "WHERE kind = 'dossier' AND entity_key = ?2 AND id < ?3 AND state IN ('queued', 'failed')"));
    sup.bind(1, now).bind(2, code).bind(3, newestId);
    return sup.exec();
}

bool OutboxStore::isDossierAcked(const QString& code)
{
    Statement& st = m_db.prepare(QStringLiteral("SELECT 1 FROM portal_dossiers WHERE code = ?1"));
    st.bind(1, code);
    const bool found = st.next();
    st.reset();
    return found;
}

Result<SyncCounts> OutboxStore::counts()
{
    Statement& st = m_db.prepare(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state"));
    SyncCounts c;
    while (st.next()) {
        const QString state = st.text(0);
        const int n = st.integer(1);
        if (state == QLatin1String("queued"))
            c.queued = n;
        else if (state == QLatin1String("in_flight"))
            c.inFlight = n;
        else if (state == QLatin1String("done"))
            c.done = n;
        else if (state == QLatin1String("failed"))
            c.failed = n;
    }
    if (Status s = st.error(); !s)
        return s.error();
    c.lastSuccess = lastSuccess();
    return c;
}

Result<int> OutboxStore::itemCount(const QString& stateFilter)
{
    Statement& st = m_db.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE ?1 = '' OR state = ?1"));
    st.bind(1, stateFilter.isNull() ? QStringLiteral("") : stateFilter);
    const int n = st.next() ? st.integer(0) : 0;
    if (Status s = st.error(); !s)
        return s.error();
    st.reset();
    return n;
}

Result<QList<OutboxItem>> OutboxStore::page(int offset, int limit, const QString& stateFilter)
{
    // Newest first: what the clerk just did is on top. The outbox is small compared with the
    // dossiers (done rows are kept), and OFFSET over the rowid order is cheap at its size.
    Statement& st = m_db.prepare(QStringLiteral("SELECT ") + kItemColumns +
                                 QStringLiteral(" FROM outbox WHERE ?1 = '' OR state = ?1 ORDER BY id DESC "
                                                "LIMIT ?2 OFFSET ?3"));
    st.bind(1, stateFilter.isNull() ? QStringLiteral("") : stateFilter).bind(2, limit).bind(3, offset);
    QList<OutboxItem> items;
    while (st.next())
        items.append(readItem(st));
    if (Status s = st.error(); !s)
        return s.error();
    return items;
}

Result<QList<OutboxItem>> OutboxStore::pending()
{
    Statement& st = m_db.prepare(QStringLiteral("SELECT ") + kItemColumns +
                                 QStringLiteral(" FROM outbox WHERE state <> 'done' ORDER BY id"));
    QList<OutboxItem> items;
    while (st.next())
        items.append(readItem(st));
    if (Status s = st.error(); !s)
        return s.error();
    return items;
}

QDateTime OutboxStore::oldestPending()
{
    Statement& st = m_db.prepare(QStringLiteral("SELECT min(created_at) FROM outbox WHERE state <> 'done'"));
    QDateTime t;
    if (st.next())
        t = st.dateTime(0);
    st.reset();
    return t;
}

Result<int> OutboxStore::retryNow(const QList<qint64>& ids, const QDateTime& now)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    Statement& st = m_db.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'queued', next_attempt_at = ?1, updated_at = ?1 "
        "WHERE state IN ('failed', 'queued') AND (?2 = '[]' OR id IN (SELECT value FROM json_each(?2)))"));
    st.bind(1, now).bind(2, QLatin1Char('[') + idList(ids) + QLatin1Char(']'));
    if (Status s = st.exec(); !s)
        return s.error();
    const int n = m_db.changes();
    Statement& kinds = m_db.prepare(QStringLiteral("UPDATE sync_kinds SET next_attempt_at = 0"));
    if (Status s = kinds.exec(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return n;
}

KindState OutboxStore::kindState(const QString& kind)
{
    KindState k;
    k.kind = kind;
    Statement& st = m_db.prepare(QStringLiteral(
        "SELECT failures, next_attempt_at, last_error, last_success_at FROM sync_kinds WHERE kind = ?1"));
    st.bind(1, kind);
    if (st.next()) {
        k.failures = st.integer(0);
        k.nextAttemptAt = st.dateTime(1);
        k.lastError = st.text(2);
        k.lastSuccessAt = st.dateTime(3);
    }
    st.reset();
    return k;
}

QList<KindState> OutboxStore::kindStates()
{
    QList<KindState> out;
    for (const QString& kind : SyncKind::allKinds())
        out.append(kindState(kind));
    return out;
}

Status OutboxStore::kindFailed(const QString& kind, const QString& error, const QDateTime& now, const Backoff& backoff)
{
    const int failures = kindState(kind).failures + 1;
    Statement& st = m_db.prepare(
        QStringLiteral("INSERT INTO sync_kinds (kind, failures, next_attempt_at, last_error) VALUES (?1, ?2, ?3, ?4) "
                       "ON CONFLICT (kind) DO UPDATE SET failures = ?2, next_attempt_at = ?3, last_error = ?4"));
    st.bind(1, kind).bind(2, failures).bind(3, now.addSecs(backoff.delay(failures))).bind(4, error.left(500));
    return st.exec();
}

Status OutboxStore::kindSucceeded(const QString& kind, const QDateTime& now)
{
    Statement& st = m_db.prepare(
        QStringLiteral("INSERT INTO sync_kinds (kind, failures, next_attempt_at, last_error, last_success_at) "
                       "VALUES (?1, 0, 0, '', ?2) ON CONFLICT (kind) DO UPDATE SET failures = 0, next_attempt_at = 0, "
                       "last_error = '', last_success_at = ?2"));
    st.bind(1, kind).bind(2, now);
    if (Status s = st.exec(); !s)
        return s;
    return setValue(QStringLiteral("last_success"), QString::number(now.toSecsSinceEpoch()));
}

bool OutboxStore::kindDue(const QString& kind, const QDateTime& now)
{
    const KindState k = kindState(kind);
    return !k.nextAttemptAt.isValid() || k.nextAttemptAt <= now;
}

QString OutboxStore::value(const QString& key, const QString& fallback)
{
    Statement& st = m_db.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?1"));
    st.bind(1, key);
    QString v = fallback;
    if (st.next())
        v = st.text(0);
    st.reset();
    return v;
}

Status OutboxStore::setValue(const QString& key, const QString& value)
{
    Statement& st = m_db.prepare(QStringLiteral(
        "INSERT INTO sync_state (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2"));
    // A null QString would bind NULL; the column holds text.
    st.bind(1, key).bind(2, value.isNull() ? QStringLiteral("") : value);
    return st.exec();
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
    Statement& st = m_db.prepare(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"));
    const int n = st.next() ? st.integer(0) : 0;
    if (Status s = st.error(); !s)
        return s.error();
    st.reset();
    return n;
}

} // namespace motcua
