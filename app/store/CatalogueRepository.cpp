#include "store/CatalogueRepository.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace motcua {

// A Query from Database::query() is a statement of the connection's cache lent until it goes
// out of scope; its rows are read to the end (or the values copied out) before another
// statement with the same SQL runs.

namespace {

// NOT NULL text columns: a null QString would bind SQL NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QString jsonList(const QStringList& items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString& json)
{
    QStringList out;
    const QJsonArray items = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& v : items)
        out.append(v.toString());
    return out;
}

QString feesToJson(const QList<Fee>& fees)
{
    QJsonArray items;
    for (const Fee& f : fees) {
        QJsonObject o{{QStringLiteral("name"), f.name}, {QStringLiteral("raw"), f.raw}};
        o.insert(QStringLiteral("amount_vnd"), f.amount ? QJsonValue(f.amount->toVnd()) : QJsonValue(QJsonValue::Null));
        items.append(o);
    }
    return QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact));
}

QList<Fee> feesFromJson(const QString& json)
{
    QList<Fee> fees;
    const QJsonArray items = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        Fee f;
        f.name = o.value(QStringLiteral("name")).toString();
        f.raw = o.value(QStringLiteral("raw")).toString();
        if (o.value(QStringLiteral("amount_vnd")).isDouble())
            f.amount = Money::vnd(o.value(QStringLiteral("amount_vnd")).toInteger());
        fees.append(f);
    }
    return fees;
}

const char kProcedureColumns[] = "SELECT p.id, p.code, p.name, p.field, d.code, p.level, p.decision, p.results, "
                                 "p.legal_basis, p.receive_cutoff, p.effective_from "
                                 "FROM procedures p JOIN departments d ON d.id = p.department_id ";

// The row in force on day ?1 for each code.
const char kCurrent[] = "p.effective_from = (SELECT MAX(q.effective_from) FROM procedures q "
                        "WHERE q.code = p.code AND q.effective_from <= ?1) ";

} // namespace

CatalogueRepository::CatalogueRepository(Database& db)
    : m_db(db)
{}

