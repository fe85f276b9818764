#include "cli/SyncCommands.h"

#include "cli/CliContext.h"
#include "core/Clock.h"
#include "security/Roles.h"
#include "service/AppContext.h"
#include "store/Database.h"
#include "sync/SyncRunner.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTextStream>

namespace motcua::cli {

namespace {

QString groupHelp()
{
    return QCoreApplication::translate(
        "motcua::SyncCommands",
        "Usage: motcuactl sync SUBCOMMAND [options]\n\n"
        "Subcommands:\n"
        "  now [--user NAME] [--portal URL] send pending items and pull from the portal, once\n"
        "  status [--json]                  items per state, last success, warnings\n"
        "  export FILE --user NAME          pending items as a signed, encrypted bundle file\n"
        "  pause --user NAME                stop automatic synchronisation\n"
        "  resume --user NAME               start it again\n"
        "  retry --user NAME                retry failed items now\n\n"
        "The portal's address, account and pinned certificate come from the settings\n"
        "portal.url, portal.username, portal.password, portal.caFile and portal.pinSha256.\n"
        "The password is stored encrypted under the data key: give --user NAME to unlock it.\n");
}

QString timeText(const QDateTime& t)
{
    return t.isValid() ? toVietnam(t).toString(u"dd/MM/yyyy HH:mm:ss")
                       : QCoreApplication::translate("motcua::SyncCommands", "never");
}

QString isoText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

int SyncCommands::run(const QStringList& arguments)
{
    return runGroup(QStringLiteral("sync"), arguments, groupHelp(),
                    {{"now", &now},
                     {"status", &status},
                     {"export", &exportBundle},
                     {"pause", &pause},
                     {"resume", &resume},
                     {"retry", &retry}});
}

int SyncCommands::now(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("sync now"), arguments);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::SyncCommands",
        "Runs one synchronisation pass: sends queued dossiers, history rows and attachments, leases "
        "dossier numbers, pulls status changes and the catalogue. Retry waits are ignored. Exit 1 when "
        "the portal could not be reached or items failed."));
    const QCommandLineOption portalOption(
        QStringLiteral("portal"),
        QCoreApplication::translate("motcua::SyncCommands", "Portal address for this run (https://...)."),
        QStringLiteral("URL"));
    const QCommandLineOption caOption(
        QStringLiteral("ca"),
        QCoreApplication::translate("motcua::SyncCommands", "PEM file of the CA to pin for this run."),
        QStringLiteral("FILE"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        QCoreApplication::translate("motcua::SyncCommands", "Seconds to wait for each answer."), QStringLiteral("S"));
    ctx.parser().addOptions({portalOption, caOption, timeoutOption});
    ctx.setNeedsUser(true);
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    // Another portal or CA for this run would send the portal password and every queued dossier
    // wherever the caller points: administrators only.
    const bool overrides = ctx.parser().isSet(portalOption) || ctx.parser().isSet(caOption);
    if (overrides && !ctx.parser().isSet(QStringLiteral("user"))) {
        return ctx.fail(Error::forbidden(QCoreApplication::translate(
            "motcua::SyncCommands",
            "--portal and --ca are for administrators: give --user with an administrator's account.")));
    }
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    // The portal password is sealed under the data key, and attachments are read decrypted:
    // with --user the pass runs unlocked.
    if (ctx.parser().isSet(QStringLiteral("user"))) {
        auto actor = ctx.login();
        if (!actor)
            return ctx.fail(actor.error());
        if (overrides) {
            if (Status allowed =
                    requireRole(*actor, Role::Admin,
                                QCoreApplication::translate("motcua::SyncCommands",
                                                            "sync with another portal address or CA (--portal, --ca)"));
                !allowed)
                return ctx.fail(allowed.error());
        }
    }
    SyncService& sync = (*app)->sync();
    auto options = sync.options(true);
    if (!options)
        return ctx.fail(options.error());
    if (ctx.parser().isSet(portalOption)) {
        const QUrl url(ctx.parser().value(portalOption), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https"))
            return ctx.usageError(
                QCoreApplication::translate("motcua::SyncCommands", "--portal: an https:// address."));
        options->config.url = url;
    }
    if (ctx.parser().isSet(caOption)) {
        QFile f(ctx.parser().value(caOption));
        const QList<QSslCertificate> certs =
            f.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(f.readAll(), QSsl::Pem) : QList<QSslCertificate>();
        if (certs.isEmpty())
            return ctx.usageError(
                QCoreApplication::translate("motcua::SyncCommands", "--ca: a readable PEM certificate file."));
        options->config.caCertificates = certs;
    }
    if (overrides && options->config.caCertificates.isEmpty() && options->config.pinSha256.isEmpty())
        return ctx.usageError(
            QCoreApplication::translate("motcua::SyncCommands", "--portal needs --ca FILE: no portal is pinned."));
    if (ctx.parser().isSet(timeoutOption)) {
        bool ok = false;
        const int secs = ctx.parser().value(timeoutOption).toInt(&ok);
        if (!ok || secs < 1 || secs > 600)
            return ctx.usageError(
                QCoreApplication::translate("motcua::SyncCommands", "--timeout: seconds from 1 to 600."));
        options->config.timeoutMs = secs * 1000;
    }
    // The center's dossier feed: one line per page written, on the error stream.
    options->feedProgress = [](qint64 pulled, qint64 total) {
        QTextStream(stderr) << QCoreApplication::translate("motcua::SyncCommands", "Center's dossiers: %1 of %2 read.")
                                   .arg(pulled)
                                   .arg(total)
                            << '\n';
    };
    auto report = SyncRunner((*app)->db().path(), *options).run();
    if (!report)
        return ctx.fail(report.error());
    auto counts = sync.counts();
    if (!counts)
        return ctx.fail(counts.error());
    const bool clean = report->reached && report->alarm.isEmpty() && report->failed == 0;
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("online"), report->reached},
                                  {QStringLiteral("alarm"), report->alarm},
                                  {QStringLiteral("dossiers"), report->dossiers},
                                  {QStringLiteral("history"), report->history},
                                  {QStringLiteral("attachments"), report->attachments},
                                  {QStringLiteral("failed"), report->failed},
                                  {QStringLiteral("status_applied"), report->statusApplied},
                                  {QStringLiteral("conflicts"), report->conflicts},
                                  {QStringLiteral("leased"), report->leased},
                                  {QStringLiteral("feed_dossiers"), report->feedDossiers},
                                  {QStringLiteral("catalogue_imported"), report->catalogueImported},
                                  {QStringLiteral("requests"), report->requests},
                                  {QStringLiteral("pending"), counts->pending()},
                                  {QStringLiteral("errors"), QJsonArray::fromStringList(report->errors)}});
        return clean ? ExitOk : ExitFailure;
    }
    if (!report->alarm.isEmpty())
        ctx.print(QCoreApplication::translate("motcua::SyncCommands", "ALARM: %1").arg(report->alarm));
    ctx.print(QCoreApplication::translate("motcua::SyncCommands",
                                          "Sent %1 dossiers, %2 history rows, %3 attachments; %4 failed; "
                                          "%5 status changes received; %6 still pending.")
                  .arg(report->dossiers)
                  .arg(report->history)
                  .arg(report->attachments)
                  .arg(report->failed)
                  .arg(report->statusApplied)
                  .arg(counts->pending()));
    if (report->feedDossiers > 0 || report->conflicts > 0) {
        ctx.print(QCoreApplication::translate("motcua::SyncCommands",
                                              "%1 dossiers of the center written here; %2 conflicts to settle.")
                      .arg(report->feedDossiers)
                      .arg(report->conflicts));
    }
    for (const QString& e : report->errors)
        ctx.print(QStringLiteral("  - ") + e);
    return clean ? ExitOk : ExitFailure;
}

