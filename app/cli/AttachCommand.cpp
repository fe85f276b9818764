#include "cli/AttachCommand.h"

#include "cli/CalendarCommands.h"
#include "cli/CliContext.h"
#include "core/ErrorText.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QMimeDatabase>

#include <cstdio>

namespace motcua::cli {

QJsonObject AttachCommand::toJson(const AttachmentInfo& a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("code"), a.dossierCode},
                       {QStringLiteral("paper_id"), a.paperId},
                       {QStringLiteral("paper"), a.paperName},
                       {QStringLiteral("file_name"), a.fileName},
                       {QStringLiteral("mime_type"), a.mimeType},
                       {QStringLiteral("size"), a.size},
                       {QStringLiteral("sha256"), a.sha256},
                       {QStringLiteral("page_count"), a.pageCount},
                       {QStringLiteral("added_at"), CalendarCommands::vietnamIso(a.addedAt)},
                       {QStringLiteral("added_by"), a.addedBy},
                       {QStringLiteral("result"), a.result}};
}

int AttachCommand::run(const QStringList& arguments)
{
    QStringList rest = arguments;
    if (takeCommandWord(&rest) == QLatin1String("fetch"))
        return runFetch(rest);
    return runImpl(arguments, false);
}

int AttachCommand::runResult(const QStringList& arguments)
{
    return runGroup(QStringLiteral("dossier result"), arguments,
                    QCoreApplication::translate("motcua::AttachCommand",
                                                "Usage: motcuactl dossier result attach CODE FILE... --user NAME\n\n"
                                                "Attaches the dossier's result (a scan or a file: PDF or image) once "
                                                "processing is complete.\n"),
                    {{"attach", [](const QStringList& a) { return runImpl(a, true); }}});
}

