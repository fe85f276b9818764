#include "core/Clock.h"
#include "store/CodeLeaseAuthority.h"
#include "store/Database.h"
#include "store/DossierCodeAllocator.h"
#include "store/Migrations.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

namespace {
const QString kAgency = QStringLiteral("000.00.34.H34");

int sequenceOf(const QString& code)
{
    return code.right(4).toInt();
}
} // namespace

class TestDossierCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void numberingRanges();
    void dayIsTheVietnamDate_data();
    void dayIsTheVietnamDate();
    void busyDayNeverCollides();
    void rolledBackTransactionReusesNumber();
    void mintOutsideTransactionIsRefused();
    void fallbackExhaustionIsConflict();
    void leaseExhaustionFallsBack();
    void dayChangeResetsSequence();
    void badLeaseIsRefused();
    void prefetchLeasesAhead();
    void invalidConfigurationIsRefused();

private:
    struct Station
    {
        int number = 0;
        bool online = false;
        std::unique_ptr<Database> db;
        std::unique_ptr<DossierCodeAllocator> allocator;
    };
    std::unique_ptr<Station> makeStation(int number, CodeNumbering numbering = {});
    void connect(Station& s);
    static Result<QString> mintCommitted(Station& s, const QDateTime& at);

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 2, 14), QTime(1, 0), Qt::UTC)};
    std::unique_ptr<Database> m_centerDb;
    std::unique_ptr<CodeLeaseAuthority> m_authority;
    const QDateTime m_morning = QDateTime(QDate(2026, 2, 14), QTime(1, 0), Qt::UTC); // 08:00 Vietnam
};

void TestDossierCodes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_centerDb = std::make_unique<Database>();
    QVERIFY(m_centerDb->open(m_dir->filePath(QStringLiteral("center.db"))));
    QVERIFY(m_centerDb->execute(QStringLiteral("PRAGMA synchronous=OFF"))); // speed; durability is not under test
    m_authority = std::make_unique<CodeLeaseAuthority>(*m_centerDb, m_clock);
    QVERIFY(m_authority->init());
}

void TestDossierCodes::cleanup()
{
    m_authority.reset();
    m_centerDb.reset();
    m_dir.reset();
}

std::unique_ptr<TestDossierCodes::Station> TestDossierCodes::makeStation(int number, CodeNumbering numbering)
{
    auto s = std::make_unique<Station>();
    s->number = number;
    s->db = std::make_unique<Database>();
    const QString path = m_dir->filePath(QStringLiteral("station%1.db").arg(number));
    if (!s->db->open(path) || !migrate(*s->db) || !s->db->execute(QStringLiteral("PRAGMA synchronous=OFF")))
        return nullptr;
    DossierCodeAllocator::Config config;
    config.station = number;
    config.numbering = numbering;
    config.clock = &m_clock;
    s->allocator = std::make_unique<DossierCodeAllocator>(*s->db, config);
    connect(*s);
    return s;
}

// The lease source a station uses: the center's authority while `online`, a network error
// otherwise, as the sync layer will wire it.
void TestDossierCodes::connect(Station& s)
{
    Station* station = &s;
    CodeLeaseAuthority* authority = m_authority.get();
    s.allocator->setLeaseSource([station, authority](const QString& agency, const QString& day, int size) {
        if (!station->online)
            return Result<CodeBlock>(Error::storage(QStringLiteral("network unreachable")));
        return authority->lease(agency, day, station->number, size);
    });
}

Result<QString> TestDossierCodes::mintCommitted(Station& s, const QDateTime& at)
{
    Transaction tx(*s.db);
    if (!tx.begun())
        return tx.begun().error();
    Result<QString> code = s.allocator->mint(kAgency, at);
    if (!code)
        return code;
    if (Status c = tx.commit(); !c)
        return c.error();
    return code;
}

void TestDossierCodes::numberingRanges()
{
    const CodeNumbering n;
    QCOMPARE(n.fallbackSize(), 500);
    QCOMPARE(n.fallbackRange(1).first, 5000);
    QCOMPARE(n.fallbackRange(1).last, 5499);
    QCOMPARE(n.fallbackRange(10).first, 9500);
    QCOMPARE(n.fallbackRange(10).last, 9999);
    // Ranges of all stations are disjoint and inside fallbackStart..9999.
    QSet<int> seen;
    for (int k = 1; k <= n.maxStations; ++k) {
        const CodeBlock r = n.fallbackRange(k);
        for (int i = r.first; i <= r.last; ++i) {
            QVERIFY(!seen.contains(i));
            seen.insert(i);
        }
    }
    QCOMPARE(seen.size(), 5000);
}

