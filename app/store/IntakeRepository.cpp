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
        Statement& st = m_db.prepare(
            QStringLiteral("INSERT INTO dossier_intake_items (dossier_id, kind, ordinal, component, reason, "
                           "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
        if (!st.isValid())
            return m_db.lastError();
        st.bind(1, dossierId)
            .bind(2, kind)
            .bind(3, i + 1)
            .bind(4, nn(items.at(i).componentName))
            .bind(5, nn(items.at(i).reason))
            .bind(6, at);
        if (Status s = st.exec(); !s)
            return s;
    }
    return {};
}

Result<QList<SupplementItem>> IntakeRepository::items(qint64 dossierId, const QString& kind)
{
    Statement& st = m_db.prepare(QStringLiteral("SELECT component, reason FROM dossier_intake_items "
                                                "WHERE dossier_id = ?1 AND kind = ?2 ORDER BY ordinal, id"));
    if (!st.isValid())
        return m_db.lastError().error();
    st.bind(1, dossierId).bind(2, kind);
    QList<SupplementItem> out;
    while (st.next())
        out.append({st.text(0), st.text(1)});
    if (!st.error())
        return st.error().error();
    return out;
}

Result<qint64> IntakeRepository::addDocument(qint64 dossierId, const QString& form, const QDateTime& at,
                                             const QString& username, const QByteArray& pdf)
{
    Statement& st = m_db.prepare(
        QStringLiteral("INSERT INTO dossier_documents (dossier_id, form, created_at, created_by, sha256, size, pdf) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!st.isValid())
        return m_db.lastError().error();
    st.bind(1, dossierId)
        .bind(2, form)
        .bind(3, at)
        .bind(4, nn(username))
        .bind(5, sha256Hex(pdf))
        .bind(6, static_cast<qint64>(pdf.size()))
        .bind(7, pdf);
    if (Status s = st.exec(); !s)
        return s.error();
    return m_db.lastInsertId();
}

Result<QList<DossierDocument>> IntakeRepository::documents(qint64 dossierId, bool withContent)
{
    // Two statements rather than one with a condition: listing must not read the blobs.
    Statement& st =
        m_db.prepare(withContent ? QStringLiteral("SELECT id, form, created_at, created_by, sha256, size, pdf FROM "
                                                  "dossier_documents WHERE dossier_id = ?1 ORDER BY created_at, id")
                                 : QStringLiteral("SELECT id, form, created_at, created_by, sha256, size FROM "
                                                  "dossier_documents WHERE dossier_id = ?1 ORDER BY created_at, id"));
    if (!st.isValid())
        return m_db.lastError().error();
    st.bind(1, dossierId);
    QList<DossierDocument> out;
    while (st.next()) {
        DossierDocument d;
        d.id = st.int64(0);
        d.form = st.text(1);
        d.createdAt = st.dateTime(2);
        d.createdBy = st.text(3);
        d.sha256 = st.text(4);
        d.size = st.int64(5);
        if (withContent)
            d.pdf = st.blob(6);
        out.append(d);
    }
    if (!st.error())
        return st.error().error();
    return out;
}

Result<DossierDocument> IntakeRepository::latestDocument(qint64 dossierId, const QString& form)
{
    Statement& st =
        m_db.prepare(QStringLiteral("SELECT id, form, created_at, created_by, sha256, size, pdf FROM dossier_documents "
                                    "WHERE dossier_id = ?1 AND form = ?2 ORDER BY created_at DESC, id DESC LIMIT 1"));
    if (!st.isValid())
        return m_db.lastError().error();
    st.bind(1, dossierId).bind(2, form);
    if (!st.next()) {
        if (!st.error())
            return st.error().error();
        return Error::notFound(
            QCoreApplication::translate("motcua::IntakeRepository", "No form %1 is kept with this dossier.").arg(form));
    }
    DossierDocument d;
    d.id = st.int64(0);
    d.form = st.text(1);
    d.createdAt = st.dateTime(2);
    d.createdBy = st.text(3);
    d.sha256 = st.text(4);
    d.size = st.int64(5);
    d.pdf = st.blob(6);
    st.reset();
    return d;
}

} // namespace motcua
