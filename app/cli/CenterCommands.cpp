#include "cli/CenterCommands.h"

#include "cli/CliContext.h"
#include "core/Clock.h"
#include "service/AppContext.h"
#include "service/CenterMembership.h"
#include "store/Database.h"
#include "store/FeedRepository.h"
#include "store/Settings.h"
#include "sync/CenterJoin.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonObject>

namespace motcua::cli {

int CenterCommands::run(const QStringList& arguments)
{
    return runGroup(QStringLiteral("center"), arguments,
                    QCoreApplication::translate("motcua::CenterCommands",
                                                "center join URL --code CODE --ca FILE: join the center's "
                                                "server with a one-time code. center refeed: pull every "
                                                "dossier of the center again at the next sync pass."),
                    {{"join", &CenterCommands::join}, {"refeed", &CenterCommands::refeed}});
}

int CenterCommands::refeed(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("center refeed"), arguments);
    ctx.setNeedsUser(true);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::CenterCommands",
        "Sets the center's feed back to its start: the next sync pass pulls every dossier of the center "
        "again, so copies pulled by an older version of this workstation get everything their record "
        "carries (forms 02 to 04 included). Nothing is doubled. Needs an administrator; audited."));
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    if (!ctx.parser().positionalArguments().isEmpty())
        return ctx.usageError(
            QCoreApplication::translate("motcua::CenterCommands", "center refeed takes no arguments."));
    auto actor = ctx.login();
    if (!actor)
        return ctx.fail(actor.error());
    if (!actor->atLeast(Role::Admin)) {
        return ctx.fail(Error::forbidden(QCoreApplication::translate(
            "motcua::CenterCommands", "Only an administrator can have the center's feed pulled again.")));
    }
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    Transaction tx((*app)->db());
    if (!tx.begun())
        return ctx.fail(tx.begun().error());
    auto restarted = FeedRepository((*app)->db()).restartFeed(*actor, (*app)->clock().now());
    if (!restarted)
        return ctx.fail(restarted.error());
    if (Status s = tx.commit(); !s)
        return ctx.fail(s.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("restarted"), *restarted}});
        return ExitOk;
    }
    ctx.print(*restarted ? QCoreApplication::translate("motcua::CenterCommands",
                                                       "The next sync pass pulls every dossier of the center again.")
                         : QCoreApplication::translate("motcua::CenterCommands",
                                                       "Nothing was pulled from the center yet: the next sync pass "
                                                       "pulls every dossier of the center."));
    return ExitOk;
}

int CenterCommands::join(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("center join"), arguments);
    ctx.setNeedsUser(true);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::CenterCommands",
        "Joins this workstation to its center's server (motcua-center) with the one-time code the center's "
        "administrator printed (motcua-center enrol --station N). The center gives the station its number "
        "and its own credential, kept sealed under the data key. Needs an administrator."));
    ctx.addPositional(QStringLiteral("URL"),
                      QCoreApplication::translate("motcua::CenterCommands", "The center's https:// address."));
    const QCommandLineOption codeOpt(QStringLiteral("code"),
                                     QCoreApplication::translate("motcua::CenterCommands", "One-time code."),
                                     QStringLiteral("CODE"));
    const QCommandLineOption caOpt(
        QStringLiteral("ca"),
        QCoreApplication::translate("motcua::CenterCommands", "The center's CA or certificate (PEM) to trust."),
        QStringLiteral("FILE"));
    const QCommandLineOption nameOpt(
        QStringLiteral("name"),
        QCoreApplication::translate("motcua::CenterCommands", "This workstation's name at the center."),
        QStringLiteral("NAME"));
    ctx.parser().addOptions({codeOpt, caOpt, nameOpt});
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QStringList positional = ctx.parser().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(QCoreApplication::translate("motcua::CenterCommands", "give the center's URL."));
    if (!ctx.parser().isSet(codeOpt) || !ctx.parser().isSet(caOpt))
        return ctx.usageError(
            QCoreApplication::translate("motcua::CenterCommands", "--code CODE and --ca FILE are required."));
    const QUrl url(positional.first(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        return ctx.usageError(
            QCoreApplication::translate("motcua::CenterCommands", "the center's URL must be an https:// address."));
    }
    auto actor = ctx.login();
    if (!actor)
        return ctx.fail(actor.error());
    if (!actor->atLeast(Role::Admin)) {
        return ctx.fail(Error::forbidden(QCoreApplication::translate(
            "motcua::CenterCommands", "Only an administrator can join the workstation to a center.")));
    }
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    const QString name =
        ctx.parser().isSet(nameOpt) ? ctx.parser().value(nameOpt) : QHostInfo::localHostName().left(100);
    auto joined = joinCenter((*app)->settings(), url, ctx.parser().value(caOpt), ctx.parser().value(codeOpt), name);
    if (!joined)
        return ctx.fail(joined.error());
    if (Status s = adoptCenter(**app, *joined); !s)
        return ctx.fail(s.error());
    const QString station = QString::number(joined->station);
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("station"), station},
                                  {QStringLiteral("center"), joined->center},
                                  {QStringLiteral("madonvi"), joined->madonvi}});
    } else {
        ctx.print(QCoreApplication::translate("motcua::CenterCommands", "Joined %1 as station %2.")
                      .arg(joined->center, station));
    }
    return ExitOk;
}

} // namespace motcua::cli
