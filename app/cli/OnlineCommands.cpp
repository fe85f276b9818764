#include "cli/OnlineCommands.h"

#include "cli/CalendarCommands.h"
#include "cli/CliContext.h"
#include "core/ErrorText.h"
#include "core/PrivateFiles.h"
#include "forms/DossierForms.h"
#include "service/AppContext.h"
#include "service/DossierService.h"
#include "service/OnlineInboxService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace motcua::cli {

namespace {

QString iso(const QDateTime& t)
{
    return t.isValid() ? CalendarCommands::vietnamIso(t) : QString();
}

QString groupHelp()
{
    return QCoreApplication::translate(
        "motcua::OnlineCommands",
        "Usage: motcuactl online SUBCOMMAND --user NAME\n\n"
        "Dossiers submitted online, waiting for a clerk's decision.\n\n"
        "  list                      waiting dossiers, late ones first, with their acceptance deadline\n"
        "  show REF                  one waiting dossier: applicant, declared papers, files\n"
        "  accept REF [--papers N,...] [--out FILE.pdf]\n"
        "                            accept it: a code in the center's numbering and the receipt (form 01);\n"
        "                            --papers numbers the papers found complete (default: all declared)\n"
        "  supplement REF --papers N,... --reason TEXT [--out FILE.pdf]\n"
        "                            ask for these papers (form 02)\n"
        "  refuse REF --reason TEXT [--out FILE.pdf]\n"
        "                            refuse it (form 03)\n");
}

// The shared frame: parses, needs exactly one REF when `wantsRef`, opens and signs in.
struct Frame
{
    CliContext ctx;
    AppContext* app = nullptr;
    Actor actor;
    QString ref;
    int exitCode = -1; // set when the caller must return it

    Frame(const QString& command, const QStringList& arguments)
        : ctx(command, arguments)
    {
        ctx.setReadsPersonalData();
    }

    bool start(bool wantsRef)
    {
        int code = ExitOk;
        if (!ctx.parse(&code)) {
            exitCode = code;
            return false;
        }
        const QStringList positional = ctx.parser().positionalArguments();
        if (wantsRef && positional.size() != 1) {
            exitCode = ctx.usageError(
                QCoreApplication::translate("motcua::OnlineCommands", "give exactly one online dossier reference."));
            return false;
        }
        if (!wantsRef && !positional.isEmpty()) {
            exitCode = ctx.usageError(QCoreApplication::translate("motcua::OnlineCommands", "unexpected argument '%1'.")
                                          .arg(positional.first()));
            return false;
        }
        if (wantsRef)
            ref = positional.first().trimmed();
        auto opened = ctx.open();
        if (!opened) {
            exitCode = ctx.fail(opened.error());
            return false;
        }
        app = *opened;
        auto signedIn = ctx.login();
        if (!signedIn) {
            exitCode = ctx.fail(signedIn.error());
            return false;
        }
        actor = *signedIn;
        return true;
    }
};

// Papers by their numbers in the dossier's list ("1,3"): 0-based indexes, or BadInput.
Result<QList<int>> paperNumbers(const QString& text, int count)
{
    QList<int> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n < 1 || n > count) {
            return Error::badInput(QCoreApplication::translate("motcua::OnlineCommands",
                                                               "--papers: '%1' is not a paper number from 1 to %2.")
                                       .arg(part.trimmed())
                                       .arg(count));
        }
        if (!out.contains(n - 1))
            out.append(n - 1);
    }
    return out;
}

QCommandLineOption outOption()
{
    return QCommandLineOption(
        QStringLiteral("out"),
        QCoreApplication::translate("motcua::OnlineCommands", "Also write the decision's form to this PDF file."),
        QStringLiteral("FILE"));
}

