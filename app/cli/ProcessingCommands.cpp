#include "cli/ProcessingCommands.h"

#include "cli/CalendarCommands.h"
#include "cli/CliContext.h"
#include "core/ErrorText.h"
#include "core/PrivateFiles.h"
#include "forms/ProcessingForms.h"
#include "service/AppContext.h"
#include "service/DossierService.h"
#include "service/ProcessingService.h"
#include "store/IntakeRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <functional>

namespace motcua::cli {

namespace {

QString iso(const QDateTime& t)
{
    return t.isValid() ? CalendarCommands::vietnamIso(t) : QString();
}

QJsonObject locationJson(AppContext& app, const QString& code)
{
    auto where = app.processing().location(code);
    if (!where)
        return {};
    return QJsonObject{{QStringLiteral("department"), where->departmentCode},
                       {QStringLiteral("department_name"), where->departmentName},
                       {QStringLiteral("in_transit"), where->inTransit}};
}

// What a step prints: the dossier's new state, appointment and where the papers are.
int report(CliContext& ctx, AppContext& app, ProcessingAction action, const Dossier& d)
{
    const QJsonObject where = locationJson(app, d.code);
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("code"), d.code},
                                  {QStringLiteral("action"), processingActionKey(action)},
                                  {QStringLiteral("state"), stateKey(d.state)},
                                  {QStringLiteral("status_code"), nationalCode(d.state)},
                                  {QStringLiteral("appointment"), iso(d.appointmentAt)},
                                  {QStringLiteral("finished_at"), iso(d.finishedAt)},
                                  {QStringLiteral("returned_at"), iso(d.returnedAt)},
                                  {QStringLiteral("location"), where}});
        return ExitOk;
    }
    const QString place = where.value(QStringLiteral("department")).toString().isEmpty()
                              ? QCoreApplication::translate("motcua::ProcessingCommands", "the counter")
                              : where.value(QStringLiteral("department_name")).toString();
    ctx.print(
        QCoreApplication::translate("motcua::ProcessingCommands", "Dossier %1: %2.\nAppointment: %3\nWith: %4%5")
            .arg(d.code, stateName(d.state), iso(d.appointmentAt), place,
                 where.value(QStringLiteral("in_transit")).toBool()
                     ? QCoreApplication::translate("motcua::ProcessingCommands", " (handed over, not yet received)")
                     : QString()));
    return ExitOk;
}

// What a step's own code gets once the command line is parsed and the user signed in.
struct StepInput
{
    AppContext& app;
    const Actor& actor;
    QString code; // the dossier's, trimmed
    QString note; // --note
    const QCommandLineParser& parser;
};

// The shared frame of every step: `dossier <key of the action, with hyphens> CODE`, --note,
// --user; `options` adds the step's own, `perform` runs it once the command line is parsed and
// the user signed in.
struct StepCommand
{
    ProcessingAction action;
    QString description;
    QList<QCommandLineOption> options = {};
    // Validates the options before the password is asked; empty: fine.
    std::function<QString(const QCommandLineParser&)> validate = {};
    std::function<Result<Dossier>(const StepInput&)> perform = {};
};

int runStep(const StepCommand& step, const QStringList& arguments)
{
    const QString name = processingActionKey(step.action).replace(QLatin1Char('_'), QLatin1Char('-'));
    CliContext ctx(QStringLiteral("dossier ") + name, arguments);
    ctx.setNeedsUser(true);
    ctx.setDescription(step.description);
    ctx.addPositional(QStringLiteral("CODE"),
                      QCoreApplication::translate("motcua::ProcessingCommands", "The dossier code."));
    const QCommandLineOption noteOption(
        QStringLiteral("note"),
        QCoreApplication::translate("motcua::ProcessingCommands", "A note for the dossier's history."),
        QStringLiteral("TEXT"));
    ctx.parser().addOption(noteOption);
    for (const QCommandLineOption& o : step.options)
        ctx.parser().addOption(o);
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QCommandLineParser& p = ctx.parser();
    if (p.positionalArguments().size() != 1)
        return ctx.usageError(QCoreApplication::translate("motcua::ProcessingCommands", "give one CODE."));
    if (step.validate) {
        const QString problem = step.validate(p);
        if (!problem.isEmpty())
            return ctx.usageError(problem);
    }
    auto actor = ctx.login();
    if (!actor)
        return ctx.fail(actor.error());
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    auto done = step.perform({**app, *actor, p.positionalArguments().first().trimmed(), p.value(noteOption), p});
    if (!done)
        return ctx.fail(done.error());
    return report(ctx, **app, step.action, *done);
}

