#include "sync/SyncService.h"
#include "store/SettingKeys.h"

#include "sync/AuditHeadReport.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/PrivateFiles.h"
#include "security/Roles.h"
#include "store/CalendarRepository.h"
#include "store/CatalogueRepository.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Settings.h"
#include "sync/OfflineBundle.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace motcua {

namespace {
// The outbox payload of an attachment names its file as file_name (AttachmentService).
QString attachmentFileName(const QJsonObject& payload)
{
    const QString name = payload.value(QStringLiteral("fileName")).toString();
    return name.isEmpty() ? payload.value(QStringLiteral("file_name")).toString() : name;
}
} // namespace

SyncService::SyncService(Database& db, Settings& settings, const Clock& clock)
    : m_db(db)
    , m_settings(settings)
    , m_clock(clock)
    , m_store(db)
{}

Result<PortalConfig> SyncService::config()
{
    if (!m_db.isOpen())
        return Error::forbidden(QCoreApplication::translate(
            "motcua::SyncService",
            "The database is encrypted: sign in to read the portal settings (motcuactl: --user NAME)."));
    return PortalConfig::fromSettings(m_settings);
}

Result<SyncOptions> SyncService::options(bool force)
{
    auto c = config();
    if (!c)
        return c.error();
    SyncOptions o;
    o.config = *c;
    o.clock = &m_clock;
    o.force = force;
    o.attachments = m_reader;
    return o;
}

Result<SyncReport> SyncService::syncNow(bool force)
{
    auto o = options(force);
    if (!o)
        return o.error();
    return SyncRunner(m_db.path(), *o).run();
}

bool SyncService::isPaused()
{
    return m_store.value(QStringLiteral("paused")) == QLatin1String("1");
}

Status SyncService::audit(const Actor& actor, const QString& action, const QJsonObject& details)
{
    return writeAudit(m_db, m_clock.now(), actor, action, QStringLiteral("sync"), QStringLiteral("outbox"), details);
}

Status SyncService::pause(const Actor& actor)
{
    if (Status s = requireRole(actor, Role::Clerk,
                               QCoreApplication::translate("motcua::SyncService", "pause synchronisation"));
        !s)
        return s;
    Transaction tx(m_db);
    if (Status s = m_store.setValue(QStringLiteral("paused"), QStringLiteral("1")); !s)
        return s;
    if (Status s = audit(actor, QStringLiteral("sync.pause"), {}); !s)
        return s;
    return tx.commit();
}

Status SyncService::resume(const Actor& actor)
{
    if (Status s = requireRole(actor, Role::Clerk,
                               QCoreApplication::translate("motcua::SyncService", "resume synchronisation"));
        !s)
        return s;
    Transaction tx(m_db);
    if (Status s = m_store.setValue(QStringLiteral("paused"), QStringLiteral("0")); !s)
        return s;
    if (Status s = audit(actor, QStringLiteral("sync.resume"), {}); !s)
        return s;
    return tx.commit();
}

