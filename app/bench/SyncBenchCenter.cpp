// `motcua-bench --center`: many workstations syncing at once into one motcua-center on PostgreSQL.
//  - `stations` simulated workstations (20), each an AppContext over its own station database
//    with `dossiersEach` (1,000) seeded dossiers and their history, enrolled and joined with a
//    one-time code, sync at once (one thread each, the real sync client): dossiers per second
//    through the center, history included (target >= 2,000/s). Baseline in the same run: the
//    same dossier and history rows inserted with raw libpq from as many connections, one
//    transaction and one set-based INSERT per batch of the client's sizes (100 dossiers, 500
//    history rows), as the center does, into tables of the same columns (target >= 50 % of it).
//  - one station uploads an attachment (MC_TaiTep, 4 MiB chunks, bytes stored in PostgreSQL),
//    in MB/s, beside the same bytes posted raw over HTTPS to the same server, which reads and
//    refuses them (target >= 70 %); medians of alternating rounds.
// The database given is emptied first: use a scratch one (pg_virtualenv motcua-bench --center).

#include "bench/SyncBench.h"

#include "center/CenterConfig.h"
#include "center/JsonRows.h"

#include "service/AppContext.h"
#include "service/DossierGenerator.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Settings.h"
#include "sync/SyncRunner.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <thread>
#include <vector>

namespace motcua {

namespace {

using namespace syncbench;

constexpr int kRounds = 5;

void fail(const QString& text)
{
    const QString message = QStringLiteral("motcua-bench --center: ") + text + QLatin1Char('\n');
    std::fputs(message.toUtf8().constData(), stderr);
}

const char* mark(bool met)
{
    return met ? "ok" : "MISSED";
}

// One libpq statement; false (and the server's message in *error) when it failed.
bool exec(PGconn* c, const char* sql, QString* error)
{
    PGresult* r = PQexec(c, sql);
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    if (!ok && error)
        *error = QString::fromUtf8(PQerrorMessage(c));
    PQclear(r);
    return ok;
}

struct Station
{
    int number = 0;
    QString path;
    std::unique_ptr<AppContext> app;
    SyncOptions options;
    QList<QJsonObject> dossiers, history; // the rows as queued, for the raw baseline
    bool ok = false;
    QString error;
};

// The raw side: one connection, the station's rows in the client's batch sizes, one
// transaction per batch with one set-based INSERT of the batch's rows (a JSON array through
// jsonb_to_recordset / jsonb_array_elements), the statement shape the center uses.
bool rawInsert(const QString& conninfo, const Station& s, QString* error)
{
    PGconn* c = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(c) != CONNECTION_OK) {
        *error = QString::fromUtf8(PQerrorMessage(c));
        PQfinish(c);
        return false;
    }
    const auto batches = [&](const QList<QJsonObject>& rows, int size, bool dossier) {
        for (qsizetype i = 0; i < rows.size(); i += size) {
            if (!exec(c, "BEGIN", error))
                return false;
            JsonRows set;
            for (qsizetype j = i; j < qMin(i + size, rows.size()); ++j) {
                const QJsonObject& o = rows.at(j);
                set.begin();
                const auto take = [&](const char* column, const char* field) {
                    set.field(column, o.value(QLatin1String(field)).toString());
                };
                if (dossier) {
                    take("ma_hoso", "MaHoSo");
                    take("ma_tthc", "MaTTHC");
                    take("don_vi", "DonViXuLy");
                    take("chu_ho_so", "ChuHoSo");
                    take("kenh", "KenhThucHien");
                    take("trang_thai", "TrangThaiHoSo");
                    take("ngay_tiep_nhan", "NgayTiepNhan");
                    take("ngay_hen_tra", "NgayHenTra");
                    take("ngay_ket_thuc", "NgayKetThucXuLy");
                    take("ngay_tra", "NgayTra");
                } else {
                    take("ma_tien_do", "MaTienDo");
                    take("ma_hoso", "MaHoSo");
                    take("trang_thai", "TrangThai");
                    take("thoi_diem", "ThoiDiemXuLy");
                }
                set.field("data", QJsonDocument(o).toJson(QJsonDocument::Compact));
                set.end();
            }
            const std::string json = set.text();
            const char* params[1] = {json.c_str()};
            PGresult* r =
                dossier
                    ? PQexecParams(c,
                                   "INSERT INTO bench_raw_dossiers (ma_hoso, madonvi, ma_tthc, don_vi, chu_ho_so, kenh,"
                                   " trang_thai, ngay_tiep_nhan, ngay_hen_tra, ngay_ket_thuc, ngay_tra, data,"
                                   " created_at, updated_at) SELECT ma_hoso, 'bench', ma_tthc, don_vi, chu_ho_so,"
                                   " kenh, trang_thai, ngay_tiep_nhan, ngay_hen_tra, ngay_ket_thuc, ngay_tra, data,"
                                   " 0, 0 FROM jsonb_to_recordset($1::jsonb) AS u(ma_hoso text, ma_tthc text,"
                                   " don_vi text, chu_ho_so text, kenh text, trang_thai text, ngay_tiep_nhan text,"
                                   " ngay_hen_tra text, ngay_ket_thuc text, ngay_tra text, data text)"
                                   " ON CONFLICT (ma_hoso) DO NOTHING",
                                   1, nullptr, params, nullptr, nullptr, 0)
                    : PQexecParams(c,
                                   "INSERT INTO bench_raw_history (ma_tien_do, ma_hoso, trang_thai, thoi_diem, data,"
                                   " received_at) SELECT e->>'ma_tien_do', e->>'ma_hoso', e->>'trang_thai',"
                                   " e->>'thoi_diem', e->>'data', 0"
                                   " FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS h(e, n) ORDER BY n"
                                   " ON CONFLICT (ma_tien_do) DO NOTHING",
                                   1, nullptr, params, nullptr, nullptr, 0);
            const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
            if (!ok)
                *error = QString::fromUtf8(PQerrorMessage(c));
            PQclear(r);
            if (!ok)
                return false;
            if (!exec(c, "COMMIT", error))
                return false;
        }
        return true;
    };
    const bool ok = batches(s.dossiers, 100, true) && batches(s.history, 500, false);
    PQfinish(c);
    return ok;
}

QString joined(const QList<double>& rates)
{
    QStringList out;
    for (double r : rates)
        out.append(QString::number(r, 'f', 1));
    return out.join(QLatin1Char(' '));
}

} // namespace

