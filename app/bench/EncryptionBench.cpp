#include "bench/EncryptionBench.h"

#include "bench/BenchStats.h"
#include "core/Clock.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierGenerator.h"
#include "service/DossierService.h"
#include "store/Database.h"
#include "store/DossierCodeAllocator.h"
#include "store/DossierRepository.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <cmath>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace motcua::bench {

namespace {

const QString kAdmin = QStringLiteral("bench.admin");
const QString kAdminPassword = QStringLiteral("bench-encrypted-2026");
constexpr double kRatioMax = 1.3;
constexpr double kCommitP99Max = 10.0;

constexpr auto print = &printOut;
constexpr auto warn = &printErr;

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : std::nan("");
}

struct Pair
{
    QString name;
    double encrypted = 0;
    double plain = 0;
    double absoluteMax = std::nan("");

    double ratio() const { return plain > 0 ? encrypted / plain : std::nan(""); }
    bool met() const
    {
        return (std::isnan(ratio()) || ratio() <= kRatioMax) && (std::isnan(absoluteMax) || encrypted <= absoluteMax);
    }
};

class Comparison
{
public:
    QList<Pair> figures;

    // Runs the two alternately (which goes first alternates too) and adds p50 and p99.
    void measure(const QString& name, int n, const std::function<void(int)>& encrypted,
                 const std::function<void(int)>& plain, double p99Max = std::nan(""))
    {
        std::vector<double> e, p;
        for (int i = 0; i < std::min(10, n); ++i) { // warm-up, not counted
            encrypted(i);
            plain(i);
        }
        for (int i = 0; i < n; ++i) {
            for (int k = 0; k < 2; ++k) {
                const bool encryptedNow = (k == 0) == (i % 2 == 0);
                const auto t = Steady::now();
                (encryptedNow ? encrypted : plain)(i);
                (encryptedNow ? e : p).push_back(msSince(t));
            }
        }
        add(Pair{name + QStringLiteral(".p50"), percentile(e, 50), percentile(p, 50)});
        add(Pair{name + QStringLiteral(".p99"), percentile(e, 99), percentile(p, 99), p99Max});
    }

