#include "core/Timeliness.h"

#include "core/Clock.h"

#include <QCoreApplication>

namespace motcua {

namespace {

QDate vietnamDate(const QDateTime& t)
{
    return toVietnam(t).date();
}

} // namespace

Timeliness classifyProcessed(const QDateTime& finishedAt, const QDateTime& appointmentAt)
{
    const QDate finished = vietnamDate(finishedAt);
    const QDate appointment = vietnamDate(appointmentAt);
    if (finished < appointment)
        return Timeliness::Early;
    if (finished == appointment)
        return Timeliness::OnTime;
    return Timeliness::Late;
}

OpenStanding classifyOpen(const QDateTime& appointmentAt, const QDateTime& periodEnd)
{
    return appointmentAt >= periodEnd ? OpenStanding::NotYetDue : OpenStanding::Overdue;
}

bool isDueOn(const QDateTime& appointmentAt, const QDate& today)
{
    return vietnamDate(appointmentAt) == today;
}

bool isOverdueAt(const QDateTime& appointmentAt, const QDateTime& now)
{
    return appointmentAt < now;
}

QString timelinessKey(Timeliness t)
{
    switch (t) {
    case Timeliness::Early:
        return QStringLiteral("early");
    case Timeliness::OnTime:
        return QStringLiteral("on_time");
    case Timeliness::Late:
        return QStringLiteral("late");
    }
    return {};
}

QString timelinessName(Timeliness t)
{
    switch (t) {
    case Timeliness::Early:
        return QCoreApplication::translate("motcua::Timeliness", "Early");
    case Timeliness::OnTime:
        return QCoreApplication::translate("motcua::Timeliness", "On time");
    case Timeliness::Late:
        return QCoreApplication::translate("motcua::Timeliness", "Late");
    }
    return {};
}

QString openStandingKey(OpenStanding s)
{
    return s == OpenStanding::NotYetDue ? QStringLiteral("not_yet_due") : QStringLiteral("overdue");
}

QString openStandingName(OpenStanding s)
{
    return s == OpenStanding::NotYetDue ? QCoreApplication::translate("motcua::Timeliness", "Not yet due")
                                        : QCoreApplication::translate("motcua::Timeliness", "Overdue");
}

} // namespace motcua