QCommandLineOption option(const QString& name, const char* description, const QString& valueName = QString())
{
    return valueName.isEmpty()
               ? QCommandLineOption(name, QCoreApplication::translate("motcua::ProcessingCommands", description))
               : QCommandLineOption(name, QCoreApplication::translate("motcua::ProcessingCommands", description),
                                    valueName);
}

// A validator: `problem` (translated) when `required` is missing or blank.
std::function<QString(const QCommandLineParser&)> requireValue(const QCommandLineOption& required,
                                                               const QString& problem)
{
    return [required, problem](const QCommandLineParser& p) {
        return p.value(required).trimmed().isEmpty() ? problem : QString();
    };
}

// A step with no options of its own.
int simpleStep(const QStringList& arguments, ProcessingAction action, const char* description,
               Result<Dossier> (ProcessingService::*method)(const Actor&, const QString&, const QString&))
{
    StepCommand step{action, QCoreApplication::translate("motcua::ProcessingCommands", description)};
    step.perform = [method](const StepInput& in) { return (in.app.processing().*method)(in.actor, in.code, in.note); };
    return runStep(step, arguments);
}

// withdraw / stop: a reason is required.
int reasonStep(const QStringList& arguments, ProcessingAction action, const char* description,
               Result<Dossier> (ProcessingService::*method)(const Actor&, const QString&, const QString&))
{
    const QCommandLineOption reason =
        option(QStringLiteral("reason"), QT_TRANSLATE_NOOP("motcua::ProcessingCommands", "Why (required)."),
               QStringLiteral("TEXT"));
    StepCommand step{action, QCoreApplication::translate("motcua::ProcessingCommands", description), {reason}};
    step.validate =
        requireValue(reason, QCoreApplication::translate("motcua::ProcessingCommands", "--reason TEXT is required."));
    step.perform = [method, reason](const StepInput& in) {
        QString why = in.parser.value(reason).trimmed();
        if (!in.note.trimmed().isEmpty())
            why += QStringLiteral(". ") + in.note.trimmed();
        return (in.app.processing().*method)(in.actor, in.code, why);
    };
    return runStep(step, arguments);
}

} // namespace

int ProcessingCommands::transfer(const QStringList& arguments)
{
    const QCommandLineOption to =
        option(QStringLiteral("to"),
               QT_TRANSLATE_NOOP("motcua::ProcessingCommands", "The department to hand the dossier to (its code, as "
                                                               "`catalogue list` shows)."),
               QStringLiteral("DEPT"));
    StepCommand step{ProcessingAction::Transfer,
                     QCoreApplication::translate("motcua::ProcessingCommands",
                                                 "Hands the dossier from the counter or a department to a "
                                                 "department; it waits there to be received."),
                     {to}};
    step.validate =
        requireValue(to, QCoreApplication::translate("motcua::ProcessingCommands", "--to DEPT is required."));
    step.perform = [to](const StepInput& in) {
        return in.app.processing().transfer(in.actor, in.code, in.parser.value(to).trimmed(), in.note);
    };
    return runStep(step, arguments);
}

int ProcessingCommands::receive(const QStringList& arguments)
{
    return simpleStep(
        arguments, ProcessingAction::Receive,
        QT_TRANSLATE_NOOP("motcua::ProcessingCommands",
                          "The department signs for the dossier handed to it and takes it up (processing); also takes "
                          "a dossier up again after a supplement or fees."),
        &ProcessingService::receive);
}

int ProcessingCommands::takeBack(const QStringList& arguments)
{
    return simpleStep(arguments, ProcessingAction::TakeBack,
                      QT_TRANSLATE_NOOP("motcua::ProcessingCommands",
                                        "Takes back a transfer made by mistake: only the user who made it, within "
                                        "processing.takeBackMinutes (10 by default), and only while the department "
                                        "has not received it. The dossier returns to where it was."),
                      &ProcessingService::takeBack);
}

int ProcessingCommands::receiveBack(const QStringList& arguments)
{
    return simpleStep(arguments, ProcessingAction::ReceiveBack,
                      QT_TRANSLATE_NOOP("motcua::ProcessingCommands",
                                        "The counter signs for the dossier or result a department handed back."),
                      &ProcessingService::receiveBack);
}

