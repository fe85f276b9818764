#include "cli/ReportCommands.h"

#include "cli/CalendarCommands.h"
#include "cli/CliContext.h"
#include "core/ErrorText.h"
#include "core/PrivateFiles.h"
#include "forms/ReportExport.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/ReportService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace motcua::cli {

namespace {

// The department by code; NotFound names it.
Result<qint64> departmentId(AppContext& app, const QString& code)
{
    auto d = app.catalogue().department(code);
    if (!d)
        return Error::notFound(
            QCoreApplication::translate("motcua::ReportCommands", "No department has the code '%1'.").arg(code));
    return d->id;
}

QJsonObject dayJson(const DayCounts& c)
{
    return QJsonObject{{QStringLiteral("received"), c.received()},
                       {QStringLiteral("received_counter"), c.receivedCounter},
                       {QStringLiteral("received_online"), c.receivedOnline},
                       {QStringLiteral("received_postal"), c.receivedPostal},
                       {QStringLiteral("returned"), c.returned},
                       {QStringLiteral("due_today"), c.dueToday},
                       {QStringLiteral("overdue"), c.overdue},
                       {QStringLiteral("awaiting_supplement"), c.awaitingSupplement}};
}

} // namespace

bool ReportCommands::needsGui(const QStringList& arguments)
{
    QStringList rest = arguments;
    return takeCommandWord(&rest) == QLatin1String("report");
}

int ReportCommands::runReport(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("report"), arguments);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::ReportCommands",
        "The periodic report on the results of handling administrative procedures (form 06 "
        "family): per department or field, dossiers received (carried over, online, counter and "
        "postal), processed (early, on time, late) and pending (not yet due, overdue) in a "
        "period. PDF and XLSX need --out; CSV and JSON go to standard output without it."));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        QCoreApplication::translate("motcua::ReportCommands", "First day of the period (YYYY-MM-DD)."),
        QStringLiteral("DATE"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        QCoreApplication::translate("motcua::ReportCommands", "Last day of the period, included (YYYY-MM-DD)."),
        QStringLiteral("DATE"));
    const QCommandLineOption byOption(
        QStringLiteral("by"),
        QCoreApplication::translate("motcua::ReportCommands", "Rows per department or per field (default department)."),
        QStringLiteral("department|field"), QStringLiteral("department"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QCoreApplication::translate("motcua::ReportCommands",
                                    "pdf, xlsx, csv or json (default: from the --out file name, else json)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("motcua::ReportCommands", "The file to write."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption departmentOption(
        QStringLiteral("department"),
        QCoreApplication::translate("motcua::ReportCommands", "Only this department (its code)."),
        QStringLiteral("CODE"));
    const QCommandLineOption scopeOption(
        QStringLiteral("scope"),
        QCoreApplication::translate("motcua::ReportCommands",
                                    "all: every dossier this workstation holds (on a workstation that follows "
                                    "a center, the whole center's); station: only those received here "
                                    "(default all)."),
        QStringLiteral("all|station"), QStringLiteral("all"));
    for (const QCommandLineOption* o :
         {&fromOption, &toOption, &byOption, &formatOption, &outOption, &departmentOption, &scopeOption})
        ctx.parser().addOption(*o);
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QCommandLineParser& p = ctx.parser();
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("motcua::ReportCommands", "unexpected argument '%1'.")
                                  .arg(p.positionalArguments().first()));
    ReportRequest request;
    request.from = parseDay(p.value(fromOption));
    request.to = parseDay(p.value(toOption));
    if (!request.from.isValid() || !request.to.isValid())
        return ctx.usageError(
            QCoreApplication::translate("motcua::ReportCommands", "--from and --to are required dates (YYYY-MM-DD)."));
    if (!groupingFromKey(p.value(byOption), &request.grouping))
        return ctx.usageError(QCoreApplication::translate("motcua::ReportCommands", "--by is department or field."));
    if (p.value(scopeOption) == QLatin1String("station"))
        request.scope = ReportScope::Station;
    else if (p.value(scopeOption) != QLatin1String("all"))
        return ctx.usageError(QCoreApplication::translate("motcua::ReportCommands", "--scope is all or station."));
    const QString out = p.value(outOption);
    ReportFormat format = ReportFormat::Json;
    if (p.isSet(formatOption)) {
        if (!reportFormatFromKey(p.value(formatOption), &format))
            return ctx.usageError(
                QCoreApplication::translate("motcua::ReportCommands", "--format is pdf, xlsx, csv or json."));
    } else if (!out.isEmpty() && !reportFormatFromKey(QFileInfo(out).suffix(), &format)) {
        return ctx.usageError(
            QCoreApplication::translate("motcua::ReportCommands", "give --format: the file name does not say which."));
    }
    if (out.isEmpty() && (format == ReportFormat::Pdf || format == ReportFormat::Xlsx))
        return ctx.usageError(
            QCoreApplication::translate("motcua::ReportCommands", "--out FILE is required for PDF and XLSX."));

    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    if (p.isSet(departmentOption)) {
        auto id = departmentId(**app, p.value(departmentOption));
        if (!id)
            return ctx.fail(id.error());
        request.departmentId = *id;
    }
    auto report = (*app)->reports().periodic(request);
    if (!report)
        return ctx.fail(report.error());
    auto bytes = ReportExport::render(*report, ReportExport::unitFromSettings((*app)->settings()), format);
    if (!bytes)
        return ctx.fail(bytes.error());
    if (out.isEmpty()) {
        std::fwrite(bytes->constData(), 1, static_cast<size_t>(bytes->size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    // QSaveFile: a reader never sees half a file, and a failed write leaves the old one.
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !commitPrivate(file))
        return ctx.fail(Error::storage(QCoreApplication::translate("motcua::ReportCommands", "Cannot write %1: %2")
                                           .arg(out, fileErrorText(file))));
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("file"), out},
                                  {QStringLiteral("format"), reportFormatKey(format)},
                                  {QStringLiteral("bytes"), static_cast<qint64>(bytes->size())},
                                  {QStringLiteral("from"), report->from.toString(Qt::ISODate)},
                                  {QStringLiteral("to"), report->to.toString(Qt::ISODate)},
                                  {QStringLiteral("rows"), static_cast<qint64>(report->rows.size())},
                                  {QStringLiteral("received"), report->total.received()},
                                  {QStringLiteral("processed"), report->total.processed()},
                                  {QStringLiteral("pending"), report->total.pending()}});
    } else {
        ctx.print(QCoreApplication::translate("motcua::ReportCommands",
                                              "Report %1 – %2 written to %3 (%4 received, %5 processed, %6 pending).")
                      .arg(report->from.toString(QStringLiteral("dd/MM/yyyy")),
                           report->to.toString(QStringLiteral("dd/MM/yyyy")), out)
                      .arg(report->total.received())
                      .arg(report->total.processed())
                      .arg(report->total.pending()));
    }
    return ExitOk;
}

