// motcua-center: the center's server on PostgreSQL (README, "Center server").
#include "center/CenterAccounts.h"
#include "center/CenterAuditHeads.h"
#include "center/CenterAuth.h"
#include "center/CenterConfig.h"
#include "center/CenterDatabase.h"
#include "center/CenterLog.h"
#include "center/CenterLogFormat.h"
#include "center/CenterOnlinePull.h"
#include "center/CenterRelay.h"
#include "center/CenterServer.h"
#include "center/CenterStore.h"
#include "center/CenterWorkers.h"
#include "core/MemoryReuse.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>
#include <QThread>
#include <QTranslator>

#include <cstdio>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace motcua;

namespace {

int fail(const QString& message, int code)
{
    std::fprintf(stderr, "motcua-center: %s\n", qUtf8Printable(message));
    return code;
}

void say(const QString& line)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

// The private key in PEM belongs to the certificate in PEM.
bool keyMatches(const QByteArray& certificatePem, const QByteArray& keyPem)
{
    BIO* cb = BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size()));
    BIO* kb = BIO_new_mem_buf(keyPem.constData(), static_cast<int>(keyPem.size()));
    X509* cert = cb ? PEM_read_bio_X509(cb, nullptr, nullptr, nullptr) : nullptr;
    EVP_PKEY* key = kb ? PEM_read_bio_PrivateKey(kb, nullptr, nullptr, nullptr) : nullptr;
    const bool ok = cert && key && X509_check_private_key(cert, key) == 1;
    EVP_PKEY_free(key);
    X509_free(cert);
    BIO_free(kb);
    BIO_free(cb);
    return ok;
}

// `check`: every problem found, one line each; empty when all is well.
QStringList check(const CenterConfig& config, CenterDatabase& db)
{
    QStringList problems;
    if (auto a = config.address(); !a)
        problems << a.error().message;
    if (config.agency.isEmpty())
        problems << QCoreApplication::translate("motcua::CenterMain",
                                                "\"agency\" (the center's unit code, madonvi) is not set.");
    if (config.certificate.isEmpty() || config.key.isEmpty()) {
        problems << QCoreApplication::translate(
            "motcua::CenterMain",
            "\"certificate\" and \"key\" (PEM files) are required: the center speaks HTTPS only.");
    } else {
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(config.certificate, QSsl::Pem);
        if (chain.isEmpty()) {
            problems << QCoreApplication::translate("motcua::CenterMain", "Cannot read the certificate %1 (PEM).")
                            .arg(config.certificate);
        } else if (chain.first().expiryDate() < QDateTime::currentDateTimeUtc()) {
            problems << QCoreApplication::translate("motcua::CenterMain", "The certificate %1 expired on %2.")
                            .arg(config.certificate, chain.first().expiryDate().toString(Qt::ISODate));
        }
        QFile keyFile(config.key);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            problems << QCoreApplication::translate(
                            "motcua::CenterMain",
                            "Cannot read the private key %1; is it readable by the motcua-center user?")
                            .arg(config.key);
        } else if (!chain.isEmpty() && !keyMatches(chain.first().toPem(), keyFile.readAll())) {
            problems << QCoreApplication::translate("motcua::CenterMain",
                                                    "The private key %1 is not a PEM key of the certificate %2.")
                            .arg(config.key, config.certificate);
        }
    }
    if (Status s = db.connect(); !s)
        problems << s.error().message;
    else if (Status v = db.requireCurrent(); !v)
        problems << v.error().message;
    return problems;
}

} // namespace

