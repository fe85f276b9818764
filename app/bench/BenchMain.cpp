// motcua-bench: performance figures of MotCua Desk at the scale of a provincial center with ten
// years of history (1,000,000 dossiers). Each figure is measured through the app's own code
// and, in the same run, as the same work done with the raw SQLite C API (the baseline), so
// the ratio shows what the app's layers cost. Not part of the test suite: run it by hand
// (see README, "Performance").

#include "bench/AttachmentBench.h"
#include "bench/BenchStats.h"
#include "bench/EncryptionBench.h"
#include "bench/PagesBench.h"
#include "bench/ProcessingBench.h"
#include "bench/RawSqlite.h"
#include "bench/ReceiptBench.h"
#include "bench/ReportBench.h"
#include "bench/ScanBench.h"
#include "bench/SyncBench.h"
#include "core/Clock.h"
#include "core/MemoryReuse.h"
#include "core/TextFold.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierGenerator.h"
#include "service/DossierService.h"
#include "store/Database.h"
#include "store/DossierCodeAllocator.h"
#include "store/DossierRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <string>
#include <vector>

using namespace motcua;
using namespace motcua::bench;

namespace {

using Clock_ = Steady;

constexpr auto err = &printErr;
constexpr auto out = &printOut;

using syncbench::loadAverage;

// What DossierRepository::search sends to FTS5 for a name: each folded word a quoted prefix.
std::string ftsQuery(const QString& text)
{
    QStringList terms;
    const QStringList words = foldText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& w : words)
        terms.append(QLatin1Char('"') + QString(w).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                     QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' ')).toStdString();
}

const char* const kListColumns = "d.id, d.code, d.applicant_name, d.procedure_name, d.department_id, d.state, "
                                 "d.received_at, d.appointment_at";

class Bench
{
public:
    Bench(AppContext& app, sqlite3* raw, const QString& dbPath, std::uint64_t seed)
        : m_app(app)
        , m_raw(raw)
        , m_dbPath(dbPath)
        , m_seed(seed)
        , m_repo(app.db())
    {}

    QList<Figure> figures;

    void add(const QString& name, double value, const QString& unit, double baseline = std::nan(""),
             double targetMax = std::nan(""), double ratioMax = std::nan(""))
    {
        Figure f;
        f.name = name;
        f.value = value;
        f.unit = unit;
        f.baseline = baseline;
        f.targetMax = targetMax;
        f.ratioMax = ratioMax;
        figures.append(f);
        printFigure(f);
    }

