#include "cli/CenterCommands.h"

#include "cli/CliContext.h"
#include "service/AppContext.h"
#include "store/Settings.h"
#include "sync/PortalConfig.h"
#include "sync/PortalTransport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::cli {

int CenterCommands::run(const QStringList& arguments)
{
    return runGroup(QStringLiteral("center"), arguments,
                    QCoreApplication::translate("motcua", "center join URL --code CODE --ca FILE: join the center's "
                                                          "server with a one-time code."),
                    {{"join", &CenterCommands::join}});
}

int CenterCommands::join(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("center join"), arguments);
    ctx.setNeedsUser(true);
    ctx.setDescription(QCoreApplication::translate(
        "motcua", "Joins this workstation to its center's server (motcua-center) with the one-time code the center's "
                  "administrator printed (motcua-center enrol --station N). The center gives the station its number "
                  "and its own credential, kept sealed under the data key. Needs an administrator."));
    ctx.addPositional(QStringLiteral("URL"), QCoreApplication::translate("motcua", "The center's https:// address."));
    const QCommandLineOption codeOpt(QStringLiteral("code"), QCoreApplication::translate("motcua", "One-time code."),
                                     QStringLiteral("CODE"));
    const QCommandLineOption caOpt(
        QStringLiteral("ca"), QCoreApplication::translate("motcua", "The center's CA or certificate (PEM) to trust."),
        QStringLiteral("FILE"));
    const QCommandLineOption nameOpt(QStringLiteral("name"),
                                     QCoreApplication::translate("motcua", "This workstation's name at the center."),
                                     QStringLiteral("NAME"));
    ctx.parser().addOptions({codeOpt, caOpt, nameOpt});
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QStringList positional = ctx.parser().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(QCoreApplication::translate("motcua", "give the center's URL."));
    if (!ctx.parser().isSet(codeOpt) || !ctx.parser().isSet(caOpt))
        return ctx.usageError(QCoreApplication::translate("motcua", "--code CODE and --ca FILE are required."));
    const QUrl url(positional.first(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        return ctx.usageError(QCoreApplication::translate("motcua", "the center's URL must be an https:// address."));
    }
    const QString caPath = QFileInfo(ctx.parser().value(caOpt)).absoluteFilePath();
    PortalConfig config;
    config.url = url;
    QFile caFile(caPath);
    if (caFile.open(QIODevice::ReadOnly))
        config.caCertificates = QSslCertificate::fromData(caFile.readAll(), QSsl::Pem);
    if (config.caCertificates.isEmpty()) {
        return ctx.fail(Error::badInput(
            QCoreApplication::translate("motcua", "The file %1 holds no PEM certificate.").arg(caPath)));
    }

    auto actor = ctx.login();
    if (!actor)
        return ctx.fail(actor.error());
    if (!actor->atLeast(Role::Admin)) {
        return ctx.fail(Error::forbidden(
            QCoreApplication::translate("motcua", "Only an administrator can join the workstation to a center.")));
    }
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());

    const QString name =
        ctx.parser().isSet(nameOpt) ? ctx.parser().value(nameOpt) : QHostInfo::localHostName().left(100);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("code"), ctx.parser().value(codeOpt)},
                                                      {QStringLiteral("name"), name}})
                                .toJson(QJsonDocument::Compact);
    const HttpExchange answer = makeHttpsTransport(config)->post(QStringLiteral("/center/join"), body);
    if (answer.outcome != HttpExchange::Answered || answer.httpStatus != 200) {
        const QString why = answer.error.isEmpty() ? QStringLiteral("HTTP %1").arg(answer.httpStatus) : answer.error;
        return ctx.fail(
            Error::storage(QCoreApplication::translate("motcua", "The center did not answer: %1").arg(why)));
    }
    const QJsonObject reply = QJsonDocument::fromJson(answer.body).object();
    if (reply.value(QLatin1String("error_code")).toString() != QLatin1String("0")) {
        return ctx.fail(Error::forbidden(reply.value(QLatin1String("error_message")).toString().left(300)));
    }
    const QString station = reply.value(QLatin1String("station")).toString();
    Settings& s = (*app)->settings();
    // The password is a secret setting: sealed under the data key, unlocked by the sign-in above.
    const std::pair<const char*, QString> values[] = {
        {"portal.url", url.toString()},
        {"portal.caFile", caPath},
        {"portal.username", reply.value(QLatin1String("username")).toString()},
        {"portal.password", reply.value(QLatin1String("password")).toString()},
        {"station.number", station},
        {"center.agencyCode", reply.value(QLatin1String("madonvi")).toString()},
    };
    for (const auto& [key, value] : values) {
        if (Status st = s.set(QString::fromLatin1(key), value); !st)
            return ctx.fail(st.error());
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("station"), station},
                                  {QStringLiteral("center"), reply.value(QLatin1String("center")).toString()},
                                  {QStringLiteral("madonvi"), reply.value(QLatin1String("madonvi")).toString()}});
    } else {
        ctx.print(QCoreApplication::translate("motcua", "Joined %1 as station %2.")
                      .arg(reply.value(QLatin1String("center")).toString(), station));
    }
    return ExitOk;
}

} // namespace motcua::cli