int ReportCommands::runCounts(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("counts"), arguments);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::ReportCommands",
        "The day's figures of the dashboard: received at the counter, online and by post, results "
        "returned, due that day, overdue and awaiting a supplement, in total and per department."));
    const QCommandLineOption dateOption(
        QStringLiteral("date"),
        QCoreApplication::translate("motcua::ReportCommands", "The day (YYYY-MM-DD; default today)."),
        QStringLiteral("DATE"));
    const QCommandLineOption departmentOption(
        QStringLiteral("department"),
        QCoreApplication::translate("motcua::ReportCommands", "Only this department (its code)."),
        QStringLiteral("CODE"));
    ctx.parser().addOption(dateOption);
    ctx.parser().addOption(departmentOption);
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QCommandLineParser& p = ctx.parser();
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    QDate day = toVietnam((*app)->clock().now()).date();
    if (p.isSet(dateOption)) {
        day = parseDay(p.value(dateOption));
        if (!day.isValid())
            return ctx.usageError(
                QCoreApplication::translate("motcua::ReportCommands", "--date is a date (YYYY-MM-DD)."));
    }
    std::optional<qint64> department;
    if (p.isSet(departmentOption)) {
        auto id = departmentId(**app, p.value(departmentOption));
        if (!id)
            return ctx.fail(id.error());
        department = *id;
    }
    auto counts = (*app)->reports().counts(day, department);
    if (!counts)
        return ctx.fail(counts.error());

    if (ctx.json()) {
        QJsonArray departments;
        for (const DayCounts& c : counts->departments) {
            QJsonObject o = dayJson(c);
            o.insert(QStringLiteral("code"), c.departmentCode);
            o.insert(QStringLiteral("name"), c.departmentName);
            departments.append(o);
        }
        ctx.printJson(QJsonObject{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                                  {QStringLiteral("as_of"), CalendarCommands::vietnamIso(counts->asOf)},
                                  {QStringLiteral("total"), dayJson(counts->total)},
                                  {QStringLiteral("departments"), departments}});
        return ExitOk;
    }
    QList<QStringList> rows;
    auto row = [](const QString& name, const DayCounts& c) {
        return QStringList{name,
                           QString::number(c.receivedCounter),
                           QString::number(c.receivedOnline),
                           QString::number(c.receivedPostal),
                           QString::number(c.returned),
                           QString::number(c.dueToday),
                           QString::number(c.overdue),
                           QString::number(c.awaitingSupplement)};
    };
    for (const DayCounts& c : counts->departments)
        rows.append(row(c.departmentName, c));
    rows.append(row(QCoreApplication::translate("motcua::ReportCommands", "Total"), counts->total));
    ctx.print(QCoreApplication::translate("motcua::ReportCommands", "Figures of %1 (as of %2):")
                  .arg(day.toString(QStringLiteral("dd/MM/yyyy")),
                       toVietnam(counts->asOf).toString(QStringLiteral("HH:mm dd/MM/yyyy"))));
    ctx.printTable({{QCoreApplication::translate("motcua::ReportCommands", "DEPARTMENT"), 40},
                    {QCoreApplication::translate("motcua::ReportCommands", "COUNTER"), 0, true},
                    {QCoreApplication::translate("motcua::ReportCommands", "ONLINE"), 0, true},
                    {QCoreApplication::translate("motcua::ReportCommands", "POSTAL"), 0, true},
                    {QCoreApplication::translate("motcua::ReportCommands", "RETURNED"), 0, true},
                    {QCoreApplication::translate("motcua::ReportCommands", "DUE"), 0, true},
                    {QCoreApplication::translate("motcua::ReportCommands", "OVERDUE"), 0, true},
                    {QCoreApplication::translate("motcua::ReportCommands", "SUPPLEMENT"), 0, true}},
                   rows);
    return ExitOk;
}

} // namespace motcua::cli