int ProcessingCommands::backToCounter(const QStringList& arguments)
{
    return simpleStep(arguments, ProcessingAction::BackToCounter,
                      QT_TRANSLATE_NOOP("motcua::ProcessingCommands",
                                        "A department hands the dossier back to the counter (its state is unchanged)."),
                      &ProcessingService::backToCounter);
}

int ProcessingCommands::supplementReceived(const QStringList& arguments)
{
    return simpleStep(
        arguments, ProcessingAction::SupplementReceived,
        QT_TRANSLATE_NOOP("motcua::ProcessingCommands",
                          "The papers asked for arrived: the clock runs again and the appointment moves by the "
                          "paused working time."),
        &ProcessingService::supplementReceived);
}

int ProcessingCommands::awaitingFees(const QStringList& arguments)
{
    return simpleStep(arguments, ProcessingAction::AwaitingFees,
                      QT_TRANSLATE_NOOP("motcua::ProcessingCommands",
                                        "The applicant must pay fees or taxes before the dossier goes on."),
                      &ProcessingService::awaitFees);
}

int ProcessingCommands::complete(const QStringList& arguments)
{
    return simpleStep(
        arguments, ProcessingAction::Complete,
        QT_TRANSLATE_NOOP("motcua::ProcessingCommands",
                          "The dossier is decided and its result ready; a department hands the result to the counter."),
        &ProcessingService::complete);
}

int ProcessingCommands::withdraw(const QStringList& arguments)
{
    return reasonStep(arguments, ProcessingAction::Withdraw,
                      QT_TRANSLATE_NOOP("motcua::ProcessingCommands", "The applicant withdraws the dossier."),
                      &ProcessingService::withdraw);
}

int ProcessingCommands::stop(const QStringList& arguments)
{
    return reasonStep(arguments, ProcessingAction::Stop,
                      QT_TRANSLATE_NOOP("motcua::ProcessingCommands", "Stops processing the dossier (supervisors)."),
                      &ProcessingService::stop);
}

int ProcessingCommands::requestSupplement(const QStringList& arguments)
{
    const QCommandLineOption item =
        option(QStringLiteral("item"),
               QT_TRANSLATE_NOOP("motcua::ProcessingCommands",
                                 "A paper to add or complete and why, as \"PAPER: REASON\" (repeat for "
                                 "several)."),
               QStringLiteral("PAPER: REASON"));
    StepCommand step{ProcessingAction::RequestSupplement,
                     QCoreApplication::translate("motcua::ProcessingCommands",
                                                 "Asks the applicant for missing or incomplete papers; the "
                                                 "clock is paused until they arrive."),
                     {item}};
    auto parseItems = [item](const QCommandLineParser& p, QString* problem) {
        QList<SupplementItem> items;
        for (const QString& text : p.values(item)) {
            const qsizetype colon = text.indexOf(QLatin1Char(':'));
            if (colon <= 0 || text.mid(colon + 1).trimmed().isEmpty()) {
                *problem =
                    QCoreApplication::translate("motcua::ProcessingCommands", "--item \"%1\": write PAPER: REASON.")
                        .arg(text);
                return items;
            }
            items.append({text.left(colon).trimmed(), text.mid(colon + 1).trimmed()});
        }
        if (items.isEmpty())
            *problem = QCoreApplication::translate("motcua::ProcessingCommands",
                                                   "give at least one --item \"PAPER: REASON\".");
        return items;
    };
    step.validate = [parseItems](const QCommandLineParser& p) {
        QString problem;
        parseItems(p, &problem);
        return problem;
    };
    step.perform = [parseItems](const StepInput& in) {
        QString problem;
        return in.app.processing().requestSupplement(in.actor, in.code, parseItems(in.parser, &problem), in.note);
    };
    return runStep(step, arguments);
}

