#include "cli/QrCommand.h"

#include "cli/CliContext.h"
#include "core/CitizenIdQr.h"
#include "core/Clock.h"
#include "forms/BarcodeReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonObject>

#include <cstdio>

namespace motcua::cli {

namespace {

// The card's dates are checked against today's date in Vietnam, whatever the machine's zone.
QDate vietnamToday()
{
    return toVietnam(SystemClock().now()).date();
}

QString groupHelp()
{
    return QCoreApplication::translate(
        "motcua::QrCommand", "Usage: motcuactl qr SUBCOMMAND [options]\n\n"
                             "Subcommands:\n"
                             "  parse TEXT     the applicant fields of a citizen ID card QR text ('-': stdin)\n"
                             "  decode IMAGE   the text of the QR code in an image file\n\n"
                             "motcuactl qr SUBCOMMAND --help shows the options of each.\n");
}

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

void printCard(const CliContext& ctx, const CitizenIdCard& card)
{
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("id_number"), card.idNumber},
                                  {QStringLiteral("old_id_number"), card.oldIdNumber},
                                  {QStringLiteral("name"), card.fullName},
                                  {QStringLiteral("birth_date"), isoDate(card.birthDate)},
                                  {QStringLiteral("gender"), card.gender},
                                  {QStringLiteral("address"), card.address},
                                  {QStringLiteral("issue_date"), isoDate(card.issueDate)},
                                  {QStringLiteral("repaired_mojibake"), card.repairedMojibake}});
        return;
    }
    QList<QStringList> rows = {
        {QCoreApplication::translate("motcua::QrCommand", "ID number"), card.idNumber},
        {QCoreApplication::translate("motcua::QrCommand", "Former ID number"), card.oldIdNumber},
        {QCoreApplication::translate("motcua::QrCommand", "Full name"), card.fullName},
        {QCoreApplication::translate("motcua::QrCommand", "Birth date"), isoDate(card.birthDate)},
        {QCoreApplication::translate("motcua::QrCommand", "Gender"), card.gender},
        {QCoreApplication::translate("motcua::QrCommand", "Address"), card.address},
        {QCoreApplication::translate("motcua::QrCommand", "Issue date"), isoDate(card.issueDate)},
    };
    if (card.repairedMojibake) {
        rows.append({QCoreApplication::translate("motcua::QrCommand", "Note"),
                     QCoreApplication::translate("motcua::QrCommand", "garbled text was repaired: check the name")});
    }
    ctx.printTable({{QCoreApplication::translate("motcua::QrCommand", "FIELD")},
                    {QCoreApplication::translate("motcua::QrCommand", "VALUE")}},
                   rows);
}

} // namespace

int QrCommand::run(const QStringList& arguments)
{
    return runGroup(QStringLiteral("qr"), arguments, groupHelp(), {{"parse", &parse}, {"decode", &decode}});
}

int QrCommand::parse(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("qr parse"), arguments);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::QrCommand",
        "Parses the text of a citizen ID card QR (what a scanner types) and prints the applicant's fields. "
        "Exits 2 with the reason when the text is not a valid card QR."));
    ctx.addPositional(
        QStringLiteral("TEXT"),
        QCoreApplication::translate("motcua::QrCommand", "The QR text, quoted; '-' reads the bytes from stdin."));
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QStringList positional = ctx.parser().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(
            QCoreApplication::translate("motcua::QrCommand", "give one TEXT (quote it: it holds '|')."));

    // From stdin the bytes go to the parser as they are, so invalid UTF-8 is reported as such.
    Result<CitizenIdCard> card = Error::internal(QString());
    if (positional.first() == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return ctx.fail(Error::badInput(QCoreApplication::translate("motcua::QrCommand", "Cannot read stdin.")));
        card = parseCitizenIdQr(in.read(64 * 1024), vietnamToday());
    } else {
        card = parseCitizenIdQr(positional.first(), vietnamToday());
    }
    if (!card)
        return ctx.fail(card.error());
    printCard(ctx, *card);
    return ExitOk;
}

int QrCommand::decode(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("qr decode"), arguments);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::QrCommand",
        "Reads the QR code in an image file (PNG, JPEG, ...) and prints its text; with --json, also the "
        "applicant's fields when it is a citizen ID card QR."));
    ctx.addPositional(QStringLiteral("IMAGE"), QCoreApplication::translate("motcua::QrCommand", "The image file."));
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QStringList positional = ctx.parser().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(QCoreApplication::translate("motcua::QrCommand", "give one IMAGE."));
    auto text = decodeQrFromFile(positional.first());
    if (!text)
        return ctx.fail(text.error());
    if (!ctx.json()) {
        ctx.print(*text);
        return ExitOk;
    }
    QJsonObject out{{QStringLiteral("text"), *text}};
    if (auto card = parseCitizenIdQr(*text, vietnamToday())) {
        out.insert(QStringLiteral("id_number"), card->idNumber);
        out.insert(QStringLiteral("name"), card->fullName);
        out.insert(QStringLiteral("birth_date"), isoDate(card->birthDate));
        out.insert(QStringLiteral("gender"), card->gender);
        out.insert(QStringLiteral("address"), card->address);
        out.insert(QStringLiteral("issue_date"), isoDate(card->issueDate));
    }
    ctx.printJson(out);
    return ExitOk;
}

} // namespace motcua::cli
