#include "cli/DossierListCommand.h"

#include "cli/CliContext.h"
#include "core/PrivateFiles.h"
#include "forms/DossierListExport.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierListService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace motcua::cli {

int DossierListCommand::run(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("dossiers"), arguments);
    ctx.setNeedsUser(true);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::DossierListCommand",
        "The dossiers received in a period as a list: code, procedure code, department code and name, "
        "channel, national status code, received, appointment, finished and returned (ISO 8601 with "
        "offset), as the periodic report counts them. --personal adds the applicant's name, ID number, "
        "phone and address: supervisors only, written to the audit log."));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        QCoreApplication::translate("motcua::DossierListCommand", "First day of the period (YYYY-MM-DD)."),
        QStringLiteral("DATE"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        QCoreApplication::translate("motcua::DossierListCommand", "Last day of the period, included (YYYY-MM-DD)."),
        QStringLiteral("DATE"));
    const QCommandLineOption departmentOption(
        QStringLiteral("department"),
        QCoreApplication::translate("motcua::DossierListCommand", "Only this department (its code)."),
        QStringLiteral("CODE"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QCoreApplication::translate("motcua::DossierListCommand",
                                    "csv, json or xlsx (default: from the --out file name, else csv)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("motcua::DossierListCommand", "The file to write."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption personalOption(
        QStringLiteral("personal"),
        QCoreApplication::translate("motcua::DossierListCommand",
                                    "Add the applicant's columns (supervisors only; audited)."));
    for (const QCommandLineOption* o :
         {&fromOption, &toOption, &departmentOption, &formatOption, &outOption, &personalOption})
        ctx.parser().addOption(*o);
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QCommandLineParser& p = ctx.parser();
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("motcua::DossierListCommand", "unexpected argument '%1'.")
                                  .arg(p.positionalArguments().first()));
    const QDate from = parseDay(p.value(fromOption));
    const QDate to = parseDay(p.value(toOption));
    if (!from.isValid() || !to.isValid() || to < from)
        return ctx.usageError(QCoreApplication::translate(
            "motcua::DossierListCommand",
            "--from and --to are required dates (YYYY-MM-DD), the first on or before the last."));
    const QString out = p.value(outOption);
    ListFormat format = ListFormat::Csv;
    if (p.isSet(formatOption)) {
        if (!listFormatFromKey(p.value(formatOption), &format))
            return ctx.usageError(
                QCoreApplication::translate("motcua::DossierListCommand", "--format is csv, json or xlsx."));
    } else if (!out.isEmpty() && !listFormatFromKey(QFileInfo(out).suffix(), &format)) {
        return ctx.usageError(QCoreApplication::translate("motcua::DossierListCommand",
                                                          "give --format: the file name does not say which."));
    }
    if (out.isEmpty() && format == ListFormat::Xlsx)
        return ctx.usageError(
            QCoreApplication::translate("motcua::DossierListCommand", "--out FILE is required for XLSX."));

    auto actor = ctx.login();
    if (!actor)
        return ctx.fail(actor.error());
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    std::optional<qint64> department;
    if (p.isSet(departmentOption)) {
        auto d = (*app)->catalogue().department(p.value(departmentOption));
        if (!d)
            return ctx.fail(Error::notFound(
                QCoreApplication::translate("motcua::DossierListCommand", "No department has the code '%1'.")
                    .arg(p.value(departmentOption))));
        department = d->id;
    }
    const bool personal = p.isSet(personalOption);
    DossierListService service((*app)->db(), (*app)->clock());
    auto rows = service.list(*actor, DossierListService::periodFilter(from, to, department), personal);
    if (!rows)
        return ctx.fail(rows.error());
    auto bytes = DossierListExport::render(*rows, personal, format);
    if (!bytes)
        return ctx.fail(bytes.error());
    if (out.isEmpty()) {
        std::fwrite(bytes->constData(), 1, static_cast<size_t>(bytes->size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !commitPrivate(file))
        return ctx.fail(Error::storage(QCoreApplication::translate("motcua::DossierListCommand", "Cannot write %1: %2")
                                           .arg(out, file.errorString())));
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("file"), out},
                                  {QStringLiteral("format"), listFormatKey(format)},
                                  {QStringLiteral("dossiers"), static_cast<qint64>(rows->size())},
                                  {QStringLiteral("personal"), personal}});
    } else {
        ctx.print(QCoreApplication::translate("motcua::DossierListCommand", "%1 dossiers written to %2.")
                      .arg(rows->size())
                      .arg(out));
    }
    return ExitOk;
}

} // namespace motcua::cli