int SyncCommands::status(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("sync status"), arguments);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::SyncCommands",
        "Shows the outbox: items per state, the last successful exchange with the portal, retry waits "
        "per kind of work and warnings."));
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    SyncService& sync = (*app)->sync();
    auto counts = sync.counts();
    if (!counts)
        return ctx.fail(counts.error());
    const QList<SyncWarning> warnings = sync.warnings();
    const QList<KindState> kinds = sync.kinds();
    if (ctx.json()) {
        QJsonArray kindArray;
        for (const KindState& k : kinds) {
            kindArray.append(QJsonObject{{QStringLiteral("kind"), kindKey(k.kind)},
                                         {QStringLiteral("failures"), k.failures},
                                         {QStringLiteral("next_attempt_at"), isoText(k.nextAttemptAt)},
                                         {QStringLiteral("last_error"), k.lastError},
                                         {QStringLiteral("last_success_at"), isoText(k.lastSuccessAt)}});
        }
        QJsonArray warningArray;
        for (const SyncWarning& w : warnings)
            warningArray.append(QJsonObject{{QStringLiteral("key"), w.key}, {QStringLiteral("text"), w.text}});
        ctx.printJson(QJsonObject{{stateKey(OutboxState::Queued), counts->queued},
                                  {stateKey(OutboxState::InFlight), counts->inFlight},
                                  {stateKey(OutboxState::Failed), counts->failed},
                                  {stateKey(OutboxState::Done), counts->done},
                                  {QStringLiteral("last_success"), isoText(counts->lastSuccess)},
                                  {QStringLiteral("online"), sync.isOnline()},
                                  {QStringLiteral("paused"), sync.isPaused()},
                                  {QStringLiteral("alarm"), sync.alarm()},
                                  {QStringLiteral("kinds"), kindArray},
                                  {QStringLiteral("warnings"), warningArray}});
        return ExitOk;
    }
    ctx.print(QCoreApplication::translate("motcua::SyncCommands", "Queued %1, in flight %2, failed %3, done %4.")
                  .arg(counts->queued)
                  .arg(counts->inFlight)
                  .arg(counts->failed)
                  .arg(counts->done));
    ctx.print(QCoreApplication::translate("motcua::SyncCommands", "Last success: %1. %2%3")
                  .arg(timeText(counts->lastSuccess),
                       sync.isOnline() ? QCoreApplication::translate("motcua::SyncCommands", "Online.")
                                       : QCoreApplication::translate("motcua::SyncCommands", "Offline."),
                       sync.isPaused() ? QCoreApplication::translate("motcua::SyncCommands", " Paused.") : QString()));
    QList<QStringList> rows;
    for (const KindState& k : kinds) {
        rows.append({kindKey(k.kind), QString::number(k.failures),
                     k.nextAttemptAt.isValid() && k.failures > 0 ? timeText(k.nextAttemptAt) : QString(), k.lastError});
    }
    ctx.printTable({{QCoreApplication::translate("motcua::SyncCommands", "Kind")},
                    {QCoreApplication::translate("motcua::SyncCommands", "Failures"), 0, true},
                    {QCoreApplication::translate("motcua::SyncCommands", "Next retry")},
                    {QCoreApplication::translate("motcua::SyncCommands", "Last error"), 60}},
                   rows);
    for (const SyncWarning& w : warnings)
        ctx.print(QCoreApplication::translate("motcua::SyncCommands", "Warning: %1").arg(w.text));
    return ExitOk;
}

