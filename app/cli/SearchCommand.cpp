#include "cli/SearchCommand.h"

#include "cli/CalendarCommands.h"
#include "cli/CliContext.h"
#include "core/Clock.h"
#include "service/AppContext.h"
#include "service/DossierService.h"
#include "store/DossierRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

int SearchCommand::run(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("search"), arguments);
    ctx.setReadsPersonalData();
    ctx.setDescription(QCoreApplication::translate(
        "motcua::SearchCommand",
        "Finds dossiers by dossier code, ID number, phone number, or the applicant's name; diacritics are "
        "optional (\"dang van duc\" finds \"Đặng Văn Đức\"). Newest first."));
    ctx.addPositional(QStringLiteral("TEXT"), QCoreApplication::translate("motcua::SearchCommand", "What to look for."),
                      QStringLiteral("TEXT..."));
    const QCommandLineOption limitOption(
        QStringLiteral("limit"),
        QCoreApplication::translate("motcua::SearchCommand", "At most N dossiers (default 50)."), QStringLiteral("N"),
        QStringLiteral("50"));
    ctx.parser().addOption(limitOption);
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    // Several words are one query, so the name need not be quoted.
    const QString text = ctx.parser().positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return ctx.usageError(QCoreApplication::translate("motcua::SearchCommand", "give the TEXT to look for."));
    bool ok = false;
    const int limit = ctx.parser().value(limitOption).toInt(&ok);
    if (!ok || limit < 1 || limit > 10000) {
        return ctx.fail(
            Error::badInput(QCoreApplication::translate("motcua::SearchCommand", "Invalid --limit '%1': 1 to 10000.")
                                .arg(ctx.parser().value(limitOption))));
    }
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    auto rows = (*app)->dossiers().search(text, limit);
    if (!rows)
        return ctx.fail(rows.error());

    if (ctx.json()) {
        QJsonArray list;
        for (const DossierListRow& r : *rows) {
            list.append(QJsonObject{{QStringLiteral("code"), r.code},
                                    {QStringLiteral("name"), r.applicantName},
                                    {QStringLiteral("procedure"), r.procedureName},
                                    {QStringLiteral("state"), stateKey(r.state)},
                                    {QStringLiteral("received"), CalendarCommands::vietnamIso(r.receivedAt)},
                                    {QStringLiteral("appointment"), CalendarCommands::vietnamIso(r.appointmentAt)}});
        }
        ctx.printJson(list);
        return ExitOk;
    }
    if (rows->isEmpty()) {
        ctx.print(QCoreApplication::translate("motcua::SearchCommand", "No dossier found."));
        return ExitOk;
    }
    const QString format = QStringLiteral("dd/MM/yyyy HH:mm");
    QList<QStringList> table;
    for (const DossierListRow& r : *rows) {
        table.append({r.code, r.applicantName, r.procedureName, stateName(r.state),
                      toVietnam(r.receivedAt).toString(format), toVietnam(r.appointmentAt).toString(format)});
    }
    ctx.printTable({{QCoreApplication::translate("motcua::SearchCommand", "CODE")},
                    {QCoreApplication::translate("motcua::SearchCommand", "APPLICANT"), 30},
                    {QCoreApplication::translate("motcua::SearchCommand", "PROCEDURE"), 40},
                    {QCoreApplication::translate("motcua::SearchCommand", "STATE"), 24},
                    {QCoreApplication::translate("motcua::SearchCommand", "RECEIVED")},
                    {QCoreApplication::translate("motcua::SearchCommand", "APPOINTMENT")}},
                   table);
    return ExitOk;
}

} // namespace motcua::cli
