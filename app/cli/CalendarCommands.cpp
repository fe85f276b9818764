#include "cli/CalendarCommands.h"

#include "cli/CliContext.h"
#include "core/Clock.h"
#include "core/Procedure.h"
#include "service/AppContext.h"
#include "service/CalendarService.h"
#include "service/CatalogueService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace motcua::cli {

namespace {

QString groupHelp()
{
    return QCoreApplication::translate(
        "motcua::CalendarCommands",
        "Usage: motcuactl calendar SUBCOMMAND [options]\n\n"
        "Subcommands:\n"
        "  due        the appointment date of a dossier received at a given time\n"
        "  holidays   the holidays, compensatory days off and working weekend days of a year\n\n"
        "motcuactl calendar SUBCOMMAND --help shows the options of each.\n");
}

// The longest statutory time accepted: ten years is far beyond any procedure and keeps a
// typo (--working-days 50000) from looping over centuries of calendar.
constexpr double kMaxDays = 3660;

} // namespace

int CalendarCommands::run(const QStringList& arguments)
{
    return runGroup(QStringLiteral("calendar"), arguments, groupHelp(), {{"due", &due}, {"holidays", &holidays}});
}

Result<QDateTime> CalendarCommands::parseReceived(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?(Z|[+-]\d{2}(?::?\d{2})?)?$)"));
    const auto invalid = [&] {
        return Error::badInput(
            QCoreApplication::translate(
                "motcua::CalendarCommands",
                "Invalid time '%1': use ISO 8601, e.g. 2026-02-13T15:00 (Vietnam time) or 2026-02-13T08:00Z.")
                .arg(text));
    };
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return invalid();
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).isEmpty() ? 0 : m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return invalid();
    // Without an offset the clerk means the time on the wall of the center: Vietnam time.
    int offsetSeconds = 7 * 3600;
    const QString zone = m.captured(7);
    if (zone == QLatin1String("Z")) {
        offsetSeconds = 0;
    } else if (!zone.isEmpty()) {
        const QString digits = zone.mid(1).remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
        if (hours > 14 || minutes > 59)
            return invalid();
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
}

QString CalendarCommands::vietnamIso(const QDateTime& t)
{
    // Built by hand: QDateTime's ISO text of a time-zone spec varies between Qt versions.
    return toVietnam(t).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+07:00");
}

int CalendarCommands::due(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("calendar due"), arguments);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::CalendarCommands",
        "The appointment date of a dossier received at --received, from a procedure's statutory time or "
        "from a time given directly. Give exactly one of --procedure, --working-days, --working-hours, "
        "--calendar-days. The answer is Vietnam time with its offset."));
    const QCommandLineOption procedureOption(
        QStringLiteral("procedure"),
        QCoreApplication::translate("motcua::CalendarCommands", "Procedure code from the catalogue."),
        QStringLiteral("CODE"));
    const QCommandLineOption channelOption(
        QStringLiteral("channel"),
        QCoreApplication::translate("motcua::CalendarCommands",
                                    "With --procedure: counter (default), online or postal."),
        QStringLiteral("CHANNEL"));
    const QCommandLineOption daysOption(
        QStringLiteral("working-days"),
        QCoreApplication::translate("motcua::CalendarCommands", "Number of working days."), QStringLiteral("N"));
    const QCommandLineOption hoursOption(
        QStringLiteral("working-hours"),
        QCoreApplication::translate("motcua::CalendarCommands", "Number of working hours."), QStringLiteral("H"));
    const QCommandLineOption calendarOption(
        QStringLiteral("calendar-days"),
        QCoreApplication::translate("motcua::CalendarCommands", "Number of calendar days."), QStringLiteral("N"));
    const QCommandLineOption receivedOption(
        QStringLiteral("received"),
        QCoreApplication::translate(
            "motcua::CalendarCommands",
            "When the dossier was received, ISO 8601; without an offset it is Vietnam time (+07:00)."),
        QStringLiteral("TIME"));
    for (const auto* o :
         {&procedureOption, &channelOption, &daysOption, &hoursOption, &calendarOption, &receivedOption})
        ctx.parser().addOption(*o);
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QCommandLineParser& p = ctx.parser();
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("motcua::CalendarCommands", "unexpected argument '%1'.")
                                  .arg(p.positionalArguments().first()));

    int given = 0;
    for (const auto* o : {&procedureOption, &daysOption, &hoursOption, &calendarOption})
        given += p.isSet(*o) ? 1 : 0;
    if (given != 1)
        return ctx.usageError(QCoreApplication::translate(
            "motcua::CalendarCommands",
            "give exactly one of --procedure, --working-days, --working-hours, --calendar-days."));
    if (p.isSet(channelOption) && !p.isSet(procedureOption))
        return ctx.usageError(QCoreApplication::translate("motcua::CalendarCommands", "--channel needs --procedure."));
    if (!p.isSet(receivedOption))
        return ctx.usageError(QCoreApplication::translate("motcua::CalendarCommands", "--received is required."));
    auto received = parseReceived(p.value(receivedOption));
    if (!received)
        return ctx.fail(received.error());

    // Outside the calendar's years there are no holidays to skip: refuse, naming the range.
    if (Status s = CalendarService::checkYear(toVietnam(*received).date().year()); !s)
        return ctx.fail(s.error());

    double value = 0;
    TimeUnit unit = TimeUnit::WorkingDays;
    std::optional<QTime> cutoff;
    QJsonObject out;
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    if (p.isSet(procedureOption)) {
        Channel channel = Channel::Counter;
        if (p.isSet(channelOption) && !channelFromKey(p.value(channelOption), &channel))
            return ctx.usageError(QCoreApplication::translate("motcua::CalendarCommands",
                                                              "unknown channel '%1': counter, online or postal.")
                                      .arg(p.value(channelOption)));
        auto procedure = (*app)->catalogue().procedure(p.value(procedureOption));
        if (!procedure)
            return ctx.fail(procedure.error());
        const ProcedureChannel* ch = procedure->channel(channel);
        if (!ch) {
            return ctx.fail(Error::notFound(
                QCoreApplication::translate("motcua::CalendarCommands", "Procedure %1 cannot be submitted %2.")
                    .arg(procedure->code, channelName(channel).toLower())));
        }
        value = ch->timeValue;
        unit = ch->timeUnit;
        cutoff = procedure->receiveCutoff;
        out.insert(QStringLiteral("procedure"), procedure->code);
        out.insert(QStringLiteral("channel"), channelKey(channel));
    } else {
        const QCommandLineOption& o = p.isSet(daysOption)    ? daysOption
                                      : p.isSet(hoursOption) ? hoursOption
                                                             : calendarOption;
        unit = p.isSet(daysOption)    ? TimeUnit::WorkingDays
               : p.isSet(hoursOption) ? TimeUnit::WorkingHours
                                      : TimeUnit::CalendarDays;
        bool ok = false;
        value = p.value(o).toDouble(&ok);
        const double max = unit == TimeUnit::WorkingHours ? kMaxDays * 8 : kMaxDays;
        if (!ok || !(value > 0) || value > max) {
            return ctx.fail(Error::badInput(
                QCoreApplication::translate("motcua::CalendarCommands", "Invalid --%1 '%2': a number above 0.")
                    .arg(o.names().first(), p.value(o))));
        }
    }

    const Appointment appointment = (*app)->calendar().due(*received, value, unit, cutoff);
    if (!appointment.at.isValid()) {
        return ctx.fail(Error::internal(QCoreApplication::translate(
            "motcua::CalendarCommands", "No appointment could be computed for this time.")));
    }
    if (Status s = CalendarService::checkYear(toVietnam(appointment.at).date().year()); !s)
        return ctx.fail(s.error());
    out.insert(QStringLiteral("received"), vietnamIso(*received));
    out.insert(QStringLiteral("time"), value);
    out.insert(QStringLiteral("unit"), timeUnitKey(unit));
    out.insert(QStringLiteral("appointment"), vietnamIso(appointment.at));
    out.insert(QStringLiteral("rule"), appointment.rule);
    if (ctx.json()) {
        ctx.printJson(out);
    } else {
        ctx.print(QCoreApplication::translate("motcua::CalendarCommands", "Appointment: %1\nRule: %2")
                      .arg(vietnamIso(appointment.at), appointment.rule));
    }
    return ExitOk;
}

