#include "cli/DossierCommands.h"

#include "cli/AttachCommand.h"
#include "cli/CalendarCommands.h"
#include "cli/CliContext.h"
#include "cli/PrintCommand.h"
#include "cli/ProcessingCommands.h"
#include "core/Dossier.h"
#include "core/ErrorText.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace motcua::cli {

namespace {

QString groupHelp()
{
    return QCoreApplication::translate(
        "motcua::DossierCommands", "Usage: motcuactl dossier SUBCOMMAND [options]\n\n"
                                   "Subcommands:\n"
                                   "  create FILE.json --user NAME   receive a dossier described by a JSON file\n"
                                   "  show CODE                      print a dossier\n"
                                   "  print CODE --form NN --out F   render form 01 to 05 to PDF\n"
                                   "  timeline CODE                  history, hand-overs and due date\n"
                                   "  transfer CODE --to DEPT        hand over to a department\n"
                                   "  receive CODE                   the department takes it up\n"
                                   "  take-back CODE                 undo one's own transfer not yet received\n"
                                   "  request-supplement CODE --item \"PAPER: REASON\"...\n"
                                   "  supplement-received CODE       the papers arrived (clock runs again)\n"
                                   "  awaiting-fees CODE             fees or taxes to pay\n"
                                   "  complete CODE                  decided, result ready\n"
                                   "  back-to-counter CODE           a department hands it back to the counter\n"
                                   "  receive-back CODE              the counter signs for what came back\n"
                                   "  return CODE --collector NAME --id-number N --paper TEXT...\n"
                                   "  withdraw CODE --reason TEXT    the applicant withdraws\n"
                                   "  stop CODE --reason TEXT        stop processing (supervisors)\n"
                                   "  apologize CODE --new-appointment TIME --reason TEXT  form 04 (supervisors)\n"
                                   "  result attach CODE FILE...     the result's scan or file (processed dossiers)\n"
                                   "Steps that change a dossier need --user NAME.\n\n"
                                   "motcuactl dossier SUBCOMMAND --help shows the options of each.\n");
}

// Reads and parses the dossier file; every failure names the file.
Result<Dossier> readDossierFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::badInput(QCoreApplication::translate("motcua::DossierCommands", "Cannot read %1: %2")
                                   .arg(path, fileErrorText(file)));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::badInput(
            QCoreApplication::translate("motcua::DossierCommands", "%1 is not valid JSON (at byte %2): %3")
                .arg(path)
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return Error::badInput(
            QCoreApplication::translate("motcua::DossierCommands", "%1 must hold one JSON object.").arg(path));
    auto dossier = DossierService::fromJson(doc.object());
    if (!dossier)
        return Error{dossier.error().code, path + QStringLiteral(": ") + dossier.error().message};
    return dossier;
}

QString counts(const DossierComponent& c)
{
    return QCoreApplication::translate("motcua::DossierCommands",
                                       "originals: %1, certified copies: %2, photocopies: %3")
        .arg(c.originals)
        .arg(c.certifiedCopies)
        .arg(c.photocopies);
}

void printDossier(const CliContext& ctx, const Dossier& d, const QString& departmentName,
                  const QList<AttachmentInfo>& attachments)
{
    const auto time = [](const QDateTime& t) { return t.isValid() ? CalendarCommands::vietnamIso(t) : QString(); };
    QList<QStringList> rows = {
        {QCoreApplication::translate("motcua::DossierCommands", "Code"), d.code},
        {QCoreApplication::translate("motcua::DossierCommands", "Procedure"),
         d.procedureCode + QStringLiteral("  ") + d.procedureName},
        {QCoreApplication::translate("motcua::DossierCommands", "Department"),
         departmentName.isEmpty() ? d.departmentCode : departmentName},
        {QCoreApplication::translate("motcua::DossierCommands", "Channel"), channelName(d.channel)},
        {QCoreApplication::translate("motcua::DossierCommands", "State"), stateName(d.state)},
        {QCoreApplication::translate("motcua::DossierCommands", "Applicant"), d.applicant.fullName},
        {QCoreApplication::translate("motcua::DossierCommands", "Applicant type"), applicantTypeName(d.applicant.type)},
        {QCoreApplication::translate("motcua::DossierCommands", "ID number"), d.applicant.idNumber},
        {QCoreApplication::translate("motcua::DossierCommands", "Birth date"),
         d.applicant.birthDate.toString(Qt::ISODate)},
        {QCoreApplication::translate("motcua::DossierCommands", "Address"), d.applicant.address},
        {QCoreApplication::translate("motcua::DossierCommands", "Phone"), d.applicant.phone},
        {QCoreApplication::translate("motcua::DossierCommands", "Email"), d.applicant.email},
        {QCoreApplication::translate("motcua::DossierCommands", "Summary"), d.summary},
        {QCoreApplication::translate("motcua::DossierCommands", "Sets"), QString::number(d.sets)},
        {QCoreApplication::translate("motcua::DossierCommands", "Received"), time(d.receivedAt)},
        {QCoreApplication::translate("motcua::DossierCommands", "Received by"), d.receivedBy},
        {QCoreApplication::translate("motcua::DossierCommands", "Appointment"), time(d.appointmentAt)},
        {QCoreApplication::translate("motcua::DossierCommands", "Rule"), d.appointmentRule},
        {QCoreApplication::translate("motcua::DossierCommands", "Fees"), d.totalFees().format()},
    };
    if (d.finishedAt.isValid())
        rows.append({QCoreApplication::translate("motcua::DossierCommands", "Finished"), time(d.finishedAt)});
    if (d.returnedAt.isValid())
        rows.append({QCoreApplication::translate("motcua::DossierCommands", "Returned"), time(d.returnedAt)});
    if (!d.notes.isEmpty())
        rows.append({QCoreApplication::translate("motcua::DossierCommands", "Notes"), d.notes});
    // Numbered: `motcuactl attach CODE --component N` names a paper by this number.
    int paperNumber = 0;
    for (const DossierComponent& c : d.components) {
        rows.append(
            {QCoreApplication::translate("motcua::DossierCommands", "Paper %1").arg(++paperNumber),
             c.name + QStringLiteral(" (") + counts(c) + QStringLiteral(")") +
                 (c.provided ? QString() : QCoreApplication::translate("motcua::DossierCommands", " — missing"))});
    }
    for (const DossierFee& f : d.fees)
        rows.append({QCoreApplication::translate("motcua::DossierCommands", "Fee"),
                     f.name + QStringLiteral(": ") + f.amount.format()});
    for (const AttachmentInfo& a : attachments) {
        rows.append({QCoreApplication::translate("motcua::DossierCommands", "Attachment %1").arg(a.id),
                     a.fileName + QStringLiteral(" (") + QLocale().formattedDataSize(a.size) + QStringLiteral(") — ") +
                         a.paperName});
    }
    ctx.printTable({{QCoreApplication::translate("motcua::DossierCommands", "FIELD")},
                    {QCoreApplication::translate("motcua::DossierCommands", "VALUE")}},
                   rows);
}

} // namespace

