#pragma once

#include "core/Result.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace motcua {

// What the reference portal keeps in its own SQLite file (resources/portal/schema): dossiers
// as the counters sent them, history rows, central decisions and the counts over them.
// Attachments are PortalFiles, number leases PortalServices with CodeLeaseAuthority.
class PortalStore
{
public:
    // Opens (creating) the file and brings it to the portal schema.
    Status open(const QString& path);
    Database& db() { return m_db; }

    // One validated dossier object of DongBoHoSoMC.
    struct DossierRow
    {
        QString code, madonvi, procedure, department, applicant, channel, status;
        QString receivedAt, dueAt, finishedAt, returnedAt; // portal dates, "" when absent
        QJsonObject data;
    };
    // Inside the caller's transaction.
    Result<bool> exists(const QString& code);
    // Adds the dossier, or with `updating` replaces the stored one. False, with nothing
    // changed, when the add meets a code already stored or the update meets none.
    Result<bool> upsert(const DossierRow& row, qint64 now, bool updating);

    struct HistoryRow
    {
        QString id, code, status, at;
        QJsonObject data;
    };
    // True when inserted, false when the id was already stored.
    Result<bool> appendHistory(const HistoryRow& row, qint64 now);

    // TraCuuHoSo: the stored object plus status fields; nullopt when unknown.
    Result<std::optional<QJsonObject>> lookup(const QString& code);

    // A central decision (portal page, admin endpoint). `at` is the portal date of now.
    // Returns the cursor id. NotFound for an unknown code, BadInput for a bad status.
    Result<qint64> decide(const QString& code, const QString& status, const QString& content, const QString& officer,
                          const QString& at);
    // MC_LayTrangThai: decisions of `madonvi` after `cursor`, at most `limit` + whether more wait.
    struct Changes
    {
        QJsonArray rows;
        qint64 next = 0;
        bool more = false;
    };
    Result<Changes> changesSince(const QString& madonvi, qint64 cursor, int limit);

    // MC_SoLieuTrungTam for Vietnam day `day` (yyyyMMdd) as of `now` (yyyyMMddHHmmss): by the
    // rules of the workstation's own figures (ReportService::counts), so the center's figures
    // are the sums of its workstations'.
    Result<QJsonObject> counts(const QString& day, const QString& now);

    // The newest dossiers for the HTML page.
    struct Listed
    {
        QString code, procedure, department, applicant, receivedAt, dueAt, status, centralStatus;
        int history = 0;
        int files = 0;
    };
    Result<QList<Listed>> newest(int limit);

    // Admin: counts of every table, and one dossier with its history rows.
    Result<QJsonObject> stats();
    Result<std::optional<QJsonObject>> dossierDetail(const QString& code);

private:
    Result<qint64> scalar(const QString& sql, const QString& arg = QString());
    Database m_db;
};

} // namespace motcua