int CalendarCommands::holidays(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("calendar holidays"), arguments);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::CalendarCommands",
        "The dated rows of a year's work calendar: holidays, compensatory days off, weekend working days. "
        "A year with no confirmed rows shows the proposal computed from the lunar calendar."));
    ctx.addPositional(QStringLiteral("YEAR"),
                      QCoreApplication::translate("motcua::CalendarCommands", "The year, e.g. 2026."));
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QStringList positional = ctx.parser().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(QCoreApplication::translate("motcua::CalendarCommands", "give one YEAR."));
    bool ok = false;
    const int year = positional.first().toInt(&ok);
    if (!ok || year < 1 || year > 9999)
        return ctx.fail(Error::badInput(
            QCoreApplication::translate("motcua::CalendarCommands", "Invalid year '%1'.").arg(positional.first())));
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());

    bool confirmed = false;
    auto days = (*app)->calendar().holidays(year, &confirmed);
    if (!days)
        return ctx.fail(days.error());
    if (ctx.json()) {
        // A plain list as the issue asks; each row says whether it is confirmed or proposed.
        QJsonArray list;
        for (const auto& day : *days) {
            list.append(QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                                    {QStringLiteral("kind"), dayKindKey(day.kind)},
                                    {QStringLiteral("name"), day.name},
                                    {QStringLiteral("confirmed"), confirmed}});
        }
        ctx.printJson(list);
        return ExitOk;
    }
    ctx.print(confirmed ? QCoreApplication::translate("motcua::CalendarCommands", "%1: confirmed calendar").arg(year)
                        : QCoreApplication::translate(
                              "motcua::CalendarCommands",
                              "%1: PROPOSED from the lunar calendar, not confirmed by an administrator")
                              .arg(year));
    QList<QStringList> rows;
    for (const auto& day : *days) {
        rows.append(
            {day.date.toString(Qt::ISODate), day.date.toString(QStringLiteral("ddd")), dayKindKey(day.kind), day.name});
    }
    ctx.printTable({{QCoreApplication::translate("motcua::CalendarCommands", "DATE")},
                    {QCoreApplication::translate("motcua::CalendarCommands", "DAY")},
                    {QCoreApplication::translate("motcua::CalendarCommands", "KIND")},
                    {QCoreApplication::translate("motcua::CalendarCommands", "NAME")}},
                   rows);
    return ExitOk;
}

} // namespace motcua::cli
