#include "store/DraftRepository.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace motcua {

DraftRepository::DraftRepository(Database& db)
    : m_db(db)
{}

Result<QStringList> DraftRepository::mostUsedProcedures(const QString& username, const QDateTime& since, int limit)
{
    auto q = m_db.query(QStringLiteral("SELECT procedure_code, COUNT(*) AS n, MAX(received_at) AS last "
                                       "FROM dossiers WHERE received_by = ?1 AND received_at >= ?2 "
                                       "GROUP BY procedure_code ORDER BY n DESC, last DESC LIMIT ?3"),
                        QCoreApplication::translate("motcua::DraftRepository", "reading the procedures you use most"));
    if (!q)
        return q.error();
    q->bind(1, username).bind(2, since).bind(3, limit);
    QStringList codes;
    while (q->next())
        codes.append(q->text(0));
    if (Status s = q->error(); !s)
        return s.error();
    return codes;
}

Status DraftRepository::save(const QString& username, const QDateTime& savedAt, const QByteArray& payload, bool replace)
{
    auto q = m_db.query(
        replace ? QStringLiteral("INSERT INTO intake_drafts (username, saved_at, payload) VALUES (?1, ?2, ?3) "
                                 "ON CONFLICT (username) DO UPDATE SET saved_at = excluded.saved_at, "
                                 "payload = excluded.payload")
                : QStringLiteral("INSERT INTO intake_drafts (username, saved_at, payload) VALUES (?1, ?2, ?3) "
                                 "ON CONFLICT (username) DO NOTHING"),
        QCoreApplication::translate("motcua::DraftRepository", "saving the unfinished dossier"));
    if (!q)
        return q.error();
    return q->bind(1, username).bind(2, savedAt).bind(3, QString::fromUtf8(payload)).exec();
}

Result<std::optional<QByteArray>> DraftRepository::payload(const QString& username)
{
    auto q = m_db.query(QStringLiteral("SELECT payload FROM intake_drafts WHERE username = ?1"),
                        QCoreApplication::translate("motcua::DraftRepository", "reading the unfinished dossier"));
    if (!q)
        return q.error();
    q->bind(1, username);
    if (q->next())
        return std::optional<QByteArray>(q->text(0).toUtf8());
    if (Status s = q->error(); !s)
        return s.error();
    return std::optional<QByteArray>();
}

Status DraftRepository::remove(const QString& username)
{
    // A crash between the two leaves kept scans the sweep removes too.
    for (const QString& sql : {QStringLiteral("DELETE FROM kept_scans WHERE username = ?1 AND dossier_code IS NULL"),
                               QStringLiteral("DELETE FROM intake_drafts WHERE username = ?1")}) {
        auto q = m_db.query(
            sql, QCoreApplication::translate("motcua::DraftRepository", "discarding the unfinished dossier"));
        if (!q)
            return q.error();
        if (Status s = q->bind(1, username).exec(); !s)
            return s;
    }
    return {};
}

} // namespace motcua
