#include "cli/LedgerCommand.h"

#include "cli/CliContext.h"
#include "core/ErrorText.h"
#include "core/PrivateFiles.h"
#include "forms/ProcessingForms.h"
#include "service/AppContext.h"
#include "service/ProcessingService.h"
#include "store/IntakeRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSaveFile>

namespace motcua::cli {

int LedgerCommand::run(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("ledger"), arguments);
    ctx.setReadsPersonalData();
    ctx.setDescription(QCoreApplication::translate(
        "motcua::LedgerCommand",
        "Writes the dossier ledger (form 06) of the dossiers received from --from to --to (Vietnam dates, "
        "both included): a PDF, or a CSV file (UTF-8 with BOM) when FILE ends in .csv."));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        QCoreApplication::translate("motcua::LedgerCommand", "First day, YYYY-MM-DD."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QCoreApplication::translate("motcua::LedgerCommand", "Last day, YYYY-MM-DD."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QCoreApplication::translate("motcua::LedgerCommand", "The file to write: .pdf or .csv."),
        QStringLiteral("FILE"));
    for (const QCommandLineOption* o : {&fromOption, &toOption, &outOption})
        ctx.parser().addOption(*o);
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QCommandLineParser& p = ctx.parser();
    if (!p.positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("motcua::LedgerCommand", "unexpected argument %1.")
                                  .arg(p.positionalArguments().first()));
    const QDate from = QDate::fromString(p.value(fromOption), Qt::ISODate);
    const QDate to = QDate::fromString(p.value(toOption), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return ctx.usageError(
            QCoreApplication::translate("motcua::LedgerCommand", "--from and --to are dates: YYYY-MM-DD."));
    if (to < from)
        return ctx.usageError(QCoreApplication::translate("motcua::LedgerCommand", "--to is before --from."));
    const QString path = p.value(outOption);
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (path.isEmpty() || (!csv && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)))
        return ctx.usageError(
            QCoreApplication::translate("motcua::LedgerCommand", "--out FILE.pdf or FILE.csv is required."));
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    ProcessingForms forms(**app);
    auto data = forms.collectLedger(from, to);
    if (!data)
        return ctx.fail(data.error());
    auto bytes = csv ? forms.ledgerCsv(from, to) : forms.ledgerPdf(from, to);
    if (!bytes)
        return ctx.fail(bytes.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !commitPrivate(file)) {
        return ctx.fail(Error::storage(QCoreApplication::translate("motcua::LedgerCommand", "Cannot write %1: %2")
                                           .arg(path, fileErrorText(file))));
    }
    if (auto actor = ctx.login(); actor) {
        if (Status s = (*app)->processing().auditLedgerExport(*actor, from, to,
                                                              csv ? QStringLiteral("csv") : QStringLiteral("pdf"),
                                                              static_cast<int>(data->rows.size()));
            !s)
            return ctx.fail(s.error());
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                                  {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                  {QStringLiteral("format"), csv ? QStringLiteral("csv") : QStringLiteral("pdf")},
                                  {QStringLiteral("file"), path},
                                  {QStringLiteral("dossiers"), static_cast<int>(data->rows.size())},
                                  {QStringLiteral("bytes"), static_cast<qint64>(bytes->size())},
                                  {QStringLiteral("sha256"), IntakeRepository::sha256Hex(*bytes)}});
    } else {
        ctx.print(QCoreApplication::translate("motcua::LedgerCommand", "Ledger of %1 dossiers written to %2.")
                      .arg(data->rows.size())
                      .arg(path));
    }
    return ExitOk;
}

} // namespace motcua::cli
