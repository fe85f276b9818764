#include "store/FeedRepository.h"

#include "core/Clock.h"
#include "core/Types.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Journal.h"
#include "store/ProcessingRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace motcua {

namespace {

Actor centerActor()
{
    Actor a;
    a.username = QStringLiteral("center");
    a.fullName = QStringLiteral("Center");
    a.role = Role::Admin;
    return a;
}

} // namespace

FeedRepository::FeedRepository(Database& db)
    : m_db(db)
{}

Result<FeedRepository::OutboxMark> FeedRepository::outboxMark()
{
    OutboxMark mark;
    Statement& st = m_db.prepare(QStringLiteral(
        "SELECT coalesce(max(id), 0), NULL FROM outbox UNION ALL SELECT NULL, id FROM outbox WHERE kind = 'dossier' "
        "AND state IN ('queued', 'in_flight', 'failed')"));
    if (!st.isValid())
        return m_db.lastError().error();
    while (st.next()) {
        if (!st.isNull(0))
            mark.lastId = st.int64(0);
        else
            mark.unsent.insert(st.int64(1));
    }
    if (Status s = st.error(); !s)
        return s.error();
    return mark;
}

Result<qint64> FeedRepository::insertCopy(const FeedDossier& row, const QDateTime& now)
{
    Dossier d = row.dossier;
    // The procedure as this workstation's catalogue has it on the day of receipt (any version
    // of the code when none was in force then).
    Statement& proc = m_db.prepare(QStringLiteral(
        "SELECT id, name FROM procedures WHERE code = ?1 ORDER BY effective_from <= ?2 DESC, effective_from DESC "
        "LIMIT 1"));
    if (!proc.isValid())
        return m_db.lastError().error();
    proc.bind(1, d.procedureCode).bind(2, toVietnam(d.receivedAt).date().toString(Qt::ISODate));
    if (!proc.next()) {
        if (Status s = proc.error(); !s)
            return s.error();
        return qint64(0);
    }
    d.procedureId = proc.int64(0);
    if (d.procedureName.isEmpty())
        d.procedureName = proc.text(1);
    proc.reset();
    d.departmentCode.clear();
    if (!row.departmentName.isEmpty()) {
        Statement& dep = m_db.prepare(QStringLiteral("SELECT code FROM departments WHERE name = ?1 LIMIT 1"));
        dep.bind(1, row.departmentName);
        if (dep.next())
            d.departmentCode = dep.text(0);
        dep.reset();
    }
    d.state = row.state;
    d.updatedAt = now;
    auto id = DossierRepository(m_db).insert(d);
    if (!id)
        return id.error();
    return *id;
}

Status FeedRepository::renameOnline(const FeedDossier& row)
{
    const QString& code = row.dossier.code;
    const QString& ref = row.dossier.onlineRef;
    if (ref.isEmpty() || ref == code)
        return {};
    Statement& held = m_db.prepare(QStringLiteral("SELECT count(*) FROM dossiers WHERE code = ?1"));
    held.bind(1, code);
    const bool taken = held.next() && held.int64(0) > 0;
    held.reset();
    if (Status s = held.error(); !s)
        return s;
    if (taken)
        return {};
    for (const QString& sql : {QStringLiteral("UPDATE dossiers SET code = ?1, online_ref = ?2 WHERE code = ?2"),
                               QStringLiteral("UPDATE center_dossiers SET code = ?1 WHERE code = ?2")}) {
        Statement& st = m_db.prepare(sql);
        if (!st.isValid())
            return m_db.lastError();
        st.bind(1, code).bind(2, ref);
        if (Status s = st.exec(); !s)
            return s;
    }
    return {};
}