// Keeps the decision's form with the dossier and writes it to --out when given; prints the outcome.
int finish(Frame& f, const QCommandLineOption& out, const Dossier& d, FormKind kind)
{
    Result<QByteArray> pdf = DossierForms(*f.app).renderAndKeep(f.actor, d.code, kind);
    if (!pdf)
        return f.ctx.fail(pdf.error());
    const QString path = f.ctx.parser().value(out);
    if (!path.isEmpty()) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !commitPrivate(file)) {
            return f.ctx.fail(
                Error::storage(QCoreApplication::translate("motcua::OnlineCommands", "Cannot write %1: %2")
                                   .arg(path, fileErrorText(file))));
        }
    }
    if (f.ctx.json()) {
        f.ctx.printJson(QJsonObject{{QStringLiteral("code"), d.code},
                                    {QStringLiteral("online_ref"), d.onlineRef},
                                    {QStringLiteral("state"), stateKey(d.state)},
                                    {QStringLiteral("status_code"), nationalCode(d.state)},
                                    {QStringLiteral("received_at"), iso(d.receivedAt)},
                                    {QStringLiteral("appointment"), iso(d.appointmentAt)},
                                    {QStringLiteral("form"), formNumber(kind)},
                                    {QStringLiteral("file"), path}});
        return ExitOk;
    }
    f.ctx.print(QCoreApplication::translate("motcua::OnlineCommands", "Online dossier %1: %2, code %3.")
                    .arg(d.onlineRef, stateName(d.state), d.code));
    if (d.state == DossierState::Received)
        f.ctx.print(QCoreApplication::translate("motcua::OnlineCommands", "Appointment: %1").arg(iso(d.appointmentAt)));
    if (!path.isEmpty())
        f.ctx.print(QCoreApplication::translate("motcua::OnlineCommands", "Form %1 of %2 written to %3.")
                        .arg(formNumber(kind), d.code, path));
    return ExitOk;
}

} // namespace

bool OnlineCommands::needsGui(const QStringList& arguments)
{
    QStringList rest = arguments;
    if (takeCommandWord(&rest) != QLatin1String("online"))
        return false;
    const QString sub = takeCommandWord(&rest);
    return sub == QLatin1String("accept") || sub == QLatin1String("supplement") || sub == QLatin1String("refuse");
}

int OnlineCommands::run(const QStringList& arguments)
{
    return runGroup(
        QStringLiteral("online"), arguments, groupHelp(),
        {{"list", &list}, {"show", &show}, {"accept", &accept}, {"supplement", &supplement}, {"refuse", &refuse}});
}

int OnlineCommands::list(const QStringList& arguments)
{
    Frame f(QStringLiteral("online list"), arguments);
    f.ctx.setDescription(QCoreApplication::translate(
        "motcua::OnlineCommands",
        "Dossiers submitted online and waiting for a decision, late ones first, with the time each arrived "
        "and its acceptance deadline in working hours."));
    if (!f.start(false))
        return f.exitCode;
    auto rows = f.app->onlineInbox().waiting();
    if (!rows)
        return f.ctx.fail(rows.error());
    if (f.ctx.json()) {
        QJsonArray out;
        for (const OnlineWaiting& w : *rows) {
            out.append(QJsonObject{{QStringLiteral("reference"), w.onlineRef},
                                   {QStringLiteral("applicant"), w.applicantName},
                                   {QStringLiteral("procedure"), w.procedureCode},
                                   {QStringLiteral("procedure_name"), w.procedureName},
                                   {QStringLiteral("submitted_at"), iso(w.submittedAt)},
                                   {QStringLiteral("deadline"), iso(w.deadline)},
                                   {QStringLiteral("late"), w.late}});
        }
        f.ctx.printJson(QJsonObject{{QStringLiteral("accept_hours"), f.app->onlineInbox().acceptHours()},
                                    {QStringLiteral("dossiers"), out}});
        return ExitOk;
    }
    if (rows->isEmpty()) {
        f.ctx.print(QCoreApplication::translate("motcua::OnlineCommands", "No online dossier is waiting."));
        return ExitOk;
    }
    QList<QStringList> table;
    for (const OnlineWaiting& w : *rows) {
        table.append({w.onlineRef, w.applicantName, w.procedureName, iso(w.submittedAt), iso(w.deadline),
                      w.late ? QCoreApplication::translate("motcua::OnlineCommands", "LATE") : QString()});
    }
    f.ctx.printTable({{QCoreApplication::translate("motcua::OnlineCommands", "Reference")},
                      {QCoreApplication::translate("motcua::OnlineCommands", "Applicant"), 30},
                      {QCoreApplication::translate("motcua::OnlineCommands", "Procedure"), 40},
                      {QCoreApplication::translate("motcua::OnlineCommands", "Arrived")},
                      {QCoreApplication::translate("motcua::OnlineCommands", "Deadline")},
                      {QString()}},
                     table);
    return ExitOk;
}

