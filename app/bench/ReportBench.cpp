#include "bench/ReportBench.h"

#include "bench/RawSqlite.h"
#include "core/Clock.h"
#include "core/PeriodicReport.h"
#include "service/AppContext.h"
#include "service/ReportService.h"
#include "store/DossierRepository.h"

#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

namespace motcua::bench {

namespace {

using Steady = std::chrono::steady_clock;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? std::nan("") : v[v.size() / 2];
}

double worst(const std::vector<double>& v)
{
    return v.empty() ? std::nan("") : *std::max_element(v.begin(), v.end());
}

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// Times `f` `n` times after two warm-up runs; milliseconds. With MOTCUA_BENCH_CPU set, the
// process's CPU time instead of the wall clock: on a machine shared with other jobs the wall
// clock measures the queue for a core, not the work (the data is in the page cache).
std::vector<double> time(int n, const std::function<void()>& f)
{
    static const bool cpu = qEnvironmentVariableIsSet("MOTCUA_BENCH_CPU");
    f();
    f();
    std::vector<double> out;
    for (int i = 0; i < n; ++i) {
        const auto start = Steady::now();
        const double cpuStart = cpuMs();
        f();
        out.push_back(cpu ? cpuMs() - cpuStart
                          : std::chrono::duration<double, std::milli>(Steady::now() - start).count());
    }
    return out;
}

void line(const char* name, double value, double baseline, double target)
{
    std::printf("%-30s %10.3f ms   %10.3f %7.2f   %s\n", name, value, baseline, value / baseline,
                value <= target ? "ok" : "MISSED");
    std::fflush(stdout);
}

// The report as one SQL aggregate: the baseline a hand-written query would be. Same three
// index ranges as the service, the classification in CASE expressions on Vietnam day numbers.
const char* const kRawReport = R"SQL(
WITH f AS (
  SELECT department_id AS dep, channel, state, received_at AS r, appointment_at AS a,
         CASE WHEN state IN (9, 11, 12) THEN coalesce(finished_at, received_at) END AS c
  FROM dossiers WHERE received_at >= ?1 AND received_at < ?2 AND state NOT IN (1, 3)
  UNION ALL
  SELECT department_id, 1, state, received_at, appointment_at, NULL
  FROM dossiers WHERE state IN (2, 4, 5, 6, 7, 8, 10) AND received_at < ?1
  UNION ALL
  SELECT department_id, 1, state, received_at, appointment_at, finished_at
  FROM dossiers WHERE finished_at >= ?1 AND +received_at < ?1 AND +state IN (9, 11, 12)
)
SELECT dep,
  sum(r < ?1), sum(r >= ?1 AND channel = 2), sum(r >= ?1 AND channel <> 2),
  sum(c < ?2 AND state <> 9 AND (c + 25200) / 86400 < (a + 25200) / 86400),
  sum(c < ?2 AND (state = 9 OR (c + 25200) / 86400 = (a + 25200) / 86400)),
  sum(c < ?2 AND state <> 9 AND (c + 25200) / 86400 > (a + 25200) / 86400),
  sum((c IS NULL OR c >= ?2) AND a >= ?2), sum((c IS NULL OR c >= ?2) AND a < ?2)
FROM f WHERE c IS NULL OR c >= ?1 GROUP BY dep
)SQL";

struct RawTotals
{
    std::int64_t v[8] = {};
};

RawTotals rawReport(sqlite3* raw, qint64 start, qint64 end)
{
    static RawStatement* st = nullptr;
    if (!st)
        st = new RawStatement(raw, kRawReport);
    RawTotals t;
    sqlite3_bind_int64(st->get(), 1, start);
    sqlite3_bind_int64(st->get(), 2, end);
    while (sqlite3_step(st->get()) == SQLITE_ROW) {
        for (int i = 0; i < 8; ++i)
            t.v[i] += sqlite3_column_int64(st->get(), 1 + i);
    }
    sqlite3_reset(st->get());
    return t;
}

