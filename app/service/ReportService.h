#pragma once

#include "core/DossierState.h"
#include "core/PeriodicReport.h"
#include "core/Result.h"
#include "core/Types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace motcua {

class Database;
class Clock;
class Settings;

// What to report on: a range of Vietnam calendar days, grouped by department or field,
// optionally narrowed to one department.
struct ReportRequest
{
    QDate from;
    QDate to; // inclusive
    ReportGrouping grouping = ReportGrouping::Department;
    std::optional<qint64> departmentId;
    ReportScope scope = ReportScope::All;
};

// The day's figures of one department (or of all of them: departmentId 0).
struct DayCounts
{
    qint64 departmentId = 0;
    QString departmentCode;
    QString departmentName;
    QString departmentShortName;
    qint64 receivedCounter = 0;
    qint64 receivedOnline = 0;
    qint64 receivedPostal = 0;
    qint64 returned = 0;           // results handed back that day
    qint64 dueToday = 0;           // open, the clock running, appointment later that day (after asOf)
    qint64 overdue = 0;            // open, the clock running, appointment passed at asOf
    qint64 awaitingSupplement = 0; // supplement requested, not yet received (now)

    qint64 received() const { return receivedCounter + receivedOnline + receivedPostal; }
    DayCounts& operator+=(const DayCounts& o);
};

// The supervisor's day at a glance (dashboard, `motcuactl counts`).
struct TodayCounts
{
    QDate day;
    QDateTime asOf; // UTC: now for today, the end of the day for a past day
    DayCounts total;
    QList<DayCounts> departments; // every department, in display order, zeros included
};

// One day of the trend.
struct TrendPoint
{
    QDate day;
    qint64 received = 0;
    qint64 processed = 0; // processing ended in a processed state that day
};

// Which dossiers a figure stands for: what the Dossiers page should list when a supervisor
// clicks a number. Empty members do not filter; `label` says it in words (translated).
// It maps one to one onto the Dossiers page's DossierFilter: departmentId, states, channel,
// receivedFrom/To = from/to (Received), dueToday (DueOn), overdue with now = asOf (Overdue).
struct DossierSelection
{
    enum Kind {
        Received,           // received in [from, to) by `channel` when set
        Returned,           // handed back in [from, to)
        DueOn,              // open and running, appointment later on `day` (not passed)
        Overdue,            // open and running, appointment before `asOf`
        AwaitingSupplement, // supplement requested
        Pending,            // open at `asOf` (report: pending)
    };
    Kind kind = Received;
    std::optional<qint64> departmentId;
    std::optional<Channel> channel;
    QDateTime from; // UTC, inclusive
    QDateTime to;   // UTC, exclusive
    QDate day;
    QDateTime asOf;
    QList<DossierState> states; // the states the figure counts
    QString label;
};

// Figures for supervisors: the periodic report (docs/domain.md#the-periodic-report), the day's
// counts and the trend. Reads only; the dashboard and `motcuactl report|counts` use it. It
// decides which states each figure counts; store/ReportRepository runs the queries.
class ReportService
{
public:
    ReportService(Database& db, const Clock& clock, Settings& settings);

    // The report rules from the settings (report.withdrawnAs).
    ReportRules rules();

    // BadInput for a reversed or empty range.
    Result<PeriodicReport> periodic(const ReportRequest& request);
    // The day's counts; `departmentId` narrows every figure to one department, `scope` to the
    // dossiers received at this workstation.
    Result<TodayCounts> counts(const QDate& day, std::optional<qint64> departmentId = std::nullopt,
                               ReportScope scope = ReportScope::All);
    // One point per day from..to, zeros included.
    Result<QList<TrendPoint>> trend(const QDate& from, const QDate& to,
                                    std::optional<qint64> departmentId = std::nullopt,
                                    ReportScope scope = ReportScope::All);
    // Whether this workstation is one of a center's counters: joined to a center, or holding
    // dossiers received at other workstations (the center's feed). Then ReportScope::All is the
    // whole center and Station this one's share.
    Result<bool> followsCenter();

    // Changes whenever the database may hold different figures: a write on this connection or
    // a commit by another one (motcuactl, a second window). Costs two tiny statements, so the
    // dashboard polls it and refreshes only when it moves.
    qint64 changeStamp();

    // The dossiers behind a figure (see DossierSelection).
    static DossierSelection selectReceived(const QDate& day, std::optional<Channel> channel,
                                           std::optional<qint64> departmentId);
    static DossierSelection selectReceivedBetween(const QDate& from, const QDate& to, std::optional<Channel> channel,
                                                  std::optional<qint64> departmentId);
    static DossierSelection selectReturned(const QDate& day, std::optional<qint64> departmentId);
    static DossierSelection selectDueOn(const QDate& day, std::optional<qint64> departmentId);
    static DossierSelection selectOverdue(const QDateTime& asOf, std::optional<qint64> departmentId);
    static DossierSelection selectAwaitingSupplement(std::optional<qint64> departmentId);

    // The states whose clock runs toward the appointment (due today and overdue count them).
    static QList<DossierState> runningStates();

private:
    Database& m_db;
    const Clock& m_clock;
    Settings& m_settings;
};

} // namespace motcua
