// motcua-portal: the reference portal server on its own (README, "Reference portal").
#include "portal/PortalOnline.h"
#include "portal/PortalReply.h"
#include "portal/PortalServer.h"
#include "portal/PortalServices.h"
#include "sync/OfflineBundle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTranslator>

#include <cstdio>

using namespace motcua;

namespace {

int fail(const QString& message, int code)
{
    std::fprintf(stderr, "motcua-portal: %s\n", qUtf8Printable(message));
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("motcua-portal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "motcua::PortalMain",
        "Reference portal server for MotCua Desk: the national one-stop portal's service shape over HTTPS, "
        "for tests and demos."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption listenOpt(
        QStringLiteral("listen"),
        QCoreApplication::translate("motcua::PortalMain", "Address and port (port 0: any free port)."),
        QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption certOpt(QStringLiteral("cert"),
                                     QCoreApplication::translate("motcua::PortalMain", "Server certificate (PEM)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption keyOpt(QStringLiteral("key"),
                                    QCoreApplication::translate("motcua::PortalMain", "Private key (PEM)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption dbOpt(QStringLiteral("db"),
                                   QCoreApplication::translate("motcua::PortalMain", "Portal database file."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption faultOpt(
        QStringLiteral("fault"),
        QCoreApplication::translate("motcua::PortalMain", "Inject a fault: NAME[:RATE][@SERVICE]."),
        QStringLiteral("SPEC"));
    const QCommandLineOption delayOpt(
        QStringLiteral("fault-delay"),
        QCoreApplication::translate("motcua::PortalMain", "Milliseconds of the delay fault."), QStringLiteral("MS"),
        QStringLiteral("20000"));
    const QCommandLineOption userOpt(QStringLiteral("user"),
                                     QCoreApplication::translate("motcua::PortalMain", "Login user name."),
                                     QStringLiteral("U"), QStringLiteral("demo"));
    const QCommandLineOption passwordOpt(
        QStringLiteral("password"),
        QCoreApplication::translate("motcua::PortalMain",
                                    "Login password (default: $MOTCUA_PORTAL_PASSWORD, else demo)."),
        QStringLiteral("P"));
    const QCommandLineOption adminOpt(
        QStringLiteral("admin-secret"),
        QCoreApplication::translate("motcua::PortalMain",
                                    "Enables the admin endpoints (default: $MOTCUA_PORTAL_ADMIN_SECRET)."),
        QStringLiteral("S"));
    const QCommandLineOption ttlOpt(QStringLiteral("session-ttl"),
                                    QCoreApplication::translate("motcua::PortalMain", "Session lifetime in seconds."),
                                    QStringLiteral("S"), QStringLiteral("600"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"),
                                     QCoreApplication::translate("motcua::PortalMain", "Seed of probabilistic faults."),
                                     QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption catalogueOpt(
        QStringLiteral("catalogue"),
        QCoreApplication::translate("motcua::PortalMain", "Catalogue file to serve (default: the demo center's)."),
        QStringLiteral("FILE"));
    const QCommandLineOption fallbackOpt(
        QStringLiteral("fallback-start"),
        QCoreApplication::translate("motcua::PortalMain", "First dossier number of the stations' offline ranges."),
        QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption stationsOpt(
        QStringLiteral("max-stations"),
        QCoreApplication::translate("motcua::PortalMain", "Stations sharing the offline ranges."), QStringLiteral("N"),
        QStringLiteral("10"));
    const QCommandLineOption bundleOpt(
        QStringLiteral("import-bundle"),
        QCoreApplication::translate("motcua::PortalMain", "Import an offline bundle and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption bundleSecretOpt(
        QStringLiteral("bundle-secret"),
        QCoreApplication::translate("motcua::PortalMain",
                                    "Secret that opens the centers' offline bundles (default: "
                                    "$MOTCUA_BUNDLE_SECRET; none: only unprotected test bundles)."),
        QStringLiteral("S"));
    const QCommandLineOption langOpt(
        QStringLiteral("lang"),
        QCoreApplication::translate("motcua::PortalMain",
                                    "Language of the answers' messages and of the page: vi (default, as the "
                                    "national portal) or en."),
        QStringLiteral("CODE"), QStringLiteral("vi"));
    const QCommandLineOption delayedAcksOpt(
        QStringLiteral("delayed-acks"),
        QCoreApplication::translate("motcua::PortalMain",
                                    "Acknowledge received bytes late, as a stock TCP stack does, instead of at "
                                    "once (to measure how a client copes with such a server)."));
    const QCommandLineOption procedureOpt(
        QStringLiteral("procedure"),
        QCoreApplication::translate("motcua::PortalMain",
                                    "submit-online: the procedure (default: the catalogue's first)."),
        QStringLiteral("CODE"));
    const QCommandLineOption filesOpt(
        QStringLiteral("files"),
        QCoreApplication::translate("motcua::PortalMain", "submit-online: how many files to attach."),
        QStringLiteral("N"), QStringLiteral("2"));
    p.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("motcua::PortalMain",
                                    "submit-online: file a demo online submission, print its reference and "
                                    "exit (otherwise: serve)."),
        QStringLiteral("[submit-online]"));
    p.addOptions({procedureOpt, filesOpt});
    const QCommandLineOption wrapOpt(
        QStringLiteral("national-wrap"),
        QCoreApplication::translate("motcua::PortalMain",
                                    "National endpoint: wrap every reply as {\"message\": \"<JSON>\"}."));
    const QCommandLineOption numericOpt(
        QStringLiteral("national-numeric-codes"),
        QCoreApplication::translate("motcua::PortalMain",
                                    "National endpoint: send error_code as a number, not a string."));
    const QCommandLineOption bearerOpt(
        QStringLiteral("national-bearer"),
        QCoreApplication::translate("motcua::PortalMain",
                                    "National endpoint: require this OAuth2 bearer token on every call."),
        QStringLiteral("TOKEN"));
    p.addOptions({listenOpt,   certOpt,         keyOpt,  dbOpt,          faultOpt,     delayOpt,    userOpt,
                  passwordOpt, adminOpt,        ttlOpt,  seedOpt,        catalogueOpt, fallbackOpt, stationsOpt,
                  bundleOpt,   bundleSecretOpt, langOpt, delayedAcksOpt, wrapOpt,      numericOpt,  bearerOpt});
    p.process(app);

    const QString lang = p.value(langOpt);
    if (lang != QLatin1String("vi") && lang != QLatin1String("en"))
        return fail(QCoreApplication::translate("motcua::PortalMain", "--lang takes vi or en."), 2);
    QTranslator translator;
    if (translator.load(QStringLiteral(":/motcua/i18n/motcua_") + lang + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(&translator);
    else
        return fail(QStringLiteral("no translation catalogue for language %1").arg(lang), 1);

    if (!p.isSet(dbOpt))
        return fail(QCoreApplication::translate("motcua::PortalMain", "--db FILE is required."), 2);

    PortalServerConfig config;
    config.username = p.value(userOpt);
    config.password = p.isSet(passwordOpt) ? p.value(passwordOpt)
                                           : qEnvironmentVariable("MOTCUA_PORTAL_PASSWORD", QStringLiteral("demo"));
    config.quickAck = !p.isSet(delayedAcksOpt);
    config.national.wrapReplies = p.isSet(wrapOpt);
    config.national.numericCodes = p.isSet(numericOpt);
    config.national.bearerToken = p.value(bearerOpt);
    config.adminSecret = p.isSet(adminOpt) ? p.value(adminOpt) : qEnvironmentVariable("MOTCUA_PORTAL_ADMIN_SECRET");
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false, ok5 = false;
    config.sessionTtl = p.value(ttlOpt).toInt(&ok1);
    config.faultDelayMs = p.value(delayOpt).toInt(&ok2);
    config.seed = p.value(seedOpt).toUInt(&ok3);
    config.numbering.fallbackStart = p.value(fallbackOpt).toInt(&ok4);
    config.numbering.maxStations = p.value(stationsOpt).toInt(&ok5);
    if (!ok1 || !ok2 || !ok3 || !ok4 || !ok5 || config.sessionTtl < 1 || config.faultDelayMs < 0)
        return fail(QCoreApplication::translate("motcua::PortalMain", "A numeric option is not a valid number."), 2);
    if (Status s = config.numbering.validate(1); !s)
        return fail(s.error().message, 2);

    const QStringList args = p.positionalArguments();
    if (!args.isEmpty() && (args.size() > 1 || args.first() != QLatin1String("submit-online")))
        return fail(
            QCoreApplication::translate("motcua::PortalMain", "Unknown command; the only one is submit-online."), 2);

    QByteArray catalogue;
    if (p.isSet(catalogueOpt)) {
        QFile f(p.value(catalogueOpt));
        if (!f.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("motcua::PortalMain", "Cannot read the catalogue file."), 2);
        catalogue = f.readAll();
    }

    PortalServer server(config);
    if (Status s = server.open(p.value(dbOpt), catalogue); !s)
        return fail(s.error().message, s.error().code == Error::BadInput ? 2 : 1);

    if (!args.isEmpty()) {
        bool filesOk = false;
        const int files = p.value(filesOpt).toInt(&filesOk);
        if (!filesOk || files < 0 || files > 20)
            return fail(QCoreApplication::translate("motcua::PortalMain", "--files takes a number from 0 to 20."), 2);
        const quint32 seed =
            p.isSet(seedOpt) ? config.seed : static_cast<quint32>(QDateTime::currentMSecsSinceEpoch() & 0xffffffff);
        auto submission = PortalOnline::demo(server.services().catalogue(), p.value(procedureOpt), files, seed);
        if (!submission)
            return fail(submission.error().message, 2);
        auto reference = server.services().submitOnline(*submission);
        if (!reference)
            return fail(reference.error().message, reference.error().code == Error::BadInput ? 2 : 1);
        std::fprintf(stdout, "%s\n", qUtf8Printable(*reference));
        return 0;
    }

    // Signed, encrypted bundles of the sync client (app/sync/OfflineBundle.h).
    const QString bundleSecret =
        p.isSet(bundleSecretOpt) ? p.value(bundleSecretOpt) : qEnvironmentVariable("MOTCUA_BUNDLE_SECRET");
    if (!bundleSecret.isEmpty()) {
        server.setBundleOpener([bundleSecret](const QByteArray& file) -> Result<QByteArray> {
            auto payload = OfflineBundle::open(file, bundleSecret);
            if (!payload)
                return payload.error();
            return QJsonDocument(*payload).toJson(QJsonDocument::Compact);
        });
    }

    if (p.isSet(bundleOpt)) {
        QFile f(p.value(bundleOpt));
        if (!f.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("motcua::PortalMain", "Cannot read the bundle file."), 2);
        const PortalReply r = server.services().importBundle(f.readAll());
        std::fprintf(stdout, "%s\n", QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact).constData());
        if (!r.ok())
            return 1;
        return r.fields.value(QLatin1String("SoLoi")).toString() == QLatin1String("0") ? 0 : 1;
    }

    if (p.isSet(faultOpt)) {
        if (Status s = server.setFault(p.value(faultOpt)); !s)
            return fail(s.error().message, 2);
    }
    if (!p.isSet(certOpt) || !p.isSet(keyOpt))
        return fail(
            QCoreApplication::translate("motcua::PortalMain", "--cert FILE and --key FILE are required (HTTPS only)."),
            2);
    if (Status s = server.setTls(p.value(certOpt), p.value(keyOpt)); !s)
        return fail(s.error().message, 2);

    const QString listen = p.value(listenOpt);
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    const QHostAddress address(colon > 0 ? listen.left(colon) : QString());
    if (!portOk || port > 65535 || address.isNull())
        return fail(QCoreApplication::translate("motcua::PortalMain",
                                                "--listen must be ADDR:PORT, for example 127.0.0.1:8443."),
                    2);
    auto bound = server.start(address, static_cast<quint16>(port));
    if (!bound)
        return fail(bound.error().message, 1);
    // One line on stdout when ready: scripts and the test fixture wait for it (and read the
    // port when 0 was asked for).
    std::fprintf(stdout, "motcua-portal listening on https://%s:%u\n", qUtf8Printable(address.toString()),
                 static_cast<unsigned>(*bound));
    std::fflush(stdout);
    return app.exec();
}
