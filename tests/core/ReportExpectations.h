#pragma once
// The periodic report's expected figures for test_reportservice, computed independently of the
// service: from the list of dossiers the test wrote, with the rules of
// docs/domain.md#the-periodic-report spelled out on Vietnam calendar dates.
#include "core/DossierState.h"
#include "core/PeriodicReport.h"
#include "core/Types.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace motcua;

namespace {

// A Vietnam wall-clock instant.
QDateTime vn(int y, int m, int d, int h = 9, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone(7 * 3600)).toUTC();
}

QDate vnDate(const QDateTime& t)
{
    return t.toTimeZone(QTimeZone(7 * 3600)).date();
}

struct Seeded
{
    QString code;
    qint64 departmentId = 0;
    QString field;
    Channel channel = Channel::Counter;
    DossierState state = DossierState::Received;
    QDateTime receivedAt;
    QDateTime appointmentAt;
    QDateTime finishedAt; // invalid: none
    QDateTime returnedAt;
};

} // namespace
Q_DECLARE_METATYPE(Seeded)
namespace {

// The expected row, the rules written out plainly (docs/domain.md#the-periodic-report).
struct Expected
{
    qint64 carried = 0, online = 0, counterPostal = 0, early = 0, onTime = 0, late = 0, notYetDue = 0, overdue = 0;
};

// A stopped dossier is pending until it is stopped, then closed on that date and judged by it
// against the appointment (rule 2.1 of the 766 index), unless the rule leaves it out.
void expect(Expected& e, const Seeded& d, const QDate& from, const QDate& to, WithdrawnRule rule,
            StoppedRule stopped = StoppedRule::ByDate)
{
    if (d.state == DossierState::Submitted || d.state == DossierState::Refused)
        return; // never received at the center
    if (d.state == DossierState::Withdrawn && rule == WithdrawnRule::Excluded)
        return;
    if (d.state == DossierState::Stopped && stopped == StoppedRule::Excluded)
        return;
    const QDate received = vnDate(d.receivedAt);
    if (received > to)
        return;
    const bool processedState = d.state == DossierState::Done || d.state == DossierState::Returned ||
                                d.state == DossierState::Withdrawn || d.state == DossierState::Stopped;
    const bool finishedBefore = processedState && vnDate(d.finishedAt) < from;
    if (finishedBefore)
        return;
    if (received < from)
        ++e.carried;
    else if (d.channel == Channel::Online)
        ++e.online;
    else
        ++e.counterPostal;
    const bool processedInPeriod = processedState && vnDate(d.finishedAt) <= to;
    if (processedInPeriod) {
        if (d.state == DossierState::Withdrawn && rule == WithdrawnRule::OnTime) {
            ++e.onTime;
            return;
        }
        const QDate finished = vnDate(d.finishedAt);
        const QDate appointment = vnDate(d.appointmentAt);
        if (finished < appointment)
            ++e.early;
        else if (finished == appointment)
            ++e.onTime;
        else
            ++e.late;
        return;
    }
    // Open at the period's end (00:00 of the next day, Vietnam time).
    const QDateTime end = QDateTime(to.addDays(1), QTime(0, 0), QTimeZone(7 * 3600));
    if (d.appointmentAt >= end)
        ++e.notYetDue;
    else
        ++e.overdue;
}

void compare(const ReportCounts& got, const Expected& want, const QString& where)
{
    const QString w = where + QStringLiteral(": ");
    QVERIFY2(got.carriedOver == want.carried,
             qPrintable(w + QStringLiteral("carried over %1 != %2").arg(got.carriedOver).arg(want.carried)));
    QVERIFY2(got.online == want.online,
             qPrintable(w + QStringLiteral("online %1 != %2").arg(got.online).arg(want.online)));
    QVERIFY2(got.counterPostal == want.counterPostal,
             qPrintable(w + QStringLiteral("counter %1 != %2").arg(got.counterPostal).arg(want.counterPostal)));
    QVERIFY2(got.early == want.early, qPrintable(w + QStringLiteral("early %1 != %2").arg(got.early).arg(want.early)));
    QVERIFY2(got.onTime == want.onTime,
             qPrintable(w + QStringLiteral("on time %1 != %2").arg(got.onTime).arg(want.onTime)));
    QVERIFY2(got.late == want.late, qPrintable(w + QStringLiteral("late %1 != %2").arg(got.late).arg(want.late)));
    QVERIFY2(got.notYetDue == want.notYetDue,
             qPrintable(w + QStringLiteral("not yet due %1 != %2").arg(got.notYetDue).arg(want.notYetDue)));
    QVERIFY2(got.overdue == want.overdue,
             qPrintable(w + QStringLiteral("overdue %1 != %2").arg(got.overdue).arg(want.overdue)));
    // The report's identity: everything received is either processed or pending.
    QCOMPARE(got.received(), got.processed() + got.pending());
}

} // namespace