Result<qint64> CatalogueRepository::insertVersion(const CatalogueVersion& v)
{
    auto q = m_db.query(
        QStringLiteral(
            "INSERT INTO catalogue_versions (effective_from, imported_at, imported_by, source, sha256, departments, "
            "procedures) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
        QCoreApplication::translate("motcua::CatalogueRepository", "recording the catalogue version"));
    if (!q)
        return q.error();
    q->bind(1, isoDate(v.effectiveFrom))
        .bind(2, v.importedAt.toSecsSinceEpoch())
        .bind(3, text(v.importedBy))
        .bind(4, text(v.source))
        .bind(5, text(v.sha256))
        .bind(6, v.departments)
        .bind(7, v.procedures);
    if (Status s = q->exec(); !s)
        return s.error();
    return m_db.lastInsertId();
}

Result<CatalogueRepository::DepartmentWrite> CatalogueRepository::upsertDepartment(const Department& d)
{
    qint64 id = 0;
    QDate storedFrom;
    {
        auto q = m_db.query(QStringLiteral("SELECT id, effective_from FROM departments WHERE code = ?1"),
                            QCoreApplication::translate("motcua::CatalogueRepository", "reading the departments"));
        if (!q)
            return q.error();
        q->bind(1, d.code);
        while (q->next()) {
            id = q->int64(0);
            storedFrom = QDate::fromString(q->text(1), Qt::ISODate);
        }
        if (!q->error())
            return q->error().error();
    }
    if (id == 0) {
        auto q = m_db.query(
            QStringLiteral("INSERT INTO departments (code, name, short_name, ordinal, effective_from, active) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, 1)"),
            QCoreApplication::translate("motcua::CatalogueRepository", "saving a department"));
        if (!q)
            return q.error();
        q->bind(1, d.code)
            .bind(2, d.name)
            .bind(3, text(d.shortName))
            .bind(4, d.ordinal)
            .bind(5, isoDate(d.effectiveFrom));
        if (Status s = q->exec(); !s)
            return s.error();
        return DepartmentWrite{m_db.lastInsertId(), true};
    }
    if (!storedFrom.isValid() || d.effectiveFrom >= storedFrom) {
        auto q = m_db.query(QStringLiteral("UPDATE departments SET name = ?2, short_name = ?3, ordinal = ?4, "
                                           "effective_from = ?5, active = 1 WHERE id = ?1"),
                            QCoreApplication::translate("motcua::CatalogueRepository", "saving a department"));
        if (!q)
            return q.error();
        q->bind(1, id).bind(2, d.name).bind(3, text(d.shortName)).bind(4, d.ordinal).bind(5, isoDate(d.effectiveFrom));
        if (Status s = q->exec(); !s)
            return s.error();
    }
    return DepartmentWrite{id, false};
}

Result<CatalogueRepository::ProcedureWrite> CatalogueRepository::writeProcedure(qint64 versionId, qint64 departmentId,
                                                                                const Procedure& p,
                                                                                const QString& searchText)
{
    const QString from = isoDate(p.effectiveFrom);
    const QString cutoff = p.receiveCutoff ? p.receiveCutoff->toString(QStringLiteral("HH:mm")) : QString();
    qint64 id = 0;
    {
        auto q = m_db.query(QStringLiteral("SELECT id FROM procedures WHERE code = ?1 AND effective_from = ?2"),
                            QCoreApplication::translate("motcua::CatalogueRepository", "reading the procedures"));
        if (!q)
            return q.error();
        q->bind(1, p.code).bind(2, from);
        while (q->next())
            id = q->int64(0);
        if (!q->error())
            return q->error().error();
    }
    const bool replaced = id != 0;
    {
        // Same column order for both statements: ?1 is the id (UPDATE) or version (INSERT).
        auto q = m_db.query(
            replaced ? QStringLiteral("UPDATE procedures SET version_id = ?2, code = ?3, name = ?4, search_text = ?5, "
                                      "field = ?6, department_id = ?7, level = ?8, decision = ?9, results = ?10, "
                                      "legal_basis = ?11, receive_cutoff = ?12, effective_from = ?13 WHERE id = ?1")
                     : QStringLiteral("INSERT INTO procedures (version_id, code, name, search_text, field, "
                                      "department_id, level, decision, results, legal_basis, receive_cutoff, "
                                      "effective_from) VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"),
            QCoreApplication::translate("motcua::CatalogueRepository", "saving a procedure"));
        if (!q)
            return q.error();
        if (replaced)
            q->bind(1, id);
        q->bind(2, versionId)
            .bind(3, p.code)
            .bind(4, p.name)
            .bind(5, text(searchText))
            .bind(6, text(p.field))
            .bind(7, departmentId)
            .bind(8, text(p.level))
            .bind(9, text(p.decision))
            .bind(10, jsonList(p.results))
            .bind(11, jsonList(p.legalBasis))
            .bind(12, cutoff) // null QString → NULL: no cutoff
            .bind(13, from);
        if (Status s = q->exec(); !s)
            return s.error();
        if (!replaced)
            id = m_db.lastInsertId();
    }
    if (replaced) {
        for (const QString& sql : {QStringLiteral("DELETE FROM procedure_channels WHERE procedure_id = ?1"),
                                   QStringLiteral("DELETE FROM procedure_components WHERE procedure_id = ?1")}) {
            auto q =
                m_db.query(sql, QCoreApplication::translate("motcua::CatalogueRepository", "replacing a procedure"));
            if (!q)
                return q.error();
            if (Status s = q->bind(1, id).exec(); !s)
                return s.error();
        }
    }
    for (const ProcedureChannel& ch : p.channels) {
        auto q =
            m_db.query(QStringLiteral("INSERT INTO procedure_channels (procedure_id, channel, time_value, time_unit, "
                                      "description, fees) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
                       QCoreApplication::translate("motcua::CatalogueRepository", "saving a procedure's channels"));
        if (!q)
            return q.error();
        q->bind(1, id)
            .bind(2, static_cast<int>(ch.channel))
            .bind(3, ch.timeValue)
            .bind(4, timeUnitKey(ch.timeUnit))
            .bind(5, text(ch.description))
            .bind(6, feesToJson(ch.fees));
        if (Status s = q->exec(); !s)
            return s.error();
    }
    for (const Component& c : p.components) {
        auto q =
            m_db.query(QStringLiteral("INSERT INTO procedure_components (procedure_id, ordinal, name, originals, "
                                      "certified_copies, photocopies, "
                                      "form_template, required) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
                       QCoreApplication::translate("motcua::CatalogueRepository", "saving a procedure's components"));
        if (!q)
            return q.error();
        q->bind(1, id)
            .bind(2, c.ordinal)
            .bind(3, c.name)
            .bind(4, c.originals)
            .bind(5, c.certifiedCopies)
            .bind(6, c.photocopies)
            .bind(7, text(c.formTemplate))
            .bind(8, c.required ? 1 : 0);
        if (Status s = q->exec(); !s)
            return s.error();
    }
    return ProcedureWrite{id, replaced};
}

Result<QList<Department>> CatalogueRepository::departments()
{
    auto q = m_db.query(QStringLiteral("SELECT id, code, name, short_name, ordinal, effective_from "
                                       "FROM departments WHERE active = 1 ORDER BY ordinal, name"),
                        QCoreApplication::translate("motcua::CatalogueRepository", "reading the departments"));
    if (!q)
        return q.error();
    QList<Department> out;
    while (q->next()) {
        Department d;
        d.id = q->int64(0);
        d.code = q->text(1);
        d.name = q->text(2);
        d.shortName = q->text(3);
        d.ordinal = q->integer(4);
        d.effectiveFrom = QDate::fromString(q->text(5), Qt::ISODate);
        out.append(d);
    }
    if (!q->error())
        return q->error().error();
    return out;
}

Result<Department> CatalogueRepository::department(const QString& code)
{
    auto all = departments();
    if (!all)
        return all.error();
    for (const Department& d : std::as_const(*all)) {
        if (d.code == code)
            return d;
    }
    return Error::notFound(
        QCoreApplication::translate("motcua::CatalogueRepository", "No department with code \"%1\".").arg(code));
}

Result<int> CatalogueRepository::versionCount()
{
    auto q = m_db.query(QStringLiteral("SELECT COUNT(*) FROM catalogue_versions"),
                        QCoreApplication::translate("motcua::CatalogueRepository", "reading the catalogue versions"));
    if (!q)
        return q.error();
    int n = 0;
    while (q->next())
        n = q->integer(0);
    if (!q->error())
        return q->error().error();
    return n;
}

Result<QList<CatalogueVersion>> CatalogueRepository::versions()
{
    auto q = m_db.query(QStringLiteral("SELECT id, effective_from, imported_at, imported_by, source, sha256, "
                                       "departments, procedures FROM catalogue_versions ORDER BY id DESC"),
                        QCoreApplication::translate("motcua::CatalogueRepository", "reading the catalogue versions"));
    if (!q)
        return q.error();
    QList<CatalogueVersion> out;
    while (q->next()) {
        CatalogueVersion v;
        v.id = q->int64(0);
        v.effectiveFrom = QDate::fromString(q->text(1), Qt::ISODate);
        v.importedAt = QDateTime::fromSecsSinceEpoch(q->int64(2), Qt::UTC);
        v.importedBy = q->text(3);
        v.source = q->text(4);
        v.sha256 = q->text(5);
        v.departments = q->integer(6);
        v.procedures = q->integer(7);
        out.append(v);
    }
    if (!q->error())
        return q->error().error();
    return out;
}

Result<QList<Procedure>> CatalogueRepository::loadProcedures(const QString& sql, const QVariantList& args)
{
    QList<Procedure> out;
    {
        auto q = m_db.query(sql, QCoreApplication::translate("motcua::CatalogueRepository", "reading the procedures"));
        if (!q)
            return q.error();
        for (qsizetype i = 0; i < args.size(); ++i) {
            const int index = static_cast<int>(i) + 1;
            if (args.at(i).typeId() == QMetaType::LongLong)
                q->bind(index, args.at(i).toLongLong());
            else
                q->bind(index, text(args.at(i).toString()));
        }
        while (q->next()) {
            Procedure p;
            p.id = q->int64(0);
            p.code = q->text(1);
            p.name = q->text(2);
            p.field = q->text(3);
            p.departmentCode = q->text(4);
            p.level = q->text(5);
            p.decision = q->text(6);
            p.results = listFromJson(q->text(7));
            p.legalBasis = listFromJson(q->text(8));
            if (!q->isNull(9))
                p.receiveCutoff = QTime::fromString(q->text(9), QStringLiteral("HH:mm"));
            p.effectiveFrom = QDate::fromString(q->text(10), Qt::ISODate);
            out.append(p);
        }
        if (!q->error())
            return q->error().error();
    }
    for (Procedure& p : out) {
        if (Status s = loadChildren(&p); !s)
            return s.error();
    }
    return out;
}

Status CatalogueRepository::loadChildren(Procedure* p)
{
    {
        auto q =
            m_db.query(QStringLiteral("SELECT channel, time_value, time_unit, description, fees "
                                      "FROM procedure_channels WHERE procedure_id = ?1 "
                                      "ORDER BY channel, id"),
                       QCoreApplication::translate("motcua::CatalogueRepository", "reading a procedure's channels"));
        if (!q)
            return q.error();
        q->bind(1, p->id);
        while (q->next()) {
            ProcedureChannel ch;
            ch.channel = static_cast<Channel>(q->integer(0));
            ch.timeValue = q->real(1);
            timeUnitFromKey(q->text(2), &ch.timeUnit);
            ch.description = q->text(3);
            ch.fees = feesFromJson(q->text(4));
            p->channels.append(ch);
        }
        if (!q->error())
            return q->error();
    }
    auto q = m_db.query(
        QStringLiteral("SELECT id, ordinal, name, originals, certified_copies, photocopies, form_template, required "
                       "FROM procedure_components WHERE procedure_id = ?1 ORDER BY ordinal, id"),
        QCoreApplication::translate("motcua::CatalogueRepository", "reading a procedure's components"));
    if (!q)
        return q.error();
    q->bind(1, p->id);
    while (q->next()) {
        Component c;
        c.id = q->int64(0);
        c.ordinal = q->integer(1);
        c.name = q->text(2);
        c.originals = q->integer(3);
        c.certifiedCopies = q->integer(4);
        c.photocopies = q->integer(5);
        c.formTemplate = q->text(6);
        c.required = q->integer(7) != 0;
        p->components.append(c);
    }
    return q->error();
}

Result<QList<Procedure>> CatalogueRepository::currentProcedures(const QDate& day, const QString& departmentCode)
{
    return loadProcedures(QString::fromLatin1(kProcedureColumns) + QStringLiteral("WHERE ") +
                              QString::fromLatin1(kCurrent) +
                              QStringLiteral("AND (?2 = '' OR d.code = ?2) ORDER BY d.ordinal, d.name, p.code"),
                          {isoDate(day), departmentCode});
}

Result<Procedure> CatalogueRepository::currentProcedure(const QString& code, const QDate& day)
{
    auto found = loadProcedures(QString::fromLatin1(kProcedureColumns) + QStringLiteral("WHERE p.code = ?2 AND ") +
                                    QString::fromLatin1(kCurrent),
                                {isoDate(day), code});
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        return Error::notFound(QCoreApplication::translate("motcua::CatalogueRepository",
                                                           "No procedure with code \"%1\" is in force on %2.")
                                   .arg(code, day.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    return found->first();
}

Result<Procedure> CatalogueRepository::procedureById(qint64 id)
{
    auto found =
        loadProcedures(QString::fromLatin1(kProcedureColumns) + QStringLiteral("WHERE p.id = ?1"), {QVariant(id)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(
            QCoreApplication::translate("motcua::CatalogueRepository", "No procedure with id %1.").arg(id));
    return found->first();
}

Result<QList<Procedure>> CatalogueRepository::procedureVersions(const QString& code)
{
    return loadProcedures(QString::fromLatin1(kProcedureColumns) +
                              QStringLiteral("WHERE p.code = ?1 ORDER BY p.effective_from DESC"),
                          {code});
}

Result<QList<Procedure>> CatalogueRepository::searchCurrent(const QStringList& foldedTokens, const QString& codePrefix,
                                                            const QDate& day)
{
    // ?1 day, ?2 code prefix ('' for none), ?3.. tokens. instr() rather than LIKE: a token
    // holding % or _ must match literally.
    QStringList clauses;
    QVariantList args{isoDate(day), codePrefix};
    for (const QString& token : foldedTokens) {
        args.append(token);
        clauses.append(QStringLiteral("instr(p.search_text, ?%1) > 0").arg(args.size()));
    }
    const QString tokenMatch = clauses.isEmpty() ? QStringLiteral("0") : clauses.join(QStringLiteral(" AND "));
    const QString prefixMatch = QStringLiteral("(?2 <> '' AND substr(p.code, 1, length(?2)) = ?2)");
    return loadProcedures(QString::fromLatin1(kProcedureColumns) + QStringLiteral("WHERE ") +
                              QString::fromLatin1(kCurrent) + QStringLiteral("AND ((") + tokenMatch +
                              QStringLiteral(") OR ") + prefixMatch + QStringLiteral(") ORDER BY ") + prefixMatch +
                              QStringLiteral(" DESC, d.ordinal, d.name, p.code"),
                          args);
}

QDateTime CatalogueRepository::lastImportedAt()
{
    auto q = m_db.query(QStringLiteral("SELECT max(imported_at) FROM catalogue_versions"),
                        QCoreApplication::translate("motcua::CatalogueRepository", "reading the catalogue versions"));
    if (q && q->next() && !q->isNull(0))
        return q->dateTime(0);
    return {};
}

} // namespace motcua
