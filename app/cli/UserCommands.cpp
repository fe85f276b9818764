#include "cli/UserCommands.h"

#include "cli/CalendarCommands.h"
#include "cli/CliContext.h"
#include "security/UserService.h"
#include "service/AppContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

namespace {

QString groupHelp()
{
    return QCoreApplication::translate(
        "motcua::UserCommands", "Usage: motcuactl users SUBCOMMAND [options]\n\n"
                                "Subcommands:\n"
                                "  add USERNAME --role clerk|supervisor|admin --name \"Full Name\" --user ADMIN\n"
                                "               the new password comes from MOTCUA_NEW_PASSWORD or is asked twice\n"
                                "  list --user NAME\n"
                                "  unlock USERNAME --user ADMIN   lift the lock left by repeated wrong passwords\n\n"
                                "motcuactl users SUBCOMMAND --help shows the options of each.\n");
}

} // namespace

int UserCommands::run(const QStringList& arguments)
{
    return runGroup(QStringLiteral("users"), arguments, groupHelp(),
                    {{"add", &add}, {"list", &list}, {"unlock", &unlock}});
}

int UserCommands::add(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("users add"), arguments);
    ctx.setNeedsUser(true);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::UserCommands", "Adds a local account (administrators only). The new account's password comes from "
                                "MOTCUA_NEW_PASSWORD or is asked twice on the terminal."));
    ctx.addPositional(QStringLiteral("USERNAME"),
                      QCoreApplication::translate("motcua::UserCommands", "The new user name."));
    const QCommandLineOption roleOption(
        QStringLiteral("role"), QCoreApplication::translate("motcua::UserCommands", "clerk, supervisor or admin."),
        QStringLiteral("ROLE"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        QCoreApplication::translate("motcua::UserCommands", "The user's full name."),
                                        QStringLiteral("FULL NAME"));
    ctx.parser().addOption(roleOption);
    ctx.parser().addOption(nameOption);
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QStringList positional = ctx.parser().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(QCoreApplication::translate("motcua::UserCommands", "give one USERNAME."));
    if (!ctx.parser().isSet(roleOption))
        return ctx.usageError(
            QCoreApplication::translate("motcua::UserCommands", "--role is required: clerk, supervisor or admin."));
    Role role = Role::Clerk;
    if (!roleFromKey(ctx.parser().value(roleOption), &role)) {
        return ctx.usageError(
            QCoreApplication::translate("motcua::UserCommands", "unknown role '%1': clerk, supervisor or admin.")
                .arg(ctx.parser().value(roleOption)));
    }
    if (!ctx.parser().isSet(nameOption))
        return ctx.usageError(QCoreApplication::translate("motcua::UserCommands", "--name is required."));
    const QString username = positional.first();
    // Checked before any password is asked, so a typo is reported at once.
    if (auto valid = UserService::validateUsername(username); !valid)
        return ctx.fail(valid.error());
    if (auto valid = UserService::validateFullName(ctx.parser().value(nameOption)); !valid)
        return ctx.fail(valid.error());

    auto actor = ctx.login();
    if (!actor)
        return ctx.fail(actor.error());
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    auto password = CliContext::password(
        "MOTCUA_NEW_PASSWORD",
        QCoreApplication::translate("motcua::UserCommands", "Password for the new user %1: ").arg(username), true);
    if (!password)
        return ctx.fail(password.error());
    auto added = (*app)->users().addUser(*actor, username, ctx.parser().value(nameOption), role, *password);
    if (!added)
        return ctx.fail(added.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("username"), added->username},
                                  {QStringLiteral("full_name"), added->fullName},
                                  {QStringLiteral("role"), roleKey(added->role)}});
    } else {
        ctx.print(QCoreApplication::translate("motcua::UserCommands", "User %1 (%2) added.")
                      .arg(added->username, roleName(added->role)));
    }
    return ExitOk;
}

int UserCommands::list(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("users list"), arguments);
    ctx.setNeedsUser(true);
    ctx.setDescription(
        QCoreApplication::translate("motcua::UserCommands", "Lists the local accounts (supervisors and above)."));
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    if (!ctx.parser().positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("motcua::UserCommands", "users list takes no arguments."));
    auto actor = ctx.login();
    if (!actor)
        return ctx.fail(actor.error());
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    auto users = (*app)->users().listUsers(*actor);
    if (!users)
        return ctx.fail(users.error());

    const auto time = [](const QDateTime& t) { return t.isValid() ? CalendarCommands::vietnamIso(t) : QString(); };
    if (ctx.json()) {
        QJsonArray list;
        for (const UserInfo& u : *users) {
            list.append(QJsonObject{{QStringLiteral("username"), u.username},
                                    {QStringLiteral("full_name"), u.fullName},
                                    {QStringLiteral("role"), roleKey(u.role)},
                                    {QStringLiteral("disabled"), u.disabled},
                                    {QStringLiteral("locked"), (*app)->users().isLocked(u)},
                                    {QStringLiteral("created_at"), time(u.createdAt)},
                                    {QStringLiteral("last_login_at"),
                                     u.lastLoginAt.isValid() ? QJsonValue(time(u.lastLoginAt)) : QJsonValue()}});
        }
        ctx.printJson(list);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const UserInfo& u : *users) {
        rows.append({u.username, u.fullName, roleName(u.role),
                     u.disabled                    ? QCoreApplication::translate("motcua::UserCommands", "disabled")
                     : (*app)->users().isLocked(u) ? QCoreApplication::translate("motcua::UserCommands", "locked")
                                                   : QCoreApplication::translate("motcua::UserCommands", "active"),
                     time(u.lastLoginAt)});
    }
    ctx.printTable({{QCoreApplication::translate("motcua::UserCommands", "USERNAME")},
                    {QCoreApplication::translate("motcua::UserCommands", "FULL NAME"), 40},
                    {QCoreApplication::translate("motcua::UserCommands", "ROLE")},
                    {QCoreApplication::translate("motcua::UserCommands", "STATUS")},
                    {QCoreApplication::translate("motcua::UserCommands", "LAST LOGIN")}},
                   rows);
    return ExitOk;
}

int UserCommands::unlock(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("users unlock"), arguments);
    ctx.setNeedsUser(true);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::UserCommands",
        "Lifts the lock that repeated wrong passwords put on an account (administrators only)."));
    ctx.addPositional(QStringLiteral("USERNAME"),
                      QCoreApplication::translate("motcua::UserCommands", "The locked account."));
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QStringList positional = ctx.parser().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(QCoreApplication::translate("motcua::UserCommands", "give one USERNAME."));
    auto actor = ctx.login();
    if (!actor)
        return ctx.fail(actor.error());
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    if (Status s = (*app)->users().unlockUser(*actor, positional.first()); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("username"), positional.first()}, {QStringLiteral("locked"), false}});
    else
        ctx.print(
            QCoreApplication::translate("motcua::UserCommands", "User %1 can log in again.").arg(positional.first()));
    return ExitOk;
}

} // namespace motcua::cli
