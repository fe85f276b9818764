#include "bench/PagesBench.h"

#include "dossiers/DossierListModel.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace motcua::bench {

namespace {

const QString kUser = QStringLiteral("bench-clerk");
const QString kPassword = QStringLiteral("bench-pass-2026");

void line(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// name value unit baseline ratio [ok|MISSED], like the other figures of motcua-bench.
bool figure(const char* name, double value, const char* unit, double baseline, double target)
{
    const bool hasBaseline = !std::isnan(baseline) && baseline > 0;
    const bool met = std::isnan(target) || value <= target;
    line(QStringLiteral("%1 %2 %3 %4 %5 %6")
             .arg(QString::fromLatin1(name), -30)
             .arg(value, 10, 'f', 3)
             .arg(QString::fromLatin1(unit), -5)
             .arg(hasBaseline ? QString::number(baseline, 'f', 3) : QStringLiteral("-"), 10)
             .arg(hasBaseline ? QString::number(value / baseline, 'f', 2) : QStringLiteral("-"), 7)
             .arg(std::isnan(target) ? QString() : (met ? QStringLiteral("ok") : QStringLiteral("MISSED"))));
    return met;
}

double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (f.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray& l : lines) {
            if (l.startsWith("VmHWM:"))
                return l.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return std::nan("");
}

double currentRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (f.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray& l : lines) {
            if (l.startsWith("VmRSS:"))
                return l.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return std::nan("");
}

void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double median(std::vector<double> v)
{
    if (v.empty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// A clerk account the GUI can log in with (the bench database may be new).
bool ensureUser(AppContext& app)
{
    if (app.users().login(kUser, kPassword))
        return true;
    if (app.needsFirstAdmin()) {
        auto admin = app.users().createFirstAdmin(QStringLiteral("bench-admin"), QStringLiteral("Bench"), kPassword);
        if (!admin)
            return false;
        return app.users().addUser(*admin, kUser, QStringLiteral("Bench clerk"), Role::Clerk, kPassword).ok();
    }
    return false;
}

// Milliseconds the program reports (start-up figure; `loginMs` its password check) or
// measured from outside (baseline).
double runOnce(const QString& program, const QStringList& args, bool parseStartup, double* loginMs = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("MOTCUA_PASSWORD"), kPassword);
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return std::nan("");
    const double outside = static_cast<double>(t.nsecsElapsed()) / 1e6;
    if (!parseStartup)
        return outside;
    static const QRegularExpression re(QStringLiteral("start-up: (\\d+) ms \\(login (\\d+) ms\\)"));
    const auto m = re.match(QString::fromUtf8(p.readAllStandardError()));
    if (loginMs)
        *loginMs = m.hasMatch() ? m.captured(2).toDouble() : std::nan("");
    return m.hasMatch() ? m.captured(1).toDouble() : std::nan("");
}

} // namespace

int runPagesBench(AppContext& app, sqlite3* raw, const QString& dbPath, const QString& motcuaPath)
{
    int missed = 0;

    // Start-up to an interactive main window, login included; median of 5 after one warm-up
    // run (the file cache is warm, as on a workstation started every morning).
    if (!QFileInfo::exists(motcuaPath)) {
        line(QStringLiteral("# start.interactive: %1 not found, skipped").arg(motcuaPath));
    } else if (!ensureUser(app)) {
        line(QStringLiteral("# start.interactive: cannot log in as %1 in this database, skipped").arg(kUser));
    } else {
        const QStringList args = {QStringLiteral("--db"),     dbPath,
                                  QStringLiteral("--user"),   kUser,
                                  QStringLiteral("--lang"),   QStringLiteral("vi"),
                                  QStringLiteral("--timing"), QStringLiteral("--quit-after-start")};
        runOnce(motcuaPath, args, true);
        std::vector<double> starts, withoutLogin, bases;
        for (int i = 0; i < 5; ++i) {
            double login = 0;
            starts.push_back(runOnce(motcuaPath, args, true, &login));
            withoutLogin.push_back(starts.back() - login);
            bases.push_back(runOnce(motcuaPath, {QStringLiteral("--version")}, false));
        }
        missed += figure("start.interactive", median(starts), "ms", median(bases), 800.0) ? 0 : 1;
        // The password check (PBKDF2, 600,000 iterations) is a security setting, not start-up
        // work: the same figure without it.
        missed += figure("start.without_login", median(withoutLogin), "ms", median(bases), 800.0) ? 0 : 1;
    }

    // Scrolling the whole list: fetchMore page by page, every cell of every row read as a
    // view paints it. Memory must stay bounded by the cache, not grow with the rows.
    const double before = currentRssMb();
    resetPeakRss();
    DossierListModel model(app.dossiers(), app.clock());
    QHash<qint64, QString> names;
    for (const Department& d : app.catalogue().departments())
        names.insert(d.id, d.name);
    model.setDepartmentNames(names);
    QElapsedTimer t;
    t.start();
    model.refresh(); // the first page, as when the page is first shown
    qint64 cells = 0;
    int painted = 0;
    while (true) {
        for (; painted < model.rowCount(); ++painted) {
            for (int c = 0; c < DossierListModel::ColumnCount; ++c)
                cells += model.data(model.index(painted, c)).toString().isEmpty() ? 0 : 1;
        }
        if (!model.canFetchMore({}))
            break;
        model.fetchMore({});
    }
    const double scrollMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    const double peak = peakRssMb();

    // Baseline: the same rows in the same order, stepped through on the raw C API.
    QElapsedTimer rt;
    rt.start();
    sqlite3_stmt* st = nullptr;
    qint64 rawRows = 0;
    if (sqlite3_prepare_v2(raw,
                           "SELECT id, code, applicant_name, procedure_name, department_id, state, received_at, "
                           "appointment_at FROM dossiers ORDER BY received_at DESC, id DESC",
                           -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            rawRows += sqlite3_column_bytes(st, 1) > 0 ? 1 : 0;
        }
    }
    sqlite3_finalize(st);
    const double rawMs = static_cast<double>(rt.nsecsElapsed()) / 1e6;

    line(QStringLiteral("# scroll: %1 rows (%2 via raw SQLite), %3 cells painted, %4 pages read, %5 pages cached")
             .arg(model.rowCount())
             .arg(rawRows)
             .arg(cells)
             .arg(model.pagesRead())
             .arg(model.cachedPageCount()));
    figure("scroll.end_to_end", scrollMs, "ms", rawMs, std::nan(""));
    figure("scroll.per_page", scrollMs / std::max(1, model.pagesRead()), "ms", std::nan(""), 30.0);
    missed += figure("scroll.peak_rss", peak, "MB", before, 250.0) ? 0 : 1;
    return missed;
}

} // namespace motcua::bench
