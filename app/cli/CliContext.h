#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <memory>
#include <optional>

namespace motcua {

class AppContext;

namespace cli {

// Exit codes of motcuactl, listed in `motcuactl --help`. Scripts rely on them: 0 and 2 are
// fixed by the issue that introduced the client; 3 lets a script tell "you may not" from
// "you typed it wrong".
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,  // storage, crypto or internal failure
    ExitBadInput = 2, // usage error, invalid value or file, unknown code, duplicate
    ExitRefused = 3,  // wrong user name or password, or the role does not allow it
};

// Maps a service error to the exit code above.
int exitCodeFor(const Error& error);

// A column of a text table.
struct Column
{
    QString title;
    int maxWidth = 0;        // 0: no limit; longer cells are cut with an ellipsis
    bool alignRight = false; // numbers
};

// What every subcommand shares: its command line with the global options (--db, --json,
// --user, --help), the database, the signed-in user, and output to stdout / stderr.
class CliContext
{
public:
    // `command` is the full command name ("calendar due") for messages and help;
    // `arguments` are what follows it, global options included.
    CliContext(const QString& command, const QStringList& arguments);
    ~CliContext();

    QCommandLineParser& parser() { return m_parser; }
    // The command signs in (--user is shown in its help and required by login()).
    void setNeedsUser(bool needsUser) { m_needsUser = needsUser; }
    // The command shows personal data (names, ID numbers, addresses): open() signs in as
    // --user first and refuses without it (exit 3), on a plain database too.
    void setReadsPersonalData()
    {
        m_needsUser = true;
        m_personalData = true;
    }
    // The command works on an encrypted database without a user (init: it only says whether an
    // administrator is needed, which an encrypted database never does): open() does not refuse.
    void setAllowLocked() { m_allowLocked = true; }
    void setDescription(const QString& description) { m_description = description; }
    // Positional argument for the help text ("FILE", "CODE").
    void addPositional(const QString& name, const QString& description, const QString& syntax = QString());

    // Parses the command line. Returns true to go on; false when the caller must return
    // *exitCode (help printed: 0, usage error printed: 2).
    bool parse(int* exitCode);

    bool json() const { return m_json; }
    QString databasePath() const;

    // Opens the database (migrating it, and loading the demo center on a new one). An
    // encrypted database opens only with --user, whose password opens its key (signed in
    // then, as by login()); without it the command is refused (exit 3) with the reason. A --db
    // path with no database is refused (exit 2) unless the command creates one (init, seed);
    // without --db the default database is created on the first run.
    Result<AppContext*> open();
    void setCreatesDatabase(bool creates) { m_createsDatabase = creates; }
    // Signs in as --user with the password from MOTCUA_PASSWORD or the terminal, and unlocks
    // the attachment store with the same password (its outcome: unlocked()).
    Result<Actor> login();
    // Whether login() unlocked the attachment store; the reason when it did not. Commands that
    // read or write attachments fail with it.
    Status unlocked() const { return m_unlocked; }

    // A password from the environment variable `envVar`, else asked on the terminal without
    // echo (twice when `confirm`). Bad input when neither is available (no TTY on stdin).
    static Result<QString> password(const char* envVar, const QString& prompt, bool confirm);

    // Output. Text goes to stdout as UTF-8; errors are one line on stderr.
    void print(const QString& text) const;
    void printJson(const QJsonValue& value) const;
    void printTable(const QList<Column>& columns, const QList<QStringList>& rows) const;
    // "motcuactl <command>: <message>" on stderr; returns the exit code for the error.
    int fail(const Error& error) const;
    int usageError(const QString& message) const;

    // Visible width of a string in a terminal: combining marks take no column.
    static int displayWidth(const QString& text);

private:
    QString m_command;
    QStringList m_arguments;
    QString m_description;
    QCommandLineParser m_parser;
    QCommandLineOption m_dbOption;
    QCommandLineOption m_jsonOption;
    QCommandLineOption m_userOption;
    QCommandLineOption m_helpOption;
    bool m_needsUser = false;
    bool m_personalData = false;
    bool m_allowLocked = false;
    bool m_createsDatabase = false;
    bool m_json = false;
    std::unique_ptr<AppContext> m_app;
    std::optional<Actor> m_actor; // once login() succeeded
    Status m_unlocked = Error::forbidden(QString());
};

// Removes and returns the first word of `arguments` that is not an option nor the value of
// a global option (--db PATH, --user NAME): the command or subcommand name. Empty when none.
QString takeCommandWord(QStringList* arguments);
// A day as the commands take it: yyyy-MM-dd, or dd/MM/yyyy as Vietnamese write it; invalid
// when it is neither.
QDate parseDay(const QString& text);
// True when `arguments` ask for help (-h, --help, -?).
bool asksForHelp(const QStringList& arguments);

// A command group ("calendar due", "calendar holidays"): takes the subcommand word and runs
// it, or prints `help` for `--help`, or a usage error naming the subcommands.
struct Subcommand
{
    const char* name;
    int (*run)(const QStringList& arguments);
};
int runGroup(const QString& group, const QStringList& arguments, const QString& help,
             std::initializer_list<Subcommand> subcommands);

} // namespace cli
} // namespace motcua
