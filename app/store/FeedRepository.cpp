#include "store/FeedRepository.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/Types.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Journal.h"
#include "store/ProcessingRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua {

namespace {

// What the store was doing, for a statement it could not prepare.
QString applying()
{
    return QCoreApplication::translate("motcua::FeedRepository", "applying the center's dossiers");
}

QString settling()
{
    return QCoreApplication::translate("motcua::FeedRepository", "settling a step the center refused");
}

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
    auto st = m_db.query(
        QStringLiteral(
            "SELECT coalesce(max(id), 0), NULL FROM outbox UNION ALL SELECT NULL, id FROM outbox WHERE kind = "
            "'dossier' AND state IN ('queued', 'in_flight', 'failed')"),
        applying());
    if (!st)
        return st.error();
    while (st->next()) {
        if (!st->isNull(0))
            mark.lastId = st->int64(0);
        else
            mark.unsent.insert(st->int64(1));
    }
    if (Status s = st->error(); !s)
        return s.error();
    return mark;
}

Result<QList<FeedRepository::ProcedureVersion>> FeedRepository::procedureVersions(const QString& code)
{
    if (const auto it = m_procedures.constFind(code); it != m_procedures.cend())
        return *it;
    auto st = m_db.query(QStringLiteral("SELECT effective_from, id, name, department_id FROM procedures WHERE code = "
                                        "?1 ORDER BY effective_from DESC"),
                         applying());
    if (!st)
        return st.error();
    st->bind(1, code);
    QList<ProcedureVersion> versions;
    while (st->next())
        versions.append({st->text(0), st->int64(1), st->text(2), st->int64(3)});
    if (Status s = st->error(); !s)
        return s.error();
    m_procedures.insert(code, versions);
    return versions;
}

Result<std::pair<QString, qint64>> FeedRepository::departmentNamed(const QString& name)
{
    if (const auto it = m_departments.constFind(name); it != m_departments.cend())
        return *it;
    auto st = m_db.query(QStringLiteral("SELECT code, id FROM departments WHERE name = ?1 LIMIT 1"), applying());
    if (!st)
        return st.error();
    st->bind(1, name);
    std::pair<QString, qint64> found{QString(), 0};
    if (st->next())
        found = {st->text(0), st->int64(1)};
    if (Status s = st->error(); !s)
        return s.error();
    m_departments.insert(name, found);
    return found;
}

Result<qint64> FeedRepository::insertCopy(const FeedDossier& row, const QDateTime& now, qint64* department)
{
    Dossier d = row.dossier;
    // The procedure as this workstation's catalogue has it on the day of receipt (the newest
    // version of the code when none was in force then).
    auto versions = procedureVersions(d.procedureCode);
    if (!versions)
        return versions.error();
    if (versions->isEmpty())
        return qint64(0);
    const QString received = toVietnam(d.receivedAt).date().toString(Qt::ISODate);
    const ProcedureVersion* version = &versions->first();
    for (const ProcedureVersion& v : *versions) {
        if (v.effectiveFrom <= received) {
            version = &v;
            break;
        }
    }
    d.procedureId = version->id;
    if (d.procedureName.isEmpty())
        d.procedureName = version->name;
    // Filed under the department the center names when this workstation has it, else under
    // the procedure's (as DossierRepository::insert files a dossier without one).
    d.departmentCode.clear();
    *department = version->departmentId;
    if (!row.departmentName.isEmpty()) {
        auto dep = departmentNamed(row.departmentName);
        if (!dep)
            return dep.error();
        if (!dep->first.isEmpty()) {
            d.departmentCode = dep->first;
            *department = dep->second;
        }
    }
    d.state = row.state;
    d.updatedAt = now;
    auto id = DossierRepository(m_db).insert(d);
    if (!id)
        return id.error();
    return *id;
}