// The day's counts and the trend as plain SQL: the same queries the service runs.
void rawDashboard(sqlite3* raw, qint64 dayStart, qint64 dayEnd, qint64 now, qint64 trendStart)
{
    static RawStatement received(raw, "SELECT department_id, channel, count(*) FROM dossiers WHERE received_at >= ?1 "
                                      "AND received_at < ?2 AND state NOT IN (1, 3) GROUP BY 1, 2");
    static RawStatement returned(raw, "SELECT department_id, count(*) FROM dossiers WHERE returned_at >= ?1 AND "
                                      "returned_at < ?2 GROUP BY 1");
    static RawStatement open(raw, "SELECT department_id, sum(appointment_at >= ?2 AND appointment_at < ?3), "
                                  "sum(appointment_at < ?1) FROM dossiers WHERE state IN (2, 4, 5, 6, 7, 8, 10) AND "
                                  "state IN (2, 4, 5, 7, 8) AND "
                                  "appointment_at < ?3 AND received_at < ?1 GROUP BY 1");
    static RawStatement supplement(raw, "SELECT department_id, count(*) FROM dossiers WHERE state = 6 GROUP BY 1");
    static RawStatement trendReceived(raw, "SELECT (received_at + 25200) / 86400, count(*) FROM dossiers WHERE "
                                           "received_at >= ?1 AND received_at < ?2 AND state NOT IN (1, 3) GROUP BY 1");
    static RawStatement trendProcessed(raw,
                                       "SELECT (finished_at + 25200) / 86400, count(*) FROM dossiers WHERE "
                                       "finished_at >= ?1 AND finished_at < ?2 AND +state IN (9, 11, 12) GROUP BY 1");
    received.integer(1, dayStart);
    received.integer(2, dayEnd);
    received.run();
    returned.integer(1, dayStart);
    returned.integer(2, dayEnd);
    returned.run();
    open.integer(1, now);
    open.integer(2, std::max(now, dayStart));
    open.integer(3, dayEnd);
    open.run();
    supplement.run();
    for (RawStatement* t : {&trendReceived, &trendProcessed}) {
        t->integer(1, trendStart);
        t->integer(2, dayEnd);
        t->run();
    }
    rawReport(raw, trendStart, dayEnd);
}

} // namespace

int runReportBench(AppContext& app, sqlite3* raw, int iterations)
{
    ReportService& reports = app.reports();
    const QDateTime nowUtc = app.clock().now();
    const QDate today = toVietnam(nowUtc).date();
    const QDate monthAgo = today.addDays(-29);
    const auto [dayStart, dayEnd] = DossierRepository::vietnamDayRange(today);
    const qint64 now = nowUtc.toSecsSinceEpoch();
    const ReportPeriod month = ReportPeriod::ofDays(monthAgo, today);
    int missed = 0;

    // The dashboard's refresh, as DashboardPage::refresh reads it.
    const auto appDashboard = time(iterations, [&] {
        (void)reports.counts(today);
        (void)reports.periodic({monthAgo, today, ReportGrouping::Department, {}});
        (void)reports.trend(monthAgo, today);
    });
    const auto rawDash = time(iterations, [&] { rawDashboard(raw, dayStart, dayEnd, now, month.start); });
    line("dashboard.refresh.p50", median(appDashboard), median(rawDash), 50);
    line("dashboard.refresh.max", worst(appDashboard), worst(rawDash), 50);
    missed += median(appDashboard) <= 50 ? 0 : 1;

    // A one-year report: the last 365 days up to yesterday.
    const QDate yearFrom = today.addDays(-365), yearTo = today.addDays(-1);
    const ReportPeriod year = ReportPeriod::ofDays(yearFrom, yearTo);
    Result<PeriodicReport> last = Error::internal(QString());
    const auto appYear = time(std::max(3, iterations / 4), [&] {
        last = reports.periodic({yearFrom, yearTo, ReportGrouping::Department, {}});
    });
    RawTotals totals;
    const auto rawYear = time(std::max(3, iterations / 4), [&] { totals = rawReport(raw, year.start, year.end); });
    line("report.one_year.p50", median(appYear), median(rawYear), 500);
    line("report.one_year.max", worst(appYear), worst(rawYear), 500);
    missed += median(appYear) <= 500 ? 0 : 1;
    const auto appField = time(std::max(3, iterations / 4), [&] {
        (void)reports.periodic({yearFrom, yearTo, ReportGrouping::Field, {}});
    });
    line("report.one_year_by_field.p50", median(appField), median(rawYear), 500);

    // The two computations must agree, or the baseline proves nothing.
    if (last) {
        const ReportCounts& c = last->total;
        const std::int64_t app[8] = {c.carriedOver, c.online, c.counterPostal, c.early,
                                     c.onTime,      c.late,   c.notYetDue,     c.overdue};
        bool same = true;
        for (int i = 0; i < 8; ++i)
            same = same && app[i] == totals.v[i];
        std::printf("# one-year report: %lld received, %lld processed, %lld pending; raw SQL %s\n",
                    static_cast<long long>(c.received()), static_cast<long long>(c.processed()),
                    static_cast<long long>(c.pending()), same ? "agrees" : "DISAGREES");
        missed += same ? 0 : 1;
    }
    return missed;
}

} // namespace motcua::bench
