#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace motcua {

// Early / on time / late, and not yet due / overdue (docs/domain.md#early-on-time-late).
//
// Processed dossiers compare the *date* processing ended (NgayKetThucXuLy, not the return
// date) with the appointment date, both as Vietnam calendar dates: earlier is early, the same
// day is on time, later is late. Open dossiers at a period's end are not yet due when their
// appointment is at or after the period's end, else overdue. The shared rule for reports,
// the Dossiers page's flags and forms 04–05; one place so they can never disagree.
enum class Timeliness { Early, OnTime, Late };
enum class OpenStanding { NotYetDue, Overdue };

// Both instants in UTC (any time spec); compared as dates in Vietnam time.
Timeliness classifyProcessed(const QDateTime& finishedAt, const QDateTime& appointmentAt);
// `periodEnd` is the instant the period closes (exclusive end, e.g. 00:00 of the next day).
OpenStanding classifyOpen(const QDateTime& appointmentAt, const QDateTime& periodEnd);

// For the live lists: the appointment falls on `today` (Vietnam date) and is not past.
bool isDueOn(const QDateTime& appointmentAt, const QDate& today);
// An open dossier whose appointment instant has passed.
bool isOverdueAt(const QDateTime& appointmentAt, const QDateTime& now);

// Stable keys ("early", "on_time", "late", "not_yet_due", "overdue") and translated names.
QString timelinessKey(Timeliness t);
QString timelinessName(Timeliness t);
QString openStandingKey(OpenStanding s);
QString openStandingName(OpenStanding s);

} // namespace motcua