void TestDossierCodes::dayIsTheVietnamDate_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("day");
    QTest::newRow("late evening UTC is next day")
        << QDateTime(QDate(2026, 2, 13), QTime(23, 30), Qt::UTC) << QStringLiteral("260214");
    QTest::newRow("16:59 UTC is same day")
        << QDateTime(QDate(2026, 2, 13), QTime(16, 59, 59), Qt::UTC) << QStringLiteral("260213");
    QTest::newRow("17:00 UTC is midnight")
        << QDateTime(QDate(2026, 2, 13), QTime(17, 0), Qt::UTC) << QStringLiteral("260214");
    QTest::newRow("year end") << QDateTime(QDate(2025, 12, 31), QTime(18, 0), Qt::UTC) << QStringLiteral("260101");
}

void TestDossierCodes::dayIsTheVietnamDate()
{
    QFETCH(QDateTime, at);
    QFETCH(QString, day);
    QCOMPARE(DossierCodeAllocator::dayKey(at), day);
    auto s = makeStation(1);
    QVERIFY(s);
    Result<QString> code = mintCommitted(*s, at);
    QVERIFY2(code, qPrintable(code.error().message));
    QCOMPARE(*code, kAgency + QStringLiteral("-") + day + QStringLiteral("-5000"));
}

void TestDossierCodes::busyDayNeverCollides()
{
    // Five counters of one center. 1: offline all day. 2: online all day. 3: online, then its
    // link drops at noon. 4: offline all morning, online after noon. 5: flaps every 100 mints.
    std::vector<std::unique_ptr<Station>> stations;
    for (int k = 1; k <= 5; ++k) {
        stations.push_back(makeStation(k));
        QVERIFY(stations.back());
    }
    stations[1]->online = true;
    stations[2]->online = true;

    const CodeNumbering numbering;
    QRandomGenerator random(20260214);
    QSet<QString> codes;
    QHash<int, QList<int>> sequences; // station → committed sequence numbers
    QHash<int, int> rolledBack;
    const QRegularExpression format(QStringLiteral("^000\\.00\\.34\\.H34-260214-(\\d{4})$"));
    const int total = 2400;
    for (int i = 0; i < total; ++i) {
        if (i == total / 2) {
            stations[2]->online = false;
            stations[3]->online = true;
        }
        if (i % 100 == 0)
            stations[4]->online = !stations[4]->online;
        Station& s = *stations[random.bounded(5)];
        const QDateTime at = m_morning.addSecs(i * 12); // 08:00 to 16:00 Vietnam time
        if (i % 41 == 0 && s.online)
            (void)s.allocator->prefetch(kAgency, toVietnam(at).date());

        Transaction tx(*s.db);
        QVERIFY(tx.begun());
        Result<QString> code = s.allocator->mint(kAgency, at);
        QVERIFY2(code, qPrintable(code.error().message));
        QVERIFY2(format.match(*code).hasMatch(), qPrintable(*code));
        if (random.bounded(10) == 0) {
            ++rolledBack[s.number]; // the dossier was not saved: its number is not used
            continue;
        }
        QVERIFY(tx.commit());
        QVERIFY2(!codes.contains(*code), qPrintable(QStringLiteral("duplicate code ") + *code));
        codes.insert(*code);
        sequences[s.number].append(sequenceOf(*code));
    }
    QVERIFY(codes.size() > 2000);

    // Where each station's numbers came from.
    Statement& leased = m_centerDb->prepare(
        QStringLiteral("SELECT count(*) FROM code_leases WHERE station = ?1 AND first <= ?2 AND last >= ?2"));
    for (const auto& s : stations) {
        const CodeBlock own = numbering.fallbackRange(s->number);
        int fromLease = 0;
        int fromFallback = 0;
        for (int n : sequences.value(s->number)) {
            if (n >= numbering.fallbackStart) {
                QVERIFY2(n >= own.first && n <= own.last,
                         qPrintable(QStringLiteral("station %1 minted %2 outside its range").arg(s->number).arg(n)));
                ++fromFallback;
            } else {
                leased.bind(1, s->number).bind(2, n);
                QVERIFY(leased.next());
                QVERIFY2(leased.integer(0) == 1,
                         qPrintable(QStringLiteral("station %1 minted %2, not leased to it").arg(s->number).arg(n)));
                leased.reset();
                ++fromLease;
            }
        }
        switch (s->number) {
        case 1: // offline all day: only its own range
            QCOMPARE(fromLease, 0);
            QVERIFY(fromFallback > 300);
            break;
        case 2: // online all day: never needed the fallback
            QCOMPARE(fromFallback, 0);
            QVERIFY(fromLease > 300);
            break;
        default: // both, at different times of the day
            QVERIFY2(fromLease > 0 && fromFallback > 0, qPrintable(QString::number(s->number)));
            break;
        }
    }
    QVERIFY(!rolledBack.isEmpty());
}

