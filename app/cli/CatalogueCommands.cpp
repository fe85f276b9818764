#include "cli/CatalogueCommands.h"

#include "cli/CliContext.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

namespace {

QString groupHelp()
{
    return QCoreApplication::translate("motcua::CatalogueCommands",
                                       "Usage: motcuactl catalogue SUBCOMMAND [options]\n\n"
                                       "Subcommands:\n"
                                       "  list [--department CODE]   the procedures in force today\n\n"
                                       "motcuactl catalogue list --help shows its options.\n"
                                       "To import a catalogue file: motcuactl import-catalogue FILE --user NAME\n");
}

QJsonArray feesJson(const QList<Fee>& fees)
{
    QJsonArray out;
    for (const Fee& f : fees) {
        out.append(QJsonObject{{QStringLiteral("name"), f.name},
                               {QStringLiteral("amount_vnd"), f.amount ? QJsonValue(f.amount->toVnd()) : QJsonValue()},
                               {QStringLiteral("raw"), f.raw}});
    }
    return out;
}

// Fees in one cell: amounts when the catalogue has them, else its text.
QString feesText(const QList<Fee>& fees)
{
    if (fees.isEmpty())
        return QCoreApplication::translate("motcua::CatalogueCommands", "none");
    QStringList parts;
    for (const Fee& f : fees)
        parts.append(f.amount ? f.amount->format() : f.raw.simplified());
    return parts.join(QStringLiteral(" + "));
}

QString timeText(const ProcedureChannel& ch)
{
    return QString::number(ch.timeValue) + QLatin1Char(' ') + timeUnitName(ch.timeUnit);
}

} // namespace

int CatalogueCommands::run(const QStringList& arguments)
{
    return runGroup(QStringLiteral("catalogue"), arguments, groupHelp(), {{"list", &list}});
}

int CatalogueCommands::runImport(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("import-catalogue"), arguments);
    ctx.setNeedsUser(true);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::CatalogueCommands",
        "Imports a procedure catalogue in the national catalogue's JSON shape (administrators only). "
        "The file is checked whole first: any error refuses it and leaves the database unchanged."));
    ctx.addPositional(QStringLiteral("FILE"),
                      QCoreApplication::translate("motcua::CatalogueCommands", "The catalogue as JSON."));
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QStringList positional = ctx.parser().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(QCoreApplication::translate("motcua::CatalogueCommands", "give one FILE."));
    const QString path = positional.first();
    if (!QFileInfo(path).isFile())
        return ctx.fail(
            Error::badInput(QCoreApplication::translate("motcua::CatalogueCommands", "No such file: %1").arg(path)));

    auto actor = ctx.login();
    if (!actor)
        return ctx.fail(actor.error());
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    auto summary = (*app)->catalogue().importFile(*actor, path);
    if (!summary)
        return ctx.fail(summary.error());

    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("version"), summary->versionId},
                                  {QStringLiteral("effective_from"), summary->effectiveFrom.toString(Qt::ISODate)},
                                  {QStringLiteral("sha256"), summary->sha256},
                                  {QStringLiteral("departments"), summary->departments},
                                  {QStringLiteral("departments_added"), summary->departmentsAdded},
                                  {QStringLiteral("procedures"), summary->procedures},
                                  {QStringLiteral("procedures_added"), summary->proceduresAdded},
                                  {QStringLiteral("procedures_updated"), summary->proceduresUpdated},
                                  {QStringLiteral("notes"), QJsonArray::fromStringList(summary->notes)}});
        return ExitOk;
    }
    ctx.print(QCoreApplication::translate("motcua::CatalogueCommands",
                                          "Catalogue imported, in force from %1: %2 departments (%3 new), "
                                          "%4 procedures (%5 new, %6 replaced).")
                  .arg(summary->effectiveFrom.toString(Qt::ISODate))
                  .arg(summary->departments)
                  .arg(summary->departmentsAdded)
                  .arg(summary->procedures)
                  .arg(summary->proceduresAdded)
                  .arg(summary->proceduresUpdated));
    for (const QString& note : summary->notes)
        ctx.print(QStringLiteral("  - ") + note);
    return ExitOk;
}