int OnlineCommands::show(const QStringList& arguments)
{
    Frame f(QStringLiteral("online show"), arguments);
    f.ctx.setDescription(QCoreApplication::translate(
        "motcua::OnlineCommands",
        "One online dossier waiting for a decision: its applicant, declared papers and deadline."));
    f.ctx.addPositional(QStringLiteral("REF"),
                        QCoreApplication::translate("motcua::OnlineCommands", "The online reference."));
    if (!f.start(true))
        return f.exitCode;
    auto d = f.app->onlineInbox().waitingDossier(f.ref);
    if (!d)
        return f.ctx.fail(d.error());
    if (Status s = f.app->dossiers().recordRead(f.actor, d->code); !s)
        return f.ctx.fail(s.error());
    const QDateTime deadline = f.app->onlineInbox().deadline(d->submittedAt);
    if (f.ctx.json()) {
        QJsonObject json = DossierService::toJson(*d);
        json.insert(QStringLiteral("online_ref"), d->onlineRef);
        json.insert(QStringLiteral("submitted_at"), iso(d->submittedAt));
        json.insert(QStringLiteral("deadline"), iso(deadline));
        f.ctx.printJson(json);
        return ExitOk;
    }
    const Applicant& a = d->applicant;
    QString text = QCoreApplication::translate("motcua::OnlineCommands",
                                               "Online dossier %1\nProcedure: %2 %3\nApplicant: %4 (%5)\n"
                                               "Address: %6\nPhone: %7  E-mail: %8\n"
                                               "Arrived: %9\nDeadline: %10\nPapers declared:")
                       .arg(d->onlineRef, d->procedureCode, d->procedureName, a.fullName, a.idNumber, a.address,
                            a.phone, a.email, iso(d->submittedAt))
                       .arg(iso(deadline));
    for (int i = 0; i < d->components.size(); ++i)
        text += QStringLiteral("\n  %1. %2").arg(i + 1).arg(d->components.at(i).name);
    f.ctx.print(text);
    return ExitOk;
}

int OnlineCommands::accept(const QStringList& arguments)
{
    Frame f(QStringLiteral("online accept"), arguments);
    f.ctx.setDescription(QCoreApplication::translate(
        "motcua::OnlineCommands",
        "Accepts an online dossier: it gets a code in the center's numbering, its appointment from now, "
        "and the receipt (form 01), kept with it."));
    f.ctx.addPositional(QStringLiteral("REF"),
                        QCoreApplication::translate("motcua::OnlineCommands", "The online reference."));
    const QCommandLineOption papers(
        QStringLiteral("papers"),
        QCoreApplication::translate("motcua::OnlineCommands",
                                    "Numbers of the papers found complete, e.g. 1,2,4 (default: all)."),
        QStringLiteral("N,..."));
    const QCommandLineOption out = outOption();
    f.ctx.parser().addOption(papers);
    f.ctx.parser().addOption(out);
    if (!f.start(true))
        return f.exitCode;
    QList<bool> ticks;
    if (f.ctx.parser().isSet(papers)) {
        auto d = f.app->onlineInbox().waitingDossier(f.ref);
        if (!d)
            return f.ctx.fail(d.error());
        auto numbers = paperNumbers(f.ctx.parser().value(papers), static_cast<int>(d->components.size()));
        if (!numbers)
            return f.ctx.fail(numbers.error());
        for (int i = 0; i < d->components.size(); ++i)
            ticks.append(numbers->contains(i));
    }
    auto accepted = f.app->onlineInbox().accept(f.actor, f.ref, ticks);
    if (!accepted)
        return f.ctx.fail(accepted.error());
    return finish(f, out, *accepted, FormKind::Receipt);
}

