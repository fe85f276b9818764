#include "store/ProcessingRepository.h"
#include "store/SettingKeys.h"

#include "core/DossierState.h"
#include "store/Database.h"
#include "store/IntakeRepository.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua {

namespace {

// Text columns are NOT NULL: a null QString would bind NULL.
QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Query& bindDepartment(Query& q, int index, qint64 department)
{
    if (department > 0)
        return q.bind(index, department);
    return q.bindNull(index);
}

// What the store was doing, for a statement it could not prepare.
QString recording()
{
    return QCoreApplication::translate("motcua::ProcessingRepository", "recording the dossier's processing");
}

QString reading()
{
    return QCoreApplication::translate("motcua::ProcessingRepository", "reading the dossier's processing");
}

QString itemsJson(const QList<SupplementItem>& items)
{
    QJsonArray array;
    for (const SupplementItem& i : items)
        array.append(QJsonObject{{QStringLiteral("component"), i.componentName}, {QStringLiteral("reason"), i.reason}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<SupplementItem> itemsFromJson(const QString& text)
{
    QList<SupplementItem> out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("component")).toString(), o.value(QStringLiteral("reason")).toString()});
    }
    return out;
}

const QString kHandoverSelect = QStringLiteral(
    "SELECT h.id, h.event_id, coalesce(h.from_department, 0), coalesce(h.to_department, 0), "
    "coalesce(f.code, ''), coalesce(f.name, ''), coalesce(t.code, ''), coalesce(t.name, ''), h.handed_at, "
    "h.handed_by, h.handed_by_name, h.received_at, h.received_by, h.received_by_name, h.note "
    "FROM dossier_handovers h LEFT JOIN departments f ON f.id = h.from_department "
    "LEFT JOIN departments t ON t.id = h.to_department WHERE h.dossier_id = ?1 ");

Handover readHandover(const Statement& st)
{
    Handover h;
    h.id = st.int64(0);
    h.eventId = st.int64(1);
    h.fromDepartmentId = st.int64(2);
    h.toDepartmentId = st.int64(3);
    h.fromDepartmentCode = st.text(4);
    h.fromDepartmentName = st.text(5);
    h.toDepartmentCode = st.text(6);
    h.toDepartmentName = st.text(7);
    h.handedAt = st.dateTime(8);
    h.handedBy = st.text(9);
    h.handedByName = st.text(10);
    h.receivedAt = st.dateTime(11);
    h.receivedBy = st.text(12);
    h.receivedByName = st.text(13);
    h.note = st.text(14);
    return h;
}

} // namespace

ProcessingRepository::ProcessingRepository(Database& db)
    : m_db(db)
{}