int ProcessingCommands::returnResult(const QStringList& arguments)
{
    const QCommandLineOption collector =
        option(QStringLiteral("collector"),
               QT_TRANSLATE_NOOP("motcua::ProcessingCommands", "Who collects the result (full name)."),
               QStringLiteral("NAME"));
    const QCommandLineOption idNumber =
        option(QStringLiteral("id-number"),
               QT_TRANSLATE_NOOP("motcua::ProcessingCommands",
                                 "The collector's ID number (12 or 9 digits, or a passport number)."),
               QStringLiteral("N"));
    const QCommandLineOption paper =
        option(QStringLiteral("paper"),
               QT_TRANSLATE_NOOP("motcua::ProcessingCommands", "A result paper handed over (repeat for several)."),
               QStringLiteral("TEXT"));
    const QCommandLineOption fees =
        option(QStringLiteral("fees-settled"),
               QT_TRANSLATE_NOOP("motcua::ProcessingCommands", "The fees of the dossier are paid."));
    const QCommandLineOption at =
        option(QStringLiteral("at"),
               QT_TRANSLATE_NOOP("motcua::ProcessingCommands", "When it was collected (default now), ISO 8601."),
               QStringLiteral("TIME"));
    StepCommand step{ProcessingAction::Return,
                     QCoreApplication::translate("motcua::ProcessingCommands",
                                                 "Hands the result to the applicant and records who "
                                                 "collected it, when, which papers, and the fees."),
                     {collector, idNumber, paper, fees, at}};
    step.validate = [collector, idNumber, paper, at](const QCommandLineParser& p) {
        if (p.value(collector).trimmed().isEmpty() || p.value(idNumber).trimmed().isEmpty())
            return QCoreApplication::translate("motcua::ProcessingCommands",
                                               "--collector NAME and --id-number N are required.");
        if (p.values(paper).isEmpty())
            return QCoreApplication::translate("motcua::ProcessingCommands", "give at least one --paper TEXT.");
        if (p.isSet(at)) {
            auto t = CalendarCommands::parseReceived(p.value(at));
            if (!t)
                return t.error().message;
        }
        return QString();
    };
    step.perform = [=](const StepInput& in) {
        const QCommandLineParser& p = in.parser;
        ReturnRecord r;
        r.collectorName = p.value(collector);
        r.collectorIdNumber = p.value(idNumber);
        r.resultPapers = p.values(paper);
        r.feesSettled = p.isSet(fees);
        r.note = in.note;
        if (p.isSet(at))
            r.collectedAt = *CalendarCommands::parseReceived(p.value(at));
        return in.app.processing().returnResult(in.actor, in.code, r);
    };
    return runStep(step, arguments);
}

int ProcessingCommands::apologize(const QStringList& arguments)
{
    const QCommandLineOption when = option(
        QStringLiteral("new-appointment"),
        QT_TRANSLATE_NOOP("motcua::ProcessingCommands", "The new appointment, ISO 8601."), QStringLiteral("TIME"));
    const QCommandLineOption reason = option(
        QStringLiteral("reason"),
        QT_TRANSLATE_NOOP("motcua::ProcessingCommands", "Why the dossier is late (required)."), QStringLiteral("TEXT"));
    const QCommandLineOption out =
        option(QStringLiteral("out"),
               QT_TRANSLATE_NOOP("motcua::ProcessingCommands", "Also write the letter (form 04) to this PDF file."),
               QStringLiteral("FILE.pdf"));
    StepCommand step{ProcessingAction::Apologize,
                     QCoreApplication::translate("motcua::ProcessingCommands",
                                                 "A late dossier: records the apology letter (form 04) with "
                                                 "a new appointment and keeps the letter with the dossier "
                                                 "(supervisors)."),
                     {when, reason, out}};
    step.validate = [when, reason](const QCommandLineParser& p) {
        if (p.value(reason).trimmed().isEmpty())
            return QCoreApplication::translate("motcua::ProcessingCommands", "--reason TEXT is required.");
        auto t = CalendarCommands::parseReceived(p.value(when));
        return t ? QString() : t.error().message;
    };
    step.perform = [when, reason, out](const StepInput& in) -> Result<Dossier> {
        const QCommandLineParser& p = in.parser;
        ProcessingForms forms(in.app);
        auto letter =
            forms.apologize(in.actor, in.code, *CalendarCommands::parseReceived(p.value(when)), p.value(reason));
        if (!letter)
            return letter.error();
        const QByteArray pdf = *letter;
        if (p.isSet(out)) {
            QSaveFile file(p.value(out));
            if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !commitPrivate(file)) {
                return Error::storage(QCoreApplication::translate("motcua::ProcessingCommands", "Cannot write %1: %2")
                                          .arg(p.value(out), fileErrorText(file)));
            }
        }
        return in.app.dossiers().byCode(in.code);
    };
    return runStep(step, arguments);
}