Result<int> SyncService::retryNow(const Actor& actor, const QList<qint64>& ids)
{
    if (Status s = requireRole(actor, Role::Clerk, QCoreApplication::translate("motcua::SyncService", "retry sending"));
        !s)
        return s.error();
    Transaction tx(m_db);
    auto n = m_store.retryNow(ids, m_clock.now());
    if (!n)
        return n.error();
    if (Status s = audit(actor, QStringLiteral("sync.retry"), {{QStringLiteral("rows"), *n}}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return n;
}

Result<SyncCounts> SyncService::counts()
{
    return m_store.counts();
}

bool SyncService::isOnline()
{
    return m_store.value(QStringLiteral("online")) == QLatin1String("1");
}

QString SyncService::alarm()
{
    return m_store.value(QStringLiteral("alarm"));
}

QList<KindState> SyncService::kinds()
{
    return m_store.kindStates();
}

QList<SyncWarning> SyncService::warnings()
{
    QList<SyncWarning> out;
    const QDateTime now = m_clock.now();
    const QString alarmText = alarm();
    if (!alarmText.isEmpty())
        out.append({QStringLiteral("alarm"), alarmText});

    const int catalogueDays = m_settings.integer(SettingKey::SyncCatalogueMaxAgeDays);
    const QDateTime imported = CatalogueRepository(m_db).lastImportedAt();
    if (!imported.isValid() || imported.secsTo(now) > qint64(catalogueDays) * 86400) {
        out.append({QStringLiteral("catalogue_old"),
                    QCoreApplication::translate("motcua::SyncService",
                                                "The procedure catalogue is older than %n day(s): "
                                                "connect to the portal or import a new one.",
                                                "", catalogueDays)});
    }
    const int holidayDays = m_settings.integer(SettingKey::SyncHolidaysMaxAgeDays);
    const QDateTime confirmed = CalendarRepository(m_db).lastConfirmedAt();
    if (!confirmed.isValid() || confirmed.secsTo(now) > qint64(holidayDays) * 86400) {
        out.append({QStringLiteral("holidays_old"),
                    QCoreApplication::translate("motcua::SyncService",
                                                "The holiday calendar was last confirmed more than %n "
                                                "day(s) ago: appointment dates may be wrong.",
                                                "", holidayDays)});
    }
    const int stuckMinutes = m_settings.integer(SettingKey::SyncStuckMinutes);
    const QDateTime oldest = m_store.oldestPending();
    if (oldest.isValid() && oldest.secsTo(now) > qint64(stuckMinutes) * 60) {
        out.append({QStringLiteral("stuck"),
                    QCoreApplication::translate("motcua::SyncService",
                                                "Some items have waited for the portal since %1 (more than "
                                                "%n minute(s)).",
                                                "", stuckMinutes)
                        .arg(toVietnam(oldest).toString(u"dd/MM/yyyy HH:mm"))});
    }
    if (auto c = m_store.counts(); c && c->failed > 0) {
        out.append(
            {QStringLiteral("failed"),
             QCoreApplication::translate("motcua::SyncService",
                                         "%n item(s) failed and will be retried; see the last error.", "", c->failed)});
    }
    if (auto n = m_store.openConflicts(); n && *n > 0) {
        out.append({QStringLiteral("conflicts"),
                    QCoreApplication::translate("motcua::SyncService",
                                                "%n dossier(s) were changed both here and on the portal; "
                                                "both versions are kept.",
                                                "", *n)});
    }
    return out;
}

Result<BundleSummary> SyncService::exportBundle(const Actor& actor, const QString& path)
{
    if (Status s =
            requireRole(actor, Role::Clerk, QCoreApplication::translate("motcua::SyncService", "export pending items"));
        !s)
        return s.error();
    // History rows of every event so far go into the bundle too.
    if (auto fed = m_store.feedHistory(m_clock.now(), 1000000); !fed)
        return fed.error();
    auto items = m_store.pending();
    if (!items)
        return items.error();
    BundleSummary summary;
    summary.path = path;
    QJsonArray requests;
    QJsonArray history;
    auto flushHistory = [&] {
        if (history.isEmpty())
            return;
        requests.append(QJsonObject{{QStringLiteral("service"), QStringLiteral("CapNhatTienDoHoSoMC")},
                                    {QStringLiteral("data"), history}});
        history = QJsonArray();
    };
    for (const OutboxItem& it : *items) {
        if (it.kind == SyncKind::Dossier) {
            flushHistory();
            // Added; the portal's import replays "already exists" as an update.
            requests.append(QJsonObject{{QStringLiteral("service"), QStringLiteral("DongBoHoSoMC")},
                                        {QStringLiteral("isUpdating"), QStringLiteral("False")},
                                        {QStringLiteral("data"), QJsonArray{it.payload}}});
            ++summary.dossiers;
        } else if (it.kind == SyncKind::History) {
            history.append(it.payload);
            ++summary.history;
            if (history.size() >= 500)
                flushHistory();
        } else if (it.kind == SyncKind::Attachment && m_reader) {
            auto bytes = m_reader(it);
            if (!bytes) {
                qCWarning(lcSync) << "attachment left out of the bundle:" << bytes.error().message;
                continue;
            }
            const QString sha = it.payload.value(QStringLiteral("sha256")).toString().toLower();
            const qint64 chunk = 4 * 1024 * 1024;
            for (qint64 off = 0; off < bytes->size() || (off == 0 && bytes->isEmpty()); off += chunk) {
                requests.append(
                    QJsonObject{{QStringLiteral("service"), QStringLiteral("MC_TaiTep")},
                                {QStringLiteral("MaTep"), sha},
                                {QStringLiteral("MaHoSo"), it.payload.value(QStringLiteral("code")).toString()},
                                {QStringLiteral("TenTep"), attachmentFileName(it.payload)},
                                {QStringLiteral("TongKichThuoc"), QString::number(bytes->size())},
                                {QStringLiteral("ViTri"), QString::number(off)},
                                {QStringLiteral("DuLieu"), QString::fromLatin1(bytes->mid(off, chunk).toBase64())}});
                if (bytes->isEmpty())
                    break;
            }
            ++summary.attachments;
        }
    }
    flushHistory();
    // Joined to a center's server: signed as this station, with its own credential.
    const bool joined = !m_settings.string(SettingKey::CenterUrl).trimmed().isEmpty();
    // The audit trail's head travels with the items, as it does with every online pass.
    const auto head =
        AuditHeadReport::request(m_db, m_store, joined ? m_settings.integer(SettingKey::StationNumber) : 0);
    if (!head)
        return head.error();
    if (*head)
        requests.append(**head);
    summary.requests = static_cast<int>(requests.size());
    const QString madonvi = m_settings.string(SettingKey::CenterAgencyCode);
    const QJsonObject payload{{QStringLiteral("format"), QStringLiteral("motcua-bundle")},
                              {QStringLiteral("version"), QStringLiteral("1")},
                              {QStringLiteral("madonvi"), madonvi},
                              {QStringLiteral("requests"), requests}};
    auto secret = m_settings.secret(joined ? SettingKey::CenterPassword : SettingKey::SyncBundleSecret);
    if (!secret)
        return secret.error();
    auto sealed = joined ? OfflineBundle::seal(payload, OfflineBundle::stationSecret(*secret),
                                               m_settings.integer(SettingKey::StationNumber))
                         : OfflineBundle::seal(payload, *secret);
    if (!sealed)
        return sealed.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*sealed) != sealed->size() || !commitPrivate(file)) {
        return Error::storage(QCoreApplication::translate("motcua::SyncService", "Cannot write the bundle file %1: %2")
                                  .arg(path, file.errorString()));
    }
    summary.bytes = sealed->size();
    Transaction tx(m_db);
    if (Status s = m_store.setValue(QStringLiteral("last_export"), QString::number(m_clock.now().toSecsSinceEpoch()));
        !s)
        return s.error();
    if (*head) {
        if (Status s =
                AuditHeadReport::remember(m_store, (*head)->value(QStringLiteral("ThuTu")).toString().toLongLong());
            !s)
            return s.error();
    }
    if (Status s = audit(actor, QStringLiteral("sync.export"),
                         {{QStringLiteral("dossiers"), summary.dossiers},
                          {QStringLiteral("history"), summary.history},
                          {QStringLiteral("attachments"), summary.attachments}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace motcua
