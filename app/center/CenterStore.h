#pragma once

#include "center/CenterDatabase.h"
#include "portal/PortalBackend.h"
#include "store/DossierCodeAllocator.h"

namespace motcua {

// What the center keeps, all of it in PostgreSQL (resources/center/schema): the workstation
// protocol's dossiers, history, decisions, number leases and attachment bytes (chunked bytea).
// Every call is one transaction; the upserts are keyed as the reference portal's (the dossier
// code, the history row id, the file's SHA-256, the lease request id), so a request repeated
// after a lost answer, or sent to another motcua-center process on the same database, changes
// nothing twice.
class CenterStore : public PortalBackend
{
public:
    CenterStore(CenterDatabase& db, CodeNumbering numbering);

    Result<int> storeDossiers(const QList<PortalDossierRow>& rows, qint64 now, bool updating) override;
    Result<int> storeHistory(const QList<PortalHistoryRow>& rows, qint64 now) override;
    Result<std::optional<QJsonObject>> lookup(const QString& code) override;
    Result<qint64> decide(const QString& code, const QString& status, const QString& content, const QString& officer,
                          const QString& at) override;
    Result<PortalChanges> changesSince(const QString& madonvi, qint64 cursor, int limit) override;
    Result<QJsonObject> counts(const QString& day, const QString& now) override;
    Result<Lease> lease(const QString& agency, const QString& day, int station, int size,
                        const QString& requestId) override;
    PortalReply appendChunk(const PortalChunk& chunk, qint64 now) override;
    PortalReply fileStatus(const QString& sha256) override;
    QByteArray fileContent(const QString& sha256) override;
    Result<std::optional<PortalFileSlice>> fileSlice(const QString& sha256, qint64 offset, qint64 max) override;
    Result<QList<PortalListed>> newest(int limit) override;
    Result<QJsonObject> stats() override;
    Result<std::optional<QJsonObject>> dossierDetail(const QString& code) override;
    Result<PortalAuditVerdict> recordAuditHead(const PortalAuditHead& report, qint64 now) override;

    CenterDatabase& database() { return m_db; }

    // The largest row of a file's bytes (file_chunks): a chunk is stored as several.
    static constexpr qsizetype kRowBytes = 256 * 1024;

private:
    // One try; `ahead` when refused only because the chunk before it is not stored yet.
    PortalReply appendChunkOnce(const PortalChunk& chunk, qint64 now, bool* ahead);

    CenterDatabase& m_db;
    CodeNumbering m_numbering;
};

} // namespace motcua
