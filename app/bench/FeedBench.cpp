// motcua-bench --feed: a new workstation catching up on a center of N dossiers (the dossier
// feed, MC_LayHoSoTrungTam, through motcua-center over HTTPS into the station's SQLite), beside
// a raw baseline in the same run: the same rows read from PostgreSQL with libpq, page by page,
// and written with the SQLite C API into the same tables of a second, freshly made station
// database (dossiers and their history rows, one transaction per page).
//
// The center is seeded in PostgreSQL itself: the records and history rows of a few hundred
// dossiers made by the dossier generator, repeated under new codes. The database given is
// emptied first: use a scratch one (pg_virtualenv motcua-bench --feed).

#include "bench/BenchStats.h"
#include "bench/RawSqlite.h"
#include "bench/SyncBench.h"

#include "core/DossierJson.h"
#include "service/AppContext.h"
#include "service/DossierGenerator.h"
#include "store/Database.h"
#include "store/OutboxStore.h"
#include "store/Settings.h"
#include "sync/SyncRunner.h"
#include "sync/SyncService.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <libpq-fe.h>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <random>
#include <thread>

namespace motcua {

namespace {

using namespace syncbench;

constexpr int kTemplates = 300;
constexpr int kPage = 1000;

void fail(const QString& text)
{
    std::fputs((QStringLiteral("motcua-bench --feed: ") + text + QLatin1Char('\n')).toUtf8().constData(), stderr);
}

bool exec(PGconn* c, const char* sql, QString* error)
{
    PGresult* r = PQexec(c, sql);
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    if (!ok)
        *error = QString::fromUtf8(PQresultErrorMessage(r));
    PQclear(r);
    return ok;
}

bool execParams(PGconn* c, const char* sql, const QList<QByteArray>& params, QString* error)
{
    std::vector<const char*> values;
    for (const QByteArray& p : params)
        values.push_back(p.constData());
    PGresult* r = PQexecParams(c, sql, static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    if (!ok)
        *error = QString::fromUtf8(PQresultErrorMessage(r));
    PQclear(r);
    return ok;
}

// A new, plain station database with the demo center's catalogue.
std::unique_ptr<AppContext> newStation(const QString& path)
{
    AppContext::Options o;
    o.databasePath = path;
    o.encryptAtAdminLogin = false;
    auto opened = AppContext::open(o);
    if (!opened) {
        fail(opened.error().message);
        return nullptr;
    }
    return std::move(*opened);
}

// The records and history rows of kTemplates generated dossiers: [{"rec": {...}, "hist": [...]}].
QByteArray templates(const QString& folder)
{
    auto app = newStation(folder + QStringLiteral("/templates.db"));
    if (!app)
        return {};
    GeneratorOptions g;
    g.dossiers = kTemplates;
    g.years = 1;
    g.outboxDays = 0;
    DossierGenerator generator(app->db(), app->settings(), app->catalogue(), app->calendar(), app->clock());
    if (auto seeded = generator.run(g); !seeded) {
        fail(seeded.error().message);
        return {};
    }
    // Every event becomes a history row (the sync client's own feed of them).
    if (!app->db().execute(QStringLiteral("UPDATE sync_state SET value = '0' WHERE key = 'history.cursor'"))) {
        fail(QStringLiteral("cannot read the generated history"));
        return {};
    }
    OutboxStore outbox(app->db());
    for (;;) {
        auto fed = outbox.feedHistory(app->clock().now());
        if (!fed) {
            fail(fed.error().message);
            return {};
        }
        if (*fed == 0)
            break;
    }
    QHash<QString, QJsonArray> history;
    Statement& h = app->db().prepare(QStringLiteral("SELECT entity_key, payload FROM outbox WHERE kind = 'history' "
                                                    "ORDER BY id"));
    while (h.next())
        history[h.text(0)].append(QJsonDocument::fromJson(h.text(1).toUtf8()).object());
    QJsonArray out;
    QSet<QString> seen;
    Statement& d = app->db().prepare(
        QStringLiteral("SELECT entity_key, payload FROM outbox WHERE kind = 'dossier' ORDER BY id DESC"));
    while (d.next()) {
        if (seen.contains(d.text(0)))
            continue; // the newest record of each dossier
        seen.insert(d.text(0));
        out.append(QJsonObject{{QStringLiteral("rec"), QJsonDocument::fromJson(d.text(1).toUtf8()).object()},
                               {QStringLiteral("hist"), history.value(d.text(0))}});
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

// The N dossiers of the center, from the templates under new codes (5-digit numbers, 9,000 a
// day), with their history rows named as station 1 names them.
bool seedCenter(PGconn* c, const QByteArray& tpl, qint64 dossiers, QString* error)
{
    if (!exec(c, "CREATE TEMP TABLE tpl (n int, rec jsonb, hist jsonb)", error) ||
        !execParams(c,
                    "INSERT INTO tpl SELECT (t.n - 1)::int, t.e->'rec', t.e->'hist'"
                    " FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(e, n)",
                    {tpl}, error))
        return false;
    const char* codes = " CROSS JOIN LATERAL (SELECT '000.00.00.H34-' || to_char(date '2025-01-01' + (g.i / 9000)::int,"
                        " 'YYMMDD') || '-' || lpad((1000 + g.i % 9000)::text, 5, '0') AS code) c"
                        " JOIN tpl t ON t.n = g.i % (SELECT count(*) FROM tpl)";
    for (qint64 from = 0; from < dossiers; from += 100000) {
        const QByteArray a = QByteArray::number(from), b = QByteArray::number(std::min(dossiers, from + 100000) - 1);
        const QByteArray dossierSql =
            QByteArray("INSERT INTO dossiers (ma_hoso, madonvi, ma_tthc, don_vi, chu_ho_so, kenh, trang_thai,"
                       " ngay_tiep_nhan, ngay_hen_tra, ngay_ket_thuc, ngay_tra, data, created_at, updated_at)"
                       " SELECT c.code, '000.00.00.H34', t.rec->>'MaTTHC', coalesce(t.rec->>'DonViXuLy', ''),"
                       " t.rec->>'ChuHoSo', coalesce(t.rec->>'KenhThucHien', ''), t.rec->>'TrangThaiHoSo',"
                       " t.rec->>'NgayTiepNhan', coalesce(t.rec->>'NgayHenTra', ''),"
                       " coalesce(t.rec->>'NgayKetThucXuLy', ''), coalesce(t.rec->>'NgayTra', ''),"
                       " jsonb_set(t.rec, '{MaHoSo}', to_jsonb(c.code))::text, 0, 0"
                       " FROM generate_series($1::bigint, $2::bigint) AS g(i)") +
            codes;
        const QByteArray historySql =
            QByteArray("INSERT INTO history (ma_tien_do, ma_hoso, trang_thai, thoi_diem, data, received_at)"
                       " SELECT c.code || '#1.' || (g.i * 64 + h.k), c.code, h.r->>'TrangThai', h.r->>'ThoiDiemXuLy',"
                       " jsonb_set(jsonb_set(h.r, '{MaHoSo}', to_jsonb(c.code)), '{MaTienDo}',"
                       " to_jsonb(c.code || '#1.' || (g.i * 64 + h.k)))::text, 0"
                       " FROM generate_series($1::bigint, $2::bigint) AS g(i)") +
            codes + " CROSS JOIN LATERAL jsonb_array_elements(t.hist) WITH ORDINALITY AS h(r, k)";
        if (!execParams(c, dossierSql.constData(), {a, b}, error) ||
            !execParams(c, historySql.constData(), {a, b}, error))
            return false;
    }
    return exec(c, "ANALYZE dossiers; ANALYZE history", error);
}

// The same reading of the portal's times as the app's (a fast one: the baseline is not slowed
// by a slow parser).
QDateTime portalTime(const char* text)
{
    return dossierjson::fromPortalTime(QString::fromLatin1(text));
}

// The raw baseline: the same dossiers and history rows, keyset pages of kPage from PostgreSQL
// (fields taken out of the JSON there), written with prepared SQLite statements into the
// dossiers and dossier_events tables of a fresh station database. Rows written, -1 on failure.
qint64 rawCatchUp(PGconn* c, const QString& stationPath, QString* error)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(stationPath.toUtf8().constData(), &db) != SQLITE_OK) {
        *error = QStringLiteral("cannot open the baseline's station database");
        return -1;
    }
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON", nullptr, nullptr,
                 nullptr);
    QHash<QByteArray, std::pair<qint64, qint64>> procedures; // code -> (id, department)
    {
        bench::RawStatement p(db, "SELECT code, id, department_id FROM procedures ORDER BY effective_from");
        while (sqlite3_step(p.get()) == SQLITE_ROW) {
            procedures.insert(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(p.get(), 0))),
                              {sqlite3_column_int64(p.get(), 1), sqlite3_column_int64(p.get(), 2)});
        }
    }
    bench::RawStatement ins(db, "INSERT INTO dossiers (code, procedure_id, procedure_code, procedure_name,"
                                " department_id, channel, state, applicant_type, applicant_name, name_folded,"
                                " id_number, phone, received_at, appointment_at, received_by, updated_at)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, 1, ?7, lower(?7), ?8, ?9, ?10, ?11, '', ?10)");
    bench::RawStatement ev(db, "INSERT INTO dossier_events (dossier_id, at, username, to_state, note, center_key)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!ins.ok() || !ev.ok()) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return -1;
    }
    QByteArray lastXid = "0", lastCode = "";
    qint64 rows = 0;
    for (;;) {
        const char* values[] = {lastXid.constData(), lastCode.constData()};
        PGresult* r = PQexecParams(
            c,
            "SELECT d.feed_xid::text, d.ma_hoso, d.ma_tthc, d.data::jsonb->>'TenTTHC', d.trang_thai, d.chu_ho_so,"
            " d.data::jsonb->>'SoGiayToChuHoSo', d.data::jsonb->>'SoDienThoai', d.ngay_tiep_nhan, d.ngay_hen_tra,"
            " coalesce((SELECT json_agg(json_build_array(h.ma_tien_do, h.thoi_diem, h.data::jsonb->>'NguoiXuLy',"
            " h.trang_thai, h.data::jsonb->>'NoiDungXuLy') ORDER BY h.id)::text FROM history h"
            " WHERE h.ma_hoso = d.ma_hoso), '[]')"
            " FROM dossiers d WHERE (d.feed_xid, d.ma_hoso) > ($1::xid8, $2) ORDER BY d.feed_xid, d.ma_hoso LIMIT 1000",
            2, nullptr, values, nullptr, nullptr, 0);
        if (PQresultStatus(r) != PGRES_TUPLES_OK) {
            *error = QString::fromUtf8(PQresultErrorMessage(r));
            PQclear(r);
            sqlite3_close(db);
            return -1;
        }
        const int n = PQntuples(r);
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (int i = 0; i < n; ++i) {
            const auto proc = procedures.value(QByteArray(PQgetvalue(r, i, 2)));
            ins.text(1, PQgetvalue(r, i, 1));
            ins.integer(2, proc.first);
            ins.text(3, PQgetvalue(r, i, 2));
            ins.text(4, PQgetvalue(r, i, 3));
            ins.integer(5, proc.second);
            ins.integer(6, std::atoi(PQgetvalue(r, i, 4)));
            ins.text(7, PQgetvalue(r, i, 5));
            ins.text(8, PQgetvalue(r, i, 6));
            ins.text(9, PQgetvalue(r, i, 7));
            ins.integer(10, portalTime(PQgetvalue(r, i, 8)).toSecsSinceEpoch());
            ins.integer(11, portalTime(PQgetvalue(r, i, 9)).toSecsSinceEpoch());
            if (ins.run() < 0) {
                *error = QString::fromUtf8(sqlite3_errmsg(db));
                PQclear(r);
                sqlite3_close(db);
                return -1;
            }
            const qint64 id = sqlite3_last_insert_rowid(db);
            const QJsonArray events = QJsonDocument::fromJson(QByteArray(PQgetvalue(r, i, 10))).array();
            for (const QJsonValue& e : events) {
                const QJsonArray a = e.toArray();
                ev.integer(1, id);
                ev.integer(2, portalTime(a.at(1).toString().toLatin1().constData()).toSecsSinceEpoch());
                ev.text(3, a.at(2).toString().toStdString());
                ev.integer(4, a.at(3).toString().toInt());
                ev.text(5, a.at(4).toString().toStdString());
                ev.text(6, a.at(0).toString().toStdString());
                ev.run();
            }
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        rows += n;
        if (n > 0) {
            lastXid = PQgetvalue(r, n - 1, 0);
            lastCode = PQgetvalue(r, n - 1, 1);
        }
        PQclear(r);
        if (n < kPage)
            break;
    }
    sqlite3_close(db);
    return rows;
}

// The steady feed once caught up: dossiers saved at random moments on workstation A (about two
// a second for kSteadySecs), each sent to the center by A's next sync pass (every kInterval
// seconds, one transaction per pass, as the center stores a pass's records) and pulled by B's
// passes (kInterval seconds after the end of the one before, as the app schedules them). The
// delay of a dossier runs from its save on A to the end of the B pass that wrote it. Delays in
// ms, or empty on failure (then `error` says why).
constexpr int kInterval = 5;
constexpr int kSteadySecs = 60;

std::vector<double> steadyFeed(const QString& conninfo, Database& b, const SyncOptions& options, QString* error)
{
    using bench::Steady;
    std::mt19937 random(20261207);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const Steady::time_point start = Steady::now();
    // The saves on A: a Poisson process of two a second.
    std::vector<double> savedMs;
    for (double at = 0;;) {
        at += -500.0 * std::log(1.0 - uniform(random));
        if (at >= kSteadySecs * 1000.0)
            break;
        savedMs.push_back(at);
    }
    const double phaseA = uniform(random) * kInterval * 1000.0;
    const auto code = [](size_t i) -> QByteArray {
        return QByteArrayLiteral("000.00.00.H34-991231-") + QByteArray::number(10000 + i);
    };

    std::atomic<size_t> sent{0};
    std::atomic<bool> failed{false};
    std::mutex errorLock;
    std::thread a([&] {
        PGconn* c = PQconnectdb(conninfo.toUtf8().constData());
        QString why;
        if (PQstatus(c) != CONNECTION_OK)
            why = QString::fromUtf8(PQerrorMessage(c));
        for (double tick = phaseA; why.isEmpty() && sent < savedMs.size(); tick += kInterval * 1000.0) {
            std::this_thread::sleep_until(start + std::chrono::microseconds(qint64(tick * 1000)));
            size_t upTo = sent;
            while (upTo < savedMs.size() && savedMs[upTo] <= tick)
                ++upTo;
            if (upTo == sent)
                continue;
            if (!exec(c, "BEGIN", &why))
                break;
            for (size_t i = sent; i < upTo && why.isEmpty(); ++i) {
                // A copy of a seeded dossier under a new code, as A's record would be stored.
                execParams(c,
                           "INSERT INTO dossiers (ma_hoso, madonvi, ma_tthc, don_vi, chu_ho_so, kenh, trang_thai,"
                           " ngay_tiep_nhan, ngay_hen_tra, ngay_ket_thuc, ngay_tra, data, created_at, updated_at)"
                           " SELECT $1, madonvi, ma_tthc, don_vi, chu_ho_so, kenh, trang_thai, ngay_tiep_nhan,"
                           " ngay_hen_tra, ngay_ket_thuc, ngay_tra, jsonb_set(data::jsonb, '{MaHoSo}',"
                           " to_jsonb($1::text))::text, 0, 0 FROM dossiers WHERE ma_hoso = $2",
                           {code(i), QByteArrayLiteral("000.00.00.H34-250101-01000")}, &why);
            }
            if (!why.isEmpty() || !exec(c, "COMMIT", &why))
                break;
            sent = upTo;
        }
        PQfinish(c);
        if (!why.isEmpty()) {
            std::lock_guard<std::mutex> hold(errorLock);
            *error = why;
            failed = true;
        }
    });

    std::vector<double> delays;
    size_t seen = 0;
    const Steady::time_point end = start + std::chrono::seconds(kSteadySecs + 3 * kInterval);
    while (seen < savedMs.size() && !failed && Steady::now() < end) {
        std::this_thread::sleep_for(std::chrono::seconds(kInterval));
        auto report = SyncRunner(b.path(), options).run();
        const double passEnd = bench::msSince(start);
        if (!report) {
            *error = report.error().message;
            break;
        }
        Statement& has = b.prepare(QStringLiteral("SELECT 1 FROM dossiers WHERE code = ?1"));
        while (seen < savedMs.size()) {
            has.bind(1, QString::fromLatin1(code(seen)));
            const bool there = has.next();
            has.reset();
            if (!there)
                break;
            delays.push_back(passEnd - savedMs[seen]);
            ++seen;
        }
    }
    a.join();
    if (failed || seen < savedMs.size()) {
        if (error->isEmpty())
            *error = QStringLiteral("%1 of %2 dossiers saved on A reached B").arg(seen).arg(savedMs.size());
        return {};
    }
    return delays;
}

} // namespace