    void add(const Pair& f)
    {
        figures.append(f);
        auto num = [](double v) { return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', 3); };
        QString line =
            f.name.leftJustified(30) + QLatin1Char(' ') + num(f.encrypted).rightJustified(10) +
            QStringLiteral(" ms   ") + num(f.plain).rightJustified(10) + QLatin1Char(' ') +
            (std::isnan(f.ratio()) ? QStringLiteral("-") : QString::number(f.ratio(), 'f', 2)).rightJustified(7);
        line += f.met() ? QStringLiteral("   ok") : QStringLiteral("   MISSED");
        print(line + QLatin1Char('\n'));
    }
};

// The encrypted copy: the plain database copied, then upgraded as a real one is (its first
// administrator's login encrypts it in place, AppContext). Reused when it exists.
Result<std::unique_ptr<AppContext>> openEncryptedCopy(AppContext& plain, const QString& path, const QString& copy)
{
    AppContext::Options options;
    options.databasePath = copy;
    options.seedDemo = false;
    options.kdfIterationsForTesting = 1000; // logins are not measured here
    if (Database::fileKind(copy) == Database::FileKind::Encrypted) {
        auto opened = AppContext::open(options);
        if (!opened)
            return opened.error();
        if (auto actor = (*opened)->users().login(kAdmin, kAdminPassword); !actor)
            return actor.error();
        return std::move(*opened);
    }
    warn(QStringLiteral("copying %1 to %2 and encrypting the copy\n").arg(path, copy));
    (void)plain.db().execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-keys")})
        QFile::remove(copy + suffix);
    if (!QFile::copy(path, copy))
        return Error::storage(QStringLiteral("cannot copy %1 to %2").arg(path, copy));
    auto opened = AppContext::open(options);
    if (!opened)
        return opened.error();
    if (!(*opened)->needsFirstAdmin())
        return Error::conflict(QStringLiteral("%1 has user accounts: give a freshly seeded --db").arg(path));
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    if (auto admin = (*opened)->users().createFirstAdmin(kAdmin, QStringLiteral("Benchmark"), kAdminPassword); !admin)
        return admin.error();
    if (!(*opened)->db().isKeyed())
        return Error::storage(QStringLiteral("the copy was not encrypted"));
    warn(
        QStringLiteral("encrypted in %1 s\n").arg((QDateTime::currentMSecsSinceEpoch() - started) / 1000.0, 0, 'f', 1));
    return std::move(*opened);
}

// Live intake leases numbers from the center; this stands in for it (as in the default run).
void leaseLocally(AppContext& app)
{
    Database& db = app.db();
    app.dossiers().codes().setLeaseSource(
        [&db](const QString& agency, const QString& day, int size) -> Result<CodeBlock> {
            Statement& st = db.prepare(QStringLiteral(
                "SELECT coalesce(max(last), 0) FROM code_blocks WHERE agency = ?1 AND day = ?2 AND source = 'lease'"));
            st.bind(1, agency).bind(2, day);
            const int last = st.next() ? st.integer(0) : 0;
            st.reset();
            if (last + size >= 5000)
                return Error::conflict(QStringLiteral("lease range used up"));
            return CodeBlock{last + 1, last + size};
        });
}

// What the desk does between pieces of work (DatabaseGuard): it merges the name index's segments,
// which saves leave unmerged. Not measured; says how many merge steps it took.
int mergeBetweenWork(Database& db)
{
    int steps = 0;
    for (auto more = db.mergeTextIndexes(); more && *more && steps < 10000; more = db.mergeTextIndexes())
        ++steps;
    return steps;
}

// Reads the file once so the operating system caches it: how much of each file the cache held
// before (the other programs of the machine decide that) would otherwise weigh in the ratios,
// where only the decryption should.
void readThrough(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    while (f.read(chunk.data(), chunk.size()) > 0) {
    }
}

struct Sample
{
    std::vector<qint64> ids;
    QStringList codes, idNumbers, phones;
};

Sample sample(Database& db, std::uint64_t seed, int n)
{
    Sample s;
    qint64 maxId = 0;
    {
        Statement& st = db.prepare(QStringLiteral("SELECT max(id) FROM dossiers"));
        maxId = st.next() ? st.int64(0) : 0;
        st.reset();
    }
    SeededRandom rng(seed ^ 0x100CULL);
    for (int i = 0; i < n + 10 && maxId > 0; ++i) {
        Statement& st = db.prepare(
            QStringLiteral("SELECT id, code, id_number, phone FROM dossiers WHERE id >= ?1 ORDER BY id LIMIT 1"));
        st.bind(1, static_cast<qint64>(rng.between(1, maxId)));
        if (st.next()) {
            s.ids.push_back(st.int64(0));
            s.codes.append(st.text(1));
            s.idNumbers.append(st.text(2));
            s.phones.append(st.text(3).isEmpty() ? QStringLiteral("0905123456") : st.text(3));
        }
        st.reset();
    }
    return s;
}

} // namespace