Result<qint64> ProcessingRepository::addHandover(qint64 dossierId, qint64 eventId, qint64 fromDepartment,
                                                 qint64 toDepartment, const QDateTime& at, const QString& username,
                                                 const QString& fullName, const QString& note)
{
    auto st = m_db.query(
        QStringLiteral("INSERT INTO dossier_handovers (dossier_id, event_id, from_department, to_department, "
                       "handed_at, handed_by, handed_by_name, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
        recording());
    if (!st)
        return st.error();
    st->bind(1, dossierId).bind(2, eventId);
    bindDepartment(*st, 3, fromDepartment);
    bindDepartment(*st, 4, toDepartment);
    st->bind(5, at).bind(6, nn(username)).bind(7, nn(fullName)).bind(8, nn(note));
    if (Status s = st->exec(); !s)
        return s.error();
    return m_db.lastInsertId();
}

Status ProcessingRepository::receiveHandover(qint64 id, const QDateTime& at, const QString& username,
                                             const QString& fullName)
{
    auto st = m_db.query(QStringLiteral("UPDATE dossier_handovers SET received_at = ?2, received_by = ?3, "
                                        "received_by_name = ?4 WHERE id = ?1 AND received_at IS NULL"),
                         recording());
    if (!st)
        return st.error();
    st->bind(1, id).bind(2, at).bind(3, nn(username)).bind(4, nn(fullName));
    if (Status s = st->exec(); !s)
        return s;
    if (m_db.changes() == 0)
        return Error::conflict(
            QCoreApplication::translate("motcua::ProcessingRepository", "The hand-over was already received."));
    return {};
}

Status ProcessingRepository::cancelHandover(qint64 id)
{
    auto st =
        m_db.query(QStringLiteral("DELETE FROM dossier_handovers WHERE id = ?1 AND received_at IS NULL"), recording());
    if (!st)
        return st.error();
    st->bind(1, id);
    if (Status s = st->exec(); !s)
        return s;
    if (m_db.changes() == 0)
        return Error::conflict(
            QCoreApplication::translate("motcua::ProcessingRepository", "The hand-over was already received."));
    return {};
}

Result<QList<Handover>> ProcessingRepository::handovers(qint64 dossierId)
{
    auto st = m_db.query(kHandoverSelect + QStringLiteral("ORDER BY h.id"), reading());
    if (!st)
        return st.error();
    st->bind(1, dossierId);
    QList<Handover> out;
    while (st->next())
        out.append(readHandover(st->statement()));
    if (!st->error())
        return st->error().error();
    return out;
}

Result<std::optional<Handover>> ProcessingRepository::lastHandover(qint64 dossierId)
{
    auto st = m_db.query(kHandoverSelect + QStringLiteral("ORDER BY h.id DESC LIMIT 1"), reading());
    if (!st)
        return st.error();
    st->bind(1, dossierId);
    std::optional<Handover> out;
    if (st->next())
        out = readHandover(st->statement());
    else if (!st->error())
        return st->error().error();
    return out;
}

Result<qint64> ProcessingRepository::addSupplement(qint64 dossierId, const QDateTime& at, const QString& username,
                                                   const QList<SupplementItem>& items,
                                                   const QDateTime& appointmentBefore)
{
    auto st = m_db.query(QStringLiteral("INSERT INTO dossier_supplements (dossier_id, requested_at, requested_by, "
                                        "items, appointment_before) VALUES (?1, ?2, ?3, ?4, ?5)"),
                         recording());
    if (!st)
        return st.error();
    st->bind(1, dossierId).bind(2, at).bind(3, nn(username)).bind(4, itemsJson(items)).bind(5, appointmentBefore);
    if (Status s = st->exec(); !s)
        return s.error();
    return m_db.lastInsertId();
}

Status ProcessingRepository::closeSupplement(qint64 dossierId, const QDateTime& requestedAt, const QDateTime& at,
                                             const QString& username, qint64 pausedSeconds,
                                             const QDateTime& appointmentBefore, const QDateTime& appointmentAfter)
{
    {
        auto up = m_db.query(QStringLiteral("UPDATE dossier_supplements SET received_at = ?2, received_by = ?3, "
                                            "paused_seconds = ?4, appointment_after = ?5 WHERE id = (SELECT max(id) "
                                            "FROM dossier_supplements WHERE dossier_id = ?1 AND received_at IS NULL)"),
                             recording());
        if (!up)
            return up.error();
        up->bind(1, dossierId).bind(2, at).bind(3, nn(username)).bind(4, pausedSeconds).bind(5, appointmentAfter);
        if (Status s = up->exec(); !s)
            return s;
        if (m_db.changes() > 0)
            return {};
    }
    // Requested at intake (form 02): the request lives in dossier_intake_items; the pause is
    // recorded here so that every pause of a dossier is in one table.
    auto st = m_db.query(
        QStringLiteral("INSERT INTO dossier_supplements (dossier_id, requested_at, requested_by, items, received_at, "
                       "received_by, paused_seconds, appointment_before, appointment_after) SELECT ?1, ?2, "
                       "d.received_by, coalesce((SELECT json_group_array(json_object('component', component, "
                       "'reason', reason)) FROM dossier_intake_items WHERE dossier_id = ?1 AND kind = 'supplement'), "
                       "'[]'), ?3, ?4, ?5, ?6, ?7 FROM dossiers d WHERE d.id = ?1"),
        recording());
    if (!st)
        return st.error();
    st->bind(1, dossierId)
        .bind(2, requestedAt)
        .bind(3, at)
        .bind(4, nn(username))
        .bind(5, pausedSeconds)
        .bind(6, appointmentBefore)
        .bind(7, appointmentAfter);
    return st->exec();
}

Result<QList<SupplementRequest>> ProcessingRepository::supplements(qint64 dossierId)
{
    auto st = m_db.query(
        QStringLiteral("SELECT id, requested_at, requested_by, items, received_at, received_by, paused_seconds, "
                       "appointment_before, appointment_after FROM dossier_supplements WHERE dossier_id = ?1 "
                       "ORDER BY id"),
        reading());
    if (!st)
        return st.error();
    st->bind(1, dossierId);
    QList<SupplementRequest> out;
    while (st->next()) {
        SupplementRequest r;
        r.id = st->int64(0);
        r.requestedAt = st->dateTime(1);
        r.requestedBy = st->text(2);
        r.items = itemsFromJson(st->text(3));
        r.receivedAt = st->dateTime(4);
        r.receivedBy = st->text(5);
        r.pausedWorkingSeconds = st->int64(6);
        r.appointmentBefore = st->dateTime(7);
        r.appointmentAfter = st->dateTime(8);
        out.append(r);
    }
    if (!st->error())
        return st->error().error();
    return out;
}

Status ProcessingRepository::addReturn(qint64 dossierId, const ReturnRecord& r)
{
    auto st = m_db.query(
        QStringLiteral("INSERT INTO dossier_returns (dossier_id, collected_at, collector_name, collector_id_number, "
                       "result_papers, fees_settled, returned_by, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
        recording());
    if (!st)
        return st.error();
    st->bind(1, dossierId)
        .bind(2, r.collectedAt)
        .bind(3, nn(r.collectorName))
        .bind(4, nn(r.collectorIdNumber))
        .bind(5, QString::fromUtf8(
                     QJsonDocument(QJsonArray::fromStringList(r.resultPapers)).toJson(QJsonDocument::Compact)))
        .bind(6, r.feesSettled ? 1 : 0)
        .bind(7, nn(r.returnedBy))
        .bind(8, nn(r.note));
    return st->exec();
}

Result<ReturnRecord> ProcessingRepository::returnRecord(qint64 dossierId)
{
    auto st = m_db.query(
        QStringLiteral("SELECT collected_at, collector_name, collector_id_number, result_papers, fees_settled, "
                       "returned_by, note FROM dossier_returns WHERE dossier_id = ?1"),
        reading());
    if (!st)
        return st.error();
    st->bind(1, dossierId);
    if (!st->next()) {
        if (!st->error())
            return st->error().error();
        return Error::notFound(QCoreApplication::translate("motcua::ProcessingRepository",
                                                           "The result of this dossier was not returned."));
    }
    ReturnRecord r;
    r.collectedAt = st->dateTime(0);
    r.collectorName = st->text(1);
    r.collectorIdNumber = st->text(2);
    const QJsonArray papers = QJsonDocument::fromJson(st->text(3).toUtf8()).array();
    for (const QJsonValue& v : papers)
        r.resultPapers.append(v.toString());
    r.feesSettled = st->integer(4) != 0;
    r.returnedBy = st->text(5);
    r.note = st->text(6);
    return r;
}

Result<qint64> ProcessingRepository::addApology(qint64 dossierId, const Apology& a)
{
    auto st = m_db.query(QStringLiteral("INSERT INTO dossier_apologies (dossier_id, at, username, appointment_before, "
                                        "appointment_after, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
                         recording());
    if (!st)
        return st.error();
    st->bind(1, dossierId)
        .bind(2, a.at)
        .bind(3, nn(a.by))
        .bind(4, a.appointmentBefore)
        .bind(5, a.appointmentAfter)
        .bind(6, nn(a.reason));
    if (Status s = st->exec(); !s)
        return s.error();
    return m_db.lastInsertId();
}

Result<QList<Apology>> ProcessingRepository::apologies(qint64 dossierId)
{
    auto st = m_db.query(QStringLiteral("SELECT id, at, username, appointment_before, appointment_after, "
                                        "reason FROM dossier_apologies WHERE dossier_id = ?1 ORDER BY id"),
                         reading());
    if (!st)
        return st.error();
    st->bind(1, dossierId);
    QList<Apology> out;
    while (st->next()) {
        Apology a;
        a.id = st->int64(0);
        a.at = st->dateTime(1);
        a.by = st->text(2);
        a.appointmentBefore = st->dateTime(3);
        a.appointmentAfter = st->dateTime(4);
        a.reason = st->text(5);
        out.append(a);
    }
    if (!st->error())
        return st->error().error();
    return out;
}

Status ProcessingRepository::updateAppointment(qint64 dossierId, const QDateTime& appointmentAt, const QString& rule,
                                               const QDateTime& updatedAt)
{
    auto st = m_db.query(
        QStringLiteral("UPDATE dossiers SET appointment_at = ?2, appointment_rule = ?3, updated_at = ?4 WHERE id = ?1"),
        recording());
    if (!st)
        return st.error();
    st->bind(1, dossierId).bind(2, appointmentAt).bind(3, nn(rule)).bind(4, updatedAt);
    if (Status s = st->exec(); !s)
        return s;
    if (m_db.changes() == 0)
        return Error::notFound(
            QCoreApplication::translate("motcua::ProcessingRepository", "The dossier no longer exists."));
    return {};
}

Result<QList<ProcessingRepository::LedgerSource>> ProcessingRepository::ledger(qint64 first, qint64 end)
{
    auto st = m_db.query(
        QStringLiteral(
            "SELECT d.id, d.code, d.procedure_name, d.summary, d.sets, d.applicant_name, d.address, d.phone, "
            "d.received_at, d.appointment_at, d.returned_at, coalesce(r.collector_name, ''), d.received_by, d.state, "
            "d.finished_at, d.notes FROM dossiers d LEFT JOIN dossier_returns r ON r.dossier_id = d.id "
            "WHERE d.received_at >= ?1 AND d.received_at < ?2 ORDER BY d.received_at, d.id"),
        reading());
    if (!st)
        return st.error();
    st->bind(1, first).bind(2, end);
    QList<LedgerSource> out;
    while (st->next()) {
        LedgerSource s;
        s.dossierId = st->int64(0);
        s.row.code = st->text(1);
        const QString procedure = st->text(2);
        const QString summary = st->text(3);
        s.row.content =
            summary.isEmpty() || summary == procedure ? procedure : procedure + QStringLiteral(" — ") + summary;
        s.row.sets = st->integer(4);
        s.row.applicantName = st->text(5);
        s.row.address = st->text(6);
        s.row.phone = st->text(7);
        s.row.receivedAt = st->dateTime(8);
        s.row.appointmentAt = st->dateTime(9);
        s.row.returnedAt = st->dateTime(10);
        s.row.collectorName = st->text(11);
        s.receivedByUser = st->text(12);
        s.state = st->integer(13);
        s.finishedAt = st->dateTime(14);
        s.row.notes = st->text(15);
        out.append(s);
    }
    if (!st->error())
        return st->error().error();
    return out;
}

Result<QString> ProcessingRepository::departmentName(qint64 departmentId)
{
    auto st = m_db.query(QStringLiteral("SELECT name FROM departments WHERE id = ?1"),
                         QCoreApplication::translate("motcua::ProcessingRepository", "reading the departments"));
    if (!st)
        return st.error();
    st->bind(1, departmentId);
    QString name;
    if (st->next())
        name = st->text(0);
    if (Status s = st->error(); !s)
        return s.error();
    return name;
}

Result<QDateTime> ProcessingRepository::lastPauseStart(qint64 dossierId)
{
    auto st = m_db.query(QStringLiteral("SELECT max(at) FROM dossier_events WHERE dossier_id = ?1 AND to_state = ?2"),
                         QCoreApplication::translate("motcua::ProcessingRepository", "reading the dossier's history"));
    if (!st)
        return st.error();
    st->bind(1, dossierId).bind(2, static_cast<int>(DossierState::SupplementRequested));
    QDateTime at;
    if (st->next() && !st->isNull(0))
        at = st->dateTime(0);
    if (Status s = st->error(); !s)
        return s.error();
    return at;
}

Status ProcessingRepository::loadInto(Dossier& d)
{
    auto list = handovers(d.id);
    if (!list)
        return list.error();
    // The history row of each hand-over as the center knows it: pulled with its key, or this
    // workstation's own row under the key it is sent with (PortalProtocol::historyRowKey).
    const int station = Settings(m_db).integer(SettingKey::StationNumber);
    for (Handover& h : *list) {
        auto key =
            m_db.query(QStringLiteral("SELECT coalesce(center_key, '') FROM dossier_events WHERE id = ?1"), reading());
        if (!key)
            return key.error();
        key->bind(1, h.eventId);
        if (key->next())
            h.eventKey = key->text(0);
        if (h.eventKey.isEmpty()) {
            h.eventKey = station > 0 ? QStringLiteral("%1#%2.%3").arg(d.code).arg(station).arg(h.eventId)
                                     : QStringLiteral("%1#%2").arg(d.code).arg(h.eventId);
        }
    }
    d.handovers = *list;
    auto returned = returnRecord(d.id);
    if (returned)
        d.returned = *returned;
    else if (returned.error().code != Error::NotFound)
        return returned.error();
    IntakeRepository intake(m_db);
    auto asked = intake.items(d.id, QStringLiteral("supplement"));
    if (!asked)
        return asked.error();
    auto refusal = intake.items(d.id, QStringLiteral("refusal"));
    if (!refusal)
        return refusal.error();
    auto requests = supplements(d.id);
    if (!requests)
        return requests.error();
    auto letters = apologies(d.id);
    if (!letters)
        return letters.error();
    d.intakeSupplement = *asked;
    d.intakeRefusal = refusal->isEmpty() ? QString() : refusal->first().reason;
    d.supplements = *requests;
    d.apologies = *letters;
    return {};
}

Status ProcessingRepository::replaceFromCenter(qint64 dossierId, const QList<Handover>& list,
                                               const std::optional<ReturnRecord>& returned)
{
    {
        auto gone = m_db.query(QStringLiteral("DELETE FROM dossier_handovers WHERE dossier_id = ?1"), recording());
        if (!gone)
            return gone.error();
        gone->bind(1, dossierId);
        if (Status s = gone->exec(); !s)
            return s;
    }
    // The hand-over's history row: pulled under its key, or this workstation's own (the key
    // names this station and the row, as loadInto writes it).
    const int station = list.isEmpty() ? 0 : Settings(m_db).integer(SettingKey::StationNumber);
    // -1 for a department not here, 0 for none; -2 when the store could not look.
    auto departmentId = [this](const QString& code) -> qint64 {
        if (code.isEmpty())
            return 0;
        auto department = m_db.query(QStringLiteral("SELECT id FROM departments WHERE code = ?1"), reading());
        if (!department)
            return -2;
        department->bind(1, code);
        return department->next() ? department->int64(0) : -1;
    };
    for (const Handover& h : list) {
        qint64 own = 0;
        const qsizetype hash = h.eventKey.lastIndexOf(QLatin1Char('#'));
        if (hash >= 0) {
            const QStringList parts = h.eventKey.mid(hash + 1).split(QLatin1Char('.'));
            if (parts.size() == 2 && station > 0 && parts.first().toInt() == station)
                own = parts.last().toLongLong();
            else if (parts.size() == 1 && station <= 0)
                own = parts.first().toLongLong();
        }
        qint64 eventId = 0;
        {
            auto event = m_db.query(QStringLiteral("SELECT id FROM dossier_events WHERE dossier_id = ?1 AND "
                                                   "(center_key = ?2 OR (center_key IS NULL AND id = ?3))"),
                                    reading());
            if (!event)
                return event.error();
            event->bind(1, dossierId).bind(2, h.eventKey).bind(3, own);
            eventId = event->next() ? event->int64(0) : 0;
        }
        const qint64 from = departmentId(h.fromDepartmentCode);
        const qint64 to = departmentId(h.toDepartmentCode);
        if (from == -2 || to == -2)
            return m_db.lastError();
        if (eventId == 0 || from < 0 || to < 0 || from == to || !h.handedAt.isValid())
            continue; // its row (or a department) not here yet
        auto id = addHandover(dossierId, eventId, from, to, h.handedAt, h.handedBy, h.handedByName, h.note);
        if (!id)
            return id.error();
        if (h.receivedAt.isValid()) {
            if (Status s = receiveHandover(*id, h.receivedAt, h.receivedBy, h.receivedByName); !s)
                return s;
        }
    }
    {
        auto noReturn = m_db.query(QStringLiteral("DELETE FROM dossier_returns WHERE dossier_id = ?1"), recording());
        if (!noReturn)
            return noReturn.error();
        noReturn->bind(1, dossierId);
        if (Status s = noReturn->exec(); !s)
            return s;
    }
    if (returned && returned->collectedAt.isValid())
        return addReturn(dossierId, *returned);
    return {};
}

Status ProcessingRepository::replaceDecisionsFromCenter(qint64 dossierId, const Dossier& d)
{
    for (const QString& table : {QStringLiteral("dossier_intake_items"), QStringLiteral("dossier_supplements"),
                                 QStringLiteral("dossier_apologies")}) {
        auto gone = m_db.query(QStringLiteral("DELETE FROM %1 WHERE dossier_id = ?1").arg(table), recording());
        if (!gone)
            return gone.error();
        gone->bind(1, dossierId);
        if (Status s = gone->exec(); !s)
            return s;
    }
    IntakeRepository intake(m_db);
    if (Status s = intake.addItems(dossierId, QStringLiteral("supplement"), d.intakeSupplement, d.receivedAt); !s)
        return s;
    if (!d.intakeRefusal.isEmpty()) {
        if (Status s =
                intake.addItems(dossierId, QStringLiteral("refusal"), {{QString(), d.intakeRefusal}}, d.receivedAt);
            !s)
            return s;
    }
    for (const SupplementRequest& r : d.supplements) {
        if (!r.requestedAt.isValid())
            continue;
        auto request = m_db.query(
            QStringLiteral("INSERT INTO dossier_supplements (dossier_id, requested_at, requested_by, items, "
                           "received_at, received_by, paused_seconds, appointment_before, appointment_after) VALUES "
                           "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
            recording());
        if (!request)
            return request.error();
        // An invalid time binds NULL: a request still waiting, an appointment not moved yet.
        request->bind(1, dossierId)
            .bind(2, r.requestedAt)
            .bind(3, nn(r.requestedBy))
            .bind(4, itemsJson(r.items))
            .bind(5, r.receivedAt)
            .bind(6, nn(r.receivedBy))
            .bind(7, r.pausedWorkingSeconds)
            .bind(8, r.appointmentBefore)
            .bind(9, r.appointmentAfter);
        if (Status s = request->exec(); !s)
            return s;
    }
    for (const Apology& a : d.apologies) {
        if (!a.at.isValid() || !a.appointmentBefore.isValid() || !a.appointmentAfter.isValid())
            continue;
        if (auto id = addApology(dossierId, a); !id)
            return id.error();
    }
    return {};
}

} // namespace motcua
