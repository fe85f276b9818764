#pragma once

#include "core/Result.h"
#include "portal/PortalBackend.h"
#include "store/CodeLeaseAuthority.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace motcua {

class PortalFiles;
class PortalOnline;

// What the reference portal keeps in its own SQLite file (resources/portal/schema): dossiers
// as the counters sent them, history rows, central decisions and the counts over them, number
// leases (CodeLeaseAuthority) and attachments (PortalFiles, a folder beside the file).
class PortalStore : public PortalBackend
{
public:
    PortalStore();
    ~PortalStore() override;

    // Opens (creating) the file and brings it to the portal schema; attachments go to `filesFolder`.
    Status open(const QString& path, const QString& filesFolder, const Clock& clock, CodeNumbering numbering);
    Database& db() { return m_db; }
    PortalFiles& files() { return *m_files; }

    using DossierRow = PortalDossierRow;
    using HistoryRow = PortalHistoryRow;
    using Changes = PortalChanges;
    using Listed = PortalListed;

    Result<int> storeDossiers(const QList<PortalDossierRow>& rows, qint64 now, bool updating) override;
    Result<int> storeHistory(const QList<PortalHistoryRow>& rows, qint64 now) override;
    Result<std::optional<QJsonObject>> lookup(const QString& code) override;
    Result<qint64> decide(const QString& code, const QString& status, const QString& content, const QString& officer,
                          const QString& at) override;
    Result<Changes> changesSince(const QString& madonvi, qint64 cursor, int limit) override;
    // By the rules of the workstation's own figures (ReportService::counts), so the center's
    // figures are the sums of its workstations'.
    Result<QJsonObject> counts(const QString& day, const QString& now) override;
    Result<Lease> lease(const QString& agency, const QString& day, int station, int size,
                        const QString& requestId) override;
    PortalReply appendChunk(const PortalChunk& chunk, qint64 now) override;
    PortalReply fileStatus(const QString& sha256) override;
    QByteArray fileContent(const QString& sha256) override;
    Result<std::optional<PortalFileSlice>> fileSlice(const QString& sha256, qint64 offset, qint64 max) override;
    Result<QList<Listed>> newest(int limit) override;
    Result<QJsonObject> stats() override;
    Result<std::optional<QJsonObject>> dossierDetail(const QString& code) override;
    PortalOnline* online() override { return m_online.get(); }

private:
    Result<qint64> scalar(const QString& sql, const QString& arg = QString());
    Result<bool> exists(const QString& code);
    Result<bool> upsert(const DossierRow& row, qint64 now, bool updating);
    Result<bool> appendHistory(const HistoryRow& row, qint64 now);
    Database m_db;
    std::unique_ptr<PortalFiles> m_files;
    std::unique_ptr<CodeLeaseAuthority> m_leases;
    std::unique_ptr<PortalOnline> m_online;
};

} // namespace motcua
