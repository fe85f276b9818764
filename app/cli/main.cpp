// motcuactl: the command-line client of MotCua Desk. It drives the same services as the
// desktop app over the same database, so administrators can script set-up (first
// administrator, catalogue import, accounts) and check appointment dates without a display.

#include "cli/AttachCommand.h"
#include "cli/AuditCommand.h"
#include "cli/CalendarCommands.h"
#include "cli/CatalogueCommands.h"
#include "cli/CenterCommands.h"
#include "cli/CliContext.h"
#include "cli/DossierCommands.h"
#include "cli/DossierListCommand.h"
#include "cli/InitCommand.h"
#include "cli/LedgerCommand.h"
#include "cli/OnlineCommands.h"
#include "cli/PrintCommand.h"
#include "cli/QrCommand.h"
#include "cli/QualityCommand.h"
#include "cli/ReportCommands.h"
#include "cli/ScanCommand.h"
#include "cli/SearchCommand.h"
#include "cli/SeedCommand.h"
#include "cli/SettingsCommands.h"
#include "cli/StoreCommands.h"
#include "cli/SyncCommands.h"
#include "cli/UserCommands.h"
#include "core/PrivateFiles.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

using namespace motcua::cli;

struct Command
{
    const char* name;
    const char* summary;
    int (*run)(const QStringList& arguments);
};

// Text for `motcuactl --help`. The summaries are marked for translation by QT_TRANSLATE_NOOP
// and translated when printed.
const Command kCommands[] = {
    {"init",
     QT_TRANSLATE_NOOP("motcua::main", "Create or migrate the database; --admin NAME creates the first administrator."),
     &InitCommand::run},
    {"import-catalogue", QT_TRANSLATE_NOOP("motcua::main", "Import a procedure catalogue file (administrators)."),
     &CatalogueCommands::runImport},
    {"catalogue", QT_TRANSLATE_NOOP("motcua::main", "catalogue list [--department CODE]: the procedures."),
     &CatalogueCommands::run},
    {"calendar", QT_TRANSLATE_NOOP("motcua::main", "calendar due ...: an appointment date; calendar holidays YEAR."),
     &CalendarCommands::run},
    {"dossier",
     QT_TRANSLATE_NOOP("motcua::main",
                       "dossier create FILE.json; dossier show CODE; dossier print CODE --form NN --out F; "
                       "dossier transfer|receive|complete|return|... CODE: the steps after intake."),
     &DossierCommands::run},
    {"audit",
     QT_TRANSLATE_NOOP("motcua::main", "audit verify --user ADMIN: check that the audit trail was not altered."),
     &AuditCommand::run},
    {"attach",
     QT_TRANSLATE_NOOP("motcua::main",
                       "attach CODE --component ID FILE...: store files (encrypted) with a dossier's paper; "
                       "attach fetch CODE [--all]: fetch the files kept at the center."),
     &AttachCommand::run},
    {"store",
     QT_TRANSLATE_NOOP(
         "motcua::main",
         "store verify: check every attachment; store sweep: remove orphan files; store compact: shrink the "
         "database file; store purge: remove what retention no longer keeps."),
     &StoreCommands::run},
    {"ledger",
     QT_TRANSLATE_NOOP("motcua::main",
                       "ledger --from DATE --to DATE --out FILE.pdf|.csv: the dossier ledger (form 06)."),
     &LedgerCommand::run},
    {"qr", QT_TRANSLATE_NOOP("motcua::main", "qr parse TEXT: a citizen ID card QR's fields; qr decode IMAGE."),
     &QrCommand::run},
    {"report",
     QT_TRANSLATE_NOOP("motcua::main",
                       "report --from DATE --to DATE --by department|field --format pdf|xlsx|csv|json --out "
                       "FILE: the periodic report."),
     &ReportCommands::runReport},
    {"center",
     QT_TRANSLATE_NOOP("motcua::main", "center join URL --code CODE --ca FILE | refeed: join the center's server "
                                       "(motcua-center), or pull its dossiers again."),
     &CenterCommands::run},
    {"counts", QT_TRANSLATE_NOOP("motcua::main", "counts [--date DATE]: the day's figures of the dashboard."),
     &ReportCommands::runCounts},
    {"dossiers",
     QT_TRANSLATE_NOOP("motcua::main",
                       "dossiers --from DATE --to DATE [--department CODE] --format csv|json|xlsx --out F "
                       "--user NAME [--personal]: the period's dossiers as a list."),
     &DossierListCommand::run},
    {"online",
     QT_TRANSLATE_NOOP("motcua::main",
                       "online list|show REF|accept REF|supplement REF|refuse REF --user NAME: dossiers "
                       "submitted online, waiting for a decision."),
     &OnlineCommands::run},
    {"quality",
     QT_TRANSLATE_NOOP("motcua::main",
                       "quality --from DATE --to DATE [--department CODE]: the national service-quality "
                       "index (Decision 766) from this center's dossiers."),
     &QualityCommand::run},
    {"scan",
     QT_TRANSLATE_NOOP("motcua::main",
                       "scan --device NAME [--pages N] [--dpi D] [--mode grey|color|bw] --out F.pdf; scan "
                       "--list."),
     &ScanCommand::run},
    {"search", QT_TRANSLATE_NOOP("motcua::main", "Find dossiers by code, ID number, phone or name."),
     &SearchCommand::run},
    {"seed", QT_TRANSLATE_NOOP("motcua::main", "Fill a new database with realistic dossiers (demos, benchmarks)."),
     &SeedCommand::run},
    {"settings",
     QT_TRANSLATE_NOOP("motcua::main",
                       "settings list|get KEY|set KEY VALUE --user ADMIN: the settings, checked and audited."),
     &SettingsCommands::run},
    {"sync", QT_TRANSLATE_NOOP("motcua::main", "sync now|status|export FILE|pause|resume|retry: the portal outbox."),
     &SyncCommands::run},
    {"users",
     QT_TRANSLATE_NOOP("motcua::main",
                       "users add USERNAME --role ROLE --name NAME; users list; users unlock USERNAME."),
     &UserCommands::run},
};

