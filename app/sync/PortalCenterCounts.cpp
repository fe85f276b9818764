#include "sync/PortalCenterCounts.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/PortalProtocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThread>

namespace motcua {

namespace P = PortalProtocol;

// What the background thread hands back.
struct PortalCenterCounts::Outcome
{
    QDate day;
    PortalAnswer answer;
    std::optional<TodayCounts> counts;
    QDateTime at;
};

namespace {

const QString kService = QStringLiteral("MC_SoLieuTrungTam");

// A count on the wire: a string of digits (or a number); -1 when it is neither.
qint64 count(const QJsonObject& o, const QString& key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() && !v.isDouble())
        return -1;
    return P::number(v, -1);
}

// The fields every group of figures carries; false when one is missing or not a count.
bool readDay(const QJsonObject& o, const QJsonObject& received, DayCounts* c)
{
    const qint64 values[] = {count(received, QStringLiteral("TrucTiep")), count(received, QStringLiteral("TrucTuyen")),
                             count(received, QStringLiteral("BuuChinh")), count(o, QStringLiteral("DaTraKetQua")),
                             count(o, QStringLiteral("DenHanHomNay")),    count(o, QStringLiteral("QuaHan")),
                             count(o, QStringLiteral("ChoBoSung"))};
    for (qint64 v : values) {
        if (v < 0)
            return false;
    }
    c->receivedCounter = values[0];
    c->receivedOnline = values[1];
    c->receivedPostal = values[2];
    c->returned = values[3];
    c->dueToday = values[4];
    c->overdue = values[5];
    c->awaitingSupplement = values[6];
    return true;
}

} // namespace