void TestDossierCodes::rolledBackTransactionReusesNumber()
{
    for (const bool online : {false, true}) {
        auto s = makeStation(online ? 2 : 1);
        QVERIFY(s);
        s->online = online;
        QVERIFY(s->allocator->prefetch(kAgency, toVietnam(m_morning).date()) || !online);
        QString first;
        {
            Transaction tx(*s->db);
            Result<QString> code = s->allocator->mint(kAgency, m_morning);
            QVERIFY(code);
            first = *code;
        } // rolled back: the dossier was never saved
        Result<QString> again = mintCommitted(*s, m_morning);
        QVERIFY(again);
        QCOMPARE(*again, first);
        Result<QString> next = mintCommitted(*s, m_morning);
        QVERIFY(next);
        QCOMPARE(sequenceOf(*next), sequenceOf(first) + 1);
        QCOMPARE(sequenceOf(first), online ? 1 : 5000);
    }
}

void TestDossierCodes::mintOutsideTransactionIsRefused()
{
    auto s = makeStation(1);
    QVERIFY(s);
    Result<QString> code = s->allocator->mint(kAgency, m_morning);
    QVERIFY(!code);
    QCOMPARE(code.error().code, Error::Internal);
}

void TestDossierCodes::fallbackExhaustionIsConflict()
{
    CodeNumbering tiny;
    tiny.fallbackStart = 9990; // 10 offline numbers for 2 stations: 9990–9994, 9995–9999
    tiny.maxStations = 2;
    tiny.blockSize = 10;
    auto s = makeStation(2, tiny);
    QVERIFY(s);
    QStringList minted;
    for (int i = 0; i < 5; ++i) {
        Result<QString> code = mintCommitted(*s, m_morning);
        QVERIFY2(code, qPrintable(code.error().message));
        minted << *code;
    }
    QCOMPARE(minted.first(), kAgency + QStringLiteral("-260214-9995"));
    QCOMPARE(minted.last(), kAgency + QStringLiteral("-260214-9999"));
    Result<QString> none = mintCommitted(*s, m_morning);
    QVERIFY(!none);
    QCOMPARE(none.error().code, Error::Conflict);
    QVERIFY(none.error().message.contains(QStringLiteral("9995")));
    QVERIFY(none.error().message.contains(QStringLiteral("Connect to the center")));

    Result<DossierCodeAllocator::Remaining> left = s->allocator->remaining(kAgency, toVietnam(m_morning).date());
    QVERIFY(left);
    QCOMPARE(left->fallback, 0);
    QCOMPARE(left->leased, 0);

    // Coming online rescues the station.
    s->online = true;
    Result<QString> leased = mintCommitted(*s, m_morning);
    QVERIFY2(leased, qPrintable(leased.error().message));
    QCOMPARE(sequenceOf(*leased), 1);
}

void TestDossierCodes::leaseExhaustionFallsBack()
{
    CodeNumbering small;
    small.fallbackStart = 101; // the center leases 1–100 only
    small.blockSize = 40;
    m_authority = std::make_unique<CodeLeaseAuthority>(*m_centerDb, m_clock, small);
    QVERIFY(m_authority->init());
    auto s = makeStation(3, small);
    QVERIFY(s);
    s->online = true;
    QSet<int> seen;
    for (int i = 0; i < 100; ++i) {
        Result<QString> code = mintCommitted(*s, m_morning);
        QVERIFY(code);
        QVERIFY(!seen.contains(sequenceOf(*code)));
        seen.insert(sequenceOf(*code));
    }
    QCOMPARE(*std::max_element(seen.begin(), seen.end()), 100); // blocks of 40, 40, then the last 20
    Result<int> available = m_authority->available(kAgency, QStringLiteral("260214"));
    QVERIFY(available);
    QCOMPARE(*available, 0);
    Result<CodeBlock> refused = m_authority->lease(kAgency, QStringLiteral("260214"), 3, 40);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Conflict);

    // The station carries on from its own range.
    Result<QString> code = mintCommitted(*s, m_morning);
    QVERIFY(code);
    QCOMPARE(sequenceOf(*code), small.fallbackRange(3).first);
}