int runFeedBench(const QString& centerBinary, const QString& conninfo, qint64 dossiers)
{
    QTemporaryDir dir;
    QString cert, key;
    if (!makeCertificate(dir.path(), &cert, &key)) {
        fail(QStringLiteral("the openssl command could not make a certificate"));
        return 1;
    }
    PGconn* c = PQconnectdb(conninfo.toUtf8().constData());
    QString error;
    if (PQstatus(c) != CONNECTION_OK ||
        !exec(c,
              "DROP TABLE IF EXISTS center_schema, dossiers, history, files, file_chunks, file_links, lease_counters,"
              " leases, lease_requests, decisions, stations, enrolments, sessions, admins, login_failures,"
              " bench_raw_dossiers, bench_raw_history CASCADE;"
              " DROP FUNCTION IF EXISTS dossier_feed_touch, dossier_feed_related CASCADE",
              &error)) {
        fail(QStringLiteral("cannot empty the database; run under pg_virtualenv or give --center-db: %1")
                 .arg(error.isEmpty() ? QString::fromUtf8(PQerrorMessage(c)) : error));
        PQfinish(c);
        return 1;
    }
    const QString config = dir.filePath(QStringLiteral("center.conf"));
    {
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QStringLiteral("listen = 127.0.0.1:0\ncertificate = %1\nkey = %2\ndatabase = %3\n"
                               "agency = 000.00.00.H34\nname = Bench center\n")
                    .arg(cert, key, conninfo)
                    .toUtf8());
    }
    if (centerCommand(centerBinary, config, {QStringLiteral("init")}) != 0) {
        fail(QStringLiteral("motcua-center init failed"));
        PQfinish(c);
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const QByteArray tpl = templates(dir.path());
    if (tpl.isEmpty() || !seedCenter(c, tpl, dossiers, &error)) {
        fail(QStringLiteral("cannot seed the center: %1").arg(error));
        PQfinish(c);
        return 1;
    }
    qint64 history = 0;
    {
        PGresult* r = PQexec(c, "SELECT count(*) FROM history");
        history = QByteArray(PQgetvalue(r, 0, 0)).toLongLong();
        PQclear(r);
    }
    line(QStringLiteral("# motcua-bench --feed %1, %2 cores, load average %3: the center holds %4 dossiers and %5 "
                        "history rows (seeded in %6 s)")
             .arg(QDateTime::currentDateTime().toString(Qt::ISODate))
             .arg(QThread::idealThreadCount())
             .arg(loadAverage())
             .arg(dossiers)
             .arg(history)
             .arg(t.elapsed() / 1000.0, 0, 'f', 1));

    // Enrolled once seeded: an enrolment code lasts 15 minutes, less than seeding a million
    // dossiers on a loaded machine.
    QByteArray code;
    if (centerCommand(centerBinary, config, {QStringLiteral("enrol"), QStringLiteral("--station"), QStringLiteral("2")},
                      &code) != 0) {
        fail(QStringLiteral("motcua-center enrol failed"));
        PQfinish(c);
        return 1;
    }
    QProcess center;
    center.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("motcua.*.info=false\nmotcua.*.debug=false"));
    center.setProcessEnvironment(env);
    const QString url =
        startServer(center, centerBinary, {QStringLiteral("serve"), QStringLiteral("--config"), config});
    if (url.isEmpty()) {
        fail(QStringLiteral("%1 did not start").arg(centerBinary));
        PQfinish(c);
        return 1;
    }
    RawPoster joiner{QUrl(url), QSslCertificate::fromPath(cert)};
    if (!joiner.post(QJsonDocument(QJsonObject{{QStringLiteral("code"), QString::fromUtf8(code).trimmed()}}).toJson(),
                     "application/json", QStringLiteral("/center/join"))) {
        fail(QStringLiteral("the workstation could not join"));
        PQfinish(c);
        return 1;
    }
    const QJsonObject joined = QJsonDocument::fromJson(joiner.lastBody()).object();
    if (joined.value(QLatin1String("username")).toString().isEmpty()) {
        fail(QStringLiteral("the center refused the workstation's enrolment code: %1")
                 .arg(QString::fromUtf8(joiner.lastBody())));
        PQfinish(c);
        return 1;
    }

    // The new workstation catches up through the app's sync pass.
    auto station = newStation(dir.filePath(QStringLiteral("station.db")));
    auto raw = newStation(dir.filePath(QStringLiteral("raw.db")));
    if (!station || !raw)
        return 1;
    raw.reset();
    Settings& st = station->settings();
    if (!st.set(QStringLiteral("center.url"), url) ||
        !st.set(QStringLiteral("center.username"), joined.value(QLatin1String("username")).toString()) ||
        !st.set(QStringLiteral("center.password"), joined.value(QLatin1String("password")).toString()) ||
        !st.set(QStringLiteral("center.caFile"), cert) ||
        !st.set(QStringLiteral("station.number"), QStringLiteral("2")) ||
        !st.set(QStringLiteral("center.agencyCode"), QStringLiteral("000.00.00.H34"))) {
        fail(QStringLiteral("cannot store the workstation's settings"));
        return 1;
    }
    auto options = station->sync().options(true);
    if (!options) {
        fail(options.error().message);
        return 1;
    }
    options->kinds = {SyncKind::Feed};
    options->feedPage = kPage;
    qint64 lastShown = 0;
    options->feedProgress = [&lastShown](qint64 pulled, qint64 total) {
        if (pulled - lastShown >= total / 10 || pulled == total) {
            line(QStringLiteral("# catching up: %1 of %2").arg(pulled).arg(total));
            lastShown = pulled;
        }
    };
    const double cpu0 = ownCpu();
    t.restart();
    auto report = SyncRunner(station->db().path(), *options).run();
    const double secs = t.nsecsElapsed() / 1e9;
    const double cpu = ownCpu() - cpu0;
    qint64 written = 0;
    {
        Statement& n = station->db().prepare(QStringLiteral("SELECT count(*) FROM dossiers"));
        written = n.next() ? n.int64(0) : 0;
        n.reset();
    }
    if (!report || written != dossiers) {
        fail(QStringLiteral("the catch-up wrote %1 of %2 dossiers: %3")
                 .arg(written)
                 .arg(dossiers)
                 .arg(report ? report->errors.join(QStringLiteral("; ")) : report.error().message));
        PQfinish(c);
        return 1;
    }

    t.restart();
    const qint64 rawRows = rawCatchUp(c, dir.filePath(QStringLiteral("raw.db")), &error);
    const double rawSecs = t.nsecsElapsed() / 1e9;
    PQfinish(c);
    if (rawRows != dossiers) {
        fail(QStringLiteral("the raw baseline wrote %1 of %2 dossiers: %3").arg(rawRows).arg(dossiers).arg(error));
        return 1;
    }
    const double rate = dossiers / secs, rawRate = dossiers / rawSecs;
    line(QStringLiteral("feed_catch_up %1 dossiers/s %2 %3 %4 %5 (%6 dossiers, %7 history rows in %8 s, client cpu %9 "
                        "s; raw libpq+sqlite3 %10 s; load average %11)")
             .arg(rate, 0, 'f', 0)
             .arg(rawRate, 0, 'f', 0)
             .arg(rate / rawRate, 0, 'f', 2)
             .arg(QLatin1String(rate / rawRate >= 0.6 ? "met" : "NOT met"))
             .arg(QLatin1String(secs <= 600.0 * dossiers / 1000000.0 ? "met" : "NOT met"))
             .arg(dossiers)
             .arg(history)
             .arg(secs, 0, 'f', 1)
             .arg(cpu, 0, 'f', 1)
             .arg(rawSecs, 0, 'f', 1)
             .arg(loadAverage()));
    // The steady feed, B with the station caught up.
    options->feedProgress = nullptr;
    const std::vector<double> delays = steadyFeed(conninfo, station->db(), *options, &error);
    if (delays.empty()) {
        fail(QStringLiteral("the steady feed failed: %1").arg(error));
        return 1;
    }
    const double p50 = bench::percentile(delays, 50), p99 = bench::percentile(delays, 99);
    line(QStringLiteral("feed_steady_delay_p99 %1 s %2 (p50 %3 s, max %4 s; %5 dossiers saved on A over %6 s, sync "
                        "every %7 s on A and B; load average %8)")
             .arg(p99 / 1000.0, 0, 'f', 2)
             .arg(QLatin1String(p99 <= 10000.0 ? "met" : "NOT met"))
             .arg(p50 / 1000.0, 0, 'f', 2)
             .arg(*std::max_element(delays.begin(), delays.end()) / 1000.0, 0, 'f', 2)
             .arg(delays.size())
             .arg(kSteadySecs)
             .arg(kInterval)
             .arg(loadAverage()));

    center.terminate();
    center.waitForFinished(10000);
    return 0;
}

} // namespace motcua
