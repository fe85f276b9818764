#include "cli/QualityCommand.h"

#include "cli/CliContext.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/QualityService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

namespace {

QString number(double v)
{
    return QString::number(v, 'f', 1);
}

} // namespace

int QualityCommand::run(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("quality"), arguments);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::QualityCommand",
        "The national service-quality index (Decision 766) over a period, computed from this center's "
        "dossiers: each indicator its data decides, with its value, the national formula, its points and "
        "maximum. Indicators the center cannot know say \"no data\". --json lists the dossiers behind "
        "each figure."));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        QCoreApplication::translate("motcua::QualityCommand", "First day of the period (YYYY-MM-DD)."),
        QStringLiteral("DATE"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        QCoreApplication::translate("motcua::QualityCommand", "Last day of the period, included (YYYY-MM-DD)."),
        QStringLiteral("DATE"));
    const QCommandLineOption departmentOption(
        QStringLiteral("department"),
        QCoreApplication::translate("motcua::QualityCommand", "Only this department (its code)."),
        QStringLiteral("CODE"));
    for (const QCommandLineOption* o : {&fromOption, &toOption, &departmentOption})
        ctx.parser().addOption(*o);
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QCommandLineParser& p = ctx.parser();
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("motcua::QualityCommand", "unexpected argument '%1'.")
                                  .arg(p.positionalArguments().first()));
    const QDate from = parseDay(p.value(fromOption));
    const QDate to = parseDay(p.value(toOption));
    if (!from.isValid() || !to.isValid())
        return ctx.usageError(
            QCoreApplication::translate("motcua::QualityCommand", "--from and --to are required dates (YYYY-MM-DD)."));
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    std::optional<qint64> department;
    if (p.isSet(departmentOption)) {
        auto d = (*app)->catalogue().department(p.value(departmentOption));
        if (!d)
            return ctx.fail(Error::notFound(
                QCoreApplication::translate("motcua::QualityCommand", "No department has the code '%1'.")
                    .arg(p.value(departmentOption))));
        department = d->id;
    }
    QualityService quality((*app)->db());
    auto report = quality.compute(from, to, department);
    if (!report)
        return ctx.fail(report.error());

    if (ctx.json()) {
        QJsonArray indicators;
        for (const QualityFigure& f : report->figures) {
            QJsonArray counted;
            QJsonArray all;
            for (qint64 id : f.dossierIds) {
                const QualityDossier* d = report->dossier(id);
                const QString c = d ? d->code : QString();
                all.append(c);
                if (f.countedIds.contains(id))
                    counted.append(c);
            }
            indicators.append(QJsonObject{
                {QStringLiteral("id"), f.def.id},
                {QStringLiteral("kind"), f.def.kind},
                {QStringLiteral("name"), f.def.name},
                {QStringLiteral("formula"), f.def.formula},
                {QStringLiteral("value_percent"), f.hasValue ? QJsonValue(f.value) : QJsonValue()},
                {QStringLiteral("points"), f.points ? QJsonValue(*f.points) : QJsonValue()},
                {QStringLiteral("max_points"), f.def.maxPoints},
                {QStringLiteral("full_from_percent"), f.def.fullFrom},
                {QStringLiteral("counted"), f.counted},
                {QStringLiteral("population"), f.population},
                {QStringLiteral("note"), f.note},
                {QStringLiteral("counted_dossiers"), counted},
                {QStringLiteral("dossiers"), all},
            });
        }
        ctx.printJson(QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                                  {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                  {QStringLiteral("decision"), report->definition.decision},
                                  {QStringLiteral("source"), report->definition.source},
                                  {QStringLiteral("verified"), report->definition.verified},
                                  {QStringLiteral("points"), report->points()},
                                  {QStringLiteral("max_points"), report->maxPoints()},
                                  {QStringLiteral("indicators"), indicators}});
        return ExitOk;
    }
    const QString noData = QCoreApplication::translate("motcua::QualityCommand", "no data");
    ctx.print(QCoreApplication::translate("motcua::QualityCommand", "Service-quality index %1 – %2 (%3)")
                  .arg(from.toString(QStringLiteral("dd/MM/yyyy")), to.toString(QStringLiteral("dd/MM/yyyy")),
                       report->definition.decision));
    QList<QStringList> rows;
    for (const QualityFigure& f : report->figures) {
        rows.append({f.def.id, f.def.name, f.hasValue ? number(f.value) + QStringLiteral(" %") : noData,
                     QStringLiteral("%1/%2").arg(f.counted).arg(f.population),
                     (f.points ? number(*f.points) : noData) + QStringLiteral(" / ") + number(f.def.maxPoints)});
    }
    ctx.printTable({{QCoreApplication::translate("motcua::QualityCommand", "ID")},
                    {QCoreApplication::translate("motcua::QualityCommand", "INDICATOR"), 48},
                    {QCoreApplication::translate("motcua::QualityCommand", "VALUE"), 0, true},
                    {QCoreApplication::translate("motcua::QualityCommand", "DOSSIERS"), 0, true},
                    {QCoreApplication::translate("motcua::QualityCommand", "POINTS"), 0, true}},
                   rows);
    for (const QualityFigure& f : report->figures) {
        ctx.print(QStringLiteral("\n%1 %2\n  %3").arg(f.def.id, f.def.name, f.def.formula) +
                  (f.note.isEmpty() ? QString() : QStringLiteral("\n  ") + f.note));
    }
    ctx.print(QStringLiteral("\n") +
              QCoreApplication::translate("motcua::QualityCommand", "Source: %1").arg(report->definition.source));
    return ExitOk;
}

} // namespace motcua::cli
