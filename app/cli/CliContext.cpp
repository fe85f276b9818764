#include "cli/CliContext.h"

#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

#include <openssl/crypto.h>

namespace motcua::cli {

namespace {

void writeOut(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
}

// The terminal settings to restore when Ctrl+C interrupts a password prompt: otherwise the
// shell would be left without echo.
termios g_savedTerminal{};
volatile std::sig_atomic_t g_echoOff = 0;

extern "C" void restoreTerminalAndDie(int signal)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal); // async-signal-safe
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Reads one line from the terminal with echo off (termios), so the password is never shown
// nor left in the scroll-back. The prompt goes to stderr: stdout may be a pipe.
bool readHiddenLine(const QString& prompt, QString* out)
{
    writeOut(stderr, prompt);
    std::fflush(stderr);
    termios saved{};
    const bool haveTerm = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerm) {
        g_savedTerminal = saved;
        g_echoOff = 1;
        std::signal(SIGINT, restoreTerminalAndDie);
        std::signal(SIGTERM, restoreTerminalAndDie);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    bool gotLine = false;
    for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
        if (c == '\n') {
            gotLine = true;
            break;
        }
        line.push_back(static_cast<char>(c));
    }
    if (haveTerm) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        g_echoOff = 0;
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }
    if (!gotLine && line.empty())
        return false;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    *out = QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
    return true;
}

QString cut(const QString& text, int maxWidth)
{
    if (maxWidth <= 0 || CliContext::displayWidth(text) <= maxWidth)
        return text;
    QString result;
    int width = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (uint cp : codePoints) {
        const bool mark = QChar::category(cp) == QChar::Mark_NonSpacing || QChar::category(cp) == QChar::Mark_Enclosing;
        if (!mark && width + 1 > maxWidth - 1)
            break;
        if (!mark)
            ++width;
        const char32_t c = cp;
        result += QString::fromUcs4(&c, 1);
    }
    return result + QChar(0x2026); // …
}

QString pad(const QString& text, int width, bool right)
{
    const QString fill(qMax(0, width - CliContext::displayWidth(text)), QLatin1Char(' '));
    return right ? fill + text : text + fill;
}

QString encryptedNeedsUser()
{
    return QCoreApplication::translate(
        "motcua::CliContext", "The database is encrypted: give the user with --user NAME, whose password opens it.");
}

} // namespace

int exitCodeFor(const Error& error)
{
    switch (error.code) {
    case Error::BadInput:
    case Error::NotFound:
    case Error::Conflict:
        return ExitBadInput;
    case Error::Forbidden:
        return ExitRefused;
    case Error::Storage:
    case Error::Crypto:
    case Error::Internal:
        return ExitFailure;
    }
    return ExitFailure;
}

CliContext::CliContext(const QString& command, const QStringList& arguments)
    : m_command(command)
    , m_arguments(arguments)
    , m_dbOption(QStringLiteral("db"),
                 QCoreApplication::translate("motcua::CliContext",
                                             "The database file (default: %1). A new file gets the demo center.")
                     .arg(AppContext::defaultDatabasePath()),
                 QStringLiteral("PATH"))
    , m_jsonOption(QStringLiteral("json"),
                   QCoreApplication::translate("motcua::CliContext", "Machine-readable JSON output."))
    , m_userOption(QStringLiteral("user"),
                   QCoreApplication::translate(
                       "motcua::CliContext",
                       "Act as this user; the password comes from MOTCUA_PASSWORD or is asked on the terminal."),
                   QStringLiteral("NAME"))
    , m_helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                   QCoreApplication::translate("motcua::CliContext", "Show this help."))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
}

CliContext::~CliContext() = default;

void CliContext::addPositional(const QString& name, const QString& description, const QString& syntax)
{
    m_parser.addPositionalArgument(name, description, syntax.isEmpty() ? name : syntax);
}

