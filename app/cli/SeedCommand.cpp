#include "cli/SeedCommand.h"

#include "cli/CliContext.h"
#include "service/AppContext.h"
#include "service/DossierGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include <cstdio>
#include <limits>

namespace motcua::cli {

namespace {

bool parseCount(const QString& text, qint64 min, qint64 max, qint64* out)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

// One line on stderr, rewritten in place: done/total, rate and time left.
void showProgress(qint64 done, qint64 total, const QElapsedTimer& timer)
{
    const double secs = static_cast<double>(timer.elapsed()) / 1000.0;
    const double rate = secs > 0 ? static_cast<double>(done) / secs : 0;
    const double left = rate > 0 ? static_cast<double>(total - done) / rate : 0;
    const QByteArray line =
        QCoreApplication::translate("motcua::SeedCommand", "\rseeding %1 / %2 dossiers (%3 %), %4 rows/s, %5 s left ")
            .arg(done)
            .arg(total)
            .arg(total > 0 ? 100.0 * static_cast<double>(done) / static_cast<double>(total) : 100.0, 0, 'f', 1)
            .arg(rate, 0, 'f', 0)
            .arg(left, 0, 'f', 0)
            .toUtf8();
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

int SeedCommand::run(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("seed"), arguments);
    ctx.setCreatesDatabase(true);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::SeedCommand", "Fills a new database with realistic dossiers of the demo center: Vietnamese names, "
                               "addresses across the province, every department and channel, histories and "
                               "statuses consistent with the dates. The same seed gives the same data. The database "
                               "must hold no dossiers yet."));
    const QCommandLineOption dossiersOption(
        QStringLiteral("dossiers"),
        QCoreApplication::translate("motcua::SeedCommand", "How many dossiers (default 100000)."), QStringLiteral("N"),
        QStringLiteral("100000"));
    const QCommandLineOption yearsOption(
        QStringLiteral("years"),
        QCoreApplication::translate("motcua::SeedCommand", "Years of history, ending now (default 10)."),
        QStringLiteral("Y"), QStringLiteral("10"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QCoreApplication::translate("motcua::SeedCommand", "Seed of the random generator (default 1)."),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption batchOption(
        QStringLiteral("batch"),
        QCoreApplication::translate("motcua::SeedCommand", "Dossiers per transaction (default 50000)."),
        QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption outboxOption(
        QStringLiteral("outbox-days"),
        QCoreApplication::translate(
            "motcua::SeedCommand",
            "Keep portal outbox rows for dossiers of the last D days; 0: for every dossier (default 30)."),
        QStringLiteral("D"), QStringLiteral("30"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         QCoreApplication::translate("motcua::SeedCommand", "No progress display."));
    for (const QCommandLineOption& o :
         {dossiersOption, yearsOption, seedOption, batchOption, outboxOption, quietOption})
        ctx.parser().addOption(o);
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    if (!ctx.parser().positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("motcua::SeedCommand", "seed takes no arguments."));

    GeneratorOptions options;
    qint64 years = 0, seed = 0, batch = 0, outboxDays = 0;
    if (!parseCount(ctx.parser().value(dossiersOption), 1, 100000000, &options.dossiers))
        return ctx.usageError(
            QCoreApplication::translate("motcua::SeedCommand", "--dossiers: a number from 1 to 100000000."));
    if (!parseCount(ctx.parser().value(yearsOption), 1, 50, &years))
        return ctx.usageError(QCoreApplication::translate("motcua::SeedCommand", "--years: a number from 1 to 50."));
    if (!parseCount(ctx.parser().value(seedOption), 0, std::numeric_limits<qint64>::max(), &seed))
        return ctx.usageError(
            QCoreApplication::translate("motcua::SeedCommand", "--seed: a non-negative whole number."));
    if (!parseCount(ctx.parser().value(batchOption), 1000, 10000000, &batch))
        return ctx.usageError(
            QCoreApplication::translate("motcua::SeedCommand", "--batch: a number from 1000 to 10000000."));
    if (!parseCount(ctx.parser().value(outboxOption), 0, 36500, &outboxDays))
        return ctx.usageError(
            QCoreApplication::translate("motcua::SeedCommand", "--outbox-days: a number from 0 to 36500."));
    options.years = static_cast<int>(years);
    options.seed = static_cast<std::uint64_t>(seed);
    options.batchSize = static_cast<int>(batch);
    options.outboxDays = static_cast<int>(outboxDays);

    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    AppContext& a = **app;

    QElapsedTimer timer;
    timer.start();
    const bool progress = !ctx.json() && !ctx.parser().isSet(quietOption);
    if (progress)
        options.progress = [&timer](qint64 done, qint64 total) { showProgress(done, total, timer); };
    DossierGenerator generator(a.db(), a.settings(), a.catalogue(), a.calendar(), a.clock());
    auto summary = generator.run(options);
    if (progress)
        std::fputs("\n", stderr);
    if (!summary)
        return ctx.fail(summary.error());
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;

    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("database"), ctx.databasePath()},
                                  {QStringLiteral("seed"), seed},
                                  {QStringLiteral("dossiers"), summary->dossiers},
                                  {QStringLiteral("components"), summary->components},
                                  {QStringLiteral("fees"), summary->fees},
                                  {QStringLiteral("events"), summary->events},
                                  {QStringLiteral("audit"), summary->audit},
                                  {QStringLiteral("outbox"), summary->outbox},
                                  {QStringLiteral("open"), summary->open},
                                  {QStringLiteral("overdue"), summary->overdue},
                                  {QStringLiteral("first_day"), summary->firstDay.toString(Qt::ISODate)},
                                  {QStringLiteral("last_day"), summary->lastDay.toString(Qt::ISODate)},
                                  {QStringLiteral("seconds"), seconds}});
        return ExitOk;
    }
    ctx.print(QCoreApplication::translate(
                  "motcua::SeedCommand",
                  "%1 dossiers received %2 – %3 (%4 open, %5 overdue), %6 history events, %7 papers, %8 fees, "
                  "%9 outbox rows; %10 s.")
                  .arg(summary->dossiers)
                  .arg(summary->firstDay.toString(QStringLiteral("dd/MM/yyyy")),
                       summary->lastDay.toString(QStringLiteral("dd/MM/yyyy")))
                  .arg(summary->open)
                  .arg(summary->overdue)
                  .arg(summary->events)
                  .arg(summary->components)
                  .arg(summary->fees)
                  .arg(summary->outbox)
                  .arg(seconds, 0, 'f', 1));
    return ExitOk;
}

} // namespace motcua::cli