int AttachCommand::runImpl(const QStringList& arguments, bool result)
{
    CliContext ctx(result ? QStringLiteral("dossier result attach") : QStringLiteral("attach"), arguments);
    ctx.setNeedsUser(true);
    ctx.setDescription(
        result ? QCoreApplication::translate(
                     "motcua::AttachCommand",
                     "Attaches files as the result of a dossier whose processing is complete (scanned or "
                     "imported at return). They are stored encrypted like papers and synced with the "
                     "dossier (the service-quality index counts electronic and digitized results).")
               : QCoreApplication::translate(
                     "motcua::AttachCommand",
                     "Attaches files to a paper of a dossier. They are stored encrypted under the data key, "
                     "which the user's password unlocks. Refused when free disk space is below "
                     "attachments.minFreeMB."));
    ctx.addPositional(QStringLiteral("CODE"),
                      QCoreApplication::translate("motcua::AttachCommand", "The dossier code."));
    ctx.addPositional(QStringLiteral("FILE"), QCoreApplication::translate("motcua::AttachCommand", "Files to attach."),
                      QStringLiteral("FILE..."));
    const QCommandLineOption componentOption(
        QStringLiteral("component"),
        QCoreApplication::translate("motcua::AttachCommand", "The paper: its number in `dossier show`, or `other`."),
        QStringLiteral("ID"));
    const QCommandLineOption pagesOption(
        QStringLiteral("pages"),
        QCoreApplication::translate("motcua::AttachCommand", "Number of pages of each file (scans)."),
        QStringLiteral("N"));
    if (!result)
        ctx.parser().addOption(componentOption);
    ctx.parser().addOption(pagesOption);
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QStringList positional = ctx.parser().positionalArguments();
    if (positional.size() < 2)
        return ctx.usageError(
            QCoreApplication::translate("motcua::AttachCommand", "give a CODE and at least one FILE."));
    if (!result && !ctx.parser().isSet(componentOption))
        return ctx.usageError(QCoreApplication::translate("motcua::AttachCommand",
                                                          "--component is required: a paper number or `other`."));
    const QString component = result ? QStringLiteral("other") : ctx.parser().value(componentOption).trimmed();
    int paperNumber = 0;
    if (component.compare(QLatin1String("other"), Qt::CaseInsensitive) != 0) {
        bool ok = false;
        paperNumber = component.toInt(&ok);
        if (!ok || paperNumber < 1)
            return ctx.usageError(
                QCoreApplication::translate("motcua::AttachCommand",
                                            "invalid --component '%1': a paper number (1, 2, ...) or `other`.")
                    .arg(component));
    }
    int pages = 0;
    if (ctx.parser().isSet(pagesOption)) {
        bool ok = false;
        pages = ctx.parser().value(pagesOption).toInt(&ok);
        if (!ok || pages < 0)
            return ctx.usageError(QCoreApplication::translate("motcua::AttachCommand", "invalid --pages '%1'.")
                                      .arg(ctx.parser().value(pagesOption)));
    }
    const QString dossierCode = positional.first().trimmed();
    const QStringList files = positional.mid(1);

    // Every file is checked before the password is asked: a typo costs no login.
    for (const QString& path : files) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable())
            return ctx.fail(
                Error::badInput(QCoreApplication::translate("motcua::AttachCommand", "Cannot read %1.").arg(path)));
        if (info.size() > AttachmentService::kMaxBytes)
            return ctx.fail(Error::badInput(
                QCoreApplication::translate("motcua::AttachCommand", "The file %1 is larger than %2 MB.")
                    .arg(path)
                    .arg(AttachmentService::kMaxBytes / (1024 * 1024))));
    }

    auto actor = ctx.login();
    if (!actor)
        return ctx.fail(actor.error());
    if (Status unlocked = ctx.unlocked(); !unlocked)
        return ctx.fail(unlocked.error());
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    AttachmentService& attachments = (*app)->attachments();

    qint64 paperId = 0;
    if (paperNumber > 0) {
        auto papers = attachments.papers(dossierCode);
        if (!papers)
            return ctx.fail(papers.error());
        if (paperNumber > papers->size())
            return ctx.fail(
                Error::badInput(QCoreApplication::translate("motcua::AttachCommand", "Dossier %1 has %n paper(s).",
                                                            nullptr, static_cast<int>(papers->size()))
                                    .arg(dossierCode)));
        paperId = papers->at(paperNumber - 1).id;
    }
    const FreeSpace space = attachments.freeSpace();
    if (space.state == FreeSpace::Low)
        std::fprintf(stderr, "motcuactl: %s\n", space.message().toUtf8().constData());

    const QMimeDatabase mimes;
    QJsonArray out;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(Error::badInput(QCoreApplication::translate("motcua::AttachCommand", "Cannot read %1: %2")
                                                .arg(path, fileErrorText(file))));
        const QByteArray bytes = file.readAll();
        const QString mime = mimes.mimeTypeForFileNameAndData(path, bytes).name();
        auto added =
            result ? attachments.attachResult(*actor, dossierCode, QFileInfo(path).fileName(), bytes, mime, pages)
                   : attachments.attach(*actor, dossierCode, paperId, QFileInfo(path).fileName(), bytes, mime, pages);
        if (!added)
            return ctx.fail(added.error());
        if (ctx.json()) {
            out.append(toJson(*added));
        } else if (result) {
            ctx.print(QCoreApplication::translate("motcua::AttachCommand",
                                                  "Attached %1 (%2) as the result of %3: attachment %4.")
                          .arg(added->fileName, QLocale().formattedDataSize(added->size), added->dossierCode)
                          .arg(added->id));
        } else {
            ctx.print(QCoreApplication::translate("motcua::AttachCommand", "Attached %1 (%2) to %3: attachment %4.")
                          .arg(added->fileName, QLocale().formattedDataSize(added->size), added->paperName)
                          .arg(added->id));
        }
    }
    if (ctx.json())
        ctx.printJson(out);
    return ExitOk;
}

} // namespace motcua::cli