bool CliContext::parse(int* exitCode)
{
    if (!m_needsUser)
        m_userOption.setFlags(QCommandLineOption::HiddenFromHelp);
    m_parser.addOption(m_dbOption);
    m_parser.addOption(m_jsonOption);
    m_parser.addOption(m_userOption);
    m_parser.addOption(m_helpOption);
    m_parser.setApplicationDescription(m_description);

    // QCommandLineParser expects the program name first.
    if (!m_parser.parse(QStringList{QStringLiteral("motcuactl")} + m_arguments)) {
        *exitCode = usageError(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(m_helpOption)) {
        QString help = m_parser.helpText();
        // The first line names the program by its path; name the command instead.
        const qsizetype firstNewline = help.indexOf(QLatin1Char('\n'));
        help = QCoreApplication::translate("motcua::CliContext", "Usage: motcuactl %1 [options]").arg(m_command) +
               help.mid(help.indexOf(QLatin1Char(']')) + 1, firstNewline - help.indexOf(QLatin1Char(']')) - 1) +
               QLatin1Char('\n') + help.mid(firstNewline);
        if (m_needsUser) {
            help +=
                QLatin1Char('\n') + QCoreApplication::translate(
                                        "motcua::CliContext",
                                        "Without MOTCUA_PASSWORD and without a terminal the password cannot be asked: "
                                        "exit code 2.\n");
        }
        help += QLatin1Char('\n') +
                QCoreApplication::translate("motcua::CliContext",
                                            "Exit codes: 0 success, 1 failure, 2 bad input, 3 refused.\n");
        print(help);
        *exitCode = ExitOk;
        return false;
    }
    m_json = m_parser.isSet(m_jsonOption);
    return true;
}

QString CliContext::databasePath() const
{
    const QString path = m_parser.value(m_dbOption);
    return path.isEmpty() ? AppContext::defaultDatabasePath() : path;
}

Result<AppContext*> CliContext::open()
{
    if (m_app)
        return m_app.get();
    const QString path = databasePath();
    AppContext::Options options;
    options.databasePath = path;
    options.seedDemo = true;
    // The command-line tests' fixtures only: their databases stay plain so that the tests can
    // read them back. Never set on a workstation (README, "Encryption at rest").
    options.encryptAtAdminLogin = qEnvironmentVariableIsEmpty("MOTCUA_TEST_KEEP_PLAIN_DATABASE");
    options.createIfMissing = m_createsDatabase || m_parser.value(m_dbOption).isEmpty();
    // A first run on a new machine has no data directory yet.
    if (options.createIfMissing)
        QDir().mkpath(QFileInfo(path).absolutePath());
    auto opened = AppContext::open(options);
    if (!opened)
        return opened.error();
    m_app = std::move(opened).value();
    if (m_personalData || m_app->isLocked()) {
        if (m_parser.value(m_userOption).isEmpty() && m_allowLocked && !m_personalData)
            return m_app.get();
        if (m_parser.value(m_userOption).isEmpty()) {
            const QString why =
                m_app->isLocked() ? encryptedNeedsUser()
                                  : QCoreApplication::translate("motcua::CliContext",
                                                                "This command shows personal data: give the user with "
                                                                "--user NAME.");
            m_app.reset();
            return Error::forbidden(why);
        }
        if (Result<Actor> actor = login(); !actor) {
            m_app.reset();
            return actor.error();
        }
    }
    return m_app.get();
}

Result<Actor> CliContext::login()
{
    if (m_actor)
        return *m_actor;
    const QString username = m_parser.value(m_userOption);
    const bool encrypted = m_app ? m_app->isLocked() || m_app->db().isKeyed()
                                 : Database::fileKind(databasePath()) == Database::FileKind::Encrypted;
    if (username.isEmpty() && encrypted)
        return Error::forbidden(encryptedNeedsUser());
    if (username.isEmpty())
        return Error::badInput(QCoreApplication::translate(
            "motcua::CliContext", "This command changes data: give the user with --user NAME."));
    AppContext* app = m_app.get();
    if (!app) {
        auto opened = open();
        if (!opened)
            return opened.error();
        if (m_actor)
            return *m_actor; // open() signed in already
        app = *opened;
    }
    auto pass = password("MOTCUA_PASSWORD",
                         QCoreApplication::translate("motcua::CliContext", "Password for %1: ").arg(username), false);
    if (!pass)
        return pass.error();
    Result<Actor> actor = app->users().login(username, *pass);
    // A temporary password (an administrator's reset) is known to that administrator: it opens
    // the app's login only, which asks for a new one first.
    if (actor && actor->mustChangePassword)
        return Error::forbidden(QCoreApplication::translate(
            "motcua::CliContext",
            "Your password was set by an administrator: log in to the app and choose your own first."));
    if (actor) {
        m_unlocked = app->attachments().unlock(username, *pass);
        m_actor = *actor;
    }
    // The password is not needed any more: its bytes are wiped before they are freed.
    if (QString& typed = *pass; !typed.isEmpty())
        OPENSSL_cleanse(typed.data(), static_cast<size_t>(typed.size()) * sizeof(QChar));
    return actor;
}

Result<QString> CliContext::password(const char* envVar, const QString& prompt, bool confirm)
{
    const QString fromEnv = qEnvironmentVariable(envVar);
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (!isatty(STDIN_FILENO)) {
        return Error::badInput(
            QCoreApplication::translate("motcua::CliContext", "No password: set %1 or run the command on a terminal.")
                .arg(QString::fromLatin1(envVar)));
    }
    QString first;
    if (!readHiddenLine(prompt, &first))
        return Error::badInput(QCoreApplication::translate("motcua::CliContext", "No password was entered."));
    if (confirm) {
        QString second;
        if (!readHiddenLine(QCoreApplication::translate("motcua::CliContext", "Repeat the password: "), &second))
            return Error::badInput(QCoreApplication::translate("motcua::CliContext", "No password was entered."));
        if (first != second)
            return Error::badInput(QCoreApplication::translate("motcua::CliContext", "The two passwords differ."));
    }
    return first;
}

void CliContext::print(const QString& text) const
{
    writeOut(stdout, text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
    std::fflush(stdout);
}

void CliContext::printJson(const QJsonValue& value) const
{
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    print(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void CliContext::printTable(const QList<Column>& columns, const QList<QStringList>& rows) const
{
    QList<QStringList> cells;
    cells.reserve(rows.size());
    QList<int> widths;
    for (const Column& c : columns)
        widths.append(displayWidth(c.title));
    for (const QStringList& row : rows) {
        QStringList cutRow;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString cell = cut(row.value(i).simplified(), columns[i].maxWidth);
            widths[i] = qMax(widths[i], displayWidth(cell));
            cutRow.append(cell);
        }
        cells.append(cutRow);
    }
    auto line = [&](const QStringList& values) -> QString {
        QString out;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const bool last = i == columns.size() - 1;
            out += last && !columns[i].alignRight ? values[i] : pad(values[i], widths[i], columns[i].alignRight);
            if (!last)
                out += QStringLiteral("  ");
        }
        return out + QLatin1Char('\n');
    };
    QStringList titles;
    for (const Column& c : columns)
        titles.append(c.title);
    QString out = line(titles);
    for (const QStringList& row : cells)
        out += line(row);
    writeOut(stdout, out);
    std::fflush(stdout);
}

int CliContext::fail(const Error& error) const
{
    writeOut(stderr, QStringLiteral("motcuactl: ") + error.message.simplified() + QLatin1Char('\n'));
    return exitCodeFor(error);
}

int CliContext::usageError(const QString& message) const
{
    writeOut(stderr,
             QStringLiteral("motcuactl %1: %2\n").arg(m_command, message.simplified()) +
                 QCoreApplication::translate("motcua::CliContext", "Try 'motcuactl %1 --help'.\n").arg(m_command));
    return ExitBadInput;
}

int CliContext::displayWidth(const QString& text)
{
    int width = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (uint cp : codePoints) {
        const auto category = QChar::category(cp);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Format)
            continue;
        ++width;
    }
    return width;
}

QDate parseDay(const QString& text)
{
    QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(text.trimmed(), QStringLiteral("dd/MM/yyyy"));
    return d;
}

QString takeCommandWord(QStringList* arguments)
{
    for (qsizetype i = 0; i < arguments->size(); ++i) {
        const QString& arg = arguments->at(i);
        if (arg == QLatin1String("--db") || arg == QLatin1String("--user") || arg == QLatin1String("-db") ||
            arg == QLatin1String("-user")) {
            ++i; // skip its value
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        return arguments->takeAt(i);
    }
    return {};
}

bool asksForHelp(const QStringList& arguments)
{
    for (const QString& arg : arguments) {
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help") || arg == QLatin1String("-?") ||
            arg == QLatin1String("-help"))
            return true;
    }
    return false;
}

int runGroup(const QString& group, const QStringList& arguments, const QString& help,
             std::initializer_list<Subcommand> subcommands)
{
    QStringList rest = arguments;
    const QString sub = takeCommandWord(&rest);
    QStringList names;
    for (const Subcommand& s : subcommands) {
        if (sub == QLatin1String(s.name))
            return s.run(rest);
        names.append(QString::fromLatin1(s.name));
    }
    CliContext ctx(group, rest);
    if (sub.isEmpty() && asksForHelp(rest)) {
        ctx.print(help);
        return ExitOk;
    }
    const QString choices = names.join(QStringLiteral(", "));
    return ctx.usageError(
        sub.isEmpty()
            ? QCoreApplication::translate("motcua::CliContext", "missing subcommand: %1.").arg(choices)
            : QCoreApplication::translate("motcua::CliContext", "unknown subcommand '%1': %2.").arg(sub, choices));
}

} // namespace motcua::cli
