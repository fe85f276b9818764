#include "sync/SyncRunner.h"

#include "sync/AuditHeadReport.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "sync/AccountSync.h"
#include "sync/CenterFeedPull.h"
#include "sync/OutboxSender.h"
#include "sync/PortalPuller.h"
#include "sync/SyncLane.h"

#include <QCoreApplication>
#include <QFile>
#include <QLockFile>
#include <QThread>

#include <functional>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/file.h>
#endif

namespace motcua {

namespace {

// One pass per database at a time. On Unix the kernel holds the lock on the open file and lets
// go when the process ends, however it ends: a pass killed at any moment, even while taking
// the lock, never leaves the database locked. (A lock file that holds a PID is left empty by a
// process killed between creating it and writing the PID, and then never looks stale.)
class PassLock
{
public:
    explicit PassLock(const QString& path)
        : m_file(path)
        , m_fallback(path)
    {}

    bool tryLock()
    {
#ifdef Q_OS_UNIX
        return m_file.open(QIODevice::ReadWrite) && ::flock(m_file.handle(), LOCK_EX | LOCK_NB) == 0;
#else
        m_fallback.setStaleLockTime(0);
        return m_fallback.tryLock(0);
#endif
    }

private:
    QFile m_file;         // closing it releases the lock
    QLockFile m_fallback; // where there is no flock()
};

} // namespace

void SyncReport::merge(const SyncReport& o)
{
    reached = reached || o.reached;
    if (alarm.isEmpty())
        alarm = o.alarm;
    dossiers += o.dossiers;
    history += o.history;
    attachments += o.attachments;
    failed += o.failed;
    statusApplied += o.statusApplied;
    conflicts += o.conflicts;
    leased += o.leased;
    feedDossiers += o.feedDossiers;
    catalogueImported = catalogueImported || o.catalogueImported;
    requests += o.requests;
    for (const QString& e : o.errors) {
        if (!errors.contains(e))
            errors.append(e);
    }
}

SyncRunner::SyncRunner(QString databasePath, SyncOptions options)
    : m_path(std::move(databasePath))
    , m_options(std::move(options))
{}

Result<SyncReport> SyncRunner::run()
{
    if (!m_options.config.isConfigured())
        return Error::badInput(QCoreApplication::translate(
            "motcua::SyncRunner", "No portal or center is configured (settings portal.url, center.url)."));
    PassLock lock(m_path + QStringLiteral(".sync-lock"));
    if (!lock.tryLock()) {
        return Error::conflict(
            QCoreApplication::translate("motcua::SyncRunner", "Another synchronisation of this database is running."));
    }
    SystemClock systemClock;
    const Clock& clock = m_options.clock ? *m_options.clock : systemClock;
    std::atomic<bool> abort{false};

    // Rows a dead process left in flight go back to the queue before anyone claims.
    {
        SyncLane setup(m_path, m_options, clock, abort);
        if (Status s = setup.open(); !s)
            return s.error();
        if (auto recovered = setup.store().recover(clock.now()); !recovered)
            return recovered.error();
        else if (*recovered > 0)
            qCInfo(lcSync) << *recovered << "rows left in flight by an earlier run are queued again";
    }

    // The lanes. Dossiers and their history share one lane: history waits for its dossier.
    using Work = std::function<void(SyncLane&)>;
    std::vector<Work> work;
    auto wants = [this](SyncKind kind) { return m_options.kinds.isEmpty() || m_options.kinds.contains(kind); };
    if (wants(SyncKind::Dossier) || wants(SyncKind::History)) {
        work.push_back([&wants](SyncLane& lane) {
            OutboxSender sender(lane);
            if (wants(SyncKind::Dossier))
                sender.sendDossiers();
            if (wants(SyncKind::History))
                sender.sendHistory();
        });
    }
    if (wants(SyncKind::Attachment))
        work.push_back([](SyncLane& lane) { OutboxSender(lane).sendAttachments(); });
    if (wants(SyncKind::Lease) || wants(SyncKind::Status) || wants(SyncKind::Catalogue) || wants(SyncKind::Feed)) {
        work.push_back([](SyncLane& lane) {
            PortalPuller puller(lane);
            puller.leaseAhead();
            puller.pullStatus();
            puller.pullCatalogue();
            CenterFeedPull(lane).run();
        });
    }

    // The center's accounts (a workstation of a center only).
    if (wants(SyncKind::Account))
        work.push_back([](SyncLane& lane) { AccountSync(lane).run(); });

    std::vector<std::unique_ptr<SyncLane>> lanes;
    for (size_t i = 0; i < work.size(); ++i)
        lanes.push_back(std::make_unique<SyncLane>(m_path, m_options, clock, abort));
    auto runLane = [&](size_t i) {
        SyncLane& lane = *lanes[i];
        if (Status s = lane.open(); !s) {
            lane.note(s.error().message);
            return;
        }
        work[i](lane);
        lane.report().requests = lane.closeClient();
    };

    // At most maxParallel lanes at once; the rest wait for a free slot.
    const size_t parallel = static_cast<size_t>(qMax(1, m_options.config.maxParallel));
    size_t next = 0;
    while (next < work.size()) {
        std::vector<std::unique_ptr<QThread>> threads;
        for (size_t n = 0; n < parallel && next < work.size(); ++n, ++next) {
            const size_t i = next;
            threads.emplace_back(QThread::create([&runLane, i] { runLane(i); }));
            threads.back()->start();
        }
        for (auto& t : threads)
            t->wait();
    }

    SyncReport report;
    for (auto& lane : lanes)
        report.merge(lane->report());
    // The audit trail's head goes with the station's records (AuditHeadReport.h): after a pass
    // that sends dossiers and that the server answered; a pull of the catalogue alone has none.
    if (wants(SyncKind::Dossier) && report.reached && report.alarm.isEmpty() && !abort.load()) {
        SyncLane audit(m_path, m_options, clock, abort);
        if (Status s = audit.open(); s) {
            AuditHeadReport::send(audit);
            audit.report().requests = audit.closeClient();
            report.merge(audit.report());
        }
    }
    {
        SyncLane finish(m_path, m_options, clock, abort);
        if (Status s = finish.open(); s) {
            finish.remember(QStringLiteral("online"), report.reached ? QStringLiteral("1") : QStringLiteral("0"));
            finish.remember(QStringLiteral("alarm"), report.alarm);
            finish.remember(QStringLiteral("last_attempt"), QString::number(clock.now().toSecsSinceEpoch()));
        }
    }
    qCInfo(lcSync) << "pass:" << report.dossiers << "dossiers," << report.history << "history rows,"
                   << report.attachments << "attachments," << report.failed << "failed," << report.requests
                   << "requests";
    return report;
}

} // namespace motcua