int OnlineCommands::supplement(const QStringList& arguments)
{
    Frame f(QStringLiteral("online supplement"), arguments);
    f.ctx.setDescription(QCoreApplication::translate(
        "motcua::OnlineCommands",
        "Asks the applicant of an online dossier for papers (form 02, kept with the dossier)."));
    f.ctx.addPositional(QStringLiteral("REF"),
                        QCoreApplication::translate("motcua::OnlineCommands", "The online reference."));
    const QCommandLineOption papers(
        QStringLiteral("papers"),
        QCoreApplication::translate("motcua::OnlineCommands",
                                    "Numbers of the papers to add or complete, e.g. 2,3 (see online show)."),
        QStringLiteral("N,..."));
    const QCommandLineOption reason(
        QStringLiteral("reason"),
        QCoreApplication::translate("motcua::OnlineCommands", "Why the papers are asked for."), QStringLiteral("TEXT"));
    const QCommandLineOption out = outOption();
    for (const QCommandLineOption* o : {&papers, &reason, &out})
        f.ctx.parser().addOption(*o);
    if (!f.start(true))
        return f.exitCode;
    if (!f.ctx.parser().isSet(papers) || f.ctx.parser().value(reason).trimmed().isEmpty())
        return f.ctx.usageError(
            QCoreApplication::translate("motcua::OnlineCommands", "--papers and --reason are required."));
    auto d = f.app->onlineInbox().waitingDossier(f.ref);
    if (!d)
        return f.ctx.fail(d.error());
    auto numbers = paperNumbers(f.ctx.parser().value(papers), static_cast<int>(d->components.size()));
    if (!numbers)
        return f.ctx.fail(numbers.error());
    if (numbers->isEmpty())
        return f.ctx.usageError(QCoreApplication::translate("motcua::OnlineCommands", "--papers names no paper."));
    QList<SupplementItem> items;
    for (int i : *numbers)
        items.append({d->components.at(i).name, f.ctx.parser().value(reason)});
    auto decided = f.app->onlineInbox().requestSupplement(f.actor, f.ref, items);
    if (!decided)
        return f.ctx.fail(decided.error());
    return finish(f, out, *decided, FormKind::Supplement);
}

int OnlineCommands::refuse(const QStringList& arguments)
{
    Frame f(QStringLiteral("online refuse"), arguments);
    f.ctx.setDescription(QCoreApplication::translate(
        "motcua::OnlineCommands", "Refuses an online dossier with a reason (form 03, kept with it)."));
    f.ctx.addPositional(QStringLiteral("REF"),
                        QCoreApplication::translate("motcua::OnlineCommands", "The online reference."));
    const QCommandLineOption reason(
        QStringLiteral("reason"),
        QCoreApplication::translate("motcua::OnlineCommands", "Why it is refused (required)."), QStringLiteral("TEXT"));
    const QCommandLineOption out = outOption();
    f.ctx.parser().addOption(reason);
    f.ctx.parser().addOption(out);
    if (!f.start(true))
        return f.exitCode;
    if (f.ctx.parser().value(reason).trimmed().isEmpty())
        return f.ctx.usageError(QCoreApplication::translate("motcua::OnlineCommands", "--reason is required."));
    auto decided = f.app->onlineInbox().refuse(f.actor, f.ref, f.ctx.parser().value(reason));
    if (!decided)
        return f.ctx.fail(decided.error());
    return finish(f, out, *decided, FormKind::Refusal);
}

} // namespace motcua::cli
