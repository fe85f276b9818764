#pragma once

#include "core/DossierState.h"
#include "core/Types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua {

// The periodic report on the results of handling administrative procedures ("Tình hình, kết
// quả giải quyết TTHC", the form 06 family; docs/domain.md#the-periodic-report). One row per
// department or per field of procedures, for any range of dates:
//
//   Received  = carried over + online + counter and postal
//   Processed = early + on time + late
//   Pending   = not yet due + overdue
//   Received  = Processed + Pending
//
// Carried over: received before the period and still open at its start. A dossier is closed
// when processing ended in a processed state (Done, Returned, Withdrawn) at finished_at, and a
// stopped one ("Dừng xử lý", national 8) when it was stopped (finished_at): the 766 index's
// rule 2.1 takes the end time from processed, else returned, else stopped or refused, so a
// stopped dossier is judged by that date against its appointment like a processed one
// (report.stoppedAs). A dossier awaiting a supplement is open (pending). Refused at intake
// and registered online but not yet received are not dossiers of the center yet: never counted.

// How the report groups its rows.
enum class ReportGrouping { Department, Field };

// Which dossiers the figures count. A workstation that follows a center keeps the dossiers of
// every counter of the center (the center's feed): All counts the whole center, Station only
// the dossiers received at this workstation. On a workstation of its own the two are the same.
enum class ReportScope { All, Station };
QString groupingKey(ReportGrouping g); // "department", "field"
bool groupingFromKey(const QString& key, ReportGrouping* out);

// How a withdrawn dossier counts. "Withdrawn count as processed on time" is unconfirmed
// (docs/domain.md#the-periodic-report), so it is a setting (report.withdrawnAs), not a constant.
enum class WithdrawnRule {
    OnTime,   // processed, on time, whatever the dates (the default)
    ByDate,   // processed, early / on time / late by its dates like any other
    Excluded, // left out of the report altogether
};
QString withdrawnRuleKey(WithdrawnRule r); // "on_time", "by_date", "excluded"
bool withdrawnRuleFromKey(const QString& key, WithdrawnRule* out);

// How a stopped dossier counts (report.stoppedAs). Before it is stopped it is pending like any
// open dossier; at its stop time it closes.
enum class StoppedRule {
    ByDate,   // processed, early / on time / late by its stop date (the default)
    Excluded, // left out of the report altogether
};
QString stoppedRuleKey(StoppedRule r); // "by_date", "excluded"
bool stoppedRuleFromKey(const QString& key, StoppedRule* out);

struct ReportRules
{
    WithdrawnRule withdrawn = WithdrawnRule::OnTime;
    StoppedRule stopped = StoppedRule::ByDate;
};

// The columns of one row.
struct ReportCounts
{
    qint64 carriedOver = 0;
    qint64 online = 0;
    qint64 counterPostal = 0;
    qint64 early = 0;
    qint64 onTime = 0;
    qint64 late = 0;
    qint64 notYetDue = 0;
    qint64 overdue = 0;

    qint64 received() const { return carriedOver + online + counterPostal; }
    qint64 newlyReceived() const { return online + counterPostal; }
    qint64 processed() const { return early + onTime + late; }
    qint64 pending() const { return notYetDue + overdue; }

    ReportCounts& operator+=(const ReportCounts& o);
    bool operator==(const ReportCounts& o) const;
    bool operator!=(const ReportCounts& o) const { return !(*this == o); }
};

// What the report needs to know of one dossier; instants as UTC epoch seconds, 0 when unset.
struct DossierFacts
{
    Channel channel = Channel::Counter;
    DossierState state = DossierState::Received;
    qint64 receivedAt = 0;
    qint64 appointmentAt = 0;
    qint64 finishedAt = 0;
};

// The half-open UTC range [start, end) of the Vietnam calendar days from..to, as epoch seconds.
struct ReportPeriod
{
    qint64 start = 0;
    qint64 end = 0;
    static ReportPeriod ofDays(const QDate& from, const QDate& to);
};

// Adds one dossier to `counts`. Returns false when it does not belong in the period's report
// (never received, refused, closed before the period, received after it, or excluded).
bool tallyDossier(ReportCounts& counts, const DossierFacts& facts, const ReportPeriod& period,
                  const ReportRules& rules);

// True for states a report never counts (Submitted, Refused).
bool isOutsideReports(DossierState s);
// True when the report counts a dossier in state `s` as closed at its finished_at: processed
// states, and Stopped.
bool isClosedForReports(DossierState s);
// The instant processing ended for the report, or 0 while the dossier is open (a dossier
// awaiting a supplement is open whatever finished_at says; a stopped one closed when stopped).
qint64 reportClosedAt(const DossierFacts& facts);

struct ReportRow
{
    QString key;             // department code or field name
    QString name;            // department name or field name
    qint64 departmentId = 0; // grouping by department
    ReportCounts counts;
};

struct PeriodicReport
{
    QDate from;
    QDate to;
    ReportGrouping grouping = ReportGrouping::Department;
    ReportScope scope = ReportScope::All;
    ReportRules rules;
    QList<ReportRow> rows;
    ReportCounts total;
    QDateTime generatedAt; // UTC
};

} // namespace motcua
