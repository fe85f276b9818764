#include "cli/InitCommand.h"

#include "cli/CliContext.h"
#include "security/UserService.h"
#include "service/AppContext.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace motcua::cli {

int InitCommand::run(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("init"), arguments);
    ctx.setCreatesDatabase(true);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::InitCommand",
        "Creates or migrates the database; a new database gets the demo center.\n"
        "With --admin, creates the first administrator (password from MOTCUA_PASSWORD or asked twice).\n"
        "When an administrator already exists, --admin changes nothing and succeeds."));
    const QCommandLineOption adminOption(
        QStringLiteral("admin"), QCoreApplication::translate("motcua::InitCommand", "Create the first administrator."),
        QStringLiteral("NAME"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), QCoreApplication::translate("motcua::InitCommand", "The administrator's full name."),
        QStringLiteral("FULL NAME"));
    ctx.parser().addOption(adminOption);
    ctx.parser().addOption(nameOption);
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    if (!ctx.parser().positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("motcua::InitCommand", "init takes no arguments."));
    if (ctx.parser().isSet(nameOption) && !ctx.parser().isSet(adminOption))
        return ctx.usageError(QCoreApplication::translate("motcua::InitCommand", "--name needs --admin."));

    ctx.setAllowLocked();
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());

    QJsonObject out{{QStringLiteral("database"), ctx.databasePath()}};
    if (!ctx.parser().isSet(adminOption)) {
        const bool needsAdmin = (*app)->needsFirstAdmin();
        out.insert(QStringLiteral("needs_first_admin"), needsAdmin);
        if (ctx.json()) {
            ctx.printJson(out);
        } else {
            ctx.print(QCoreApplication::translate("motcua::InitCommand", "Database ready: %1").arg(ctx.databasePath()));
            if (needsAdmin)
                ctx.print(
                    QCoreApplication::translate("motcua::InitCommand", "No administrator yet: run init --admin NAME."));
        }
        return ExitOk;
    }

    const QString username = ctx.parser().value(adminOption);
    // The set-up script calls this on every start: an existing administrator is success,
    // and no password is asked for.
    if (!(*app)->needsFirstAdmin()) {
        out.insert(QStringLiteral("admin_created"), false);
        if (ctx.json())
            ctx.printJson(out);
        else
            ctx.print(
                QCoreApplication::translate("motcua::InitCommand", "An administrator already exists; nothing to do."));
        return ExitOk;
    }

    QString fullName = ctx.parser().value(nameOption);
    if (fullName.isEmpty())
        fullName = QCoreApplication::translate("motcua::InitCommand", "Administrator");
    auto pass = CliContext::password(
        "MOTCUA_PASSWORD",
        QCoreApplication::translate("motcua::InitCommand", "Password for the new administrator %1: ").arg(username),
        true);
    if (!pass)
        return ctx.fail(pass.error());
    auto admin = (*app)->users().createFirstAdmin(username, fullName, *pass);
    if (!admin)
        return ctx.fail(admin.error());

    out.insert(QStringLiteral("admin_created"), true);
    out.insert(QStringLiteral("admin"), admin->username);
    if (ctx.json())
        ctx.printJson(out);
    else
        ctx.print(QCoreApplication::translate("motcua::InitCommand", "Administrator %1 created.").arg(admin->username));
    return ExitOk;
}

} // namespace motcua::cli