int runCenterBench(const QString& centerBinary, const QString& conninfo, int stationCount, int dossiersEach,
                   int attachmentMb)
{
    QTemporaryDir dir;
    QString cert, key;
    if (!makeCertificate(dir.path(), &cert, &key)) {
        fail(QStringLiteral("the openssl command could not make a certificate"));
        return 1;
    }
    // The scratch database: emptied, then the center's schema.
    {
        PGconn* c = PQconnectdb(conninfo.toUtf8().constData());
        QString error;
        const bool ok =
            PQstatus(c) == CONNECTION_OK &&
            exec(
                c,
                "DROP TABLE IF EXISTS center_schema, dossiers, history, files, file_chunks, file_links, lease_counters,"
                " leases, lease_requests, decisions, stations, enrolments, sessions, admins, login_failures,"
                " bench_raw_dossiers, bench_raw_history CASCADE",
                &error);
        if (!ok) {
            fail(QStringLiteral("cannot empty the database (%1); run under pg_virtualenv or give --center-db: %2")
                     .arg(conninfo.isEmpty() ? QStringLiteral("PG* environment") : conninfo,
                          error.isEmpty() ? QString::fromUtf8(PQerrorMessage(c)) : error));
            PQfinish(c);
            return 1;
        }
        PQfinish(c);
    }
    const QString config = dir.filePath(QStringLiteral("center.conf"));
    {
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(QStringLiteral("listen = 127.0.0.1:0\ncertificate = %1\nkey = %2\ndatabase = %3\n"
                               "agency = 000.00.00.H34\nname = Bench center\nmax_stations = %4\nworkers = %5\n")
                    .arg(cert, key, conninfo)
                    .arg(qMax(10, stationCount))
                    .arg(qEnvironmentVariableIntValue("MOTCUA_BENCH_WORKERS") > 0
                             ? qEnvironmentVariableIntValue("MOTCUA_BENCH_WORKERS")
                             : CenterConfig().workers)
                    .toUtf8());
    }
    if (centerCommand(centerBinary, config, {QStringLiteral("init")}) != 0) {
        fail(QStringLiteral("motcua-center init failed"));
        return 1;
    }
    {
        // The baseline's tables: the center's dossier and history columns and keys.
        PGconn* c = PQconnectdb(conninfo.toUtf8().constData());
        QString error;
        const bool ok = exec(c,
                             "CREATE TABLE bench_raw_dossiers (LIKE dossiers INCLUDING ALL);"
                             " CREATE TABLE bench_raw_history (LIKE history INCLUDING ALL)",
                             &error);
        PQfinish(c);
        if (!ok) {
            fail(error);
            return 1;
        }
    }
    QStringList codes;
    for (int i = 1; i <= stationCount; ++i) {
        QByteArray code;
        if (centerCommand(centerBinary, config,
                          {QStringLiteral("enrol"), QStringLiteral("--station"), QString::number(i)}, &code) != 0) {
            fail(QStringLiteral("motcua-center enrol failed"));
            return 1;
        }
        codes.append(QString::fromUtf8(code).trimmed());
    }
    QProcess center;
    center.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("TZ")))
        env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Ho_Chi_Minh"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("motcua.*.info=false"));
    center.setProcessEnvironment(env);
    const QString url =
        startServer(center, centerBinary, {QStringLiteral("serve"), QStringLiteral("--config"), config});
    if (url.isEmpty()) {
        fail(QStringLiteral("%1 did not start").arg(centerBinary));
        return 1;
    }
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(cert);
    RawPoster joiner{QUrl(url), ca};

    // The workstations: enrolled, joined, seeded, everything queued.
    std::vector<std::unique_ptr<Station>> stations;
    for (int i = 1; i <= stationCount; ++i) {
        auto s = std::make_unique<Station>();
        s->number = i;
        if (!joiner.post(QJsonDocument(QJsonObject{{QStringLiteral("code"), codes.at(i - 1)}}).toJson(),
                         "application/json", QStringLiteral("/center/join"))) {
            fail(QStringLiteral("station %1 could not join").arg(i));
            return 1;
        }
        const QJsonObject joined = QJsonDocument::fromJson(joiner.lastBody()).object();
        AppContext::Options o;
        s->path = dir.filePath(QStringLiteral("station-%1.db").arg(i));
        o.databasePath = s->path;
        auto opened = AppContext::open(o);
        if (!opened) {
            fail(opened.error().message);
            return 1;
        }
        s->app = std::move(*opened);
        Settings& st = s->app->settings();
        // Each workstation numbers under its own agency code here, so 20 generators never
        // make the same dossier code.
        if (!st.set(QStringLiteral("portal.url"), url) ||
            !st.set(QStringLiteral("portal.username"), joined.value(QLatin1String("username")).toString()) ||
            !st.set(QStringLiteral("portal.password"), joined.value(QLatin1String("password")).toString()) ||
            !st.set(QStringLiteral("portal.caFile"), cert) ||
            !st.set(QStringLiteral("station.number"), QString::number(i)) ||
            !st.set(QStringLiteral("center.agencyCode"),
                    QStringLiteral("000.00.%1.H34").arg(i, 2, 10, QLatin1Char('0')))) {
            fail(QStringLiteral("cannot store the station's settings"));
            return 1;
        }
        GeneratorOptions g;
        g.dossiers = dossiersEach;
        g.years = 1;
        g.outboxDays = 0;
        g.seed = static_cast<std::uint64_t>(i);
        DossierGenerator generator(s->app->db(), st, s->app->catalogue(), s->app->calendar(), s->app->clock());
        if (auto seeded = generator.run(g); !seeded) {
            fail(seeded.error().message);
            return 1;
        }
        if (!s->app->db().execute(QStringLiteral(
                "UPDATE outbox SET state = 'queued', attempts = 0, done_at = NULL, next_attempt_at = 0; "
                "DELETE FROM portal_dossiers; UPDATE sync_state SET value = '0' WHERE key = 'history.cursor'"))) {
            fail(QStringLiteral("cannot queue the seeded dossiers"));
            return 1;
        }
        auto options = s->app->sync().options(true);
        if (!options) {
            fail(options.error().message);
            return 1;
        }
        s->options = *options;
        s->options.config.dossierBatch = 100;
        s->options.config.historyChunk = 500;
        Statement& q =
            s->app->db().prepare(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'dossier' ORDER BY id"));
        while (q.next())
            s->dossiers.append(QJsonDocument::fromJson(q.text(0).toUtf8()).object());
        stations.push_back(std::move(s));
    }

    line(QStringLiteral("# motcua-bench --center %1, %2 cores, load average %3, %4 stations x %5 dossiers")
             .arg(QDateTime::currentDateTime().toString(Qt::ISODate))
             .arg(QThread::idealThreadCount())
             .arg(loadAverage())
             .arg(stationCount)
             .arg(dossiersEach));
    // All stations at once: dossiers, then their history (as the client orders them).
    const double clientCpu0 = ownCpu();
    const double centerCpu0 = processCpu(center.processId());
    std::atomic<int> historyRows{0};
    QElapsedTimer t;
    t.start();
    {
        std::vector<std::thread> threads;
        for (auto& s : stations) {
            threads.emplace_back([&s, &historyRows] {
                SyncOptions o = s->options;
                o.kinds = QList<SyncKind>{SyncKind::Dossier};
                auto d = SyncRunner(s->path, o).run();
                o.kinds = QList<SyncKind>{SyncKind::History};
                auto h = SyncRunner(s->path, o).run();
                s->ok = d && h && d->dossiers > 0;
                if (h)
                    historyRows += h->history;
                if (!s->ok)
                    s->error = d ? d->errors.join(QStringLiteral("; ")) : d.error().message;
            });
        }
        for (std::thread& th : threads)
            th.join();
    }
    const double secs = t.nsecsElapsed() / 1e9;
    const double clientCpu = ownCpu() - clientCpu0;
    const double centerCpu = processCpu(center.processId()) - centerCpu0;
    for (auto& s : stations) {
        if (!s->ok) {
            fail(QStringLiteral("station %1 did not sync: %2").arg(s->number).arg(s->error));
            return 1;
        }
        // The history rows as the client sent them, for the baseline.
        Statement& q =
            s->app->db().prepare(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'history' ORDER BY id"));
        while (q.next()) {
            const QJsonObject o = QJsonDocument::fromJson(q.text(0).toUtf8()).object();
            s->history.append(o);
        }
    }
    qint64 stored = 0;
    {
        PGconn* c = PQconnectdb(conninfo.toUtf8().constData());
        PGresult* r = PQexec(c, "SELECT (SELECT count(*) FROM dossiers), (SELECT count(*) FROM history)");
        stored = QByteArray(PQgetvalue(r, 0, 0)).toLongLong();
        line(QStringLiteral("# the center holds %1 dossiers and %2 history rows")
                 .arg(QString::fromLatin1(PQgetvalue(r, 0, 0)), QString::fromLatin1(PQgetvalue(r, 0, 1))));
        PQclear(r);
        PQfinish(c);
    }
    const qint64 total = qint64(stationCount) * dossiersEach;
    if (stored != total) {
        fail(QStringLiteral("the center holds %1 of %2 dossiers").arg(stored).arg(total));
        return 1;
    }

    // The raw libpq baseline: the same rows, as many connections at once.
    std::atomic<bool> rawOk{true};
    qint64 rawHistory = 0;
    for (auto& s : stations)
        rawHistory += s->history.size();
    t.restart();
    {
        std::vector<std::thread> threads;
        for (auto& s : stations) {
            threads.emplace_back([&conninfo, &s, &rawOk] {
                QString error;
                if (!rawInsert(conninfo, *s, &error)) {
                    rawOk = false;
                    s->error = error;
                }
            });
        }
        for (std::thread& th : threads)
            th.join();
    }
    const double rawSecs = t.nsecsElapsed() / 1e9;
    if (!rawOk) {
        fail(QStringLiteral("the raw baseline failed: %1").arg(stations.front()->error));
        return 1;
    }
    const double rate = total / secs, rawRate = total / rawSecs;
    line(QStringLiteral("center_sync_dossiers_with_history %1 dossiers/s %2 %3 %4 %5 (%6 dossiers and %7 history rows "
                        "from %8 stations in %9 s; raw libpq %10 s with %11 history rows)")
             .arg(rate, 0, 'f', 0)
             .arg(rawRate, 0, 'f', 0)
             .arg(rate / rawRate, 0, 'f', 2)
             .arg(QLatin1String(mark(rate >= 2000)))
             .arg(QLatin1String(mark(rate / rawRate >= 0.5)))
             .arg(total)
             .arg(historyRows.load())
             .arg(stationCount)
             .arg(secs, 0, 'f', 2)
             .arg(rawSecs, 0, 'f', 2)
             .arg(rawHistory));
    line(QStringLiteral("# cpu: clients %1 s, center %2 s").arg(clientCpu, 0, 'f', 2).arg(centerCpu, 0, 'f', 2));

    // Attachment upload through the center (bytes into PostgreSQL) beside raw HTTPS.
    Station& first = *stations.front();
    SyncOptions options = first.options;
    const qsizetype size = qsizetype(attachmentMb) * 1024 * 1024;
    const double mb = double(size) / (1024 * 1024);
    QByteArray bytes(size, Qt::Uninitialized);
    options.kinds = QList<SyncKind>{SyncKind::Attachment};
    options.config.chunkBytes = 4 * 1024 * 1024;
    options.attachments = [&bytes](const OutboxItem&) -> Result<QByteArray> { return bytes; };
    RawPoster raw{QUrl(url), ca};
    QList<double> upRates, rawRates;
    // Where the CPU goes on each side: this process (the client), the center, and PostgreSQL's
    // processes (its backends and the WAL writer), so a shared machine's figures can be read.
    QList<qint64> pgPids;
    {
        PGconn* c = PQconnectdb(conninfo.toUtf8().constData());
        PGresult* r = PQexec(c, "SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid()");
        for (int i = 0; i < PQntuples(r); ++i)
            pgPids.append(QByteArray(PQgetvalue(r, i, 0)).toLongLong());
        PQclear(r);
        PQfinish(c);
    }
    struct Cpu
    {
        double client = 0, center = 0, postgres = 0;
    };
    const auto cpuNow = [&] {
        Cpu c{ownCpu(), processCpu(center.processId()), 0};
        for (qint64 pid : std::as_const(pgPids))
            c.postgres += processCpu(pid);
        return c;
    };
    Cpu upCpu, rawCpu;
    const auto addCpu = [](Cpu& sum, const Cpu& from, const Cpu& to) {
        sum.client += to.client - from.client;
        sum.center += to.center - from.center;
        sum.postgres += to.postgres - from.postgres;
    };
    for (int round = 0; round < kRounds; ++round) {
        QRandomGenerator rng(11 + round);
        rng.fillRange(reinterpret_cast<quint32*>(bytes.data()), size / 4);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QString code = first.dossiers.first().value(QStringLiteral("MaHoSo")).toString();
        {
            Transaction tx(first.app->db());
            if (!enqueueOutbox(first.app->db(), first.app->clock().now(), SyncKind::Attachment, code,
                               {{QStringLiteral("code"), code},
                                {QStringLiteral("sha256"), sha},
                                {QStringLiteral("size"), size},
                                {QStringLiteral("fileName"), QStringLiteral("bench-%1.bin").arg(round)}}) ||
                !tx.commit()) {
                fail(QStringLiteral("cannot queue the attachment"));
                return 1;
            }
        }
        Cpu before = cpuNow();
        t.restart();
        auto up = SyncRunner(first.path, options).run();
        upRates.append(mb / (t.nsecsElapsed() / 1e9));
        addCpu(upCpu, before, cpuNow());
        if (!up || up->attachments != 1) {
            fail(QStringLiteral("the attachment was not uploaded"));
            return 1;
        }
        before = cpuNow();
        t.restart();
        for (qsizetype off = 0; off < size; off += options.config.chunkBytes)
            raw.post(bytes.mid(off, options.config.chunkBytes), QByteArrayLiteral("application/octet-stream"));
        rawRates.append(mb / (t.nsecsElapsed() / 1e9));
        addCpu(rawCpu, before, cpuNow());
    }
    line(QStringLiteral("# rounds MB/s: upload %1; raw %2").arg(joined(upRates), joined(rawRates)));
    // Each upload beside the raw round right after it, so a machine whose load changes
    // between rounds tilts neither side.
    QList<double> pairRatios;
    for (int round = 0; round < kRounds; ++round)
        pairRatios.append(upRates.at(round) / rawRates.at(round));
    std::sort(pairRatios.begin(), pairRatios.end());
    std::sort(upRates.begin(), upRates.end());
    std::sort(rawRates.begin(), rawRates.end());
    const double median = upRates.at(kRounds / 2), rawMedian = rawRates.at(kRounds / 2);
    const double ratio = pairRatios.at(kRounds / 2);
    line(QStringLiteral("center_attachment %1 MB/s %2 %3 %4 (%5 MiB in 4 MiB chunks into PostgreSQL, medians of %6 "
                        "alternating rounds, the ratio the median of each round's; ratio of the medians %7; load "
                        "average %8)")
             .arg(median, 0, 'f', 1)
             .arg(rawMedian, 0, 'f', 1)
             .arg(ratio, 0, 'f', 2)
             .arg(QLatin1String(mark(ratio >= 0.70)))
             .arg(attachmentMb)
             .arg(kRounds)
             .arg(median / rawMedian, 0, 'f', 2)
             .arg(loadAverage()));
    const double perGb = 1024.0 / (mb * kRounds);
    line(QStringLiteral("# cpu s per GiB: upload client %1, center %2, postgresql %3; raw client %4, center %5")
             .arg(upCpu.client * perGb, 0, 'f', 2)
             .arg(upCpu.center * perGb, 0, 'f', 2)
             .arg(upCpu.postgres * perGb, 0, 'f', 2)
             .arg(rawCpu.client * perGb, 0, 'f', 2)
             .arg(rawCpu.center * perGb, 0, 'f', 2));
    center.terminate();
    center.waitForFinished(5000);
    return 0;
}

} // namespace motcua