int runEncryptionBench(AppContext& plain, const QString& path, std::uint64_t seed, bool quick, int cacheMb,
                       const QString& jsonPath)
{
    const QString copy = path + QStringLiteral(".encrypted");
    auto opened = openEncryptedCopy(plain, path, copy);
    if (!opened) {
        warn(QStringLiteral("motcua-bench: the encrypted copy: %1\n").arg(opened.error().message));
        return -1;
    }
    AppContext& enc = **opened;
    // The count and the sample are read on a connection of their own: read on the plain one,
    // they would leave the sampled dossiers' pages (and a whole index) in its page cache only.
    Database probe;
    if (Status s = probe.open(path); !s) {
        warn(QStringLiteral("motcua-bench: %1\n").arg(s.error().message));
        return -1;
    }
    qint64 have = 0;
    {
        Statement& st = probe.prepare(QStringLiteral("SELECT count(*) FROM dossiers"));
        have = st.next() ? st.int64(0) : 0;
        st.reset();
    }
    if (cacheMb > 0) {
        const QString pragma = QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(cacheMb) * 1024);
        (void)enc.db().execute(pragma);
        (void)plain.db().execute(pragma);
    }
    const int encMerges = mergeBetweenWork(enc.db()), plainMerges = mergeBetweenWork(plain.db());
    readThrough(copy);
    readThrough(path);
    if (encMerges + plainMerges > 0)
        warn(QStringLiteral("merged the name index first (as the desk does between pieces of work): %1 steps "
                            "encrypted, %2 plain\n")
                 .arg(encMerges)
                 .arg(plainMerges));
    const int searchRuns = quick ? 200 : 1000, lookupRuns = quick ? 200 : 1000, listRuns = quick ? 50 : 200,
              commitRuns = quick ? 50 : 200;
    const QDateTime started = QDateTime::currentDateTime();
    print(QStringLiteral("# motcua-bench --encrypted-vs-plain %1, %2 dossiers, %3 cores, load average %4, page cache "
                         "%5\n")
              .arg(started.toString(Qt::ISODate))
              .arg(have)
              .arg(QThread::idealThreadCount())
              .arg(loadAverage())
              .arg(cacheMb > 0 ? QStringLiteral("%1 MB").arg(cacheMb)
                               : QStringLiteral("%1 MB (the app's)").arg(Database::kPageCacheKiB / 1024)));
    print(QStringLiteral("# name                        encrypted unit      plain   ratio (target <= %1)\n")
              .arg(kRatioMax, 0, 'f', 1));

    Comparison c;
    DossierService& encDossiers = enc.dossiers();
    DossierService& plainDossiers = plain.dossiers();
    const QStringList names = DossierGenerator::nameQueries(seed ^ 0x5EA4C4ULL, searchRuns + 10);
    c.measure(
        QStringLiteral("search.name"), searchRuns, [&](int i) { (void)encDossiers.search(names.at(i), 50); },
        [&](int i) { (void)plainDossiers.search(names.at(i), 50); });

    const Sample s = sample(probe, seed, lookupRuns);
    probe.close();
    const int lookups = static_cast<int>(s.ids.size()) - 10;
    c.measure(
        QStringLiteral("lookup.code"), lookups, [&](int i) { (void)encDossiers.byCode(s.codes.at(i)); },
        [&](int i) { (void)plainDossiers.byCode(s.codes.at(i)); });
    c.measure(
        QStringLiteral("lookup.id_number"), lookups, [&](int i) { (void)encDossiers.search(s.idNumbers.at(i), 50); },
        [&](int i) { (void)plainDossiers.search(s.idNumbers.at(i), 50); });
    c.measure(
        QStringLiteral("search.code_tail"), lookups,
        [&](int i) { (void)encDossiers.search(s.codes.at(i).right(11), 50); },
        [&](int i) { (void)plainDossiers.search(s.codes.at(i).right(11), 50); });
    c.measure(
        QStringLiteral("search.code_number"), lookups,
        [&](int i) { (void)encDossiers.search(s.codes.at(i).right(4), 50); },
        [&](int i) { (void)plainDossiers.search(s.codes.at(i).right(4), 50); });
    c.measure(
        QStringLiteral("search.phone"), lookups, [&](int i) { (void)encDossiers.search(s.phones.at(i), 50); },
        [&](int i) { (void)plainDossiers.search(s.phones.at(i), 50); });
    DossierRepository encRepo(enc.db()), plainRepo(plain.db());
    c.measure(
        QStringLiteral("lookup.row_id"), lookups, [&](int i) { (void)encRepo.byId(s.ids[static_cast<size_t>(i)]); },
        [&](int i) { (void)plainRepo.byId(s.ids[static_cast<size_t>(i)]); });

    std::vector<qint64> departments;
    for (const Department& d : plain.catalogue().departments())
        departments.push_back(d.id);
    auto filterFor = [&](int i) {
        DossierFilter f;
        f.departmentId = departments.empty() ? 0 : departments[static_cast<size_t>(i) % departments.size()];
        return f;
    };
    c.measure(
        QStringLiteral("page.department.first"), listRuns, [&](int i) { (void)encRepo.page(filterFor(i), {}, 100); },
        [&](int i) { (void)plainRepo.page(filterFor(i), {}, 100); });
    const QDate today = toVietnam(QDateTime::currentDateTimeUtc()).date();
    c.measure(
        QStringLiteral("counts.today_by_department"), listRuns, [&](int) { (void)encRepo.countsByDepartment(today); },
        [&](int) { (void)plainRepo.countsByDepartment(today); });

    // A dossier typed at the counter, committed (WAL, synchronous=FULL) on each database.
    leaseLocally(enc);
    leaseLocally(plain);
    QStringList procedures;
    for (const Procedure& p : plain.catalogue().procedures()) {
        if (p.channel(Channel::Counter) && p.components.size() <= 6)
            procedures.append(p.code);
    }
    Actor clerk;
    clerk.username = QStringLiteral("bench");
    clerk.fullName = QStringLiteral("Benchmark");
    clerk.role = Role::Clerk;
    const QStringList applicants = DossierGenerator::nameQueries(seed ^ 0xABCDULL, commitRuns + 20);
    auto draft = [&](int i) {
        Dossier d;
        d.procedureCode = procedures.at(i % procedures.size());
        d.channel = Channel::Counter;
        d.applicant.type = ApplicantType::Citizen;
        d.applicant.fullName = applicants.at(i);
        d.applicant.idNumber = QStringLiteral("0620%1%2").arg(80 + i % 20).arg(100000 + i * 37 % 900000);
        d.applicant.birthDate = QDate(1980 + i % 20, 1 + i % 12, 1 + i % 28);
        d.applicant.address = QStringLiteral("Số 12 đường Trần Phú, phường Quyết Thắng, thành phố Kon Tum");
        d.applicant.phone = QStringLiteral("0905%1").arg(100000 + i * 53 % 900000);
        return d;
    };
    int failures = 0;
    QString firstError;
    auto receive = [&](DossierService& service, int i) {
        if (auto r = service.receive(clerk, draft(i)); !r) {
            ++failures;
            if (firstError.isEmpty())
                firstError = r.error().message;
        }
    };
    c.measure(
        QStringLiteral("commit.dossier"), commitRuns, [&](int i) { receive(encDossiers, i); },
        [&](int i) { receive(plainDossiers, i); }, kCommitP99Max);
    if (failures > 0)
        warn(QStringLiteral("commit: %1 failures; first: %2\n").arg(failures).arg(firstError));

    int missed = 0;
    QJsonArray list;
    for (const Pair& f : std::as_const(c.figures)) {
        missed += f.met() ? 0 : 1;
        QJsonObject o{{QStringLiteral("name"), f.name},         {QStringLiteral("encrypted"), f.encrypted},
                      {QStringLiteral("plain"), f.plain},       {QStringLiteral("ratio"), f.ratio()},
                      {QStringLiteral("ratio_max"), kRatioMax}, {QStringLiteral("met"), f.met()}};
        if (!std::isnan(f.absoluteMax))
            o.insert(QStringLiteral("target_max"), f.absoluteMax);
        list.append(o);
    }
    const QJsonObject result{{QStringLiteral("date"), started.toString(Qt::ISODate)},
                             {QStringLiteral("mode"), QStringLiteral("encrypted-vs-plain")},
                             {QStringLiteral("database"), path},
                             {QStringLiteral("encrypted_copy"), copy},
                             {QStringLiteral("dossiers"), have},
                             {QStringLiteral("cache_mb"), cacheMb},
                             {QStringLiteral("cores"), QThread::idealThreadCount()},
                             {QStringLiteral("load_average"), loadAverage()},
                             {QStringLiteral("figures"), list}};
    QFile json(jsonPath);
    if (json.open(QIODevice::WriteOnly | QIODevice::Truncate))
        json.write(QJsonDocument(result).toJson(QJsonDocument::Indented));
    print(QStringLiteral("# encrypted-vs-plain targets: %1 missed; results in %2\n")
              .arg(missed)
              .arg(QFileInfo(json).absoluteFilePath()));
    return missed;
}

} // namespace motcua::bench