    static void printFigure(const Figure& f)
    {
        auto num = [](double v) { return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', 3); };
        QString line =
            f.name.leftJustified(30) + QLatin1Char(' ') + num(f.value).rightJustified(10) + QLatin1Char(' ') +
            f.unit.leftJustified(4) + QLatin1Char(' ') + num(f.baseline).rightJustified(10) + QLatin1Char(' ') +
            (std::isnan(f.ratio()) ? QStringLiteral("-") : QString::number(f.ratio(), 'f', 2)).rightJustified(7);
        if (f.hasTarget())
            line += f.met() ? QStringLiteral("   ok") : QStringLiteral("   MISSED");
        out(line + QLatin1Char('\n'));
    }

    // Runs `app` and `baseline` alternately (which goes first alternates too, so neither
    // always finds the other's pages in the cache) and adds p50 and p99 figures.
    void measure(const QString& name, int iterations, const std::function<void(int)>& app,
                 const std::function<void(int)>& baseline, double p99Max, double p50Max = std::nan(""),
                 double p50RatioMax = std::nan(""))
    {
        std::vector<double> a, b;
        a.reserve(static_cast<std::size_t>(iterations));
        b.reserve(static_cast<std::size_t>(iterations));
        for (int i = 0; i < std::min(10, iterations); ++i) { // warm-up, not counted
            app(i);
            baseline(i);
        }
        for (int i = 0; i < iterations; ++i) {
            for (int k = 0; k < 2; ++k) {
                if ((k == 0) == (i % 2 == 0)) {
                    const auto t = Clock_::now();
                    app(i);
                    a.push_back(msSince(t));
                } else {
                    const auto t = Clock_::now();
                    baseline(i);
                    b.push_back(msSince(t));
                }
            }
        }
        add(name + QStringLiteral(".p50"), percentile(a, 50), QStringLiteral("ms"), percentile(b, 50), p50Max,
            p50RatioMax);
        add(name + QStringLiteral(".p99"), percentile(a, 99), QStringLiteral("ms"), percentile(b, 99), p99Max);
    }

    void commits(int n);
    void nameSearch(int n);
    void lookups(int n);
    void firstPage(int n);
    void todayCounts(int n);

private:
    AppContext& m_app;
    sqlite3* m_raw;
    QString m_dbPath;
    std::uint64_t m_seed;
    DossierRepository m_repo;
};

// A dossier typed at the counter: DossierService::receive, the one commit path (code, appointment,
// rows, history, audit, outbox; WAL with synchronous=FULL). Baseline: one dossier-sized row
// inserted and committed with the raw API, same journal and synchronous settings, in a scratch
// database beside the benchmarked one.
void Bench::commits(int n)
{
    DossierService& service = m_app.dossiers();
    // Live intake leases numbers from the center; this stands in for it, continuing after the
    // day's last used number, so repeated runs never exhaust a station's offline range.
    Database& db = m_app.db();
    service.codes().setLeaseSource([&db](const QString& agency, const QString& day, int size) -> Result<CodeBlock> {
        Statement& st = db.prepare(QStringLiteral(
            "SELECT coalesce(max(last), 0) FROM code_blocks WHERE agency = ?1 AND day = ?2 AND source = 'lease'"));
        st.bind(1, agency).bind(2, day);
        const int last = st.next() ? st.integer(0) : 0;
        st.reset();
        if (last + size >= 5000)
            return Error::conflict(QStringLiteral("lease range used up"));
        return CodeBlock{last + 1, last + size};
    });
    QStringList procedures;
    for (const Procedure& p : m_app.catalogue().procedures()) {
        if (p.channel(Channel::Counter) && p.components.size() <= 6)
            procedures.append(p.code);
    }
    Actor clerk;
    clerk.username = QStringLiteral("bench");
    clerk.fullName = QStringLiteral("Benchmark");
    clerk.role = Role::Clerk;
    SeededRandom rng(m_seed ^ 0xC0FFEEULL);
    const QStringList names = DossierGenerator::nameQueries(m_seed ^ 0xABCDULL, n + 10);
    auto draft = [&](int i) {
        Dossier d;
        d.procedureCode = procedures.at(i % procedures.size());
        d.channel = Channel::Counter;
        d.applicant.type = ApplicantType::Citizen;
        d.applicant.fullName = names.at(i); // folded text is a fine name for the measurement
        d.applicant.idNumber = QStringLiteral("0620%1%2").arg(80 + i % 20).arg(rng.between(100000, 999999));
        d.applicant.birthDate = QDate(1980 + i % 20, 1 + i % 12, 1 + i % 28);
        d.applicant.gender = QStringLiteral("Nam");
        d.applicant.address = QStringLiteral("Số 12 đường Trần Phú, phường Quyết Thắng, thành phố Kon Tum");
        d.applicant.phone = QStringLiteral("0905%1").arg(rng.between(100000, 999999));
        return d;
    };

    const QString rawPath = m_dbPath + QStringLiteral(".raw-baseline");
    QFile::remove(rawPath);
    QFile::remove(rawPath + QStringLiteral("-wal"));
    QFile::remove(rawPath + QStringLiteral("-shm"));
    sqlite3* raw = nullptr;
    sqlite3_open_v2(QFile::encodeName(rawPath).constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    sqlite3_exec(raw,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE d (id INTEGER PRIMARY KEY, code TEXT "
                 "UNIQUE, procedure_code TEXT, procedure_name TEXT, department_id INTEGER, channel INTEGER, state "
                 "INTEGER, applicant_name TEXT, name_folded TEXT, id_number TEXT, address TEXT, phone TEXT, "
                 "summary TEXT, received_at INTEGER, appointment_at INTEGER, appointment_rule TEXT, received_by TEXT, "
                 "updated_at INTEGER)",
                 nullptr, nullptr, nullptr);
    RawStatement insert(raw, "INSERT INTO d (code, procedure_code, procedure_name, department_id, channel, state, "
                             "applicant_name, name_folded, id_number, address, phone, summary, received_at, "
                             "appointment_at, appointment_rule, received_by, updated_at) VALUES (?1, '1.002010', "
                             "?2, 5, 1, 2, ?3, ?4, ?5, ?6, ?7, ?2, ?8, ?9, ?10, 'bench', ?8)");
    const std::string procedureName = "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư "
                                      "trú tại Việt Nam";
    const std::string rule = "7 working days from 25/11/2026 09:12; skipped: 2 weekends";

    int failures = 0, rawSequence = 0;
    QString firstError;
    measure(
        QStringLiteral("commit.dossier"), n,
        [&](int i) {
            auto r = service.receive(clerk, draft(i + 10));
            if (!r) {
                ++failures;
                if (firstError.isEmpty())
                    firstError = r.error().message;
            }
        },
        [&](int i) {
            const std::int64_t now = QDateTime::currentSecsSinceEpoch();
            sqlite3_exec(raw, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
            insert.text(1, "000.00.00.H34-261125-" + std::to_string(++rawSequence));
            insert.text(2, procedureName);
            insert.text(3, names.at(i).toStdString());
            insert.text(4, names.at(i).toStdString());
            insert.text(5, "062080123456");
            insert.text(6, "Số 12 đường Trần Phú, phường Quyết Thắng, thành phố Kon Tum");
            insert.text(7, "0905123456");
            insert.integer(8, now);
            insert.integer(9, now + 7 * 86400);
            insert.text(10, rule);
            if (insert.run() < 0)
                ++failures;
            sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);
        },
        std::nan(""), 5.0, 3.0);
    sqlite3_close(raw);
    QFile::remove(rawPath);
    QFile::remove(rawPath + QStringLiteral("-wal"));
    QFile::remove(rawPath + QStringLiteral("-shm"));
    if (failures > 0)
        err(QStringLiteral("commit: %1 failures; first: %2\n").arg(failures).arg(firstError));
}

// The search box with a name typed without diacritics ("nguyen van hung", "tran thi", "ng van h"),
// queries drawn from the generator's name distributions.
void Bench::nameSearch(int n)
{
    const QStringList queries = DossierGenerator::nameQueries(m_seed ^ 0x5EA4C4ULL, n + 10);
    RawStatement st(m_raw, std::string("SELECT ") + kListColumns +
                               " FROM dossiers_fts f JOIN dossiers d ON d.id = f.rowid WHERE dossiers_fts MATCH ?1 "
                               "ORDER BY d.received_at DESC, d.id DESC LIMIT ?2");
    qint64 hits = 0;
    measure(
        QStringLiteral("search.name"), n,
        [&](int i) {
            auto rows = m_app.dossiers().search(queries.at(i), 50);
            hits += rows ? rows->size() : 0;
        },
        [&](int i) {
            st.text(1, ftsQuery(queries.at(i)));
            st.integer(2, 50);
            st.run();
        },
        10.0);
    // The same search with the FTS doing the "newest first" (ids grow with receipt) and the
    // LIMIT, so only 50 rows are read from dossiers: the query proposed for
    // DossierRepository::search (README, "Performance"). Through the app's Database wrapper,
    // against the raw API.
    const QString proposed = QStringLiteral("SELECT ") + QLatin1String(kListColumns) +
                             QStringLiteral(" FROM dossiers d WHERE d.id IN (SELECT rowid FROM dossiers_fts WHERE "
                                            "dossiers_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2) ORDER BY "
                                            "d.received_at DESC, d.id DESC");
    RawStatement rawProposed(m_raw, proposed.toStdString());
    measure(
        QStringLiteral("search.name.proposed"), n,
        [&](int i) {
            Statement& q = m_app.db().prepare(proposed);
            q.bind(1, QString::fromStdString(ftsQuery(queries.at(i)))).bind(2, 50);
            while (q.next())
                hits += q.int64(0) > 0 ? 0 : 1;
        },
        [&](int i) {
            rawProposed.text(1, ftsQuery(queries.at(i)));
            rawProposed.integer(2, 50);
            rawProposed.run();
        },
        10.0);
    err(QStringLiteral("search.name: %1 rows per query on average\n")
            .arg(static_cast<double>(hits) / (n + 10), 0, 'f', 1));
}

// A dossier opened by its code (receipt QR), a citizen found by ID number, a row by id.
void Bench::lookups(int n)
{
    qint64 maxId = 0;
    {
        RawStatement st(m_raw, "SELECT max(id) FROM dossiers");
        sqlite3_step(st.get());
        maxId = sqlite3_column_int64(st.get(), 0);
    }
    SeededRandom rng(m_seed ^ 0x100CULL);
    std::vector<qint64> ids;
    std::vector<std::string> codes, idNumbers, phones;
    {
        RawStatement st(m_raw, "SELECT id, code, id_number FROM dossiers WHERE id >= ?1 ORDER BY id LIMIT 1");
        // Phones as typed at the counter: the first stored one from a random row on.
        RawStatement phone(m_raw, "SELECT phone FROM dossiers WHERE id >= ?1 AND phone <> '' ORDER BY id LIMIT 1");
        for (int i = 0; i < n + 10; ++i) {
            const qint64 from = rng.between(1, maxId);
            st.integer(1, from);
            if (sqlite3_step(st.get()) == SQLITE_ROW) {
                ids.push_back(sqlite3_column_int64(st.get(), 0));
                codes.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st.get(), 1)));
                idNumbers.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st.get(), 2)));
                phone.integer(1, from);
                phones.emplace_back(sqlite3_step(phone.get()) == SQLITE_ROW
                                        ? reinterpret_cast<const char*>(sqlite3_column_text(phone.get(), 0))
                                        : "0905123456");
                sqlite3_reset(phone.get());
            }
            sqlite3_reset(st.get());
        }
    }
    const int count = static_cast<int>(ids.size()) - 10;
    const std::string dossierColumns =
        "SELECT d.id, d.code, d.procedure_id, d.procedure_code, d.procedure_name, dep.code, d.channel, d.state, "
        "d.applicant_type, d.applicant_name, d.id_number, d.birth_date, d.gender, d.address, d.phone, d.email, "
        "d.representative, d.sets, d.summary, d.notes, d.received_at, d.appointment_at, d.appointment_rule, "
        "d.finished_at, d.returned_at, d.received_by, d.updated_at FROM dossiers d JOIN departments dep ON dep.id = "
        "d.department_id ";
    RawStatement byCode(m_raw, dossierColumns + "WHERE d.code = ?1");
    RawStatement byId(m_raw, dossierColumns + "WHERE d.id = ?1");
    RawStatement components(m_raw, "SELECT component_id, name, originals, certified_copies, photocopies, provided "
                                   "FROM dossier_components WHERE dossier_id = ?1 ORDER BY id");
    RawStatement fees(m_raw, "SELECT name, amount_vnd, override_reason FROM dossier_fees WHERE dossier_id = ?1 "
                             "ORDER BY id");
    RawStatement byIdNumber(m_raw, std::string("SELECT ") + kListColumns +
                                       " FROM dossiers d WHERE d.id_number = ?1 AND d.id_number <> '' ORDER BY "
                                       "d.received_at DESC, d.id DESC LIMIT ?2");
    auto details = [&](qint64 id) {
        components.integer(1, id);
        components.run();
        fees.integer(1, id);
        fees.run();
    };
    measure(
        QStringLiteral("lookup.code"), count,
        [&](int i) { (void)m_app.dossiers().byCode(QString::fromStdString(codes[static_cast<std::size_t>(i)])); },
        [&](int i) {
            byCode.text(1, codes[static_cast<std::size_t>(i)]);
            byCode.run();
            details(ids[static_cast<std::size_t>(i)]);
        },
        2.0);
    measure(
        QStringLiteral("lookup.id_number"), count,
        [&](int i) {
            (void)m_app.dossiers().search(QString::fromStdString(idNumbers[static_cast<std::size_t>(i)]), 50);
        },
        [&](int i) {
            byIdNumber.text(1, idNumbers[static_cast<std::size_t>(i)]);
            byIdNumber.integer(2, 50);
            byIdNumber.run();
        },
        2.0);
    // The search box with the tail of a code read off a receipt ("261207-5002", "5002": index
    // dossiers_code_tail, schema 014) and with a phone. Baselines: the same statements, raw.
    auto tailSql = [](bool withDay) {
        return std::string("SELECT ") + kListColumns +
               " FROM dossiers d WHERE d.id IN (SELECT id FROM dossiers WHERE substr(code, -4) = ?1" +
               (withDay ? " AND substr(code, -11, 6) = ?2 ORDER BY substr(code, -11, 6) DESC LIMIT ?3)"
                        : " ORDER BY substr(code, -11, 6) DESC LIMIT ?2)") +
               " ORDER BY d.received_at DESC, d.id DESC";
    };
    RawStatement byTail(m_raw, tailSql(true));
    RawStatement byNumber(m_raw, tailSql(false));
    RawStatement byPhone(m_raw, std::string("SELECT ") + kListColumns +
                                    " FROM dossiers d WHERE ((d.phone = ?1 AND d.phone <> '') OR (d.id_number = ?2 "
                                    "AND d.id_number <> '')) ORDER BY d.received_at DESC, d.id DESC LIMIT ?3");
    auto code = [&](int i) { return codes[static_cast<std::size_t>(i)]; };
    qint64 tailHits = 0, numberHits = 0, phoneHits = 0;
    measure(
        QStringLiteral("search.code_tail"), count,
        [&](int i) {
            auto rows = m_app.dossiers().search(QString::fromStdString(code(i).substr(code(i).size() - 11)), 50);
            tailHits += rows ? rows->size() : 0;
        },
        [&](int i) {
            byTail.text(1, code(i).substr(code(i).size() - 4));
            byTail.text(2, code(i).substr(code(i).size() - 11, 6));
            byTail.integer(3, 50);
            byTail.run();
        },
        2.0);
    measure(
        QStringLiteral("search.code_number"), count,
        [&](int i) {
            auto rows = m_app.dossiers().search(QString::fromStdString(code(i).substr(code(i).size() - 4)), 50);
            numberHits += rows ? rows->size() : 0;
        },
        [&](int i) {
            byNumber.text(1, code(i).substr(code(i).size() - 4));
            byNumber.integer(2, 50);
            byNumber.run();
        },
        10.0);
    measure(
        QStringLiteral("search.phone"), count,
        [&](int i) {
            auto rows = m_app.dossiers().search(QString::fromStdString(phones[static_cast<std::size_t>(i)]), 50);
            phoneHits += rows ? rows->size() : 0;
        },
        [&](int i) {
            const std::string normal =
                DossierRepository::normalizePhone(QString::fromStdString(phones[static_cast<std::size_t>(i)]))
                    .toStdString();
            byPhone.text(1, normal);
            byPhone.text(2, phones[static_cast<std::size_t>(i)]);
            byPhone.integer(3, 50);
            byPhone.run();
        },
        2.0);
    err(QStringLiteral("search rows per query: code tail %1, number %2, phone %3\n")
            .arg(static_cast<double>(tailHits) / (count + 10), 0, 'f', 1)
            .arg(static_cast<double>(numberHits) / (count + 10), 0, 'f', 1)
            .arg(static_cast<double>(phoneHits) / (count + 10), 0, 'f', 1));
    measure(
        QStringLiteral("lookup.row_id"), count, [&](int i) { (void)m_repo.byId(ids[static_cast<std::size_t>(i)]); },
        [&](int i) {
            byId.integer(1, ids[static_cast<std::size_t>(i)]);
            byId.run();
            details(ids[static_cast<std::size_t>(i)]);
        },
        2.0);
}

