#include "store/DraftRepository.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace motcua {

DraftRepository::DraftRepository(Database& db)
    : m_db(db)
{}

Result<QStringList> DraftRepository::mostUsedProcedures(const QString& username, const QDateTime& since, int limit)
{
    Statement& q = m_db.prepare(QStringLiteral("SELECT procedure_code, COUNT(*) AS n, MAX(received_at) AS last "
                                               "FROM dossiers WHERE received_by = ?1 AND received_at >= ?2 "
                                               "GROUP BY procedure_code ORDER BY n DESC, last DESC LIMIT ?3"));
    if (!q.isValid())
        return m_db.storageError(QCoreApplication::translate("motcua", "reading the procedures you use most"));
    q.bind(1, username).bind(2, since).bind(3, limit);
    QStringList codes;
    while (q.next())
        codes.append(q.text(0));
    if (!q.error())
        return q.error().error();
    return codes;
}

Status DraftRepository::save(const QString& username, const QDateTime& savedAt, const QByteArray& payload, bool replace)
{
    Statement& q = m_db.prepare(
        replace ? QStringLiteral("INSERT INTO intake_drafts (username, saved_at, payload) VALUES (?1, ?2, ?3) "
                                 "ON CONFLICT (username) DO UPDATE SET saved_at = excluded.saved_at, "
                                 "payload = excluded.payload")
                : QStringLiteral("INSERT INTO intake_drafts (username, saved_at, payload) VALUES (?1, ?2, ?3) "
                                 "ON CONFLICT (username) DO NOTHING"));
    if (!q.isValid())
        return m_db.storageError(QCoreApplication::translate("motcua", "saving the unfinished dossier"));
    return q.bind(1, username).bind(2, savedAt).bind(3, QString::fromUtf8(payload)).exec();
}

Result<std::optional<QByteArray>> DraftRepository::payload(const QString& username)
{
    Statement& q = m_db.prepare(QStringLiteral("SELECT payload FROM intake_drafts WHERE username = ?1"));
    if (!q.isValid())
        return m_db.storageError(QCoreApplication::translate("motcua", "reading the unfinished dossier"));
    q.bind(1, username);
    if (!q.next()) {
        if (!q.error())
            return q.error().error();
        return std::optional<QByteArray>();
    }
    const QByteArray payload = q.text(0).toUtf8();
    q.reset();
    return std::optional<QByteArray>(payload);
}

Status DraftRepository::remove(const QString& username)
{
    // A crash between the two leaves kept scans the sweep removes too.
    for (const QString& sql : {QStringLiteral("DELETE FROM kept_scans WHERE username = ?1 AND dossier_code IS NULL"),
                               QStringLiteral("DELETE FROM intake_drafts WHERE username = ?1")}) {
        Statement& q = m_db.prepare(sql);
        if (!q.isValid())
            return m_db.storageError(QCoreApplication::translate("motcua", "discarding the unfinished dossier"));
        if (Status s = q.bind(1, username).exec(); !s)
            return s;
    }
    return {};
}

} // namespace motcua
