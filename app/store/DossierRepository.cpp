#include "store/DossierRepository.h"

#include "core/Clock.h"
#include "core/TextFold.h"
#include "store/Database.h"
#include "store/ProcessingRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <sqlite3.h>

#include <limits>

namespace motcua {

namespace {

// Text columns are NOT NULL DEFAULT '': a null QString would bind NULL and fail.
QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const QString kListColumns = QStringLiteral("d.id, d.code, d.applicant_name, d.procedure_name, d.department_id, "
                                            "d.state, d.received_at, d.appointment_at");

DossierListRow readListRow(const Statement& st)
{
    DossierListRow r;
    r.id = st.int64(0);
    r.code = st.text(1);
    r.applicantName = st.text(2);
    r.procedureName = st.text(3);
    r.departmentId = st.int64(4);
    r.state = static_cast<DossierState>(st.integer(5));
    r.receivedAt = st.dateTime(6);
    r.appointmentAt = st.dateTime(7);
    return r;
}

const QString kDossierSelect = QStringLiteral(
    "SELECT d.id, d.code, d.procedure_id, d.procedure_code, d.procedure_name, dep.code, d.channel, "
    "d.state, d.applicant_type, d.applicant_name, d.id_number, d.birth_date, d.gender, d.address, "
    "d.phone, d.email, d.representative, d.sets, d.summary, d.notes, d.received_at, "
    "d.appointment_at, d.appointment_rule, d.finished_at, d.returned_at, d.received_by, d.updated_at, "
    "d.id_from_qr, d.online_ref, d.submitted_at FROM dossiers d JOIN departments dep ON dep.id = d.department_id ");

Dossier readDossier(const Statement& st)
{
    Dossier d;
    d.id = st.int64(0);
    d.code = st.text(1);
    d.procedureId = st.int64(2);
    d.procedureCode = st.text(3);
    d.procedureName = st.text(4);
    d.departmentCode = st.text(5);
    d.channel = static_cast<Channel>(st.integer(6));
    d.state = static_cast<DossierState>(st.integer(7));
    d.applicant.type = static_cast<ApplicantType>(st.integer(8));
    d.applicant.fullName = st.text(9);
    d.applicant.idNumber = st.text(10);
    d.applicant.birthDate = QDate::fromString(st.text(11), Qt::ISODate);
    d.applicant.gender = st.text(12);
    d.applicant.address = st.text(13);
    d.applicant.phone = st.text(14);
    d.applicant.email = st.text(15);
    d.applicant.representative = st.text(16);
    d.sets = st.integer(17);
    d.summary = st.text(18);
    d.notes = st.text(19);
    d.receivedAt = st.dateTime(20);
    d.appointmentAt = st.dateTime(21);
    d.appointmentRule = st.text(22);
    d.finishedAt = st.dateTime(23);
    d.returnedAt = st.dateTime(24);
    d.receivedBy = st.text(25);
    d.updatedAt = st.dateTime(26);
    d.applicant.idFromQr = st.integer(27) != 0;
    d.onlineRef = st.text(28);
    d.submittedAt = st.dateTime(29);
    return d;
}

// FTS5 query for the folded words: every word a quoted prefix ("ng"* "van"*), so user
// input can never be read as FTS syntax (AND, NEAR, column filters).
QString ftsQuery(const QString& folded)
{
    QStringList terms;
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& w : words) {
        bool hasAlnum = false;
        for (const QChar c : w)
            hasAlnum = hasAlnum || c.isLetterOrNumber();
        if (!hasAlnum)
            continue;
        QString escaped = w;
        escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + escaped + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace

DossierRepository::DossierRepository(Database& db)
    : m_db(db)
{}

// ---------------------------------------------------------------------------------------
// Writes

Result<qint64> DossierRepository::departmentIdByCode(const QString& departmentCode)
{
    auto st = m_db.query(QStringLiteral("SELECT id FROM departments WHERE code = ?1"),
                         QCoreApplication::translate("motcua::DossierRepository", "reading the departments"));
    if (!st)
        return st.error();
    st->bind(1, departmentCode);
    if (st->next()) {
        const qint64 id = st->int64(0);
        return id;
    }
    if (!st->error())
        return st->error().error();
    return Error::notFound(
        QCoreApplication::translate("motcua::DossierRepository", "There is no department with code %1.")
            .arg(departmentCode));
}

Result<qint64> DossierRepository::insert(const Dossier& d)
{
    if (d.code.isEmpty() || !d.receivedAt.isValid() || !d.appointmentAt.isValid())
        return Error::badInput(QCoreApplication::translate(
            "motcua::DossierRepository",
            "A dossier needs a code, a time of receipt and an appointment time before it is saved."));

    qint64 departmentId = 0;
    if (!d.departmentCode.isEmpty()) {
        Result<qint64> dep = departmentIdByCode(d.departmentCode);
        if (!dep)
            return dep.error();
        departmentId = *dep;
    } else {
        auto st =
            m_db.query(QStringLiteral("SELECT department_id FROM procedures WHERE id = ?1"),
                       QCoreApplication::translate("motcua::DossierRepository", "reading the procedure's department"));
        if (!st)
            return st.error();
        st->bind(1, d.procedureId);
        if (st->next())
            departmentId = st->int64(0);
        if (departmentId == 0)
            return Error::notFound(QCoreApplication::translate("motcua::DossierRepository",
                                                               "The dossier's procedure is not in the catalogue."));
    }

    auto st = m_db.query(
        QStringLiteral(
            "INSERT INTO dossiers (code, procedure_id, procedure_code, procedure_name, department_id, channel, state, "
            "applicant_type, applicant_name, name_folded, id_number, birth_date, gender, address, phone, email, "
            "representative, sets, summary, notes, fee_total, received_at, appointment_at, appointment_rule, "
            "finished_at, returned_at, received_by, updated_at, id_from_qr, online_ref, submitted_at) VALUES (?1, ?2, "
            "?3, "
            "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, "
            "?26, "
            "?27, ?28, ?29, ?30, ?31)"),
        QCoreApplication::translate("motcua::DossierRepository", "saving the dossier"));
    if (!st)
        return st.error();
    const Applicant& a = d.applicant;
    st->bind(1, d.code)
        .bind(2, d.procedureId)
        .bind(3, nn(d.procedureCode))
        .bind(4, nn(d.procedureName))
        .bind(5, departmentId)
        .bind(6, static_cast<int>(d.channel))
        .bind(7, static_cast<int>(d.state))
        .bind(8, static_cast<int>(a.type))
        .bind(9, nn(a.fullName))
        .bind(10, foldText(nn(a.fullName)))
        .bind(11, nn(a.idNumber.trimmed()))
        .bind(12, a.birthDate.isValid() ? a.birthDate.toString(Qt::ISODate) : QStringLiteral(""))
        .bind(13, nn(a.gender))
        .bind(14, nn(a.address))
        .bind(15, nn(normalizePhone(a.phone)))
        .bind(16, nn(a.email))
        .bind(17, nn(a.representative))
        .bind(18, d.sets)
        .bind(19, nn(d.summary))
        .bind(20, nn(d.notes))
        .bind(21, d.totalFees().toVnd())
        .bind(22, d.receivedAt)
        .bind(23, d.appointmentAt)
        .bind(24, nn(d.appointmentRule))
        .bind(25, d.finishedAt)
        .bind(26, d.returnedAt)
        .bind(27, nn(d.receivedBy))
        .bind(28, d.updatedAt.isValid() ? d.updatedAt : d.receivedAt)
        .bind(29, a.idFromQr && !a.idNumber.trimmed().isEmpty() ? 1 : 0)
        .bind(30, d.onlineRef.isEmpty() ? QString() : d.onlineRef)
        .bind(31, d.submittedAt);
    Status s = st->exec();
    if (!s) {
        if (sqlite3_extended_errcode(m_db.handle()) == SQLITE_CONSTRAINT_UNIQUE)
            return Error::conflict(
                QCoreApplication::translate("motcua::DossierRepository", "A dossier with code %1 already exists.")
                    .arg(d.code));
        return s.error();
    }
    const qint64 id = m_db.lastInsertId();

    if (!d.components.isEmpty()) {
        // Into the papers' table itself, as the dossier_components view's insert trigger would
        // write them (schema 004: a catalogue paper's name is kept only where it differs), without
        // running a trigger program for each paper.
        auto c = m_db.query(
            QStringLiteral("INSERT INTO dossier_papers (dossier_id, component_id, name, originals, certified_copies, "
                           "photocopies, provided) VALUES (?1, ?2, CASE WHEN ?2 IS NOT NULL AND ?3 = (SELECT pc.name "
                           "FROM procedure_components pc WHERE pc.id = ?2) THEN '' ELSE ?3 END, ?4, ?5, ?6, ?7)"),
            QCoreApplication::translate("motcua::DossierRepository", "saving the dossier's papers"));
        if (!c)
            return c.error();
        for (const DossierComponent& comp : d.components) {
            c->bind(1, id);
            if (comp.componentId > 0)
                c->bind(2, comp.componentId);
            else
                c->bindNull(2); // "other papers"
            c->bind(3, nn(comp.name))
                .bind(4, comp.originals)
                .bind(5, comp.certifiedCopies)
                .bind(6, comp.photocopies)
                .bind(7, comp.provided ? 1 : 0);
            if (Status cs = c->exec(); !cs)
                return cs.error();
        }
    }
    if (!d.fees.isEmpty()) {
        auto f = m_db.query(
            QStringLiteral(
                "INSERT INTO dossier_fees (dossier_id, name, amount_vnd, override_reason) VALUES (?1, ?2, ?3, ?4)"),
            QCoreApplication::translate("motcua::DossierRepository", "saving the dossier's fees"));
        if (!f)
            return f.error();
        for (const DossierFee& fee : d.fees) {
            f->bind(1, id).bind(2, nn(fee.name)).bind(3, fee.amount.toVnd()).bind(4, nn(fee.overrideReason));
            if (Status fs = f->exec(); !fs)
                return fs.error();
        }
    }
    return id;
}

Result<qint64> DossierRepository::addEvent(qint64 dossierId, const QDateTime& at, const QString& username,
                                           std::optional<DossierState> from, DossierState to, qint64 fromDept,
                                           qint64 toDept, const QString& note, const QString& portalText)
{
    auto st = m_db.query(
        QStringLiteral("INSERT INTO dossier_events (dossier_id, at, username, from_state, to_state, from_department, "
                       "to_department, note, portal_text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
        QCoreApplication::translate("motcua::DossierRepository", "recording the dossier's step"));
    if (!st)
        return st.error();
    st->bind(1, dossierId).bind(2, at.toSecsSinceEpoch()).bind(3, nn(username));
    if (from)
        st->bind(4, static_cast<int>(*from));
    else
        st->bindNull(4);
    st->bind(5, static_cast<int>(to));
    if (fromDept > 0)
        st->bind(6, fromDept);
    else
        st->bindNull(6);
    if (toDept > 0)
        st->bind(7, toDept);
    else
        st->bindNull(7);
    st->bind(8, nn(note));
    if (portalText.isEmpty())
        st->bindNull(9);
    else
        st->bind(9, portalText);
    if (Status s = st->exec(); !s)
        return s.error();
    return m_db.lastInsertId();
}

Result<QList<DossierEventRow>> DossierRepository::events(qint64 dossierId)
{
    auto st = m_db.query(
        // u.username on the left: the comparison takes its NOCASE collation, like logins do.
        QStringLiteral("SELECT e.id, e.dossier_id, e.at, e.username, e.from_state, e.to_state, e.from_department, "
                       "e.to_department, e.note, u.full_name FROM dossier_events e "
                       "LEFT JOIN users u ON u.username = e.username "
                       "WHERE e.dossier_id = ?1 ORDER BY e.at, e.id"),
        QCoreApplication::translate("motcua::DossierRepository", "reading the dossier's history"));
    if (!st)
        return st.error();
    st->bind(1, dossierId);
    QList<DossierEventRow> out;
    while (st->next()) {
        DossierEventRow e;
        e.id = st->int64(0);
        e.dossierId = st->int64(1);
        e.at = st->dateTime(2);
        e.username = st->text(3);
        if (!st->isNull(4))
            e.from = static_cast<DossierState>(st->integer(4));
        e.to = static_cast<DossierState>(st->integer(5));
        e.fromDepartment = st->int64(6);
        e.toDepartment = st->int64(7);
        e.note = st->text(8);
        if (!st->isNull(9))
            e.fullName = st->text(9);
        out.append(e);
    }
    if (!st->error())
        return st->error().error();
    return out;
}

Status DossierRepository::updateState(qint64 id, DossierState state, const QDateTime& updatedAt,
                                      std::optional<QDateTime> finishedAt, std::optional<QDateTime> returnedAt)
{
    // ?4 / ?6 say whether to touch the column, so one cached statement serves every case.
    auto st = m_db.query(QStringLiteral("UPDATE dossiers SET state = ?2, updated_at = ?3, "
                                        "finished_at = CASE WHEN ?4 THEN ?5 ELSE finished_at END, "
                                        "returned_at = CASE WHEN ?6 THEN ?7 ELSE returned_at END WHERE id = ?1"),
                         QCoreApplication::translate("motcua::DossierRepository", "saving the dossier's state"));
    if (!st)
        return st.error();
    st->bind(1, id)
        .bind(2, static_cast<int>(state))
        .bind(3, updatedAt)
        .bind(4, finishedAt ? 1 : 0)
        .bind(5, finishedAt.value_or(QDateTime()))
        .bind(6, returnedAt ? 1 : 0)
        .bind(7, returnedAt.value_or(QDateTime()));
    if (Status s = st->exec(); !s)
        return s;
    if (m_db.changes() == 0)
        return Error::notFound(
            QCoreApplication::translate("motcua::DossierRepository", "The dossier no longer exists."));
    return {};
}

// ---------------------------------------------------------------------------------------
// Reads

Status DossierRepository::loadDetails(Dossier& d)
{
    // A paper is digitized when a file scanned or imported here is attached to it.
    auto c = m_db.query(
        QStringLiteral("SELECT c.component_id, c.name, c.originals, c.certified_copies, c.photocopies, c.provided, "
                       "EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_id = c.dossier_id AND a.paper_id = c.id) "
                       "FROM dossier_components c WHERE c.dossier_id = ?1 ORDER BY c.id"),
        QCoreApplication::translate("motcua::DossierRepository", "reading the dossier's papers"));
    if (!c)
        return c.error();
    c->bind(1, d.id);
    while (c->next()) {
        DossierComponent comp;
        comp.componentId = c->int64(0);
        comp.name = c->text(1);
        comp.originals = c->integer(2);
        comp.certifiedCopies = c->integer(3);
        comp.photocopies = c->integer(4);
        comp.provided = c->integer(5) != 0;
        comp.digitized = c->integer(6) != 0;
        d.components.append(comp);
    }
    if (!c->error())
        return c->error();
    auto r = m_db.query(
        QStringLiteral(
            "SELECT id, file_name, sha256 FROM attachments WHERE dossier_id = ?1 AND result <> 0 ORDER BY id"),
        QCoreApplication::translate("motcua::DossierRepository", "reading the dossier's result files"));
    if (!r)
        return r.error();
    r->bind(1, d.id);
    while (r->next())
        d.resultFiles.append(ResultFile{r->int64(0), r->text(1), r->text(2)});
    if (!r->error())
        return r->error();
    auto p = m_db.query(QStringLiteral("SELECT result_papers FROM dossier_returns WHERE dossier_id = ?1"),
                        QCoreApplication::translate("motcua::DossierRepository", "reading the dossier's return"));
    if (!p)
        return p.error();
    p->bind(1, d.id);
    if (p->next()) {
        for (const QJsonValue& v : QJsonDocument::fromJson(p->text(0).toUtf8()).array())
            d.resultPapers.append(v.toString());
    } else if (!p->error()) {
        return p->error();
    }
    auto f = m_db.query(
        QStringLiteral("SELECT name, amount_vnd, override_reason FROM dossier_fees WHERE dossier_id = ?1 ORDER BY id"),
        QCoreApplication::translate("motcua::DossierRepository", "reading the dossier's fees"));
    if (!f)
        return f.error();
    f->bind(1, d.id);
    while (f->next())
        d.fees.append(DossierFee{f->text(0), Money(f->int64(1)), f->text(2)});
    if (!f->error())
        return f->error();
    return ProcessingRepository(m_db).loadInto(d);
}

Result<Dossier> DossierRepository::byId(qint64 id)
{
    Dossier d;
    {
        // Read and let go before the details are loaded.
        auto st = m_db.query(kDossierSelect + QStringLiteral("WHERE d.id = ?1"),
                             QCoreApplication::translate("motcua::DossierRepository", "reading the dossier"));
        if (!st)
            return st.error();
        st->bind(1, id);
        if (!st->next()) {
            if (!st->error())
                return st->error().error();
            return Error::notFound(
                QCoreApplication::translate("motcua::DossierRepository", "The dossier no longer exists."));
        }
        d = readDossier(st->statement());
    }
    if (Status s = loadDetails(d); !s)
        return s.error();
    return d;
}

Result<Dossier> DossierRepository::byCode(const QString& code)
{
    Dossier d;
    {
        // Read and let go before the details are loaded.
        auto st = m_db.query(kDossierSelect + QStringLiteral("WHERE d.code = ?1"),
                             QCoreApplication::translate("motcua::DossierRepository", "reading the dossier"));
        if (!st)
            return st.error();
        st->bind(1, code.trimmed());
        if (!st->next()) {
            if (!st->error())
                return st->error().error();
            return Error::notFound(
                QCoreApplication::translate("motcua::DossierRepository", "No dossier has the code %1.").arg(code));
        }
        d = readDossier(st->statement());
    }
    if (Status s = loadDetails(d); !s)
        return s.error();
    return d;
}

QString DossierRepository::normalizePhone(const QString& phone)
{
    QString digits;
    const QString t = phone.trimmed();
    for (const QChar c : t) {
        if (c.isDigit())
            digits.append(c);
        else if (c == QLatin1Char('+') && digits.isEmpty())
            digits.append(c);
        else if (!(c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('(') ||
                   c == QLatin1Char(')')))
            return t; // not a phone number: keep what was typed
    }
    // +84 905 123 456 is the same line as 0905 123 456.
    if (digits.startsWith(QLatin1String("+84")))
        digits = QLatin1Char('0') + digits.mid(3);
    return digits;
}

DossierRepository::SearchKind DossierRepository::classify(const QString& input)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9.]+-\\d{6}-\\d{4}$"));
    static const QRegularExpression phone(QStringLiteral("^0\\d{9,10}$"));
    static const QRegularExpression idNumber(QStringLiteral("^(\\d{9}|\\d{12})$"));
    static const QRegularExpression digits(QStringLiteral("^\\d[\\d-]{4,}\\d$"));
    const QString text = input.trimmed();
    if (text.isEmpty())
        return SearchKind::Empty;
    if (code.match(text).hasMatch())
        return SearchKind::Code;
    if (!codeTail(text).second.isEmpty())
        return SearchKind::CodeTail;
    if (idNumber.match(text).hasMatch())
        return SearchKind::IdNumber;
    if (phone.match(normalizePhone(text)).hasMatch())
        return SearchKind::Phone;
    if (digits.match(text).hasMatch())
        return SearchKind::Digits;
    return SearchKind::Name;
}

std::pair<QString, QString> DossierRepository::codeTail(const QString& input)
{
    // "5002"; "261207-5002", "261207 5002": the receipt prints four digits. Ten digits without
    // the dash are left to the ID number and tax number searches (a tax number has ten digits).
    static const QRegularExpression tail(QStringLiteral("^(?:(\\d{6})[-\\s]+)?(\\d{4})$"));
    const QRegularExpressionMatch m = tail.match(input.trimmed());
    if (!m.hasMatch())
        return {};
    return {m.captured(1), m.captured(2)};
}

Result<QList<DossierListRow>> DossierRepository::searchTail(const QString& day, const QString& number,
                                                            const QString& suffix, int limit)
{
    // The expressions of the index dossiers_code_tail (schema 014), word for word. The number
    // alone matches one dossier per agency and day that reached it: the index reads them in
    // the order of the day, newest first, and stops at the limit.
    QString inner = QStringLiteral("SELECT id FROM dossiers WHERE substr(code, -4) = ?1");
    QList<QString> args{number};
    if (!day.isEmpty()) {
        inner += QStringLiteral(" AND substr(code, -11, 6) = ?2");
        args.append(day);
    }
    if (!suffix.isEmpty()) {
        inner += QStringLiteral(" AND upper(code) LIKE ?%1 ESCAPE '\\'").arg(args.size() + 1);
        QString pattern = suffix.toUpper();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        args.append(QLatin1Char('%') + pattern);
    }
    inner += QStringLiteral(" ORDER BY substr(code, -11, 6) DESC LIMIT ?%1").arg(args.size() + 1);
    return listRows(QStringLiteral("SELECT ") + kListColumns + QStringLiteral(" FROM dossiers d WHERE d.id IN (") +
                        inner + QStringLiteral(") ORDER BY d.received_at DESC, d.id DESC"),
                    args, limit);
}

Result<QList<DossierListRow>> DossierRepository::listRows(const QString& sql, const QList<QString>& args, int limit)
{
    auto st = m_db.query(sql, QCoreApplication::translate("motcua::DossierRepository", "searching the dossiers"));
    if (!st)
        return st.error();
    int i = 1;
    for (const QString& a : args)
        st->bind(i++, a);
    st->bind(i, limit);
    QList<DossierListRow> out;
    while (st->next())
        out.append(readListRow(st->statement()));
    if (!st->error())
        return st->error().error();
    return out;
}

Result<QList<DossierListRow>> DossierRepository::search(const QString& input, int limit)
{
    const QString text = input.trimmed();
    const QString order = QStringLiteral(" ORDER BY d.received_at DESC, d.id DESC LIMIT ");
    const QString from = QStringLiteral("SELECT ") + kListColumns + QStringLiteral(" FROM dossiers d WHERE ");
    // The `<> ''` terms repeat the partial indexes' WHERE so SQLite may use them.
    switch (classify(text)) {
    case SearchKind::Empty:
        return QList<DossierListRow>();
    case SearchKind::Code: {
        // Agency identifiers are upper case (000.00.06.H56); accept a code typed in lower case.
        auto exact = listRows(from + QStringLiteral("d.code IN (?1, ?2)") + order + QStringLiteral("?3"),
                              {text, text.toUpper()}, limit);
        if (!exact || !exact->isEmpty())
            return exact;
        // Part of the agency cut off ("H56-261207-5002"): the codes that end so.
        const QString tail = text.right(11);
        return searchTail(tail.left(6), tail.right(4), text, limit);
    }
    case SearchKind::CodeTail: {
        const auto [day, number] = codeTail(text);
        return searchTail(day, number, QString(), limit);
    }
    case SearchKind::IdNumber:
    case SearchKind::Digits:
        return listRows(from + QStringLiteral("d.id_number = ?1 AND d.id_number <> ''") + order + QStringLiteral("?2"),
                        {text}, limit);
    case SearchKind::Phone:
        // Ten digits starting with 0 are also how enterprise tax numbers look.
        return listRows(from +
                            QStringLiteral("((d.phone = ?1 AND d.phone <> '') OR "
                                           "(d.id_number = ?2 AND d.id_number <> ''))") +
                            order + QStringLiteral("?3"),
                        {normalizePhone(text), text}, limit);
    case SearchKind::Name:
        break;
    }
    const QString query = ftsQuery(foldText(text));
    if (query.isEmpty())
        return QList<DossierListRow>();
    // A common name ("nguyen") matches tens of thousands of rows: take the newest matches by
    // rowid inside the full-text index (ids grow with the time of receipt) instead of sorting
    // every match by received_at, then order that short list.
    return listRows(QStringLiteral("SELECT ") + kListColumns +
                        QStringLiteral(" FROM dossiers d WHERE d.id IN (SELECT rowid FROM dossiers_fts "
                                       "WHERE dossiers_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2)"
                                       " ORDER BY d.received_at DESC, d.id DESC"),
                    {query}, limit);
}

QList<DossierState> DossierFilter::openRunningStates()
{
    using S = DossierState;
    return {S::Received, S::Transferred, S::Processing, S::SupplementReceived, S::AwaitingFees};
}

Result<DossierPage> DossierRepository::page(const DossierFilter& filter, const PageCursor& after, int pageSize)
{
    if (pageSize <= 0)
        pageSize = 100;
    // The SQL text depends only on which filters are set (and how many states), so the
    // statement cache holds a handful of variants, each prepared once.
    QString sql = QStringLiteral(" FROM dossiers d WHERE 1");
    int n = 0;
    auto param = [&n]() { return QStringLiteral("?%1").arg(++n); };
    if (filter.departmentId)
        sql += QStringLiteral(" AND d.department_id = ") + param();
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (int i = 0; i < filter.states.size(); ++i)
            marks.append(param());
        sql += QStringLiteral(" AND d.state IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        // Returned dossiers are almost all of them: any other state is found in the small
        // partial index of the others, which SQLite uses only when the query says so in these
        // very words (schema 010, dossiers_not_returned).
        if (!filter.states.contains(DossierState::Returned))
            sql += QStringLiteral(" AND d.state <> %1").arg(static_cast<int>(DossierState::Returned));
    }
    if (filter.channel)
        sql += QStringLiteral(" AND d.channel = ") + param();
    if (filter.receivedFrom.isValid())
        sql += QStringLiteral(" AND d.received_at >= ") + param();
    if (filter.receivedTo.isValid())
        sql += QStringLiteral(" AND d.received_at < ") + param();
    if (!filter.procedureCode.isEmpty())
        sql += QStringLiteral(" AND d.procedure_code = ") + param();
    if (!filter.receivedBy.isEmpty())
        sql += QStringLiteral(" AND d.received_by = ") + param();
    // Due today / overdue: open states whose clock runs, the appointment in [low, high).
    const bool live = filter.dueToday || filter.overdue;
    const QList<DossierState> running = DossierFilter::openRunningStates();
    qint64 low = 0;
    qint64 high = 0;
    if (live) {
        const QDateTime now = filter.now.isValid() ? filter.now : QDateTime::currentDateTimeUtc();
        const qint64 nowSecs = now.toSecsSinceEpoch();
        high = filter.dueToday ? vietnamDayRange(toVietnam(now).date()).second : nowSecs;
        low = filter.overdue ? std::numeric_limits<qint64>::min() : nowSecs;
        // The states are written into the SQL (constants, never user input) so that SQLite can
        // use the partial index of open dossiers (schema 007, dossiers_open_due).
        QStringList states;
        for (DossierState s : running)
            states.append(QString::number(static_cast<int>(s)));
        sql += QStringLiteral(" AND d.state IN (") + states.join(QStringLiteral(", ")) + QLatin1Char(')');
        sql += QStringLiteral(" AND d.appointment_at >= ") + param();
        sql += QStringLiteral(" AND d.appointment_at < ") + param();
    }
    if (!after.isNull()) {
        // A range on received_at the index can seek to, then the tie-break on id.
        const QString at = param();
        const QString id = param();
        sql += QStringLiteral(" AND d.received_at <= ") + at + QStringLiteral(" AND (d.received_at < ") + at +
               QStringLiteral(" OR d.id < ") + id + QLatin1Char(')');
    }
    const QString order = QStringLiteral(" ORDER BY d.received_at DESC, d.id DESC");
    if (live) {
        // Thousands of open dossiers can be overdue: sort their ids within the small covering
        // index of open dossiers (without INDEXED BY the planner, lacking statistics, picks
        // dossiers_state_appointment and reads every match from the table) and read only the
        // page's rows from the table (~35 ms → ~1 ms at 1,000,000 dossiers).
        sql = QStringLiteral("SELECT ") + kListColumns + QStringLiteral(" FROM dossiers d WHERE d.id IN (SELECT d.id") +
              sql.replace(QStringLiteral(" FROM dossiers d "), QStringLiteral(" FROM dossiers d INDEXED BY "
                                                                              "dossiers_open_due ")) +
              order + QStringLiteral(" LIMIT ") + param() + QLatin1Char(')') + order;
    } else {
        sql = QStringLiteral("SELECT ") + kListColumns + sql + order + QStringLiteral(" LIMIT ") + param();
    }

    auto st = m_db.query(sql, QCoreApplication::translate("motcua::DossierRepository", "reading the list of dossiers"));
    if (!st)
        return st.error();
    int i = 1;
    if (filter.departmentId)
        st->bind(i++, *filter.departmentId);
    for (DossierState s : filter.states)
        st->bind(i++, static_cast<int>(s));
    if (filter.channel)
        st->bind(i++, static_cast<int>(*filter.channel));
    if (filter.receivedFrom.isValid())
        st->bind(i++, filter.receivedFrom);
    if (filter.receivedTo.isValid())
        st->bind(i++, filter.receivedTo);
    if (!filter.procedureCode.isEmpty())
        st->bind(i++, filter.procedureCode);
    if (!filter.receivedBy.isEmpty())
        st->bind(i++, filter.receivedBy);
    if (live) {
        st->bind(i++, low);
        st->bind(i++, high);
    }
    if (!after.isNull()) {
        st->bind(i++, after.receivedAt);
        st->bind(i++, after.id);
    }
    st->bind(i, pageSize + 1); // one more row tells whether another page follows

    DossierPage page;
    while (st->next())
        page.rows.append(readListRow(st->statement()));
    if (!st->error())
        return st->error().error();
    if (page.rows.size() > pageSize) {
        page.rows.removeLast();
        const DossierListRow& last = page.rows.constLast();
        page.next = PageCursor{last.receivedAt.toSecsSinceEpoch(), last.id};
    }
    return page;
}

std::pair<qint64, qint64> DossierRepository::vietnamDayRange(const QDate& day)
{
    const QDateTime start(day, QTime(0, 0), vietnamZone());
    const QDateTime end(day.addDays(1), QTime(0, 0), vietnamZone());
    return {start.toSecsSinceEpoch(), end.toSecsSinceEpoch()};
}

Result<QList<DepartmentCount>> DossierRepository::countsByDepartment(const QDate& day, std::optional<Channel> channel)
{
    // One index range per department on (department_id, received_at): a day's rows are
    // counted from the index alone, whatever the table's size.
    const QString sql = QStringLiteral("SELECT dep.id, (SELECT count(*) FROM dossiers d WHERE d.department_id = dep.id "
                                       "AND d.received_at >= ?1 AND d.received_at < ?2") +
                        (channel ? QStringLiteral(" AND d.channel = ?3") : QString()) +
                        QStringLiteral(") FROM departments dep ORDER BY dep.ordinal, dep.id");
    auto st = m_db.query(sql, QCoreApplication::translate("motcua::DossierRepository", "counting the day's dossiers"));
    if (!st)
        return st.error();
    const auto [first, end] = vietnamDayRange(day);
    st->bind(1, first).bind(2, end);
    if (channel)
        st->bind(3, static_cast<int>(*channel));
    QList<DepartmentCount> out;
    while (st->next()) {
        const int count = st->integer(1);
        if (count > 0)
            out.append(DepartmentCount{st->int64(0), count});
    }
    if (!st->error())
        return st->error().error();
    return out;
}

} // namespace motcua
