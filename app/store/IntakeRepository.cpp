#include "store/IntakeRepository.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace motcua {

namespace {

// Columns are NOT NULL: a null QString would bind NULL.
QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// A row of dossier_documents in the column order of the SELECTs below; the PDF (column 6) only
// when the statement reads it.
DossierDocument readDocument(const Query& q, bool withContent)
{
    DossierDocument d;
    d.id = q.int64(0);
    d.form = q.text(1);
    d.createdAt = q.dateTime(2);
    d.createdBy = q.text(3);
    d.sha256 = q.text(4);
    d.size = q.int64(5);
    if (withContent)
        d.pdf = q.blob(6);
    return d;
}

} // namespace

IntakeRepository::IntakeRepository(Database& db)
    : m_db(db)
{}

QString IntakeRepository::sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Status IntakeRepository::addItems(qint64 dossierId, const QString& kind, const QList<SupplementItem>& items,
                                  const QDateTime& at)
{
    for (int i = 0; i < items.size(); ++i) {
        auto q = m_db.query(
            QStringLiteral("INSERT INTO dossier_intake_items (dossier_id, kind, ordinal, component, reason, "
                           "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
            QCoreApplication::translate("motcua::IntakeRepository", "saving the papers asked for and the reasons"));
        if (!q)
            return q.error();
        q->bind(1, dossierId)
            .bind(2, kind)
            .bind(3, i + 1)
            .bind(4, nn(items.at(i).componentName))
            .bind(5, nn(items.at(i).reason))
            .bind(6, at);
        if (Status s = q->exec(); !s)
            return s;
    }
    return {};
}

Result<QList<SupplementItem>> IntakeRepository::items(qint64 dossierId, const QString& kind)
{
    auto q = m_db.query(
        QStringLiteral("SELECT component, reason FROM dossier_intake_items "
                       "WHERE dossier_id = ?1 AND kind = ?2 ORDER BY ordinal, id"),
        QCoreApplication::translate("motcua::IntakeRepository", "reading the papers asked for and the reasons"));
    if (!q)
        return q.error();
    q->bind(1, dossierId).bind(2, kind);
    QList<SupplementItem> out;
    while (q->next())
        out.append({q->text(0), q->text(1)});
    if (!q->error())
        return q->error().error();
    return out;
}

Result<qint64> IntakeRepository::addDocument(qint64 dossierId, const QString& form, const QDateTime& at,
                                             const QString& username, const QByteArray& pdf)
{
    auto q = m_db.query(
        QStringLiteral("INSERT INTO dossier_documents (dossier_id, form, created_at, created_by, sha256, size, pdf) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
        QCoreApplication::translate("motcua::IntakeRepository", "keeping the form"));
    if (!q)
        return q.error();
    q->bind(1, dossierId)
        .bind(2, form)
        .bind(3, at)
        .bind(4, nn(username))
        .bind(5, sha256Hex(pdf))
        .bind(6, static_cast<qint64>(pdf.size()))
        .bind(7, pdf);
    if (Status s = q->exec(); !s)
        return s.error();
    return m_db.lastInsertId();
}

Result<QList<DossierDocument>> IntakeRepository::documents(qint64 dossierId, bool withContent)
{
    // Two statements rather than one with a condition: listing must not read the blobs.
    auto q = m_db.query(withContent ? QStringLiteral("SELECT id, form, created_at, created_by, sha256, size, pdf FROM "
                                                     "dossier_documents WHERE dossier_id = ?1 ORDER BY created_at, id")
                                    : QStringLiteral("SELECT id, form, created_at, created_by, sha256, size FROM "
                                                     "dossier_documents WHERE dossier_id = ?1 ORDER BY created_at, id"),
                        QCoreApplication::translate("motcua::IntakeRepository", "reading the kept forms"));
    if (!q)
        return q.error();
    q->bind(1, dossierId);
    QList<DossierDocument> out;
    while (q->next())
        out.append(readDocument(*q, withContent));
    if (!q->error())
        return q->error().error();
    return out;
}

Result<DossierDocument> IntakeRepository::latestDocument(qint64 dossierId, const QString& form)
{
    auto q =
        m_db.query(QStringLiteral("SELECT id, form, created_at, created_by, sha256, size, pdf FROM dossier_documents "
                                  "WHERE dossier_id = ?1 AND form = ?2 ORDER BY created_at DESC, id DESC LIMIT 1"),
                   QCoreApplication::translate("motcua::IntakeRepository", "reading the kept forms"));
    if (!q)
        return q.error();
    q->bind(1, dossierId).bind(2, form);
    if (!q->next()) {
        if (!q->error())
            return q->error().error();
        return Error::notFound(
            QCoreApplication::translate("motcua::IntakeRepository", "No form %1 is kept with this dossier.").arg(form));
    }
    return readDocument(*q, true);
}

} // namespace motcua
