#include "cli/PrintCommand.h"

#include "cli/CliContext.h"
#include "core/ErrorText.h"
#include "core/PrivateFiles.h"
#include "forms/DossierForms.h"
#include "forms/ProcessingForms.h"
#include "service/AppContext.h"
#include "store/IntakeRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSaveFile>

namespace motcua::cli {

bool PrintCommand::needsGui(const QStringList& arguments)
{
    QStringList rest = arguments;
    const QString command = takeCommandWord(&rest);
    if (command == QLatin1String("ledger"))
        return true;
    const QString sub = command == QLatin1String("dossier") ? takeCommandWord(&rest) : QString();
    return sub == QLatin1String("print") || sub == QLatin1String("apologize");
}

int PrintCommand::run(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("dossier print"), arguments);
    ctx.setReadsPersonalData();
    ctx.setDescription(QCoreApplication::translate(
        "motcua::PrintCommand",
        "Renders a form of a dossier to PDF: 01 receipt and appointment slip, 02 request to supplement, "
        "03 refusal, 04 apology and new appointment, 05 processing control slip. --keep also stores it "
        "with the dossier (needs --user)."));
    ctx.addPositional(QStringLiteral("CODE"), QCoreApplication::translate("motcua::PrintCommand", "The dossier code."));
    const QCommandLineOption formOption(
        QStringLiteral("form"),
        QCoreApplication::translate("motcua::PrintCommand", "The form: 01, 02, 03, 04 or 05 (default 01)."),
        QStringLiteral("NN"), QStringLiteral("01"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("motcua::PrintCommand", "The PDF file to write."),
                                       QStringLiteral("FILE.pdf"));
    const QCommandLineOption copiesOption(
        QStringLiteral("copies"), QCoreApplication::translate("motcua::PrintCommand", "1 or 2 copies (default 1)."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        QCoreApplication::translate("motcua::PrintCommand", "Keep the PDF with the dossier (needs --user)."));
    for (const QCommandLineOption* o : {&formOption, &outOption, &copiesOption, &keepOption})
        ctx.parser().addOption(*o);
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QCommandLineParser& p = ctx.parser();
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(QCoreApplication::translate("motcua::PrintCommand", "give one CODE."));
    FormKind kind = FormKind::Receipt;
    const bool processingForm = ProcessingForms::handles(p.value(formOption));
    if (!processingForm && !formFromNumber(p.value(formOption), &kind))
        return ctx.usageError(QCoreApplication::translate("motcua::PrintCommand", "--form is 01, 02, 03, 04 or 05."));
    if (!p.isSet(outOption) || p.value(outOption).isEmpty())
        return ctx.usageError(QCoreApplication::translate("motcua::PrintCommand", "--out FILE.pdf is required."));
    bool number = false;
    const int copies = p.value(copiesOption).toInt(&number);
    if (!number || copies < 1 || copies > 2)
        return ctx.usageError(QCoreApplication::translate("motcua::PrintCommand", "--copies is 1 or 2."));

    std::optional<Actor> actor;
    if (p.isSet(keepOption)) {
        auto signedIn = ctx.login();
        if (!signedIn)
            return ctx.fail(signedIn.error());
        actor = *signedIn;
    }
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    DossierForms forms(**app);
    ProcessingForms processing(**app);
    const QString dossierCode = positional.first().trimmed();
    // Forms 04 and 05 are one copy, kept with the dossier like the others.
    const QString formText =
        processingForm ? QStringLiteral("0") + p.value(formOption).trimmed().right(1) : formNumber(kind);
    Result<QByteArray> pdf = processingForm ? (actor ? processing.renderAndKeep(*actor, dossierCode, formText)
                                                     : processing.render(dossierCode, formText))
                                            : (actor ? forms.renderAndKeep(*actor, dossierCode, kind, copies)
                                                     : forms.render(dossierCode, kind, copies));
    if (!pdf)
        return ctx.fail(pdf.error());

    // QSaveFile: a reader never sees half a PDF, and a failed write leaves the old file.
    const QString path = p.value(outOption);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !commitPrivate(file)) {
        return ctx.fail(Error::storage(
            QCoreApplication::translate("motcua::PrintCommand", "Cannot write %1: %2").arg(path, fileErrorText(file))));
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("code"), dossierCode},
                                  {QStringLiteral("form"), formText},
                                  {QStringLiteral("file"), path},
                                  {QStringLiteral("copies"), copies},
                                  {QStringLiteral("bytes"), static_cast<qint64>(pdf->size())},
                                  {QStringLiteral("sha256"), IntakeRepository::sha256Hex(*pdf)},
                                  {QStringLiteral("kept"), actor.has_value()}});
    } else {
        ctx.print(QCoreApplication::translate("motcua::PrintCommand", "Form %1 of %2 written to %3.")
                      .arg(formText, dossierCode, path));
    }
    return ExitOk;
}

} // namespace motcua::cli