// The Dossiers list filtered by one department, first page (100 rows, newest first).
void Bench::firstPage(int n)
{
    std::vector<qint64> departments;
    {
        RawStatement st(m_raw, "SELECT id FROM departments ORDER BY ordinal, id");
        while (sqlite3_step(st.get()) == SQLITE_ROW)
            departments.push_back(sqlite3_column_int64(st.get(), 0));
    }
    RawStatement st(m_raw, std::string("SELECT ") + kListColumns +
                               " FROM dossiers d WHERE 1 AND d.department_id = ?1 ORDER BY d.received_at DESC, d.id "
                               "DESC LIMIT ?2");
    measure(
        QStringLiteral("page.department.first"), n,
        [&](int i) {
            DossierFilter filter;
            filter.departmentId = departments[static_cast<std::size_t>(i) % departments.size()];
            (void)m_repo.page(filter, {}, 100);
        },
        [&](int i) {
            st.integer(1, departments[static_cast<std::size_t>(i) % departments.size()]);
            st.integer(2, 101);
            st.run();
        },
        30.0);
}

// The supervisor's dashboard: dossiers received today per department.
void Bench::todayCounts(int n)
{
    const QDate today = toVietnam(QDateTime::currentDateTimeUtc()).date();
    const auto [first, end] = DossierRepository::vietnamDayRange(today);
    RawStatement st(m_raw, "SELECT dep.id, (SELECT count(*) FROM dossiers d WHERE d.department_id = dep.id AND "
                           "d.received_at >= ?1 AND d.received_at < ?2) FROM departments dep ORDER BY dep.ordinal, "
                           "dep.id");
    measure(
        QStringLiteral("counts.today_by_department"), n, [&](int) { (void)m_repo.countsByDepartment(today); },
        [&](int) {
            st.integer(1, first);
            st.integer(2, end);
            st.run();
        },
        50.0);
}

} // namespace

