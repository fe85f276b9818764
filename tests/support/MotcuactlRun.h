#pragma once

// Runs the built motcuactl as a process for the command-line suites (tests/cli): one call,
// its exit code and its output. Header-only, so a suite needs no library beyond its own.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

// What one motcuactl call did. exitCode is -1 when it did not start, did not finish in time
// or crashed (then `crashed` is set).
struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QJsonDocument document() const { return QJsonDocument::fromJson(out); }
    QJsonObject json() const { return document().object(); }
    QJsonArray array() const { return document().array(); }
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// One call: `motcuactl --db DB ARGS...`.
struct MotcuactlCall
{
    QString db;
    QStringList args;
    QString password;    // MOTCUA_PASSWORD; empty: not set
    QString newPassword; // MOTCUA_NEW_PASSWORD; empty: not set
    QStringList unset;   // further variables removed from the environment
    QStringList set;     // further variables set, "NAME=VALUE"
    QByteArray stdinBytes;
    int timeoutMs = 60000;
    // The suite's own MOTCUA_PASSWORD and MOTCUA_NEW_PASSWORD (set once with qputenv) pass
    // through; otherwise they are removed so a call signs in only when it says so.
    bool inheritPasswords = false;
};

// The environment is the test's own (without the password variables unless inheritPasswords),
// then `unset`, `password`, `newPassword` and `set` applied.
inline Run runMotcuactl(const MotcuactlCall& call)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!call.inheritPasswords) {
        env.remove(QStringLiteral("MOTCUA_PASSWORD"));
        env.remove(QStringLiteral("MOTCUA_NEW_PASSWORD"));
    }
    // English messages, which the suites compare, unless a call asks otherwise.
    if (!env.contains(QStringLiteral("MOTCUA_LANG")))
        env.insert(QStringLiteral("MOTCUA_LANG"), QStringLiteral("en"));
    for (const QString& name : call.unset)
        env.remove(name);
    if (!call.password.isEmpty())
        env.insert(QStringLiteral("MOTCUA_PASSWORD"), call.password);
    if (!call.newPassword.isEmpty())
        env.insert(QStringLiteral("MOTCUA_NEW_PASSWORD"), call.newPassword);
    for (const QString& e : call.set)
        env.insert(e.section(QLatin1Char('='), 0, 0), e.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MOTCUACTL_PATH), QStringList{QStringLiteral("--db"), call.db} + call.args);
    Run r;
    if (!process.waitForStarted(10000))
        return r;
    if (!call.stdinBytes.isEmpty())
        process.write(call.stdinBytes);
    process.closeWriteChannel();
    if (!process.waitForFinished(call.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.crashed = process.exitStatus() != QProcess::NormalExit;
    r.exitCode = r.crashed ? -1 : process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

// `init --admin admin --name "Quản Trị Viên"`: a new database and its administrator.
inline QStringList initAdminArgs()
{
    return {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--name"),
            QStringLiteral("Quản Trị Viên")};
}

// `users add clerk1 --role clerk --name "Trần Thị Mai" --user admin`: the suites' clerk.
inline QStringList addClerkArgs()
{
    return {QStringLiteral("users"),        QStringLiteral("add"),    QStringLiteral("clerk1"),
            QStringLiteral("--role"),       QStringLiteral("clerk"),  QStringLiteral("--name"),
            QStringLiteral("Trần Thị Mai"), QStringLiteral("--user"), QStringLiteral("admin")};
}

// The text of the PDF at `path` as pdftotext reads it (UTF-8); empty when pdftotext is not
// installed or does not finish.
inline QString pdfText(const QString& path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Commands that show personal data need a signed-in user even on a plain database: the
// suites sign such calls in as their administrator unless the call names a user itself.
inline bool showsPersonalData(const QStringList& args);

// `motcuactl --db DB ARGS...` with `password` and `newPassword` in the environment (empty: not
// set).
inline MotcuactlCall plainCall(const QString& db, const QStringList& args, const QString& password = {},
                               const QString& newPassword = {})
{
    MotcuactlCall call;
    call.db = db;
    call.args = args;
    call.password = password;
    call.newPassword = newPassword;
    return call;
}

// The same as the suite's administrator "admin" would type it: a command that shows personal
// data is signed in as admin (with `adminPassword`) unless it names a user or gives a password.
inline MotcuactlCall adminCall(const QString& db, const QStringList& args, const QString& password,
                               const QString& adminPassword)
{
    const bool signIn = showsPersonalData(args);
    MotcuactlCall call =
        plainCall(db, signIn ? args + QStringList{QStringLiteral("--user"), QStringLiteral("admin")} : args);
    if (!password.isEmpty() || signIn)
        call.password = password.isEmpty() ? adminPassword : password;
    return call;
}

inline bool showsPersonalData(const QStringList& args)
{
    if (args.contains(QLatin1String("--user")))
        return false;
    if (args.contains(QLatin1String("search")) || args.contains(QLatin1String("ledger")) ||
        args.contains(QLatin1String("online")))
        return true;
    return args.contains(QLatin1String("dossier")) &&
           (args.contains(QLatin1String("show")) || args.contains(QLatin1String("timeline")) ||
            args.contains(QLatin1String("print")));
}