int DossierCommands::run(const QStringList& arguments)
{
    return runGroup(QStringLiteral("dossier"), arguments, groupHelp(),
                    {{"create", &create},
                     {"show", &show},
                     {"print", &PrintCommand::run},
                     {"timeline", &ProcessingCommands::timeline},
                     {"transfer", &ProcessingCommands::transfer},
                     {"receive", &ProcessingCommands::receive},
                     {"take-back", &ProcessingCommands::takeBack},
                     {"request-supplement", &ProcessingCommands::requestSupplement},
                     {"supplement-received", &ProcessingCommands::supplementReceived},
                     {"awaiting-fees", &ProcessingCommands::awaitingFees},
                     {"complete", &ProcessingCommands::complete},
                     {"back-to-counter", &ProcessingCommands::backToCounter},
                     {"receive-back", &ProcessingCommands::receiveBack},
                     {"return", &ProcessingCommands::returnResult},
                     {"withdraw", &ProcessingCommands::withdraw},
                     {"stop", &ProcessingCommands::stop},
                     {"apologize", &ProcessingCommands::apologize},
                     {"result", &AttachCommand::runResult}});
}

int DossierCommands::create(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("dossier create"), arguments);
    ctx.setNeedsUser(true);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::DossierCommands",
        "Receives a dossier described by a JSON file (the shape of `dossier show --json`): mints its code, "
        "computes the appointment and stores it. Prints the code and the appointment."));
    ctx.addPositional(QStringLiteral("FILE"),
                      QCoreApplication::translate("motcua::DossierCommands", "The dossier as JSON."));
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QStringList positional = ctx.parser().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(QCoreApplication::translate("motcua::DossierCommands", "give one FILE."));

    // The file is checked before the password is asked: a typo costs no login.
    auto draft = readDossierFile(positional.first());
    if (!draft)
        return ctx.fail(draft.error());
    auto actor = ctx.login();
    if (!actor)
        return ctx.fail(actor.error());
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    auto stored = (*app)->dossiers().receive(*actor, *draft);
    if (!stored)
        return ctx.fail(stored.error());

    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("code"), stored->code},
                                  {QStringLiteral("received"), CalendarCommands::vietnamIso(stored->receivedAt)},
                                  {QStringLiteral("appointment"), CalendarCommands::vietnamIso(stored->appointmentAt)},
                                  {QStringLiteral("rule"), stored->appointmentRule}});
    } else {
        ctx.print(
            QCoreApplication::translate("motcua::DossierCommands", "Dossier %1 received.\nAppointment: %2\nRule: %3")
                .arg(stored->code, CalendarCommands::vietnamIso(stored->appointmentAt), stored->appointmentRule));
    }
    return ExitOk;
}

int DossierCommands::show(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("dossier show"), arguments);
    ctx.setReadsPersonalData();
    ctx.setDescription(
        QCoreApplication::translate("motcua::DossierCommands", "Prints a dossier: applicant, papers, fees, dates."));
    ctx.addPositional(
        QStringLiteral("CODE"),
        QCoreApplication::translate("motcua::DossierCommands", "The dossier code, e.g. 000.00.00.H34-260213-0001."));
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QStringList positional = ctx.parser().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(QCoreApplication::translate("motcua::DossierCommands", "give one CODE."));
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    auto dossier = (*app)->dossiers().byCode(positional.first().trimmed());
    if (!dossier)
        return ctx.fail(dossier.error());
    // Who read whose record: the reader and the code, in the audit trail.
    const Result<Actor> reader = ctx.login();
    if (!reader)
        return ctx.fail(reader.error());
    if (Status s = (*app)->dossiers().recordRead(*reader, dossier->code); !s)
        return ctx.fail(s.error());
    // Attachments are listed without their key: names and sizes only.
    auto attachments = (*app)->attachments().list(dossier->code);
    if (!attachments)
        return ctx.fail(attachments.error());
    if (ctx.json()) {
        QJsonObject json = DossierService::toJson(*dossier);
        QJsonArray files;
        for (const AttachmentInfo& a : *attachments)
            files.append(AttachCommand::toJson(a));
        json.insert(QStringLiteral("attachments"), files);
        ctx.printJson(json);
        return ExitOk;
    }
    auto department = (*app)->catalogue().department(dossier->departmentCode);
    printDossier(ctx, *dossier, department ? department->name : QString(), *attachments);
    return ExitOk;
}

} // namespace motcua::cli