int main(int argc, char** argv)
{
    // As the desktop app does (its sync moves attachments in megabyte chunks).
    motcua::reuseFreedMemory();
    // --scan needs Qt Gui (fonts, images) and starts its own application.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--scan") == 0)
            return motcua::bench::runScanBench(argc, argv);
    }
    // The receipt figures draw text into PDFs (Qt Gui); no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication qapp(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("motcua-bench"));
    QLoggingCategory::setFilterRules(QStringLiteral("motcua.*.info=false\nmotcua.*.debug=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures MotCua Desk at scale (commit, search, lookups, lists, counts, memory, size) against the same work "
        "done with the raw SQLite C API. Prints 'name value unit baseline ratio' and writes JSON."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Database to use: reused when it holds enough dossiers, seeded "
                                                     "when it holds none (default motcua-bench.db)."),
                                      QStringLiteral("PATH"), QStringLiteral("motcua-bench.db"));
    const QCommandLineOption dossiersOption(QStringLiteral("dossiers"),
                                            QStringLiteral("Dossiers in the database (default 1000000)."),
                                            QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("Smoke run: 50,000 dossiers and fewer iterations."));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Generator seed (default 1)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption jsonOption(QStringLiteral("json-out"),
                                        QStringLiteral("Where to write the results (default bench-results.json)."),
                                        QStringLiteral("PATH"), QStringLiteral("bench-results.json"));
    const QCommandLineOption attachmentsOption(
        QStringLiteral("attachments"),
        QStringLiteral("Only the attachment store: throughput beside raw OpenSSL AES-256-GCM (no database needed)."));
    const QCommandLineOption processingOption(
        QStringLiteral("processing"),
        QStringLiteral("Only the Dossiers page's figures: search box and first pages of the filtered lists."));
    const QCommandLineOption pagesOption(
        QStringLiteral("pages"),
        QStringLiteral("Only the desk's figures: start-up to an interactive main window (runs the motcua program "
                       "beside this one) and scrolling the whole Dossiers list with its peak memory."));
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        QStringLiteral("Only the supervisor's figures: dashboard refresh and a one-year report."));
    const QCommandLineOption syncOption(
        QStringLiteral("sync"),
        QStringLiteral("Sync figures instead: 10,000 dossiers with history and one 64 MiB attachment sent to a "
                       "local motcua-portal over HTTPS (SyncBench.cpp)."));
    const QCommandLineOption portalOption(QStringLiteral("portal-bin"),
                                          QStringLiteral("The motcua-portal program for --sync (default: beside "
                                                         "motcua-bench)."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption delayedAcksOption(
        QStringLiteral("delayed-acks"),
        QStringLiteral("With --sync: the portal delays its ACKs as a stock TCP stack does (motcua-portal "
                       "--delayed-acks), as a real portal may."));
    const QCommandLineOption centerOption(
        QStringLiteral("center"),
        QStringLiteral("Center figures instead: 20 workstations sync 1,000 dossiers each with history at once into "
                       "one motcua-center on PostgreSQL, beside raw libpq; and an attachment upload beside raw HTTPS "
                       "(SyncBenchCenter.cpp). The database is emptied: run as `pg_virtualenv motcua-bench --center` "
                       "or give --center-db."));
    const QCommandLineOption centerDbOption(
        QStringLiteral("center-db"), QStringLiteral("libpq connection string of a scratch database for --center."),
        QStringLiteral("CONNINFO"));
    const QCommandLineOption feedOption(
        QStringLiteral("feed"),
        QStringLiteral("Center feed figures instead: a new workstation catches up on a center of --dossiers "
                       "dossiers (default 100000) through the dossier feed, beside raw libpq + SQLite "
                       "(FeedBench.cpp). The database is emptied: run as `pg_virtualenv motcua-bench --feed` or give "
                       "--center-db."));
    const QCommandLineOption encryptedOption(
        QStringLiteral("encrypted-vs-plain"),
        QStringLiteral("The default figures on the database encrypted at rest beside the same work on the plain one "
                       "(a copy \"<db>.encrypted\", made once), each within 1.3x of plain (EncryptionBench.h)."));
    const QCommandLineOption cacheOption(QStringLiteral("cache-mb"),
                                         QStringLiteral("With --encrypted-vs-plain: both connections' page cache in MB "
                                                        "(default: the app's, 64 MB)."),
                                         QStringLiteral("MB"), QStringLiteral("0"));
    const QCommandLineOption stationsOption(QStringLiteral("stations"),
                                            QStringLiteral("Workstations for --center (default 20)."),
                                            QStringLiteral("N"), QStringLiteral("20"));
    for (const QCommandLineOption& o :
         {dbOption, dossiersOption, quickOption, seedOption, jsonOption, attachmentsOption, processingOption,
          pagesOption, reportOption, syncOption, portalOption, delayedAcksOption, centerOption, centerDbOption,
          stationsOption, feedOption, encryptedOption, cacheOption})
        parser.addOption(o);
    parser.process(qapp);
    if (parser.isSet(feedOption)) {
        return runFeedBench(QCoreApplication::applicationDirPath() + QStringLiteral("/motcua-center"),
                            parser.value(centerDbOption),
                            parser.isSet(dossiersOption) ? parser.value(dossiersOption).toLongLong() : 100000);
    }
    if (parser.isSet(centerOption)) {
        return runCenterBench(QCoreApplication::applicationDirPath() + QStringLiteral("/motcua-center"),
                              parser.value(centerDbOption), parser.value(stationsOption).toInt(),
                              parser.isSet(dossiersOption) ? parser.value(dossiersOption).toInt() : 1000,
                              parser.isSet(quickOption) ? 16 : 64);
    }
    if (parser.isSet(syncOption)) {
        const QString portal = parser.isSet(portalOption)
                                   ? parser.value(portalOption)
                                   : QCoreApplication::applicationDirPath() + QStringLiteral("/motcua-portal");
        return runSyncBench(portal, parser.isSet(dossiersOption) ? parser.value(dossiersOption).toInt() : 10000,
                            parser.isSet(quickOption) ? 16 : 64, parser.isSet(delayedAcksOption));
    }

    const bool quick = parser.isSet(quickOption);
    if (parser.isSet(attachmentsOption))
        return runAttachmentBench(quick);
    const qint64 wanted = quick && !parser.isSet(dossiersOption) ? 50000 : parser.value(dossiersOption).toLongLong();
    const std::uint64_t seed = parser.value(seedOption).toULongLong();
    const QString path = QFileInfo(parser.value(dbOption)).absoluteFilePath();
    const int commitRuns = quick ? 50 : 200, searchRuns = quick ? 200 : 1000, lookupRuns = quick ? 200 : 1000,
              listRuns = quick ? 50 : 200;
    if (wanted < 1000) {
        err(QStringLiteral("motcua-bench: --dossiers must be at least 1000.\n"));
        return 2;
    }

    AppContext::Options options;
    options.databasePath = path;
    // Plain: the raw baselines open the same file without a key, and an administrator's login
    // (--pages) would otherwise encrypt it. --encrypted-vs-plain measures an encrypted copy.
    options.encryptAtAdminLogin = false;
    auto opened = AppContext::open(options);
    if (!opened) {
        err(QStringLiteral("motcua-bench: %1\n").arg(opened.error().message));
        return 1;
    }
    AppContext& app = **opened;
    qint64 have = 0;
    {
        Statement& st = app.db().prepare(QStringLiteral("SELECT count(*) FROM dossiers"));
        have = st.next() ? st.int64(0) : 0;
        st.reset();
    }
    QJsonObject seedJson;
    QList<Figure> seedFigures;
    if (have == 0) {
        err(QStringLiteral("seeding %1 dossiers into %2 (seed %3)\n").arg(wanted).arg(path).arg(seed));
        GeneratorOptions g;
        g.dossiers = wanted;
        g.seed = seed;
        QElapsedTimer timer;
        timer.start();
        g.progress = [&timer](qint64 done, qint64 total) {
            const double secs = static_cast<double>(timer.elapsed()) / 1000.0;
            err(QStringLiteral("\r  %1 / %2  %3 rows/s ")
                    .arg(done)
                    .arg(total)
                    .arg(secs > 0 ? done / secs : 0, 0, 'f', 0));
        };
        DossierGenerator generator(app.db(), app.settings(), app.catalogue(), app.calendar(), app.clock());
        auto summary = generator.run(g);
        err(QStringLiteral("\n"));
        if (!summary) {
            err(QStringLiteral("motcua-bench: seeding failed: %1\n").arg(summary.error().message));
            return 1;
        }
        const double secs = static_cast<double>(timer.elapsed()) / 1000.0;
        Figure f;
        f.name = QStringLiteral("seed.time");
        f.value = secs;
        f.unit = QStringLiteral("s");
        f.targetMax = 90.0 * static_cast<double>(wanted) / 1e6;
        seedFigures.append(f);
        seedJson = QJsonObject{{QStringLiteral("dossiers"), summary->dossiers},
                               {QStringLiteral("events"), summary->events},
                               {QStringLiteral("components"), summary->components},
                               {QStringLiteral("outbox"), summary->outbox},
                               {QStringLiteral("open"), summary->open},
                               {QStringLiteral("overdue"), summary->overdue},
                               {QStringLiteral("seconds"), secs}};
        have = summary->dossiers;
    } else if (have < wanted) {
        err(QStringLiteral("motcua-bench: %1 holds %2 dossiers, fewer than %3: delete it or give another --db.\n")
                .arg(path)
                .arg(have)
                .arg(wanted));
        return 2;
    } else {
        err(QStringLiteral("reusing %1 (%2 dossiers)\n").arg(path).arg(have));
    }

    if (parser.isSet(encryptedOption)) {
        const int missed =
            runEncryptionBench(app, path, seed, quick, parser.value(cacheOption).toInt(), parser.value(jsonOption));
        return missed < 0 ? 1 : (missed == 0 ? 0 : 3);
    }

    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        err(QStringLiteral("motcua-bench: cannot open %1 for the baselines\n").arg(path));
        return 1;
    }
    const QDateTime started = QDateTime::currentDateTime();
    out(QStringLiteral("# motcua-bench %1, %2 dossiers, %3 cores, load average %4\n")
            .arg(started.toString(Qt::ISODate))
            .arg(have)
            .arg(QThread::idealThreadCount())
            .arg(loadAverage()));
    out(QStringLiteral("# name                            value unit   baseline   ratio\n"));
    for (const Figure& f : std::as_const(seedFigures))
        Bench::printFigure(f);

    if (parser.isSet(processingOption)) {
        const int missed = runProcessingBench(app, raw, quick ? 100 : 500);
        sqlite3_close(raw);
        out(QStringLiteral("# processing targets: %1 missed\n").arg(missed));
        return 0;
    }

    if (parser.isSet(pagesOption)) {
        const int missed =
            runPagesBench(app, raw, path, QCoreApplication::applicationDirPath() + QStringLiteral("/motcua"));
        sqlite3_close(raw);
        out(QStringLiteral("# pages targets: %1 missed\n").arg(missed));
        return 0;
    }

    if (parser.isSet(reportOption)) {
        const int missed = runReportBench(app, raw, quick ? 10 : 40);
        sqlite3_close(raw);
        return missed == 0 ? 0 : 3;
    }

    resetPeakRss();
    Bench bench(app, raw, path, seed);
    bench.figures = seedFigures;
    bench.nameSearch(searchRuns);
    bench.lookups(lookupRuns);
    bench.firstPage(listRuns);
    bench.todayCounts(listRuns);
    bench.commits(commitRuns);
    for (const ReceiptFigure& r : receiptFigures(app, quick ? 30 : 100))
        bench.add(r.name, r.value, r.unit, r.baseline, r.targetMax);
    bench.add(QStringLiteral("memory.peak_rss"), peakRssMb(), QStringLiteral("MB"));
    sqlite3_close(raw);
    (void)app.db().execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const double sizeMb = static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0);
    bench.add(QStringLiteral("database.size"), sizeMb, QStringLiteral("MB"), std::nan(""),
              1536.0 * static_cast<double>(have) / 1e6);

    int missed = 0;
    QJsonArray list;
    for (const Figure& f : std::as_const(bench.figures)) {
        auto num = [](double v) { return std::isnan(v) ? QJsonValue() : QJsonValue(v); };
        QJsonObject o{{QStringLiteral("name"), f.name},
                      {QStringLiteral("value"), f.value},
                      {QStringLiteral("unit"), f.unit},
                      {QStringLiteral("baseline"), num(f.baseline)},
                      {QStringLiteral("ratio"), num(f.ratio())}};
        if (f.hasTarget()) {
            o.insert(QStringLiteral("target_max"), num(f.targetMax));
            o.insert(QStringLiteral("ratio_max"), num(f.ratioMax));
            o.insert(QStringLiteral("met"), f.met());
            missed += f.met() ? 0 : 1;
        }
        list.append(o);
    }
    const QJsonObject result{{QStringLiteral("date"), started.toString(Qt::ISODate)},
                             {QStringLiteral("database"), path},
                             {QStringLiteral("dossiers"), have},
                             {QStringLiteral("cores"), QThread::idealThreadCount()},
                             {QStringLiteral("load_average"), loadAverage()},
                             {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                             {QStringLiteral("seed"), seedJson},
                             {QStringLiteral("figures"), list}};
    QFile json(parser.value(jsonOption));
    if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        json.write(QJsonDocument(result).toJson(QJsonDocument::Indented)) < 0) {
        err(QStringLiteral("motcua-bench: cannot write %1\n").arg(json.fileName()));
        return 1;
    }
    out(QStringLiteral("# targets: %1 missed; results in %2\n").arg(missed).arg(QFileInfo(json).absoluteFilePath()));
    return 0;
}