int ProcessingCommands::timeline(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("dossier timeline"), arguments);
    ctx.setReadsPersonalData();
    ctx.setDescription(QCoreApplication::translate(
        "motcua::ProcessingCommands",
        "Prints a dossier's history: every step with who and when, the hand-overs, and the due date."));
    ctx.addPositional(QStringLiteral("CODE"),
                      QCoreApplication::translate("motcua::ProcessingCommands", "The dossier code."));
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    if (ctx.parser().positionalArguments().size() != 1)
        return ctx.usageError(QCoreApplication::translate("motcua::ProcessingCommands", "give one CODE."));
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    ProcessingService& processing = (*app)->processing();
    const QString dossierCode = ctx.parser().positionalArguments().first().trimmed();
    auto dossier = (*app)->dossiers().byCode(dossierCode);
    if (!dossier)
        return ctx.fail(dossier.error());
    auto events = processing.timeline(dossierCode);
    if (!events)
        return ctx.fail(events.error());
    auto handovers = processing.handovers(dossierCode);
    if (!handovers)
        return ctx.fail(handovers.error());
    const DossierDue due = processing.due(*dossier);
    if (ctx.json()) {
        QJsonArray eventArray;
        for (const DossierEventRow& e : *events) {
            eventArray.append(QJsonObject{{QStringLiteral("at"), iso(e.at)},
                                          {QStringLiteral("user"), e.username},
                                          {QStringLiteral("from"), e.from ? stateKey(*e.from) : QString()},
                                          {QStringLiteral("to"), stateKey(e.to)},
                                          {QStringLiteral("note"), e.note}});
        }
        QJsonArray handoverArray;
        for (const Handover& h : *handovers) {
            handoverArray.append(QJsonObject{{QStringLiteral("from"), h.fromDepartmentCode},
                                             {QStringLiteral("to"), h.toDepartmentCode},
                                             {QStringLiteral("handed_at"), iso(h.handedAt)},
                                             {QStringLiteral("handed_by"), h.handedBy},
                                             {QStringLiteral("received_at"), iso(h.receivedAt)},
                                             {QStringLiteral("received_by"), h.receivedBy}});
        }
        QJsonArray actions;
        QJsonObject dueJson{{QStringLiteral("appointment"), iso(due.appointmentAt)},
                            {QStringLiteral("remaining_working_seconds"), due.remainingWorkingSeconds},
                            {QStringLiteral("clock_paused"), due.clockPaused},
                            {QStringLiteral("due_today"), due.dueToday},
                            {QStringLiteral("overdue"), due.overdue}};
        if (due.timeliness)
            dueJson.insert(QStringLiteral("timeliness"), timelinessKey(*due.timeliness));
        ctx.printJson(QJsonObject{{QStringLiteral("code"), dossier->code},
                                  {QStringLiteral("state"), stateKey(dossier->state)},
                                  {QStringLiteral("location"), locationJson(**app, dossier->code)},
                                  {QStringLiteral("due"), dueJson},
                                  {QStringLiteral("events"), eventArray},
                                  {QStringLiteral("handovers"), handoverArray}});
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const DossierEventRow& e : *events)
        rows.append({iso(e.at), e.username, e.from ? stateName(*e.from) : QString(), stateName(e.to), e.note});
    ctx.printTable({{QCoreApplication::translate("motcua::ProcessingCommands", "WHEN")},
                    {QCoreApplication::translate("motcua::ProcessingCommands", "WHO")},
                    {QCoreApplication::translate("motcua::ProcessingCommands", "FROM")},
                    {QCoreApplication::translate("motcua::ProcessingCommands", "TO")},
                    {QCoreApplication::translate("motcua::ProcessingCommands", "NOTE"), 60}},
                   rows);
    QString dueLine =
        QCoreApplication::translate("motcua::ProcessingCommands", "Appointment: %1").arg(iso(due.appointmentAt));
    if (due.timeliness)
        dueLine += QStringLiteral(" — ") + timelinessName(*due.timeliness);
    else if (due.overdue)
        dueLine += QStringLiteral(" — ") + openStandingName(OpenStanding::Overdue);
    else if (due.dueToday)
        dueLine += QStringLiteral(" — ") + QCoreApplication::translate("motcua::ProcessingCommands", "due today");
    ctx.print(dueLine);
    return ExitOk;
}

} // namespace motcua::cli
