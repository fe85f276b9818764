#include "core/PeriodicReport.h"

#include "core/Clock.h"
#include "core/Timeliness.h"

namespace motcua {

QString groupingKey(ReportGrouping g)
{
    return g == ReportGrouping::Field ? QStringLiteral("field") : QStringLiteral("department");
}

bool groupingFromKey(const QString& key, ReportGrouping* out)
{
    if (key == QLatin1String("department"))
        *out = ReportGrouping::Department;
    else if (key == QLatin1String("field"))
        *out = ReportGrouping::Field;
    else
        return false;
    return true;
}

QString withdrawnRuleKey(WithdrawnRule r)
{
    switch (r) {
    case WithdrawnRule::OnTime:
        return QStringLiteral("on_time");
    case WithdrawnRule::ByDate:
        return QStringLiteral("by_date");
    case WithdrawnRule::Excluded:
        return QStringLiteral("excluded");
    }
    return {};
}

bool withdrawnRuleFromKey(const QString& key, WithdrawnRule* out)
{
    for (WithdrawnRule r : {WithdrawnRule::OnTime, WithdrawnRule::ByDate, WithdrawnRule::Excluded}) {
        if (key == withdrawnRuleKey(r)) {
            *out = r;
            return true;
        }
    }
    return false;
}

QString stoppedRuleKey(StoppedRule r)
{
    return r == StoppedRule::Excluded ? QStringLiteral("excluded") : QStringLiteral("by_date");
}

bool stoppedRuleFromKey(const QString& key, StoppedRule* out)
{
    for (StoppedRule r : {StoppedRule::ByDate, StoppedRule::Excluded}) {
        if (key == stoppedRuleKey(r)) {
            *out = r;
            return true;
        }
    }
    return false;
}

ReportCounts& ReportCounts::operator+=(const ReportCounts& o)
{
    carriedOver += o.carriedOver;
    online += o.online;
    counterPostal += o.counterPostal;
    early += o.early;
    onTime += o.onTime;
    late += o.late;
    notYetDue += o.notYetDue;
    overdue += o.overdue;
    return *this;
}

bool ReportCounts::operator==(const ReportCounts& o) const
{
    return carriedOver == o.carriedOver && online == o.online && counterPostal == o.counterPostal && early == o.early &&
           onTime == o.onTime && late == o.late && notYetDue == o.notYetDue && overdue == o.overdue;
}

ReportPeriod ReportPeriod::ofDays(const QDate& from, const QDate& to)
{
    ReportPeriod p;
    p.start = QDateTime(from, QTime(0, 0), vietnamZone()).toSecsSinceEpoch();
    p.end = QDateTime(to.addDays(1), QTime(0, 0), vietnamZone()).toSecsSinceEpoch();
    return p;
}

bool isOutsideReports(DossierState s)
{
    return s == DossierState::Submitted || s == DossierState::Refused;
}

bool isClosedForReports(DossierState s)
{
    return isProcessed(s) || s == DossierState::Stopped;
}

qint64 reportClosedAt(const DossierFacts& f)
{
    if (!isClosedForReports(f.state))
        return 0;
    // A processed or stopped dossier always has finished_at (DossierRepository::updateState); a row that
    // lacks it (imported by hand) counts as closed when it was received.
    return f.finishedAt > 0 ? f.finishedAt : f.receivedAt;
}

namespace {
QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}
} // namespace

bool tallyDossier(ReportCounts& c, const DossierFacts& f, const ReportPeriod& period, const ReportRules& rules)
{
    if (isOutsideReports(f.state) || f.receivedAt >= period.end)
        return false;
    const bool withdrawn = f.state == DossierState::Withdrawn;
    if (withdrawn && rules.withdrawn == WithdrawnRule::Excluded)
        return false;
    if (f.state == DossierState::Stopped && rules.stopped == StoppedRule::Excluded)
        return false;
    const qint64 closedAt = reportClosedAt(f);
    if (closedAt != 0 && closedAt < period.start)
        return false; // finished in an earlier period: that period's report counted it

    if (f.receivedAt < period.start)
        ++c.carriedOver;
    else if (f.channel == Channel::Online)
        ++c.online;
    else
        ++c.counterPostal;

    if (closedAt != 0 && closedAt < period.end) {
        // Processed (or stopped) in the period: compare the date processing ended with the
        // appointment date.
        const Timeliness t = withdrawn && rules.withdrawn == WithdrawnRule::OnTime
                                 ? Timeliness::OnTime
                                 : classifyProcessed(utc(closedAt), utc(f.appointmentAt));
        switch (t) {
        case Timeliness::Early:
            ++c.early;
            break;
        case Timeliness::OnTime:
            ++c.onTime;
            break;
        case Timeliness::Late:
            ++c.late;
            break;
        }
    } else if (classifyOpen(utc(f.appointmentAt), utc(period.end)) == OpenStanding::NotYetDue) {
        ++c.notYetDue;
    } else {
        ++c.overdue;
    }
    return true;
}

} // namespace motcua
