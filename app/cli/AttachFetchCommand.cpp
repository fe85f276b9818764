// `motcuactl attach fetch`: files of a dossier received elsewhere, fetched from the center.
#include "cli/AttachCommand.h"
#include "cli/CliContext.h"
#include "service/AppContext.h"
#include "sync/CenterFileFetch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <cstdio>

namespace motcua::cli {

int AttachCommand::runFetch(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("attach fetch"), arguments);
    ctx.setNeedsUser(true);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::AttachFetchCommand",
        "Lists the files of a dossier that are kept at the center and not yet on this workstation, or "
        "fetches them (SHA-256 prefixes, or --all). A fetched file is checked against its SHA-256 and "
        "stored encrypted like a scan; a fetch that fails stores nothing."));
    ctx.addPositional(QStringLiteral("CODE"),
                      QCoreApplication::translate("motcua::AttachFetchCommand", "The dossier code."));
    ctx.addPositional(
        QStringLiteral("SHA"),
        QCoreApplication::translate("motcua::AttachFetchCommand", "Files to fetch: the start of their SHA-256."),
        QStringLiteral("[SHA...]"));
    const QCommandLineOption allOption(
        QStringLiteral("all"),
        QCoreApplication::translate("motcua::AttachFetchCommand", "Fetch every file kept at the center."));
    ctx.parser().addOption(allOption);
    const QCommandLineOption pieceOption(
        QStringLiteral("piece-kib"),
        QCoreApplication::translate("motcua::AttachFetchCommand",
                                    "Ask the center for pieces of N KiB (1 to 1024; default 1024)."),
        QStringLiteral("N"));
    ctx.parser().addOption(pieceOption);
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QStringList positional = ctx.parser().positionalArguments();
    if (positional.isEmpty())
        return ctx.usageError(QCoreApplication::translate("motcua::AttachFetchCommand", "give a dossier CODE."));
    const QString dossierCode = positional.first().trimmed();
    const QStringList wanted = positional.mid(1);
    const bool all = ctx.parser().isSet(allOption);
    CenterFileFetch::Options options;
    if (ctx.parser().isSet(pieceOption)) {
        bool ok = false;
        const int kib = ctx.parser().value(pieceOption).toInt(&ok);
        if (!ok || kib < 1 || kib > 1024)
            return ctx.usageError(QCoreApplication::translate("motcua::AttachFetchCommand",
                                                              "--piece-kib takes a number from 1 to 1024."));
        options.pieceBytes = qint64(kib) * 1024;
    }

    auto actor = ctx.login();
    if (!actor)
        return ctx.fail(actor.error());
    if (Status unlocked = ctx.unlocked(); !unlocked)
        return ctx.fail(unlocked.error());
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    auto waiting = CenterFileFetch::waiting(**app, dossierCode);
    if (!waiting)
        return ctx.fail(waiting.error());

    QList<CenterFileRow> chosen;
    for (const QString& prefix : wanted) {
        QList<CenterFileRow> hits;
        for (const CenterFileRow& f : *waiting) {
            if (f.sha256.startsWith(prefix.trimmed().toLower()))
                hits.append(f);
        }
        if (hits.size() != 1)
            return ctx.fail(
                Error::badInput(QCoreApplication::translate("motcua::AttachFetchCommand",
                                                            "'%1' names %n of the dossier's files kept at the center.",
                                                            nullptr, static_cast<int>(hits.size()))
                                    .arg(prefix)));
        chosen.append(hits.first());
    }
    if (all)
        chosen = *waiting;

    if (chosen.isEmpty()) {
        // Only a list of what waits.
        if (ctx.json()) {
            QJsonArray out;
            for (const CenterFileRow& f : *waiting)
                out.append(QJsonObject{{QStringLiteral("sha256"), f.sha256},
                                       {QStringLiteral("file_name"), f.fileName},
                                       {QStringLiteral("size"), f.size},
                                       {QStringLiteral("complete"), f.complete}});
            ctx.printJson(out);
            return ExitOk;
        }
        if (waiting->isEmpty())
            ctx.print(
                QCoreApplication::translate("motcua::AttachFetchCommand", "Dossier %1 has no file kept at the center.")
                    .arg(dossierCode));
        for (const CenterFileRow& f : *waiting)
            ctx.print(
                QStringLiteral("%1  %2  %3").arg(f.sha256.left(12), QLocale().formattedDataSize(f.size), f.fileName));
        return ExitOk;
    }

    QJsonArray out;
    for (const CenterFileRow& f : chosen) {
        const auto progress = [&f](qint64 done, qint64 total) {
            if (total > 0)
                std::fprintf(stderr, "\r%s %lld%%", qPrintable(f.sha256.left(12)),
                             static_cast<long long>(done * 100 / total));
            return true;
        };
        options.resumed = [&f](qint64 kept) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("motcua::AttachFetchCommand",
                                                                "%1: going on from the %2 received before (of %3).")
                                        .arg(f.sha256.left(12), QLocale().formattedDataSize(kept),
                                             QLocale().formattedDataSize(f.size))));
        };
        auto fetched = CenterFileFetch::fetchDossierFile(**app, *actor, dossierCode, f.sha256, progress, options);
        std::fprintf(stderr, "\n");
        if (!fetched)
            return ctx.fail(fetched.error());
        if (ctx.json())
            out.append(toJson(*fetched));
        else
            ctx.print(QCoreApplication::translate("motcua::AttachFetchCommand",
                                                  "Fetched %1 (%2) from the center: attachment %3.")
                          .arg(fetched->fileName, QLocale().formattedDataSize(fetched->size))
                          .arg(fetched->id));
    }
    if (ctx.json())
        ctx.printJson(out);
    return ExitOk;
}

} // namespace motcua::cli