void TestDossierCodes::dayChangeResetsSequence()
{
    auto online = makeStation(2);
    auto offline = makeStation(4);
    QVERIFY(online && offline);
    online->online = true;
    const QDateTime evening(QDate(2026, 2, 14), QTime(16, 30), Qt::UTC); // 23:30 on the 14th
    const QDateTime nextDay(QDate(2026, 2, 14), QTime(17, 30), Qt::UTC); // 00:30 on the 15th
    QCOMPARE(*mintCommitted(*online, evening), kAgency + QStringLiteral("-260214-0001"));
    QCOMPARE(*mintCommitted(*online, evening), kAgency + QStringLiteral("-260214-0002"));
    QCOMPARE(*mintCommitted(*online, nextDay), kAgency + QStringLiteral("-260215-0001"));
    QCOMPARE(*mintCommitted(*offline, evening), kAgency + QStringLiteral("-260214-6500"));
    QCOMPARE(*mintCommitted(*offline, nextDay), kAgency + QStringLiteral("-260215-6500"));
    QCOMPARE(*mintCommitted(*offline, nextDay), kAgency + QStringLiteral("-260215-6501"));
    // Another agency has its own sequence.
    Transaction tx(*online->db);
    QCOMPARE(*online->allocator->mint(QStringLiteral("000.00.35.H34"), evening),
             QStringLiteral("000.00.35.H34-260214-0001"));
}

void TestDossierCodes::badLeaseIsRefused()
{
    auto s = makeStation(1);
    QVERIFY(s);
    // A misconfigured center hands out numbers inside the offline ranges.
    s->allocator->setLeaseSource([](const QString&, const QString&, int) {
        return Result<CodeBlock>(CodeBlock{5000, 5049});
    });
    Result<QString> code = mintCommitted(*s, m_morning);
    QVERIFY(code);
    QCOMPARE(sequenceOf(*code), 5000); // from its own fallback block, not the bogus lease

    // A lease overlapping a block this station already holds is refused as well.
    s->allocator->setLeaseSource([](const QString&, const QString&, int) {
        return Result<CodeBlock>(CodeBlock{1, 10});
    });
    QCOMPARE(sequenceOf(*mintCommitted(*s, m_morning)), 1);
    for (int i = 2; i <= 10; ++i)
        QCOMPARE(sequenceOf(*mintCommitted(*s, m_morning)), i);
    QCOMPARE(sequenceOf(*mintCommitted(*s, m_morning)), 5001); // 1–10 again is refused
}

void TestDossierCodes::prefetchLeasesAhead()
{
    auto s = makeStation(2);
    QVERIFY(s);
    const QDate day = toVietnam(m_morning).date();
    QVERIFY(!s->allocator->prefetch(kAgency, day)); // offline: the lease error comes back
    s->online = true;
    QVERIFY(s->allocator->prefetch(kAgency, day));
    QCOMPARE(s->allocator->remaining(kAgency, day)->leased, 50);
    QVERIFY(s->allocator->prefetch(kAgency, day)); // enough left: no new lease
    QCOMPARE(s->allocator->remaining(kAgency, day)->leased, 50);
    for (int i = 0; i < 30; ++i)
        QVERIFY(mintCommitted(*s, m_morning));
    QCOMPARE(s->allocator->remaining(kAgency, day)->leased, 20);
    QVERIFY(s->allocator->prefetch(kAgency, day)); // below half a block: lease again
    QCOMPARE(s->allocator->remaining(kAgency, day)->leased, 70);
    QCOMPARE(*m_authority->available(kAgency, QStringLiteral("260214")), 4999 - 100);

    // Offline now: the prefetched numbers are still used before the fallback range.
    s->online = false;
    for (int i = 0; i < 70; ++i) {
        Result<QString> code = mintCommitted(*s, m_morning);
        QVERIFY(code);
        QVERIFY(sequenceOf(*code) < 5000);
    }
    QCOMPARE(sequenceOf(*mintCommitted(*s, m_morning)), 5500);
}

void TestDossierCodes::invalidConfigurationIsRefused()
{
    auto s = makeStation(11); // maxStations is 10
    QVERIFY(s);
    Transaction tx(*s->db);
    Result<QString> code = s->allocator->mint(kAgency, m_morning);
    QVERIFY(!code);
    QCOMPARE(code.error().code, Error::BadInput);

    CodeNumbering bad;
    bad.fallbackStart = 9999;
    bad.maxStations = 10; // no number left per station
    QVERIFY(!bad.validate(1));

    auto t = makeStation(1);
    QVERIFY(t);
    Transaction tx2(*t->db);
    QCOMPARE(t->allocator->mint(QStringLiteral("bad agency!"), m_morning).error().code, Error::BadInput);
    QCOMPARE(m_authority->lease(kAgency, QStringLiteral("2026-02-14"), 1, 50).error().code, Error::BadInput);
    QCOMPARE(m_authority->lease(kAgency, QStringLiteral("260214"), 0, 50).error().code, Error::BadInput);
}

QTEST_GUILESS_MAIN(TestDossierCodes)
#include "test_dossiercodes.moc"
