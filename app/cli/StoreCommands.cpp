#include "cli/StoreCommands.h"

#include "cli/AttachCommand.h"
#include "cli/CliContext.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"
#include "service/RetentionService.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

namespace {

QString groupHelp()
{
    return QCoreApplication::translate(
        "motcua::StoreCommands",
        "Usage: motcuactl store SUBCOMMAND [options]\n\n"
        "Subcommands:\n"
        "  verify --user NAME   decrypt and check every attachment; prints the bad ones, exit 1 if any\n"
        "  sweep                remove files no attachment refers to (left by interrupted writes)\n"
        "  compact              rewrite the database without its free pages (VACUUM), e.g. after an\n"
        "                       upgrade dropped indexes\n"
        "  purge --user ADMIN   remove what retention no longer keeps: sent dossiers' copies in the\n"
        "                       outbox, old drafts and kept scans (settings retention.*)\n\n"
        "motcuactl store SUBCOMMAND --help shows the options of each.\n");
}

} // namespace

int StoreCommands::run(const QStringList& arguments)
{
    return runGroup(QStringLiteral("store"), arguments, groupHelp(),
                    {{"verify", &verify}, {"sweep", &sweep}, {"compact", &compact}, {"purge", &purge}});
}

int StoreCommands::verify(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("store verify"), arguments);
    ctx.setNeedsUser(true);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::StoreCommands",
        "Decrypts every attachment and checks it (authentication tag and SHA-256). Prints the ones that "
        "fail; exit code 1 when any does."));
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    if (!ctx.parser().positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("motcua::StoreCommands", "store verify takes no arguments."));
    auto actor = ctx.login();
    if (!actor)
        return ctx.fail(actor.error());
    if (Status unlocked = ctx.unlocked(); !unlocked)
        return ctx.fail(unlocked.error());
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    QStringList problems;
    auto bad = (*app)->attachments().verifyAll(&problems);
    if (!bad)
        return ctx.fail(bad.error());

    if (ctx.json()) {
        QJsonArray list;
        for (qsizetype i = 0; i < bad->size(); ++i) {
            QJsonObject o = AttachCommand::toJson(bad->at(i));
            o.insert(QStringLiteral("problem"), problems.value(i));
            list.append(o);
        }
        ctx.printJson(QJsonObject{{QStringLiteral("ok"), bad->isEmpty()}, {QStringLiteral("bad"), list}});
    } else if (bad->isEmpty()) {
        ctx.print(QCoreApplication::translate("motcua::StoreCommands", "Every attachment passed its integrity check."));
    } else {
        QList<QStringList> rows;
        for (qsizetype i = 0; i < bad->size(); ++i) {
            const AttachmentInfo& a = bad->at(i);
            rows.append({QString::number(a.id), a.dossierCode, a.fileName, problems.value(i)});
        }
        ctx.printTable({{QCoreApplication::translate("motcua::StoreCommands", "ID"), 0, true},
                        {QCoreApplication::translate("motcua::StoreCommands", "DOSSIER")},
                        {QCoreApplication::translate("motcua::StoreCommands", "FILE"), 40},
                        {QCoreApplication::translate("motcua::StoreCommands", "PROBLEM")}},
                       rows);
    }
    return bad->isEmpty() ? ExitOk : ExitFailure;
}

int StoreCommands::sweep(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("store sweep"), arguments);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::StoreCommands",
        "Removes attachment files that no attachment refers to, and temporary files of writes that never "
        "finished (a crash or power cut between writing a file and saving its record)."));
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    if (!ctx.parser().positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("motcua::StoreCommands", "store sweep takes no arguments."));
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    auto removed = (*app)->attachments().sweep();
    if (!removed)
        return ctx.fail(removed.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("removed"), *removed}});
    else
        ctx.print(QCoreApplication::translate("motcua::StoreCommands", "Removed %n unreferenced file(s).", nullptr,
                                              *removed));
    return ExitOk;
}

int StoreCommands::compact(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("store compact"), arguments);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::StoreCommands",
        "Rewrites the database without its free pages (SQLite VACUUM), so the file shrinks to what its data "
        "needs. Pages freed by deleted rows or dropped indexes are otherwise kept and reused for new rows. "
        "Needs free disk space about the size of the database and takes about a minute at a million "
        "dossiers; other programs wait meanwhile."));
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    if (!ctx.parser().positionalArguments().isEmpty())
        return ctx.usageError(
            QCoreApplication::translate("motcua::StoreCommands", "store compact takes no arguments."));
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    Database& db = (*app)->db();
    QElapsedTimer timer;
    timer.start();
    if (Status s = db.checkpointTruncate(); !s)
        return ctx.fail(s.error());
    const qint64 before = QFileInfo(db.path()).size();
    if (Status s = db.vacuum(); !s)
        return ctx.fail(s.error());
    const qint64 after = QFileInfo(db.path()).size();
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("bytes_before"), before},
                                  {QStringLiteral("bytes_after"), after},
                                  {QStringLiteral("ms"), timer.elapsed()}});
    } else {
        ctx.print(QCoreApplication::translate("motcua::StoreCommands", "Database compacted: %1 MB → %2 MB in %3 s.")
                      .arg(static_cast<double>(before) / (1024.0 * 1024.0), 0, 'f', 1)
                      .arg(static_cast<double>(after) / (1024.0 * 1024.0), 0, 'f', 1)
                      .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }
    return ExitOk;
}

int StoreCommands::purge(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("store purge"), arguments);
    ctx.setNeedsUser(true);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::StoreCommands",
        "Removes what retention no longer keeps: the copy of each dossier in outbox rows the portal "
        "acknowledged more than retention.sentPayloadDays ago, intake drafts older than "
        "retention.draftDays and kept scans older than retention.keptScanDays, then their files, and the "
        "parts of downloads from the center not tried again for retention.fetchPartDays. "
        "Administrators only; audited."));
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    if (!ctx.parser().positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("motcua::StoreCommands", "store purge takes no arguments."));
    auto actor = ctx.login();
    if (!actor)
        return ctx.fail(actor.error());
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    RetentionService retention((*app)->db(), (*app)->settings(), (*app)->clock());
    retention.setFetchPartsFolder((*app)->attachments().fetchPartsFolder());
    auto counts = retention.purge(*actor);
    if (!counts)
        return ctx.fail(counts.error());
    auto files = (*app)->attachments().sweep();
    if (!files)
        return ctx.fail(files.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("payloads"), counts->payloads},
                                  {QStringLiteral("drafts"), counts->drafts},
                                  {QStringLiteral("kept_scans"), counts->keptScans},
                                  {QStringLiteral("fetch_parts"), counts->fetchParts},
                                  {QStringLiteral("files"), *files}});
    } else {
        ctx.print(QCoreApplication::translate("motcua::StoreCommands",
                                              "Emptied %1 sent outbox rows; removed %2 drafts, %3 kept scans, "
                                              "%4 files and %5 parts of downloads.")
                      .arg(counts->payloads)
                      .arg(counts->drafts)
                      .arg(counts->keptScans)
                      .arg(*files)
                      .arg(counts->fetchParts));
    }
    return ExitOk;
}

} // namespace motcua::cli
