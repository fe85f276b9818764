// PortalStore: the writes of the workstation protocol, one transaction each (PortalBackend).
#include "portal/PortalFiles.h"
#include "portal/PortalLog.h"
#include "portal/PortalStore.h"

#include <QCoreApplication>
#include <QSet>

namespace motcua {

Result<int> PortalStore::storeDossiers(const QList<PortalDossierRow>& rows, qint64 now, bool updating)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        auto stored = upsert(rows.at(i), now, updating);
        if (!stored)
            return stored.error();
        if (!*stored)
            return static_cast<int>(i); // rolled back with tx
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    return -1;
}

Result<int> PortalStore::storeHistory(const QList<PortalHistoryRow>& rows, qint64 now)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    QSet<QString> known;
    int inserted = 0;
    for (const PortalHistoryRow& row : rows) {
        if (!known.contains(row.code)) {
            auto found = exists(row.code);
            if (!found)
                return found.error();
            if (!*found)
                return Error::notFound(row.code);
            known.insert(row.code);
        }
        auto added = appendHistory(row, now);
        if (!added)
            return added.error();
        inserted += *added ? 1 : 0;
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    return inserted;
}

Result<PortalBackend::Lease> PortalStore::lease(const QString& agency, const QString& day, int station, int size,
                                                const QString& requestId)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (!requestId.isEmpty()) {
        auto q = m_db.query(QStringLiteral("SELECT first, last, agency, day FROM lease_requests WHERE request_id = ?1"),
                            QCoreApplication::translate("motcua::PortalStoreWrites", "reading the number requests"));
        if (!q)
            return q.error();
        q->bind(1, requestId);
        if (q->next()) {
            const Lease known{q->int64(0), q->int64(1)};
            const bool same = q->text(2) == agency && q->text(3) == day;
            if (!same) {
                return Error::badInput(QCoreApplication::translate(
                    "motcua::PortalStoreWrites", "Field \"MaYeuCau\" was used before for another agency or day."));
            }
            return known;
        }
        if (!q->error())
            return q->error().error();
    }
    auto leased = m_leases->lease(agency, day, station, size);
    if (!leased)
        return leased.error();
    if (!requestId.isEmpty()) {
        auto ins = m_db.query(QStringLiteral("INSERT INTO lease_requests (request_id, agency, day, station, "
                                             "first, last) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
                              QCoreApplication::translate("motcua::PortalStoreWrites", "recording the number request"));
        if (!ins)
            return ins.error();
        ins->bind(1, requestId)
            .bind(2, agency)
            .bind(3, day)
            .bind(4, station)
            .bind(5, leased->first)
            .bind(6, leased->last);
        if (Status s = ins->exec(); !s)
            return s.error();
    }
    if (Status c = tx.commit(); !c)
        return c.error();
    return Lease{leased->first, leased->last};
}

PortalReply PortalStore::appendChunk(const PortalChunk& chunk, qint64 now)
{
    // The chunk that completes the file commits with a full sync, like the file itself:
    // "HoanTat": "True" is the answer after which the client forgets it.
    const bool completes = chunk.offset + chunk.data.size() >= chunk.total;
    const auto failure = [](const Error& error) {
        qCWarning(lcPortal) << "storage failure:" << error.message;
        return PortalReply::failure(
            PortalCode::ServerFailure,
            QCoreApplication::translate("motcua::PortalStoreWrites", "The portal could not store the request."));
    };
    if (completes && !m_db.execute(QStringLiteral("PRAGMA synchronous = FULL")))
        return failure(m_db.lastError().error());
    PortalReply reply;
    {
        // One transaction: the files row and the link commit with the bytes acknowledged.
        Transaction tx(m_db);
        if (!tx.begun())
            return failure(tx.begun().error());
        reply = m_files->append(chunk, now);
        if (Status c = tx.commit(); !c)
            reply = failure(c.error());
    }
    if (completes && !m_db.execute(QStringLiteral("PRAGMA synchronous = NORMAL")))
        qCWarning(lcPortal) << "cannot return to synchronous=NORMAL";
    return reply;
}

PortalReply PortalStore::fileStatus(const QString& sha256)
{
    return m_files->status(sha256);
}

QByteArray PortalStore::fileContent(const QString& sha256)
{
    return m_files->content(sha256);
}

Result<std::optional<PortalFileSlice>> PortalStore::fileSlice(const QString& sha256, qint64 offset, qint64 max)
{
    return m_files->slice(sha256, offset, max);
}

} // namespace motcua