int CatalogueCommands::list(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("catalogue list"), arguments);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::CatalogueCommands",
        "Lists the procedures in force today: code, name, department, time at the counter, fees."));
    const QCommandLineOption departmentOption(
        QStringLiteral("department"),
        QCoreApplication::translate("motcua::CatalogueCommands", "Only this department's procedures."),
        QStringLiteral("CODE"));
    ctx.parser().addOption(departmentOption);
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    if (!ctx.parser().positionalArguments().isEmpty())
        return ctx.usageError(
            QCoreApplication::translate("motcua::CatalogueCommands", "catalogue list takes no arguments."));
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    CatalogueService& catalogue = (*app)->catalogue();

    const QString departmentCode = ctx.parser().value(departmentOption);
    if (!departmentCode.isEmpty()) {
        if (auto d = catalogue.department(departmentCode); !d)
            return ctx.fail(d.error());
    }
    QHash<QString, Department> departments;
    for (const Department& d : catalogue.departments())
        departments.insert(d.code, d);
    const QList<Procedure> procedures = catalogue.procedures(departmentCode);

    if (ctx.json()) {
        QJsonArray list;
        for (const Procedure& p : procedures) {
            QJsonObject o{{QStringLiteral("code"), p.code},
                          {QStringLiteral("name"), p.name},
                          {QStringLiteral("field"), p.field},
                          {QStringLiteral("department"), p.departmentCode},
                          {QStringLiteral("department_name"), departments.value(p.departmentCode).name},
                          {QStringLiteral("level"), p.level}};
            QJsonArray channels;
            for (const ProcedureChannel& ch : p.channels) {
                channels.append(QJsonObject{{QStringLiteral("channel"), channelKey(ch.channel)},
                                            {QStringLiteral("time"), ch.timeValue},
                                            {QStringLiteral("unit"), timeUnitKey(ch.timeUnit)},
                                            {QStringLiteral("fees"), feesJson(ch.fees)}});
            }
            // The counter's time and fees at the top level: what a clerk's script wants first.
            if (const ProcedureChannel* counter = p.channel(Channel::Counter)) {
                o.insert(QStringLiteral("time"), counter->timeValue);
                o.insert(QStringLiteral("unit"), timeUnitKey(counter->timeUnit));
                o.insert(QStringLiteral("fees"), feesJson(counter->fees));
            } else {
                o.insert(QStringLiteral("time"), QJsonValue());
                o.insert(QStringLiteral("unit"), QJsonValue());
                o.insert(QStringLiteral("fees"), QJsonArray());
            }
            o.insert(QStringLiteral("channels"), channels);
            list.append(o);
        }
        ctx.printJson(list);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const Procedure& p : procedures) {
        const Department d = departments.value(p.departmentCode);
        const QString department = d.shortName.isEmpty() ? d.name : d.shortName;
        const ProcedureChannel* counter = p.channel(Channel::Counter);
        rows.append({p.code, p.name, department.isEmpty() ? p.departmentCode : department,
                     counter ? timeText(*counter)
                             : QCoreApplication::translate("motcua::CatalogueCommands", "not at the counter"),
                     counter ? feesText(counter->fees) : QString()});
    }
    ctx.printTable({{QCoreApplication::translate("motcua::CatalogueCommands", "CODE")},
                    {QCoreApplication::translate("motcua::CatalogueCommands", "NAME"), 60},
                    {QCoreApplication::translate("motcua::CatalogueCommands", "DEPARTMENT"), 24},
                    {QCoreApplication::translate("motcua::CatalogueCommands", "COUNTER TIME")},
                    {QCoreApplication::translate("motcua::CatalogueCommands", "FEES"), 40}},
                   rows);
    ctx.print(QCoreApplication::translate("motcua::CatalogueCommands", "%n procedure(s).", nullptr,
                                          static_cast<int>(procedures.size())));
    return ExitOk;
}

} // namespace motcua::cli