PortalCenterCounts::PortalCenterCounts(ConfigReader config, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{}

PortalCenterCounts::~PortalCenterCounts()
{
    // Quitting the thread's event loop ends the transport's wait at once, so a window closed
    // while the portal is slow neither waits for the timeout nor leaves a request running
    // while the application shuts down.
    if (m_thread && m_thread->isRunning()) {
        m_thread->quit();
        m_thread->wait(3000);
    }
}

std::optional<TodayCounts> PortalCenterCounts::parse(const QJsonObject& result, const QDate& day)
{
    if (result.value(QStringLiteral("Ngay")).toString() != day.toString(QStringLiteral("yyyyMMdd")))
        return std::nullopt;
    TodayCounts out;
    out.day = day;
    if (!readDay(result, result.value(QStringLiteral("TiepNhan")).toObject(), &out.total))
        return std::nullopt;
    const QDateTime asOf =
        QDateTime::fromString(result.value(QStringLiteral("ThoiDiem")).toString(), QStringLiteral("yyyyMMddHHmmss"));
    if (asOf.isValid())
        out.asOf = QDateTime(asOf.date(), asOf.time(), vietnamZone()).toUTC();
    for (const QJsonValue& v : result.value(QStringLiteral("TheoDonVi")).toArray()) {
        const QJsonObject unit = v.toObject();
        DayCounts c;
        // Per unit the portal gives the channels too; an older portal only the total
        // (counted as received at the counter, so the sum still holds).
        if (!readDay(unit, unit, &c)) {
            QJsonObject received{{QStringLiteral("TrucTiep"), unit.value(QStringLiteral("TiepNhan"))},
                                 {QStringLiteral("TrucTuyen"), QStringLiteral("0")},
                                 {QStringLiteral("BuuChinh"), QStringLiteral("0")}};
            if (!readDay(unit, received, &c))
                return std::nullopt;
        }
        c.departmentName = unit.value(QStringLiteral("DonViXuLy")).toString();
        c.departmentShortName = c.departmentName;
        out.departments.append(c);
    }
    return out;
}

PortalAnswer PortalCenterCounts::fetch(PortalClient& client, const QDate& day, const QDateTime& asOf,
                                       std::optional<TodayCounts>* counts)
{
    QJsonObject fields{{QStringLiteral("Ngay"), day.toString(QStringLiteral("yyyyMMdd"))}};
    if (asOf.isValid())
        fields.insert(QStringLiteral("ThoiDiem"), toVietnam(asOf).toString(QStringLiteral("yyyyMMddHHmmss")));
    PortalAnswer a = client.call(kService, fields);
    if (a.ok()) {
        *counts = parse(a.body.value(QStringLiteral("result")).toObject(), day);
        if (!counts->has_value()) {
            a.outcome = PortalAnswer::Refused;
            a.message = QCoreApplication::translate("motcua::PortalCenterCounts",
                                                    "The portal's answer holds no figures for that day.");
        }
    }
    return a;
}

std::optional<TodayCounts> PortalCenterCounts::centerCounts(const QDate& day)
{
    if (m_counts && m_counts->day == day)
        return m_counts;
    return std::nullopt;
}

CenterStatus PortalCenterCounts::status(const QDate& day)
{
    CenterStatus s;
    s.state = m_state;
    s.message = m_message;
    const bool haveDay = m_counts && m_counts->day == day;
    if (haveDay)
        s.updated = m_updated;
    // A newer day asked for: its figures are on their way (or the last attempt's error holds).
    if (s.state == CenterStatus::Ready && !haveDay)
        s.state = CenterStatus::Loading;
    return s;
}

void PortalCenterCounts::setState(CenterStatus::State state, const QString& message)
{
    m_state = state;
    m_message = message;
}

void PortalCenterCounts::request(const QDate& day, bool force)
{
    if (!day.isValid())
        return;
    if (m_busy) {
        // One request at a time; a forced one or another day follows the running one.
        if (force || day != m_askedDay) {
            m_again = true;
            m_againDay = day;
        }
        return;
    }
    const QDateTime now = m_clock.now();
    const bool fresh =
        day == m_askedDay && m_askedAt.isValid() && m_askedAt.secsTo(now) < m_intervalSecs && m_askedAt <= now;
    if (fresh && !force)
        return;

    auto config = m_config ? m_config() : Result<PortalConfig>(PortalConfig{});
    const CenterStatus::State before = m_state;
    if (!config) {
        setState(CenterStatus::Failed, config.error().message);
        notifyChanged();
        Q_EMIT changed();
        return;
    }
    if (!config->isConfigured()) {
        setState(CenterStatus::NotConfigured, {});
        m_askedDay = day;
        m_askedAt = now;
        if (before != m_state) {
            notifyChanged();
            Q_EMIT changed();
        }
        return;
    }
    PortalConfig cfg = *config;
    cfg.timeoutMs = qMin(cfg.timeoutMs, m_timeoutMs);
    m_busy = true;
    m_askedDay = day;
    m_askedAt = now;
    if (m_state == CenterStatus::NotConfigured || !(m_counts && m_counts->day == day))
        setState(m_state == CenterStatus::Ready || m_state == CenterStatus::NotConfigured ? CenterStatus::Loading
                                                                                          : m_state,
                 m_message);

    // The thread owns what it uses: the settings copied, its own clock for the session's
    // expiry (the app's clock may be gone when a slow answer comes), its own client.
    auto outcome = std::make_shared<Outcome>();
    outcome->day = day;
    const QDateTime asOf = now;
    QThread* thread = QThread::create([cfg, day, asOf, outcome] {
        SystemClock clock;
        PortalClient client(cfg, clock);
        outcome->answer = fetch(client, day, asOf, &outcome->counts);
        outcome->at = QDateTime::currentDateTimeUtc();
    });
    thread->setObjectName(QStringLiteral("center-counts"));
    m_thread = thread;
    connect(thread, &QThread::finished, this, [this, outcome] { finished(outcome); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    notifyChanged();
    Q_EMIT changed();
}

void PortalCenterCounts::finished(const std::shared_ptr<Outcome>& outcome)
{
    m_busy = false;
    const PortalAnswer& a = outcome->answer;
    switch (a.outcome) {
    case PortalAnswer::Ok:
        m_counts = outcome->counts;
        m_updated = outcome->at;
        setState(CenterStatus::Ready, {});
        break;
    case PortalAnswer::Transport:
        // Not heard at all: offline. Heard but not understood (HTTP 5xx, not JSON): a failure.
        setState(a.reached ? CenterStatus::Failed : CenterStatus::Offline, a.message);
        qCInfo(lcSync) << "center-wide figures not received:" << (a.reached ? "portal failure" : "offline");
        break;
    case PortalAnswer::Refused:
    case PortalAnswer::Tls:
    case PortalAnswer::Login:
        setState(CenterStatus::Failed, a.message);
        qCInfo(lcSync) << "center-wide figures refused, code" << a.code;
        break;
    }
    notifyChanged();
    Q_EMIT changed();
    if (m_again) {
        m_again = false;
        request(m_againDay, true);
    }
}

} // namespace motcua