Result<FeedRepository::OnlineYield> FeedRepository::yieldOnline(const QString& ref, const QString& centerCode,
                                                                int centerStatus, const QDateTime& now,
                                                                bool refusedHere)
{
    if (ref.isEmpty() || centerCode.isEmpty())
        return OnlineYield::None;
    qint64 id = 0;
    QString local;
    DossierState localState = DossierState::Submitted;
    {
        auto held = m_db.query(QStringLiteral("SELECT id, code, state FROM dossiers WHERE online_ref = ?1 OR code = ?1 "
                                              "ORDER BY online_ref IS ?1 DESC LIMIT 1"),
                               applying());
        if (!held)
            return held.error();
        held->bind(1, ref);
        if (!held->next()) {
            if (Status s = held->error(); !s)
                return s.error();
            return OnlineYield::None;
        }
        id = held->int64(0);
        local = held->text(1);
        localState = static_cast<DossierState>(held->integer(2));
    }
    const bool renamed = local != centerCode;
    if (!renamed && !refusedHere)
        return OnlineYield::None;
    if (renamed) {
        auto taken = m_db.query(QStringLiteral("SELECT count(*) FROM dossiers WHERE code = ?1"), applying());
        if (!taken)
            return taken.error();
        taken->bind(1, centerCode);
        const bool other = taken->next() && taken->int64(0) > 0;
        if (Status s = taken->error(); !s)
            return s.error();
        if (other)
            return OnlineYield::None; // another dossier here holds the center's code: left as it is
    }

    // This station decided the submission itself (a code of its own, or a decision under the
    // reference) and the center kept another: that decision is given up, its history kept.
    const bool decided = refusedHere || local != ref || localState != DossierState::Submitted;
    auto run = [this](const QString& sql, auto&&... binds) -> Status {
        auto st = m_db.query(sql, applying());
        if (!st)
            return st.error();
        int i = 0;
        (st->bind(++i, binds), ...);
        return st->exec();
    };
    if (decided) {
        if (Status s = run(QStringLiteral("UPDATE outbox SET state = 'done', done_at = ?1, updated_at = ?1, last_error "
                                          "= 'voided' WHERE entity_key = ?2 AND kind IN ('dossier', 'history') AND "
                                          "state <> 'done'"),
                           now, local);
            !s)
            return s.error();
        // Papers scanned here belong to the applicant's submission whatever its code: they go
        // to the center under the code it kept.
        if (Status s = run(QStringLiteral("UPDATE outbox SET payload = json_set(payload, '$.code', ?1) WHERE kind = "
                                          "'attachment' AND state <> 'done' AND json_extract(payload, '$.code') = ?2"),
                           centerCode, local);
            !s)
            return s.error();
        if (Status s = run(QStringLiteral("UPDATE dossier_events SET voided_code = ?2 WHERE dossier_id = ?1 AND "
                                          "center_key IS NULL AND username <> 'portal' AND voided_code IS NULL"),
                           id, local);
            !s)
            return s.error();
        if (Status s = writeAudit(m_db, now, centerActor(), QStringLiteral("dossier.online_yield"),
                                  QStringLiteral("dossier"), centerCode,
                                  {{QStringLiteral("voided"), local},
                                   {QStringLiteral("reference"), ref},
                                   {QStringLiteral("local"), stateKey(localState)}});
            !s)
            return s.error();
    }
    if (Status s =
            run(QStringLiteral("UPDATE dossiers SET code = ?1, online_ref = ?2 WHERE id = ?3"), centerCode, ref, id);
        !s)
        return s.error();
    // The feed's mark of the copy may still stand under the reference after a local acceptance.
    if (Status s = run(QStringLiteral("UPDATE OR REPLACE center_dossiers SET code = ?1 WHERE code IN (?2, ?3)"),
                       centerCode, local, ref);
        !s)
        return s.error();
    if (!decided)
        return OnlineYield::Renamed;
    const QJsonObject change{
        {QStringLiteral("MaHoSo"), centerCode},      {QStringLiteral("TrangThaiHoSo"), QString::number(centerStatus)},
        {QStringLiteral("NoiDungXuLy"), QString()},  {QStringLiteral("NguoiXuLy"), QString()},
        {QStringLiteral("ThoiDiemXuLy"), QString()}, {QStringLiteral("MC_MaHoSoTrucTuyen"), ref},
        {QStringLiteral("MC_MaHoSoBiHuy"), local},   {QStringLiteral("MC_TrangThaiBiHuy"), stateKey(localState)}};
    auto recorded = recordConflict(centerCode, centerStatus, QJsonDocument(change).toJson(QJsonDocument::Compact), now);
    if (!recorded)
        return recorded.error();
    qCInfo(lcSync) << "online submission decided first at another counter: this station's decision voided";
    return OnlineYield::Conflict;
}

Result<bool> FeedRepository::settleOnline(const FeedDossier& row, const QDateTime& now, FeedApplied* applied)
{
    const QString& code = row.dossier.code;
    const QString& ref = row.dossier.onlineRef;
    if (ref.isEmpty())
        return true;
    if (code == ref && row.state == DossierState::Submitted) {
        // Still waiting at the center: a copy accepted here under a code of its own keeps it
        // until the center takes that acceptance or refuses it.
        auto mine =
            m_db.query(QStringLiteral("SELECT 1 FROM dossiers WHERE online_ref = ?1 AND code <> ?1"), applying());
        if (!mine)
            return mine.error();
        mine->bind(1, ref);
        const bool accepted = mine->next();
        if (Status s = mine->error(); !s)
            return s.error();
        return !accepted;
    }
    auto yielded = yieldOnline(ref, code, nationalCode(row.state), now, row.refusedHere);
    if (!yielded)
        return yielded.error();
    if (*yielded == OnlineYield::Conflict)
        ++applied->conflicts;
    return true;
}

