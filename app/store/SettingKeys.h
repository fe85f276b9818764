#pragma once

#include <QLatin1StringView>

namespace motcua {

// The name of every setting the app reads, as stored in table `settings` and typed in
// `motcuactl settings get|set`. The registry in Settings.cpp gives each its type, default
// and description; code names a setting only through these constants, so a mistyped key is
// a compile error and a rename is one line.
namespace SettingKey {
inline constexpr QLatin1StringView CenterName{"center.name"};
inline constexpr QLatin1StringView CenterParent{"center.parent"};
inline constexpr QLatin1StringView CenterPlace{"center.place"};
inline constexpr QLatin1StringView CenterAgencyCode{"center.agencyCode"};
inline constexpr QLatin1StringView CenterAddress{"center.address"};
inline constexpr QLatin1StringView CenterPhone{"center.phone"};
inline constexpr QLatin1StringView CenterLookupUrl{"center.lookupUrl"};
inline constexpr QLatin1StringView StationNumber{"station.number"};
inline constexpr QLatin1StringView CodeMaxStations{"code.maxStations"};
inline constexpr QLatin1StringView CodeFallbackStart{"code.fallbackStart"};
inline constexpr QLatin1StringView CodeBlockSize{"code.blockSize"};
inline constexpr QLatin1StringView AttachmentsMinFreeMB{"attachments.minFreeMB"};
inline constexpr QLatin1StringView ProcessingTakeBackMinutes{"processing.takeBackMinutes"};
inline constexpr QLatin1StringView OnlineAcceptHours{"online.acceptHours"};
inline constexpr QLatin1StringView SecurityLockoutMinutes{"security.lockoutMinutes"};
inline constexpr QLatin1StringView SecurityIdleLockMinutes{"security.idleLockMinutes"};
inline constexpr QLatin1StringView RetentionSentPayloadDays{"retention.sentPayloadDays"};
inline constexpr QLatin1StringView RetentionDraftDays{"retention.draftDays"};
inline constexpr QLatin1StringView RetentionKeptScanDays{"retention.keptScanDays"};
inline constexpr QLatin1StringView RetentionFetchPartDays{"retention.fetchPartDays"};
inline constexpr QLatin1StringView UiLanguage{"ui.language"};
inline constexpr QLatin1StringView CalendarHours{"calendar.hours"};
inline constexpr QLatin1StringView CalendarWeekend{"calendar.weekend"};
inline constexpr QLatin1StringView ReportWithdrawnAs{"report.withdrawnAs"};
inline constexpr QLatin1StringView ReportStoppedAs{"report.stoppedAs"};
inline constexpr QLatin1StringView PortalUrl{"portal.url"};
inline constexpr QLatin1StringView PortalUsername{"portal.username"};
inline constexpr QLatin1StringView PortalPassword{"portal.password"};
inline constexpr QLatin1StringView PortalCaFile{"portal.caFile"};
inline constexpr QLatin1StringView PortalPinSha256{"portal.pinSha256"};
inline constexpr QLatin1StringView CenterUrl{"center.url"};
inline constexpr QLatin1StringView CenterCaFile{"center.caFile"};
inline constexpr QLatin1StringView CenterUsername{"center.username"};
inline constexpr QLatin1StringView CenterPassword{"center.password"};
inline constexpr QLatin1StringView CenterServerName{"center.serverName"};
inline constexpr QLatin1StringView SyncIntervalSecs{"sync.intervalSecs"};
inline constexpr QLatin1StringView SyncTimeoutSecs{"sync.timeoutSecs"};
inline constexpr QLatin1StringView SyncMaxParallel{"sync.maxParallel"};
inline constexpr QLatin1StringView SyncBackoffBaseSecs{"sync.backoffBaseSecs"};
inline constexpr QLatin1StringView SyncBackoffCapSecs{"sync.backoffCapSecs"};
inline constexpr QLatin1StringView SyncChunkKiB{"sync.chunkKiB"};
inline constexpr QLatin1StringView SyncHistoryChunk{"sync.historyChunk"};
inline constexpr QLatin1StringView SyncDossierBatch{"sync.dossierBatch"};
inline constexpr QLatin1StringView SyncStuckMinutes{"sync.stuckMinutes"};
inline constexpr QLatin1StringView SyncCatalogueMaxAgeDays{"sync.catalogueMaxAgeDays"};
inline constexpr QLatin1StringView SyncHolidaysMaxAgeDays{"sync.holidaysMaxAgeDays"};
inline constexpr QLatin1StringView SyncBundleSecret{"sync.bundleSecret"};
} // namespace SettingKey

} // namespace motcua