int main(int argc, char** argv)
{
    // Upload chunks of megabytes, each through several buffers: reused, not faulted in afresh.
    motcua::reuseFreedMemory();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("motcua-center"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));

    // The language first, so that --help and every message are in it.
    QString lang = QStringLiteral("vi");
    const QStringList args0 = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args0.size(); ++i) {
        if (args0.at(i) == QLatin1String("--lang") && i + 1 < args0.size())
            lang = args0.at(i + 1);
        else if (args0.at(i).startsWith(QLatin1String("--lang=")))
            lang = args0.at(i).mid(7);
    }
    QTranslator translator;
    if (translator.load(QStringLiteral(":/motcua/i18n/motcua_") + lang + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "motcua::CenterMain",
        "MotCua Desk center server: the workstations' protocol on PostgreSQL for one center's counters.\n\n"
        "Commands:\n"
        "  init                  create or migrate the database schema\n"
        "  check                 validate the configuration, the certificate and the database\n"
        "  serve                 serve the workstations over HTTPS (the systemd unit runs this)\n"
        "  enrol --station N     print a one-time code for workstation N to join with\n"
        "  revoke --station N    refuse workstation N from now on\n"
        "  stations              list the enrolled workstations\n"
        "  audit-heads           the workstations' audit trail heads and the alerts about them\n"
        "  admin --user NAME     add a center administrator (password from $MOTCUA_CENTER_PASSWORD or stdin)\n"
        "  account --user NAME --disable|--enable\n"
        "                        refuse (or allow again) a user account at every workstation\n"
        "  pull-online           pull the online submissions once (online_url, else national_url)\n"
        "  relay status          what waits to be sent to the national system, and what fails\n"
        "  relay retry           try every failing dossier again now\n\n"
        "Workstations join with: motcuactl center join URL --code CODE --ca FILE --user ADMIN"));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("motcua::CenterMain",
                                    "init, check, serve, enrol, revoke, stations, audit-heads, admin, account, "
                                    "pull-online or relay."));
    const QCommandLineOption configOpt(QStringLiteral("config"),
                                       QCoreApplication::translate("motcua::CenterMain", "Configuration file."),
                                       QStringLiteral("FILE"), QStringLiteral("/etc/motcua/center.conf"));
    const QCommandLineOption setOpt(
        QStringLiteral("set"),
        QCoreApplication::translate("motcua::CenterMain", "Override one setting of the file (repeatable)."),
        QStringLiteral("KEY=VALUE"));
    const QCommandLineOption stationOpt(QStringLiteral("station"),
                                        QCoreApplication::translate("motcua::CenterMain", "Workstation number."),
                                        QStringLiteral("N"));
    const QCommandLineOption minutesOpt(
        QStringLiteral("minutes"),
        QCoreApplication::translate("motcua::CenterMain", "Minutes an enrolment code stays valid."),
        QStringLiteral("M"));
    const QCommandLineOption userOpt(QStringLiteral("user"),
                                     QCoreApplication::translate("motcua::CenterMain", "Administrator name."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption langOpt(
        QStringLiteral("lang"),
        QCoreApplication::translate("motcua::CenterMain", "Language of messages: vi (default) or en."),
        QStringLiteral("CODE"), QStringLiteral("vi"));
    const QCommandLineOption disableOpt(
        QStringLiteral("disable"),
        QCoreApplication::translate("motcua::CenterMain", "account: refuse the account everywhere."));
    const QCommandLineOption enableOpt(
        QStringLiteral("enable"),
        QCoreApplication::translate("motcua::CenterMain", "account: allow the account again."));
    p.addOptions({configOpt, setOpt, stationOpt, minutesOpt, userOpt, langOpt, disableOpt, enableOpt});
    p.process(app);

    const QStringList args = p.positionalArguments();
    const bool relayCommand = args.size() == 2 && args.first() == QLatin1String("relay");
    if (args.size() != 1 && !relayCommand)
        return fail(QCoreApplication::translate("motcua::CenterMain",
                                                "Give one command: init, check, serve, enrol, revoke, "
                                                "stations, audit-heads, admin, account, pull-online or relay (see "
                                                "--help)."),
                    2);
    const QString command = args.first();

    auto loaded = CenterConfig::load(p.value(configOpt));
    if (!loaded)
        return fail(loaded.error().message, 2);
    CenterConfig config = *loaded;
    for (const QString& kv : p.values(setOpt)) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(QCoreApplication::translate("motcua::CenterMain", "--set takes KEY=VALUE."), 2);
        if (Status s = config.set(kv.left(eq), kv.mid(eq + 1)); !s)
            return fail(s.error().message, 2);
    }
    if (Status s = config.numbering.validate(1); !s)
        return fail(s.error().message, 2);

    CenterDatabase db(config.database);
    SystemClock clock;
    auto ownedAuth = std::make_unique<CenterAuth>(db, clock, config.sessionTtl);
    CenterAuth& auth = *ownedAuth;
    const auto station = [&]() -> int {
        bool ok = false;
        const int n = p.value(stationOpt).toInt(&ok);
        return ok && n >= 1 && n <= config.numbering.maxStations ? n : 0;
    };

    if (command == QLatin1String("init")) {
        if (Status s = db.migrate(); !s)
            return fail(s.error().message, 1);
        say(QCoreApplication::translate("motcua::CenterMain", "The database schema is at version %1.")
                .arg(CenterDatabase::knownVersion()));
        return 0;
    }
    if (command == QLatin1String("check")) {
        const QStringList problems = check(config, db);
        for (const QString& problem : problems)
            std::fprintf(stderr, "motcua-center: %s\n", qUtf8Printable(problem));
        if (!problems.isEmpty())
            return 1;
        say(QCoreApplication::translate("motcua::CenterMain",
                                        "The configuration, the certificate and the database are in order."));
        return 0;
    }
    if (command == QLatin1String("enrol")) {
        const int n = station();
        if (!n)
            return fail(QCoreApplication::translate("motcua::CenterMain", "--station N is required, from 1 to %1.")
                            .arg(config.numbering.maxStations),
                        2);
        const int minutes = p.isSet(minutesOpt) ? p.value(minutesOpt).toInt() : config.enrolMinutes;
        if (minutes < 1 || minutes > 1440)
            return fail(QCoreApplication::translate("motcua::CenterMain", "--minutes must be from 1 to 1440."), 2);
        auto code = auth.enrol(n, minutes);
        if (!code)
            return fail(code.error().message, 1);
        say(*code);
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate("motcua::CenterMain",
                                                                "One-time code for station %1, valid %2 minutes.")
                                        .arg(n)
                                        .arg(minutes)));
        return 0;
    }
    if (command == QLatin1String("revoke")) {
        const int n = station();
        if (!n)
            return fail(QCoreApplication::translate("motcua::CenterMain", "--station N is required, from 1 to %1.")
                            .arg(config.numbering.maxStations),
                        2);
        if (Status s = auth.revoke(n); !s)
            return fail(s.error().message, 1);
        say(QCoreApplication::translate("motcua::CenterMain", "Station %1 is revoked.").arg(n));
        return 0;
    }
    if (command == QLatin1String("stations")) {
        auto all = auth.stations();
        if (!all)
            return fail(all.error().message, 1);
        for (const CenterAuth::Station& s : *all) {
            say(QStringLiteral("%1\t%2\t%3")
                    .arg(s.station)
                    .arg(s.revokedAt ? QCoreApplication::translate("motcua::CenterMain", "revoked")
                                     : QCoreApplication::translate("motcua::CenterMain", "enrolled"),
                         s.name));
        }
        return 0;
    }
    if (command == QLatin1String("audit-heads")) {
        // One line per station, then one per alert: a trail rewritten after it was reported.
        CenterAuditHeads audit(db);
        auto heads = audit.heads();
        if (!heads)
            return fail(heads.error().message, 1);
        auto alerts = audit.alerts();
        if (!alerts)
            return fail(alerts.error().message, 1);
        const auto when = [](qint64 secs) {
            return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
        };
        say(QCoreApplication::translate("motcua::CenterMain",
                                        "station\tsequence\tMAC\treported at (UTC)\treports\talerts"));
        for (const CenterAuditHeads::Head& h : *heads) {
            say(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                    .arg(h.station)
                    .arg(h.seq)
                    .arg(h.mac.left(16), when(h.reportedAt))
                    .arg(h.reports)
                    .arg(h.alerts));
        }
        for (const CenterAuditHeads::Alert& a : *alerts) {
            say(QCoreApplication::translate("motcua::CenterMain",
                                            "ALERT station %1: %2, kept sequence %3, reported sequence %4, "
                                            "%5 time(s), last at %6")
                    .arg(a.station)
                    .arg(a.reason)
                    .arg(a.keptSeq)
                    .arg(a.reportedSeq)
                    .arg(a.times)
                    .arg(when(a.lastAt)));
        }
        return alerts->isEmpty() ? 0 : 1;
    }
    if (command == QLatin1String("admin")) {
        const QString user = p.value(userOpt);
        QString password = qEnvironmentVariable("MOTCUA_CENTER_PASSWORD");
        if (password.isEmpty())
            password = QTextStream(stdin).readLine();
        if (Status s = auth.setAdmin(user, password); !s)
            return fail(s.error().message, 1);
        say(QCoreApplication::translate("motcua::CenterMain", "Administrator %1 can sign in to the center's page.")
                .arg(user));
        return 0;
    }
    if (command == QLatin1String("account")) {
        const QString user = p.value(userOpt);
        if (user.isEmpty() || p.isSet(disableOpt) == p.isSet(enableOpt))
            return fail(QCoreApplication::translate("motcua::CenterMain",
                                                    "account needs --user NAME and one of --disable, --enable."),
                        2);
        CenterAccounts accounts(db, clock, config.agency);
        if (Status s = accounts.setDisabled(user, p.isSet(disableOpt), QStringLiteral("center")); !s)
            return fail(s.error().message, 1);
        say(p.isSet(disableOpt)
                ? QCoreApplication::translate("motcua::CenterMain",
                                              "Account %1 is disabled at every workstation after its next sync.")
                      .arg(user)
                : QCoreApplication::translate("motcua::CenterMain", "Account %1 is enabled again.").arg(user));
        return 0;
    }
    if (command == QLatin1String("pull-online")) {
        if (config.national.pullUrl().isEmpty())
            return fail(
                QCoreApplication::translate("motcua::CenterMain", "\"national_url\" is not set: nothing to pull."), 2);
        if (Status s = db.requireCurrent(); !s)
            return fail(s.error().message, 1);
        CenterOnlinePull pull(db, config, clock);
        auto pass = pull.pass();
        if (!pass)
            return fail(pass.error().message, pass.error().code == Error::BadInput ? 3 : 1);
        for (const QString& reference : pass->stored)
            say(reference);
        say(QCoreApplication::translate("motcua::CenterMain", "%n online submission(s) stored.", nullptr,
                                        static_cast<int>(pass->stored.size())));
        return 0;
    }
    if (relayCommand) {
        if (args.at(1) == QLatin1String("retry")) {
            auto n = CenterRelay::retryNow(db);
            if (!n)
                return fail(n.error().message, 1);
            say(QCoreApplication::translate("motcua::CenterMain", "%1 failing dossier(s) will be tried again now.")
                    .arg(*n));
            return 0;
        }
        if (args.at(1) != QLatin1String("status"))
            return fail(QCoreApplication::translate("motcua::CenterMain", "relay takes status or retry."), 2);
        auto o = CenterRelay::overview(db);
        if (!o)
            return fail(o.error().message, 1);
        const auto when = [](qint64 secs) {
            return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate) : QStringLiteral("-");
        };
        if (config.national.url.isEmpty())
            say(QCoreApplication::translate("motcua::CenterMain",
                                            "The relay is not configured (national_url is empty)."));
        say(QCoreApplication::translate("motcua::CenterMain", "pending\t%1\t(%2 dossiers)")
                .arg(o->pending)
                .arg(o->dossiersWaiting));
        say(QCoreApplication::translate("motcua::CenterMain", "sent\t%1\tlast at %2")
                .arg(o->sent)
                .arg(when(o->lastSentAt)));
        say(QCoreApplication::translate("motcua::CenterMain", "failing\t%1").arg(o->failing.size()));
        for (const CenterRelay::Failing& f : o->failing) {
            say(QCoreApplication::translate("motcua::CenterMain", "FAILING %1\tattempts %2\tnext %3\t%4")
                    .arg(f.code)
                    .arg(f.attempts)
                    .arg(when(f.nextAttempt), f.error));
        }
        return o->failing.isEmpty() ? 0 : 1;
    }
    if (command != QLatin1String("serve"))
        return fail(QCoreApplication::translate("motcua::CenterMain", "Unknown command \"%1\" (see --help).")
                        .arg(command.left(40)),
                    2);

    // From here on the log is for the journal: one JSON object per line.
    installJsonLog();
    if (Status s = db.connect(); !s)
        return fail(s.error().message, 1);
    if (Status s = db.requireCurrent(); !s)
        return fail(s.error().message, 1);
    auto address = config.address();
    if (!address)
        return fail(address.error().message, 2);
    if (config.agency.isEmpty())
        return fail(QCoreApplication::translate("motcua::CenterMain",
                                                "\"agency\" (the center's unit code, madonvi) is not set."),
                    2);

    CenterWorkers workers(config);
    auto bound = workers.start();
    if (!bound)
        return fail(bound.error().message, bound.error().code == Error::BadInput ? 2 : 1);
    // The relay to the national system, when one is configured, on its own thread.
    std::unique_ptr<CenterRelay> relay;
    if (!config.national.url.isEmpty()) {
        relay = std::make_unique<CenterRelay>(config);
        relay->start();
    }
    say(QStringLiteral("motcua-center listening on https://%1:%2 (%3 workers)")
            .arg(address->first.toString())
            .arg(*bound)
            .arg(config.workers));
    // Online submissions from the national portal, in a thread of their own with their own
    // connection: a slow portal never holds up the workers.
    std::atomic<bool> stopping{false};
    std::unique_ptr<QThread> puller;
    if (!config.national.pullUrl().isEmpty()) {
        if (Status s = CenterOnlinePull::checkSettings(config); !s)
            return fail(s.error().message, 2);
        puller.reset(QThread::create([&config, &stopping]() {
            CenterDatabase own(config.database);
            SystemClock threadClock;
            CenterOnlinePull pull(own, config, threadClock);
            while (!stopping.load()) {
                if (auto pass = pull.pass(); pass && !pass->stored.isEmpty())
                    qCInfo(lcCenter) << "online submissions stored:" << pass->stored.size();
                for (qint64 waited = 0, wait = pull.nextDelaySecs() * 10; waited < wait && !stopping.load(); ++waited)
                    QThread::msleep(100);
            }
        }));
        puller->start();
        QObject::connect(&app, &QCoreApplication::aboutToQuit, [&]() {
            stopping = true;
            puller->wait();
        });
    }
    return app.exec();
}