Status FeedRepository::apply(const FeedDossier& row, int station, const OutboxMark& asked, const QDateTime& now,
                             FeedApplied* applied)
{
    const QString& code = row.dossier.code;
    const int conflictsBefore = applied->conflicts;
    auto online = settleOnline(row, now, applied);
    if (!online)
        return online.error();
    if (!*online)
        return {};
    // This station's own decision on an online submission given up: the copy takes the
    // center's receipt, appointment and state even where the state names the same step.
    const bool yielded = applied->conflicts > conflictsBefore;
    qint64 id = 0;
    DossierState local = row.state;
    qint64 department = 0;
    bool copy = true; // received elsewhere (or new here)
    {
        auto sel = m_db.query(QStringLiteral("SELECT d.id, d.state, d.department_id, c.code IS NOT NULL FROM dossiers "
                                             "d LEFT JOIN center_dossiers c ON c.code = d.code WHERE d.code = ?1"),
                              applying());
        if (!sel)
            return sel.error();
        sel->bind(1, code);
        if (sel->next()) {
            id = sel->int64(0);
            local = static_cast<DossierState>(sel->integer(1));
            department = sel->int64(2);
            copy = sel->integer(3) != 0;
        }
        if (Status s = sel->error(); !s)
            return s;
    }

    bool inserted = false;
    bool unsent = false; // a change made here and not sent yet
    if (id == 0) {
        auto copied = insertCopy(row, now, &department);
        if (!copied)
            return copied.error();
        if (*copied == 0) {
            ++applied->skipped;
            return {};
        }
        id = *copied;
        inserted = true;
        ++applied->added;
    } else {
        // A change made here and not sent yet wins here until the center has taken it or
        // refused it (then the clerk settles the conflict).
        {
            auto pending = m_db.query(
                QStringLiteral("SELECT id, state FROM outbox WHERE kind = 'dossier' AND entity_key = ?1"), applying());
            if (!pending)
                return pending.error();
            pending->bind(1, code);
            while (!unsent && pending->next()) {
                const qint64 item = pending->int64(0);
                unsent =
                    pending->text(1) != QLatin1String("done") || item > asked.lastId || asked.unsent.contains(item);
            }
        }
        if ((!unsent && local != row.state) || yielded) {
            const Dossier& c = row.dossier;
            auto upd = m_db.query(
                QStringLiteral("UPDATE dossiers SET state = ?1, appointment_at = coalesce(?2, appointment_at), "
                               "finished_at = coalesce(?3, finished_at), returned_at = coalesce(?4, returned_at), "
                               "updated_at = ?5, received_at = coalesce(?7, received_at), received_by = "
                               "coalesce(nullif(?8, ''), received_by) WHERE id = ?6"),
                applying());
            if (!upd)
                return upd.error();
            upd->bind(1, static_cast<int>(row.state))
                .bind(2, c.appointmentAt)
                .bind(3, c.finishedAt)
                .bind(4, c.returnedAt)
                .bind(5, now)
                .bind(6, id);
            if (yielded)
                upd->bind(7, c.receivedAt).bind(8, c.receivedBy);
            else
                upd->bindNull(7).bindNull(8);
            if (Status s = upd->exec(); !s)
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
    std::optional<DossierState> previous;
    // A department of a hand-over as this workstation numbers it (0: the counter, or one it
    // does not have).
    const auto departmentCoded = [this](const QString& departmentCode) -> Result<qint64> {
        if (departmentCode.isEmpty())
            return qint64(0);
        auto st = m_db.query(QStringLiteral("SELECT id FROM departments WHERE code = ?1"), applying());
        if (!st)
            return st.error();
        st->bind(1, departmentCode);
        return st->next() ? st->int64(0) : qint64(0);
    };
    for (const FeedEvent& e : row.events) {
        const bool own = e.station == station || (e.station == 0 && !copy);
        const std::optional<DossierState> from = previous;
        previous = e.to;
        if (own)
            continue;
        // Where the step went, as the counter that took it recorded it: the step that made a
        // hand-over names both departments (0: the counter); the result returned names none; any
        // other step (a take-up included) stays with the dossier's department.
        qint64 fromDepartment = department, toDepartment = department;
        if (e.to == DossierState::Returned)
            fromDepartment = toDepartment = 0;
        const Handover* match = nullptr;
        for (const Handover& h : row.dossier.handovers) {
            if (!h.eventKey.isEmpty() && h.eventKey == e.key)
                match = &h;
        }
        if (match) {
            const Result<qint64> fromId = departmentCoded(match->fromDepartmentCode);
            const Result<qint64> toId = departmentCoded(match->toDepartmentCode);
            if (!fromId)
                return fromId.error();
            if (!toId)
                return toId.error();
            fromDepartment = *fromId;
            toDepartment = *toId;
        }
        // A row pulled before (the key is unique) is left as it is.
        auto ins = m_db.query(
            QStringLiteral("INSERT INTO dossier_events (dossier_id, at, username, from_state, to_state, "
                           "from_department, to_department, note, center_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?9, ?7, "
                           "?8) ON CONFLICT (center_key) WHERE center_key IS NOT NULL DO NOTHING"),
            applying());
        if (!ins)
            return ins.error();
        ins->bind(1, id).bind(2, e.at).bind(3, e.username).bind(5, static_cast<int>(e.to));
        for (const auto& [column, value] : {std::pair{6, fromDepartment}, std::pair{9, toDepartment}}) {
            if (value > 0)
                ins->bind(column, value);
            else
                ins->bindNull(column);
        }
        if (from)
            ins->bind(4, static_cast<int>(*from));
        else
            ins->bindNull(4);
        ins->bind(7, e.note).bind(8, e.key);
        if (Status s = ins->exec(); !s)
            return s;
        if (m_db.changes() > 0)
            ++applied->events;
    }

    // The hand-overs and the return as the center has them now, also on a dossier received
    // here and processed at another counter; a copy also takes the intake details.
    if (row.detailed && (!unsent || yielded)) {
        if (Status s = refreshCopy(id, row, copy && !inserted); !s)
            return s;
    }

    // (A record the center was asked for outside its feed has no feed position.)
    if (copy && !row.mark.isEmpty()) {
        auto mark =
            m_db.query(QStringLiteral("INSERT INTO center_dossiers (code, feed_mark, pulled_at) VALUES (?1, ?2, ?3) ON "
                                      "CONFLICT (code) DO UPDATE SET feed_mark = excluded.feed_mark, pulled_at = "
                                      "excluded.pulled_at"),
                       applying());
        if (!mark)
            return mark.error();
        mark->bind(1, code).bind(2, row.mark).bind(3, now);
        if (Status s = mark->exec(); !s)
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
        auto upd = m_db.query(QStringLiteral("UPDATE dossiers SET birth_date = ?1, gender = ?2, address = ?3, "
                                             "representative = ?4, sets = ?5, notes = ?6, appointment_rule = ?7, "
                                             "received_by = ?8 WHERE id = ?9"),
                              applying());
        if (!upd)
            return upd.error();
        upd->bind(1, a.birthDate.isValid() ? a.birthDate.toString(Qt::ISODate) : QStringLiteral(""))
            .bind(2, a.gender.isNull() ? QStringLiteral("") : a.gender)
            .bind(3, a.address.isNull() ? QStringLiteral("") : a.address)
            .bind(4, a.representative.isNull() ? QStringLiteral("") : a.representative)
            .bind(5, d.sets)
            .bind(6, d.notes.isNull() ? QStringLiteral("") : d.notes)
            .bind(7, d.appointmentRule.isNull() ? QStringLiteral("") : d.appointmentRule)
            .bind(8, d.receivedBy.isNull() ? QStringLiteral("") : d.receivedBy)
            .bind(9, id);
        if (Status s = upd->exec(); !s)
            return s;
        // The papers keep their rows (fetched files are filed under them): their copies change.
        QList<qint64> ids;
        {
            auto papers = m_db.query(
                QStringLiteral("SELECT id FROM dossier_components WHERE dossier_id = ?1 ORDER BY id"), applying());
            if (!papers)
                return papers.error();
            papers->bind(1, id);
            while (papers->next())
                ids.append(papers->int64(0));
            if (Status s = papers->error(); !s)
                return s;
        }
        if (ids.size() == d.components.size()) {
            for (qsizetype i = 0; i < ids.size(); ++i) {
                auto paper = m_db.query(QStringLiteral("UPDATE dossier_components SET originals = ?1, certified_copies "
                                                       "= ?2, photocopies = ?3, provided = ?4 WHERE id = ?5"),
                                        applying());
                if (!paper)
                    return paper.error();
                const DossierComponent& c = d.components.at(i);
                paper->bind(1, c.originals)
                    .bind(2, c.certifiedCopies)
                    .bind(3, c.photocopies)
                    .bind(4, c.provided ? 1 : 0)
                    .bind(5, ids.at(i));
                if (Status s = paper->exec(); !s)
                    return s;
            }
        }
    }
    ProcessingRepository rows(m_db);
    if (Status s = rows.replaceFromCenter(id, d.handovers, d.returned); !s)
        return s;
    if (!row.decisions)
        return {};
    // An apology letter or a supplement's pause moves the appointment without a change of state.
    if (d.appointmentAt.isValid()) {
        auto due = m_db.query(
            QStringLiteral("UPDATE dossiers SET appointment_at = ?1, appointment_rule = ?2 WHERE id = ?3"), applying());
        if (!due)
            return due.error();
        due->bind(1, d.appointmentAt)
            .bind(2, d.appointmentRule.isNull() ? QStringLiteral("") : d.appointmentRule)
            .bind(3, id);
        if (Status s = due->exec(); !s)
            return s;
    }
    return rows.replaceDecisionsFromCenter(id, d);
}

Result<bool> FeedRepository::recordConflict(const QString& code, int centerStatus, const QByteArray& changeJson,
                                            const QDateTime& now)
{
    {
        auto open = m_db.query(QStringLiteral("SELECT 1 FROM sync_conflicts WHERE dossier_code = ?1 AND portal_state = "
                                              "?2 AND resolved_at IS NULL"),
                               settling());
        if (!open)
            return open.error();
        open->bind(1, code).bind(2, centerStatus);
        if (open->next())
            return false;
    }
    auto ins = m_db.query(QStringLiteral("INSERT INTO sync_conflicts (dossier_code, local_state, portal_state, "
                                         "portal_json, detected_at) SELECT code, state, ?2, ?3, ?4 FROM dossiers "
                                         "WHERE code = ?1"),
                          settling());
    if (!ins)
        return ins.error();
    ins->bind(1, code).bind(2, centerStatus).bind(3, QString::fromUtf8(changeJson)).bind(4, now);
    if (Status s = ins->exec(); !s)
        return s.error();
    return m_db.changes() > 0;
}

} // namespace motcua

namespace motcua {

Result<QString> FeedRepository::settledFor(qint64 outboxId)
{
    auto st = m_db.query(QStringLiteral("SELECT resolution FROM sync_conflicts WHERE resolved_at IS NOT NULL AND "
                                        "resolution IS NOT NULL AND json_extract(portal_json, '$.MC_HangDoi') = ?1 "
                                        "ORDER BY id DESC LIMIT 1"),
                         settling());
    if (!st)
        return st.error();
    st->bind(1, QString::number(outboxId));
    QString how;
    if (st->next())
        how = st->text(0);
    if (Status s = st->error(); !s)
        return s.error();
    return how;
}

Status FeedRepository::supersede(qint64 outboxId, const QDateTime& now, const QString& note)
{
    auto st = m_db.query(
        QStringLiteral(
            "UPDATE outbox SET state = 'done', done_at = ?1, updated_at = ?1, last_error = ?3 WHERE id = ?2"),
        settling());
    if (!st)
        return st.error();
    st->bind(1, now).bind(2, outboxId).bind(3, note.isNull() ? QStringLiteral("") : note);
    return st->exec();
}

Status FeedRepository::resendOnTop(qint64 outboxId, const QString& code, QJsonObject record, const QString& centerState,
                                   const QDateTime& now)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    record.insert(QStringLiteral("MC_TrangThaiTruoc"), centerState);
    if (Status s = enqueueOutbox(m_db, now, SyncKind::Dossier, code, record); !s)
        return s;
    if (Status s = supersede(outboxId, now); !s)
        return s;
    return tx.commit();
}

Result<bool> FeedRepository::restartFeed(const Actor& by, const QDateTime& now)
{
    {
        auto gone = m_db.query(QStringLiteral("DELETE FROM sync_state WHERE key = 'feed.cursor'"),
                               QCoreApplication::translate("motcua::FeedRepository", "restarting the center feed"));
        if (!gone)
            return gone.error();
        if (Status s = gone->exec(); !s)
            return s.error();
    }
    const bool had = m_db.changes() > 0;
    if (Status s = writeAudit(m_db, now, by, QStringLiteral("center.refeed"), QStringLiteral("sync"),
                              QStringLiteral("feed.cursor"), {{QStringLiteral("had_cursor"), had}});
        !s)
        return s.error();
    return had;
}

} // namespace motcua