int SyncCommands::exportBundle(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("sync export"), arguments);
    ctx.setNeedsUser(true);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::SyncCommands",
        "Writes every pending item to FILE as a bundle signed and encrypted with the center's bundle "
        "secret (setting sync.bundleSecret), for the portal to import. Items stay queued: the portal "
        "ignores what it already has."));
    ctx.addPositional(QStringLiteral("FILE"),
                      QCoreApplication::translate("motcua::SyncCommands", "The bundle file to write."));
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QStringList positional = ctx.parser().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(QCoreApplication::translate("motcua::SyncCommands", "give one FILE."));
    auto actor = ctx.login();
    if (!actor)
        return ctx.fail(actor.error());
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    auto summary = (*app)->sync().exportBundle(*actor, positional.first());
    if (!summary)
        return ctx.fail(summary.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("file"), summary->path},
                                  {QStringLiteral("dossiers"), summary->dossiers},
                                  {QStringLiteral("history"), summary->history},
                                  {QStringLiteral("attachments"), summary->attachments},
                                  {QStringLiteral("requests"), summary->requests},
                                  {QStringLiteral("bytes"), summary->bytes}});
        return ExitOk;
    }
    ctx.print(QCoreApplication::translate("motcua::SyncCommands",
                                          "Wrote %1: %2 dossiers, %3 history rows, %4 attachments (%5 bytes).")
                  .arg(summary->path)
                  .arg(summary->dossiers)
                  .arg(summary->history)
                  .arg(summary->attachments)
                  .arg(summary->bytes));
    return ExitOk;
}

namespace {

int userAction(const QString& command, const QStringList& arguments, const QString& description, const QString& done,
               Status (*act)(SyncService&, const Actor&))
{
    CliContext ctx(command, arguments);
    ctx.setNeedsUser(true);
    ctx.setDescription(description);
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    auto actor = ctx.login();
    if (!actor)
        return ctx.fail(actor.error());
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    if (Status s = act((*app)->sync(), *actor); !s)
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("paused"), (*app)->sync().isPaused()}});
    else
        ctx.print(done);
    return ExitOk;
}

} // namespace

int SyncCommands::pause(const QStringList& arguments)
{
    return userAction(QStringLiteral("sync pause"), arguments,
                      QCoreApplication::translate("motcua::SyncCommands",
                                                  "Stops automatic synchronisation; `sync now` still runs a pass."),
                      QCoreApplication::translate("motcua::SyncCommands", "Synchronisation paused."),
                      [](SyncService& s, const Actor& a) { return s.pause(a); });
}

int SyncCommands::resume(const QStringList& arguments)
{
    return userAction(QStringLiteral("sync resume"), arguments,
                      QCoreApplication::translate("motcua::SyncCommands", "Starts automatic synchronisation again."),
                      QCoreApplication::translate("motcua::SyncCommands", "Synchronisation resumed."),
                      [](SyncService& s, const Actor& a) { return s.resume(a); });
}

int SyncCommands::retry(const QStringList& arguments)
{
    return userAction(
        QStringLiteral("sync retry"), arguments,
        QCoreApplication::translate("motcua::SyncCommands", "Makes every failed item due now and clears retry waits."),
        QCoreApplication::translate("motcua::SyncCommands", "Failed items will be retried at the next pass."),
        [](SyncService& s, const Actor& a) -> Status {
            auto n = s.retryNow(a);
            if (!n)
                return n.error();
            return {};
        });
}

} // namespace motcua::cli
