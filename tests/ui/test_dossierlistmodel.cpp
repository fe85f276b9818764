// The Dossiers page's paged model over a real generated database: keyset pages fetched as
// a view would, a bounded cache that reads evicted pages back identically, filters and the
// one search box; every state passes QAbstractItemModelTester.
#include "core/Clock.h"
#include "core/TextFold.h"
#include "dossiers/DossierListModel.h"
#include "service/AppContext.h"
#include "service/DossierGenerator.h"
#include "service/DossierService.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace motcua;

namespace {
// Wednesday 25 Nov 2026, 10:00 in Vietnam.
const QDateTime kNow(QDate(2026, 11, 25), QTime(3, 0), Qt::UTC);
constexpr int kDossiers = 3000;

qint64 scalar(Database& db, const QString& sql)
{
    Statement& st = db.prepare(sql);
    const qint64 v = st.next() ? st.int64(0) : -1;
    st.reset();
    return v;
}

// Fetches like a view scrolling to the end.
void fetchAll(DossierListModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}
} // namespace

class TestDossierListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstPageOnlyThenFetchMore();
    void wholeListMatchesTheDatabaseWithBoundedCache();
    void evictedPagesReadBackIdentically();
    void filters_data();
    void filters();
    void searchByNameWithoutDiacritics();
    void searchByCodeAndNarrowedByFilter();
    void dueFlags();
    void emptyResult();

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{kNow};
    std::unique_ptr<AppContext> m_app;
};

void TestDossierListModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    AppContext::Options o;
    o.databasePath = m_dir.filePath(QStringLiteral("list.db"));
    o.clock = &m_clock;
    auto app = AppContext::open(o);
    QVERIFY2(app.ok(), qPrintable(app.error().message));
    m_app = std::move(*app);
    DossierGenerator generator(m_app->db(), m_app->settings(), m_app->catalogue(), m_app->calendar(), m_clock);
    GeneratorOptions g;
    g.dossiers = kDossiers;
    g.years = 1;
    g.seed = 7;
    auto summary = generator.run(g);
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
}

void TestDossierListModel::firstPageOnlyThenFetchMore()
{
    DossierListModel model(m_app->dossiers(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPaging(100, 5);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.columnCount(), int(DossierListModel::ColumnCount));
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.pagesRead(), 1);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 200);
    // Newest first: the first row is the latest receipt.
    Statement& st = m_app->db().prepare(QStringLiteral("SELECT code FROM dossiers ORDER BY received_at DESC, id DESC"
                                                       " LIMIT 1"));
    QVERIFY(st.next());
    QCOMPARE(model.data(model.index(0, DossierListModel::Code)).toString(), st.text(0));
    st.reset();
    QVERIFY(!model.headerData(DossierListModel::Applicant, Qt::Horizontal).toString().isEmpty());
}

