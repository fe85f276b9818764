#include "cli/SettingsCommands.h"

#include "cli/CliContext.h"
#include "security/Roles.h"
#include "service/AppContext.h"
#include "service/SettingsService.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

namespace {

QString groupHelp()
{
    return QCoreApplication::translate("motcua::SettingsCommands",
                                       "Usage: motcuactl settings SUBCOMMAND [options] --user ADMIN\n\n"
                                       "Subcommands:\n"
                                       "  list            every setting, its value and whether it is set\n"
                                       "  get KEY         one setting's value\n"
                                       "  set KEY VALUE   changes a setting (checked and audited)\n\n"
                                       "Secret settings are stored sealed and never printed.\n");
}

// Signs in as an administrator; the open application, or the exit code of a refusal.
struct Admin
{
    AppContext* app = nullptr;
    Actor actor;
    int exitCode = ExitOk;
};

Admin signIn(CliContext& ctx)
{
    Admin out;
    auto actor = ctx.login();
    if (!actor) {
        out.exitCode = ctx.fail(actor.error());
        return out;
    }
    if (actor->role != Role::Admin) {
        out.exitCode = ctx.fail(Error::forbidden(QCoreApplication::translate(
            "motcua::SettingsCommands", "Only an administrator may read or change the settings.")));
        return out;
    }
    auto app = ctx.open();
    if (!app) {
        out.exitCode = ctx.fail(app.error());
        return out;
    }
    out.app = *app;
    out.actor = *actor;
    return out;
}

// What is shown of a value: secrets only say whether they are set.
QString shown(Settings& settings, const QString& key)
{
    if (!Settings::isSecret(key))
        return settings.string(key);
    return settings.isSet(key) ? QCoreApplication::translate("motcua::SettingsCommands", "(secret, set)")
                               : QCoreApplication::translate("motcua::SettingsCommands", "(secret, not set)");
}

} // namespace

int SettingsCommands::run(const QStringList& arguments)
{
    return runGroup(QStringLiteral("settings"), arguments, groupHelp(),
                    {{"list", &list}, {"get", &get}, {"set", &set}});
}

int SettingsCommands::list(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("settings list"), arguments);
    ctx.setNeedsUser(true);
    ctx.setDescription(
        QCoreApplication::translate("motcua::SettingsCommands", "Lists every setting (administrators)."));
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    if (!ctx.parser().positionalArguments().isEmpty())
        return ctx.usageError(
            QCoreApplication::translate("motcua::SettingsCommands", "settings list takes no arguments."));
    const Admin admin = signIn(ctx);
    if (!admin.app)
        return admin.exitCode;
    Settings& settings = admin.app->settings();
    const QList<SettingInfo> all = Settings::registry();
    if (ctx.json()) {
        QJsonArray out;
        for (const SettingInfo& info : all) {
            out.append(QJsonObject{{QStringLiteral("key"), info.key},
                                   {QStringLiteral("value"), shown(settings, info.key)},
                                   {QStringLiteral("set"), settings.isSet(info.key)},
                                   {QStringLiteral("secret"), Settings::isSecret(info.key)}});
        }
        ctx.printJson(out);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const SettingInfo& info : all)
        rows.append({info.key, shown(settings, info.key), info.description});
    ctx.printTable({{QCoreApplication::translate("motcua::SettingsCommands", "Key")},
                    {QCoreApplication::translate("motcua::SettingsCommands", "Value"), 40},
                    {QCoreApplication::translate("motcua::SettingsCommands", "Description"), 60}},
                   rows);
    return ExitOk;
}

int SettingsCommands::get(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("settings get"), arguments);
    ctx.setNeedsUser(true);
    ctx.setDescription(
        QCoreApplication::translate("motcua::SettingsCommands", "Prints one setting's value (administrators)."));
    ctx.addPositional(QStringLiteral("KEY"),
                      QCoreApplication::translate("motcua::SettingsCommands", "The setting, e.g. center.name."));
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QStringList positional = ctx.parser().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(QCoreApplication::translate("motcua::SettingsCommands", "give one KEY."));
    const QString key = positional.first();
    SettingInfo info;
    if (!Settings::find(key, &info))
        return ctx.fail(Error::badInput(
            QCoreApplication::translate("motcua::SettingsCommands", "There is no setting named %1.").arg(key)));
    const Admin admin = signIn(ctx);
    if (!admin.app)
        return admin.exitCode;
    Settings& settings = admin.app->settings();
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("key"), key},
                                  {QStringLiteral("value"), shown(settings, key)},
                                  {QStringLiteral("set"), settings.isSet(key)},
                                  {QStringLiteral("secret"), Settings::isSecret(key)}});
    } else {
        ctx.print(shown(settings, key));
    }
    return ExitOk;
}

int SettingsCommands::set(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("settings set"), arguments);
    ctx.setNeedsUser(true);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::SettingsCommands",
        "Changes one setting (administrators): checked as in the Settings page, secrets sealed, audited."));
    ctx.addPositional(QStringLiteral("KEY"),
                      QCoreApplication::translate("motcua::SettingsCommands", "The setting, e.g. center.name."));
    ctx.addPositional(QStringLiteral("VALUE"),
                      QCoreApplication::translate("motcua::SettingsCommands", "Its new value."));
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QStringList positional = ctx.parser().positionalArguments();
    if (positional.size() != 2)
        return ctx.usageError(QCoreApplication::translate("motcua::SettingsCommands", "give KEY and VALUE."));
    const QString key = positional.at(0);
    // Checked before the password is asked, so a typo is reported at once.
    if (Status valid = Settings::validate(key, positional.at(1)); !valid)
        return ctx.fail(valid.error());
    const Admin admin = signIn(ctx);
    if (!admin.app)
        return admin.exitCode;
    if (Status s = admin.app->settingsService().change(admin.actor, key, positional.at(1)); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("changed"), true}});
    else
        ctx.print(QCoreApplication::translate("motcua::SettingsCommands", "Setting %1 changed.").arg(key));
    return ExitOk;
}

} // namespace motcua::cli