Status FeedRepository::apply(const FeedDossier& row, int station, const OutboxMark& asked, const QDateTime& now,
                             FeedApplied* applied)
{
    const QString& code = row.dossier.code;
    if (Status s = renameOnline(row); !s)
        return s;
    Statement& sel = m_db.prepare(
        QStringLiteral("SELECT d.id, d.state, d.department_id, c.code IS NOT NULL FROM dossiers d LEFT JOIN "
                       "center_dossiers c ON c.code = d.code WHERE d.code = ?1"));
    if (!sel.isValid())
        return m_db.lastError();
    sel.bind(1, code);
    qint64 id = 0;
    DossierState local = row.state;
    qint64 department = 0;
    bool copy = true; // received elsewhere (or new here)
    if (sel.next()) {
        id = sel.int64(0);
        local = static_cast<DossierState>(sel.integer(1));
        department = sel.int64(2);
        copy = sel.integer(3) != 0;
        sel.reset();
    }
    if (Status s = sel.error(); !s)
        return s;

    bool inserted = false;
    bool unsent = false; // a change made here and not sent yet
    if (id == 0) {
        auto copied = insertCopy(row, now);
        if (!copied)
            return copied.error();
        if (*copied == 0) {
            ++applied->skipped;
            return {};
        }
        id = *copied;
        inserted = true;
        ++applied->added;
        Statement& dep = m_db.prepare(QStringLiteral("SELECT department_id FROM dossiers WHERE id = ?1"));
        dep.bind(1, id);
        if (dep.next())
            department = dep.int64(0);
        dep.reset();
    } else {
        // A change made here and not sent yet wins here until the center has taken it or
        // refused it (then the clerk settles the conflict).
        Statement& pending =
            m_db.prepare(QStringLiteral("SELECT id, state FROM outbox WHERE kind = 'dossier' AND entity_key = ?1"));
        pending.bind(1, code);
        while (!unsent && pending.next()) {
            const qint64 item = pending.int64(0);
            unsent = pending.text(1) != QLatin1String("done") || item > asked.lastId || asked.unsent.contains(item);
        }
        pending.reset();
        if (!unsent && local != row.state) {
            const Dossier& c = row.dossier;
            Statement& upd = m_db.prepare(QStringLiteral(
                "UPDATE dossiers SET state = ?1, appointment_at = coalesce(?2, appointment_at), finished_at = "
                "coalesce(?3, finished_at), returned_at = coalesce(?4, returned_at), updated_at = ?5 WHERE id = ?6"));
            upd.bind(1, static_cast<int>(row.state))
                .bind(2, c.appointmentAt)
                .bind(3, c.finishedAt)
                .bind(4, c.returnedAt)
                .bind(5, now)
                .bind(6, id);
            if (Status s = upd.exec(); !s)
                return s;
            if (Status s = writeAudit(
                    m_db, now, centerActor(), QStringLiteral("dossier.center_state"), QStringLiteral("dossier"), code,
                    {{QStringLiteral("from"), stateKey(local)}, {QStringLiteral("to"), stateKey(row.state)}});
                !s)
                return s;
            ++applied->moved;
        }
    }

    // The other workstations' history rows, once each. Rows that name no workstation come from
    // before workstations named theirs: on a dossier received here they are this station's own.
    Statement& known = m_db.prepare(QStringLiteral("SELECT 1 FROM dossier_events WHERE center_key = ?1"));
    Statement& ins = m_db.prepare(
        QStringLiteral("INSERT INTO dossier_events (dossier_id, at, username, from_state, to_state, from_department, "
                       "to_department, note, center_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8)"));
    if (!known.isValid() || !ins.isValid())
        return m_db.lastError();
    std::optional<DossierState> previous;
    for (const FeedEvent& e : row.events) {
        const bool own = e.station == station || (e.station == 0 && !copy);
        const std::optional<DossierState> from = previous;
        previous = e.to;
        if (own)
            continue;
        known.bind(1, e.key);
        const bool there = known.next();
        known.reset();
        if (there)
            continue;
        ins.bind(1, id).bind(2, e.at).bind(3, e.username).bind(5, static_cast<int>(e.to)).bind(6, department);
        if (from)
            ins.bind(4, static_cast<int>(*from));
        else
            ins.bindNull(4);
        ins.bind(7, e.note).bind(8, e.key);
        if (Status s = ins.exec(); !s)
            return s;
        ++applied->events;
    }

    // The hand-overs and the return as the center has them now, also on a dossier received
    // here and processed at another counter; a copy also takes the intake details.
    if (row.detailed && !unsent) {
        if (Status s = refreshCopy(id, row, copy && !inserted); !s)
            return s;
    }

    if (copy) {
        Statement& mark = m_db.prepare(QStringLiteral(
            "INSERT INTO center_dossiers (code, feed_mark, pulled_at) VALUES (?1, ?2, ?3) ON CONFLICT (code) DO UPDATE "
            "SET feed_mark = excluded.feed_mark, pulled_at = excluded.pulled_at"));
        mark.bind(1, code).bind(2, row.mark).bind(3, now);
        if (Status s = mark.exec(); !s)
            return s;
    }
    return {};
}