void TestDossierListModel::wholeListMatchesTheDatabaseWithBoundedCache()
{
    DossierListModel model(m_app->dossiers(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPaging(64, 4);
    fetchAll(model);
    QCOMPARE(model.rowCount(), kDossiers);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(model.cachedPageCount() <= 4);

    // Every row, read in order as the view paints, equals the database's order.
    Statement& st = m_app->db().prepare(
        QStringLiteral("SELECT code, applicant_name FROM dossiers ORDER BY received_at DESC, id DESC"));
    int row = 0;
    while (st.next()) {
        QCOMPARE(model.data(model.index(row, DossierListModel::Code)).toString(), st.text(0));
        QCOMPARE(model.data(model.index(row, DossierListModel::Applicant)).toString(), st.text(1));
        ++row;
    }
    QCOMPARE(row, kDossiers);
    QVERIFY(model.cachedPageCount() <= 4);
}

void TestDossierListModel::evictedPagesReadBackIdentically()
{
    DossierListModel model(m_app->dossiers(), m_clock);
    model.setPaging(50, 3);
    fetchAll(model);
    const QString first = model.codeAt(0);
    const QString middle = model.codeAt(1234);
    const QString last = model.codeAt(kDossiers - 1);
    // Touching ten other pages evicts those three; each is read back from its cursor.
    for (int page = 5; page < 15; ++page)
        QVERIFY(!model.codeAt(page * 50).isEmpty());
    const int reads = model.pagesRead();
    QCOMPARE(model.codeAt(0), first);
    QCOMPARE(model.codeAt(kDossiers - 1), last);
    QCOMPARE(model.codeAt(1234), middle);
    QVERIFY(model.pagesRead() > reads);
    QVERIFY(model.cachedPageCount() <= 3);
    // A cached page is not read again.
    const int before = model.pagesRead();
    QCOMPARE(model.codeAt(1235), model.codeAt(1234 + 1));
    QCOMPARE(model.pagesRead(), before);
    QVERIFY(model.codeAt(kDossiers).isEmpty());
}

void TestDossierListModel::filters_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("state");       // 0: any
    QTest::addColumn<int>("channel");     // 0: any
    QTest::addColumn<bool>("department"); // filter on the busiest department
    QTest::addColumn<int>("days");        // received within the last N days, 0: any

    QTest::newRow("returned") << QStringLiteral("state = 12") << 12 << 0 << false << 0;
    QTest::newRow("online") << QStringLiteral("channel = 2") << 0 << 2 << false << 0;
    QTest::newRow("department") << QString() << 0 << 0 << true << 0;
    QTest::newRow("last 30 days, counter") << QStringLiteral("channel = 1") << 0 << 1 << false << 30;
    QTest::newRow("processing in department") << QStringLiteral("state = 5") << 5 << 0 << true << 0;
}

void TestDossierListModel::filters()
{
    QFETCH(QString, where);
    QFETCH(int, state);
    QFETCH(int, channel);
    QFETCH(bool, department);
    QFETCH(int, days);

    DossierFilter f;
    QStringList sql;
    if (!where.isEmpty())
        sql << where;
    if (state)
        f.states = {static_cast<DossierState>(state)};
    if (channel)
        f.channel = static_cast<Channel>(channel);
    if (department) {
        const qint64 dep = scalar(m_app->db(), QStringLiteral("SELECT department_id FROM dossiers GROUP BY "
                                                              "department_id ORDER BY count(*) DESC LIMIT 1"));
        f.departmentId = dep;
        sql << QStringLiteral("department_id = %1").arg(dep);
    }
    if (days) {
        f.receivedFrom = kNow.addDays(-days);
        sql << QStringLiteral("received_at >= %1").arg(kNow.addDays(-days).toSecsSinceEpoch());
    }
    const qint64 expected =
        scalar(m_app->db(), QStringLiteral("SELECT count(*) FROM dossiers WHERE ") +
                                (sql.isEmpty() ? QStringLiteral("1") : sql.join(QStringLiteral(" AND "))));
    QVERIFY(expected > 0);

    DossierListModel model(m_app->dossiers(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPaging(40, 3);
    model.setFilter(f);
    fetchAll(model);
    QCOMPARE(model.rowCount(), int(expected));
    for (int r = 0; r < model.rowCount(); r += 7) {
        const DossierListRow* row = model.rowAt(r);
        QVERIFY(row);
        if (state)
            QCOMPARE(int(row->state), state);
        if (f.departmentId)
            QCOMPARE(row->departmentId, *f.departmentId);
    }
}

void TestDossierListModel::searchByNameWithoutDiacritics()
{
    // A real applicant's name, typed folded and partly (first letters of each word).
    Statement& st = m_app->db().prepare(
        QStringLiteral("SELECT applicant_name FROM dossiers WHERE applicant_type = 1 ORDER BY id LIMIT 1"));
    QVERIFY(st.next());
    const QString name = st.text(0);
    st.reset();
    const QString folded = foldText(name);
    QVERIFY(folded != name.toLower()); // the generator's names carry diacritics

    DossierListModel model(m_app->dossiers(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearchText(folded);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(!model.canFetchMore({}));
    bool found = false;
    for (int r = 0; r < model.rowCount(); ++r)
        found = found || model.data(model.index(r, DossierListModel::Applicant)).toString() == name;
    QVERIFY2(found, qPrintable(name));
    // Clearing the text brings the paged list back.
    model.setSearchText(QString());
    QCOMPARE(model.rowCount(), model.pageSize());
}

void TestDossierListModel::searchByCodeAndNarrowedByFilter()
{
    Statement& st = m_app->db().prepare(QStringLiteral("SELECT code, state FROM dossiers ORDER BY id DESC LIMIT 1"));
    QVERIFY(st.next());
    const QString code = st.text(0);
    const int state = st.integer(1);
    st.reset();

    DossierListModel model(m_app->dossiers(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearchText(code.toLower());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, DossierListModel::Code), DossierListModel::CodeRole).toString(), code);
    QCOMPARE(model.data(model.index(0, DossierListModel::State), DossierListModel::StateRole).toInt(), state);

    // A filter that excludes the hit leaves nothing.
    DossierFilter f;
    f.states = {state == int(DossierState::Returned) ? DossierState::Refused : DossierState::Returned};
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
}

void TestDossierListModel::dueFlags()
{
    DossierListModel model(m_app->dossiers(), m_clock);
    DossierListRow row;
    row.state = DossierState::Processing;
    row.appointmentAt = kNow.addSecs(3600); // later today
    QCOMPARE(model.dueFlag(row), DossierListModel::DueFlag::DueToday);
    row.appointmentAt = kNow.addSecs(-60);
    QCOMPARE(model.dueFlag(row), DossierListModel::DueFlag::Overdue);
    row.appointmentAt = kNow.addDays(3);
    QCOMPARE(model.dueFlag(row), DossierListModel::DueFlag::None);
    row.state = DossierState::SupplementRequested;
    QCOMPARE(model.dueFlag(row), DossierListModel::DueFlag::Paused);
    row.state = DossierState::Returned;
    row.appointmentAt = kNow.addDays(-3);
    QCOMPARE(model.dueFlag(row), DossierListModel::DueFlag::None);

    // The generator leaves overdue open dossiers: the list flags them.
    DossierFilter f;
    f.states = {DossierState::Processing, DossierState::Transferred, DossierState::Received};
    model.setFilter(f);
    fetchAll(model);
    int overdue = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.data(model.index(r, DossierListModel::Due), DossierListModel::DueRole).toInt() ==
            int(DossierListModel::DueFlag::Overdue)) {
            ++overdue;
            QVERIFY(!model.data(model.index(r, DossierListModel::Due)).toString().isEmpty());
        }
    }
    const qint64 expected = scalar(
        m_app->db(), QStringLiteral("SELECT count(*) FROM dossiers WHERE state IN (2, 4, 5) AND appointment_at < %1")
                         .arg(kNow.toSecsSinceEpoch()));
    QCOMPARE(overdue, int(expected));
}

void TestDossierListModel::emptyResult()
{
    DossierListModel model(m_app->dossiers(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DossierFilter f;
    f.receivedFrom = kNow.addDays(10);
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(!model.rowAt(0));
    model.setSearchText(QStringLiteral("zzzzqqq"));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestDossierListModel)
#include "test_dossierlistmodel.moc"