QString mainHelp()
{
    QString help =
        QCoreApplication::translate("motcua::main", "Usage: motcuactl [--db PATH] [--json] COMMAND [options]\n\n"
                                                    "The command-line client of MotCua Desk.\n\nCommands:\n");
    int width = 0;
    for (const Command& c : kCommands)
        width = qMax(width, static_cast<int>(qstrlen(c.name)));
    for (const Command& c : kCommands) {
        const QString name = QString::fromLatin1(c.name);
        help += QStringLiteral("  ") + name.leftJustified(width + 2) +
                QCoreApplication::translate("motcua::main", c.summary) + QLatin1Char('\n');
    }
    help += QCoreApplication::translate(
        "motcua::main",
        "\nGlobal options (every command):\n"
        "  --db PATH    the database file (default: the user's data directory); a new file gets the demo center\n"
        "  --json       machine-readable JSON output\n"
        "  --user NAME  act as this user (commands that change data); the password comes from\n"
        "               MOTCUA_PASSWORD or is asked on the terminal without echo\n"
        "  --help       help for a command: motcuactl COMMAND --help\n"
        "  --lang CODE  the language of messages: vi (the default) or en; MOTCUA_LANG sets it too\n"
        "\nExit codes:\n"
        "  0  success\n"
        "  1  failure (database, file system, cryptography)\n"
        "  2  bad input: usage error, invalid value or file, unknown code, duplicate; the reason is on stderr\n"
        "  3  refused: wrong user name or password, or the user's role does not allow the command\n");
    return help;
}

} // namespace

int main(int argc, char** argv)
{
    // Everything written from here on is the user's alone (the database, scans, exports).
    motcua::restrictNewFiles();
    // Only `dossier print`, `report` (PDF forms) and `scan` (images, PDF) need Qt Gui; they run on
    // the offscreen platform so no display is needed. Every other command stays a light QCoreApplication.
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> application;
    if (PrintCommand::needsGui(rawArguments) || ReportCommands::needsGui(rawArguments) ||
        ScanCommand::needsGui(rawArguments) || OnlineCommands::needsGui(rawArguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationName(QStringLiteral("MotCua Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));
    // Progress messages of the services would mix with the command's output; warnings stay.
    // QT_LOGGING_RULES still overrides this for debugging.
    QLoggingCategory::setFilterRules(QStringLiteral("motcua.*.info=false\nmotcua.*.debug=false"));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    // Messages in Vietnamese, as the desk and the center speak, unless asked otherwise: --lang
    // anywhere on the line (taken out before the command reads its options), else MOTCUA_LANG.
    QString language = qEnvironmentVariable("MOTCUA_LANG");
    for (qsizetype i = 0; i < arguments.size();) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (arguments.at(i).startsWith(QLatin1String("--lang="))) {
            language = arguments.at(i).mid(7);
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    if (language != QLatin1String("en"))
        language = QStringLiteral("vi");
    QTranslator translator;
    if (translator.load(QStringLiteral(":/motcua/i18n/motcua_") + language + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(&translator);
    const QString command = takeCommandWord(&arguments);
    if (command.isEmpty() && arguments.contains(QLatin1String("--version"))) {
        std::printf("motcuactl %s\n", MOTCUA_VERSION);
        return ExitOk;
    }
    if (command.isEmpty() || command == QLatin1String("help")) {
        const bool asked = command == QLatin1String("help") || asksForHelp(arguments);
        const QByteArray text = mainHelp().toUtf8();
        std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), asked ? stdout : stderr);
        return asked ? ExitOk : ExitBadInput;
    }
    for (const Command& c : kCommands) {
        if (command == QLatin1String(c.name))
            return c.run(arguments);
    }
    const QByteArray text =
        QCoreApplication::translate("motcua::main", "motcuactl: unknown command '%1'. Try 'motcuactl --help'.\n")
            .arg(command)
            .toUtf8();
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stderr);
    return ExitBadInput;
}
