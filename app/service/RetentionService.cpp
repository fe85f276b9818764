#include "service/RetentionService.h"
#include "store/SettingKeys.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "security/Roles.h"
#include "store/Database.h"
#include "store/FetchParts.h"
#include "store/Journal.h"
#include "store/RetentionRepository.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace motcua {

RetentionService::RetentionService(Database& db, Settings& settings, const Clock& clock)
    : m_db(db)
    , m_settings(settings)
    , m_clock(clock)
{}

Result<RetentionService::Counts> RetentionService::purge(const Actor& by)
{
    if (Status allowed =
            requireRole(by, Role::Admin,
                        QCoreApplication::translate("motcua::RetentionService", "remove old records (store purge)"));
        !allowed)
        return allowed.error();
    const QDateTime now = m_clock.now();
    const auto daysAgo = [&](QLatin1StringView key) { return now.addDays(-qint64(m_settings.integer(key))); };
    RetentionRepository rows(m_db);
    Counts c;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const Result<int> payloads = rows.stripSentPayloads(daysAgo(SettingKey::RetentionSentPayloadDays));
    if (!payloads)
        return payloads.error();
    const Result<int> drafts = rows.deleteDraftsBefore(daysAgo(SettingKey::RetentionDraftDays));
    if (!drafts)
        return drafts.error();
    const Result<int> kept = rows.deleteKeptScansBefore(daysAgo(SettingKey::RetentionKeptScanDays));
    if (!kept)
        return kept.error();
    c.payloads = *payloads;
    c.drafts = *drafts;
    c.keptScans = *kept;
    // Pieces of a download from the center that nobody tried again (each try touches its file).
    if (!m_fetchParts.isEmpty())
        c.fetchParts = FetchParts::removeUntouchedSince(m_fetchParts, daysAgo(SettingKey::RetentionFetchPartDays));
    if (c.total() > 0) {
        if (Status a = writeAudit(m_db, now, by, QStringLiteral("store.purge"), QStringLiteral("store"),
                                  QStringLiteral("retention"),
                                  QJsonObject{{QStringLiteral("payloads"), c.payloads},
                                              {QStringLiteral("drafts"), c.drafts},
                                              {QStringLiteral("kept_scans"), c.keptScans},
                                              {QStringLiteral("fetch_parts"), c.fetchParts}});
            !a)
            return a.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    if (c.total() > 0)
        qCInfo(lcStore) << "retention purge:" << c.payloads << "payloads emptied," << c.drafts << "drafts,"
                        << c.keptScans << "kept scans and" << c.fetchParts << "pieces of downloads removed";
    return c;
}

} // namespace motcua