Status FeedRepository::refreshCopy(qint64 id, const FeedDossier& row, bool intake)
{
    const Dossier& d = row.dossier;
    if (intake) {
        // A copy pulled before: the details the receiving counter may have changed since.
        const Applicant& a = d.applicant;
        Statement& upd = m_db.prepare(QStringLiteral(
            "UPDATE dossiers SET birth_date = ?1, gender = ?2, address = ?3, representative = ?4, sets = ?5, notes = "
            "?6, appointment_rule = ?7, received_by = ?8 WHERE id = ?9"));
        if (!upd.isValid())
            return m_db.lastError();
        upd.bind(1, a.birthDate.isValid() ? a.birthDate.toString(Qt::ISODate) : QStringLiteral(""))
            .bind(2, a.gender.isNull() ? QStringLiteral("") : a.gender)
            .bind(3, a.address.isNull() ? QStringLiteral("") : a.address)
            .bind(4, a.representative.isNull() ? QStringLiteral("") : a.representative)
            .bind(5, d.sets)
            .bind(6, d.notes.isNull() ? QStringLiteral("") : d.notes)
            .bind(7, d.appointmentRule.isNull() ? QStringLiteral("") : d.appointmentRule)
            .bind(8, d.receivedBy.isNull() ? QStringLiteral("") : d.receivedBy)
            .bind(9, id);
        if (Status s = upd.exec(); !s)
            return s;
        // The papers keep their rows (fetched files are filed under them): their copies change.
        Statement& papers =
            m_db.prepare(QStringLiteral("SELECT id FROM dossier_components WHERE dossier_id = ?1 ORDER BY id"));
        if (!papers.isValid())
            return m_db.lastError();
        papers.bind(1, id);
        QList<qint64> ids;
        while (papers.next())
            ids.append(papers.int64(0));
        if (Status s = papers.error(); !s)
            return s;
        if (ids.size() == d.components.size()) {
            Statement& paper = m_db.prepare(QStringLiteral(
                "UPDATE dossier_components SET originals = ?1, certified_copies = ?2, photocopies = ?3, provided = ?4 "
                "WHERE id = ?5"));
            for (qsizetype i = 0; i < ids.size(); ++i) {
                const DossierComponent& c = d.components.at(i);
                paper.bind(1, c.originals)
                    .bind(2, c.certifiedCopies)
                    .bind(3, c.photocopies)
                    .bind(4, c.provided ? 1 : 0)
                    .bind(5, ids.at(i));
                if (Status s = paper.exec(); !s)
                    return s;
            }
        }
    }
    return ProcessingRepository(m_db).replaceFromCenter(id, d.handovers, d.returned);
}

Result<bool> FeedRepository::recordConflict(const QString& code, int centerStatus, const QByteArray& changeJson,
                                            const QDateTime& now)
{
    Statement& open = m_db.prepare(QStringLiteral(
        "SELECT 1 FROM sync_conflicts WHERE dossier_code = ?1 AND portal_state = ?2 AND resolved_at IS NULL"));
    if (!open.isValid())
        return m_db.lastError().error();
    open.bind(1, code).bind(2, centerStatus);
    const bool exists = open.next();
    open.reset();
    if (exists)
        return false;
    Statement& ins = m_db.prepare(
        QStringLiteral("INSERT INTO sync_conflicts (dossier_code, local_state, portal_state, portal_json, detected_at) "
                       "SELECT code, state, ?2, ?3, ?4 FROM dossiers WHERE code = ?1"));
    if (!ins.isValid())
        return m_db.lastError().error();
    ins.bind(1, code).bind(2, centerStatus).bind(3, QString::fromUtf8(changeJson)).bind(4, now);
    if (Status s = ins.exec(); !s)
        return s.error();
    return m_db.changes() > 0;
}

} // namespace motcua

namespace motcua {

Result<QString> FeedRepository::settledFor(qint64 outboxId)
{
    Statement& st = m_db.prepare(QStringLiteral(
        "SELECT resolution FROM sync_conflicts WHERE resolved_at IS NOT NULL AND resolution IS NOT NULL AND "
        "json_extract(portal_json, '$.MC_HangDoi') = ?1 ORDER BY id DESC LIMIT 1"));
    if (!st.isValid())
        return m_db.lastError().error();
    st.bind(1, QString::number(outboxId));
    QString how;
    if (st.next())
        how = st.text(0);
    st.reset();
    if (Status s = st.error(); !s)
        return s.error();
    return how;
}

Status FeedRepository::supersede(qint64 outboxId, const QDateTime& now)
{
    Statement& st = m_db.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'done', done_at = ?1, updated_at = ?1, last_error = '' WHERE id = ?2"));
    if (!st.isValid())
        return m_db.lastError();
    st.bind(1, now).bind(2, outboxId);
    return st.exec();
}

Status FeedRepository::resendOnTop(qint64 outboxId, const QString& code, QJsonObject record, const QString& centerState,
                                   const QDateTime& now)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    record.insert(QStringLiteral("MC_TrangThaiTruoc"), centerState);
    if (Status s = enqueueOutbox(m_db, now, QStringLiteral("dossier"), code, record); !s)
        return s;
    if (Status s = supersede(outboxId, now); !s)
        return s;
    return tx.commit();
}

} // namespace motcua
