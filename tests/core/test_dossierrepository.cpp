#include "core/Clock.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Migrations.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>

using namespace motcua;

Q_DECLARE_METATYPE(DossierRepository::SearchKind)

class TestDossierRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void insertAndReadBack();
    void departmentComesFromProcedureWhenNoCode();
    // A paper named as its catalogue component keeps no copy of the name (schema 004); one
    // named otherwise, or not in the catalogue, keeps its own. Read back the same either way.
    void papersKeepOnlyNamesTheCatalogueLacks_data();
    void papersKeepOnlyNamesTheCatalogueLacks();
    void insertRefusesBadInput();
    void duplicateCodeIsConflict();
    void absentDossierIsNotFound();
    void eventsAndStateUpdates();
    void classify_data();
    void classify();
    void search_data();
    void search();
    void searchLimit();
    void pageWalksEveryRowOnce_data();
    void pageWalksEveryRowOnce();
    void countsByVietnamDay();
    void lookupsUseIndexes();

private:
    Dossier makeDossier(const QString& code, const QString& name, const QString& dept,
                        const QDateTime& receivedAt) const;
    qint64 add(const Dossier& d);
    void seedSearchData();
    QString planOf(const QString& sqlPart);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DossierRepository> m_repo;
    const QDateTime m_t0 = QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC); // 08:00 in Vietnam
};

void TestDossierRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("repo.db"))));
    QVERIFY(m_db->execute(QStringLiteral("PRAGMA synchronous=OFF"))); // speed; durability is not under test
    QVERIFY(migrate(*m_db));
    QVERIFY(m_db->execute(QStringLiteral(
        "INSERT INTO catalogue_versions (id, effective_from, imported_at, imported_by, source, sha256, departments, "
        "procedures) VALUES (1, '2026-01-01', 0, 'admin', 'test', '', 3, 3);"
        "INSERT INTO departments (id, code, name, ordinal, effective_from) VALUES "
        "(1, 'STP', 'Sở Tư pháp', 2, '2026-01-01'), (2, 'SXD', 'Sở Xây dựng', 1, '2026-01-01'),"
        "(3, 'SYT', 'Sở Y tế', 3, '2026-01-01');"
        "INSERT INTO procedures (id, version_id, code, name, search_text, department_id, effective_from) VALUES "
        "(10, 1, '2.000635', 'Cấp bản sao trích lục hộ tịch', 'x', 1, '2026-01-01'),"
        "(11, 1, '1.009972', 'Cấp giấy phép xây dựng', 'x', 2, '2026-01-01'),"
        "(12, 1, '1.001907', 'Cấp chứng chỉ hành nghề', 'x', 3, '2026-01-01');")));
    m_repo = std::make_unique<DossierRepository>(*m_db);
}

void TestDossierRepository::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_dir.reset();
}

Dossier TestDossierRepository::makeDossier(const QString& code, const QString& name, const QString& dept,
                                           const QDateTime& receivedAt) const
{
    Dossier d;
    d.code = code;
    d.procedureId = dept == QLatin1String("STP") ? 10 : dept == QLatin1String("SXD") ? 11 : 12;
    d.procedureCode = QStringLiteral("2.000635");
    d.procedureName = QStringLiteral("Cấp bản sao trích lục hộ tịch");
    d.departmentCode = dept;
    d.applicant.fullName = name;
    d.receivedAt = receivedAt;
    d.appointmentAt = receivedAt.addDays(3);
    d.receivedBy = QStringLiteral("clerk1");
    return d;
}

qint64 TestDossierRepository::add(const Dossier& d)
{
    Result<qint64> id = m_repo->insert(d);
    if (!id) {
        qWarning() << id.error().message;
        return 0;
    }
    return *id;
}

void TestDossierRepository::insertAndReadBack()
{
    Dossier d = makeDossier(QStringLiteral("000.00.34.H34-260302-0001"), QStringLiteral("Đặng Văn Đức"),
                            QStringLiteral("SXD"), m_t0);
    d.channel = Channel::Postal;
    d.state = DossierState::Received;
    d.applicant.type = ApplicantType::Citizen;
    d.applicant.idNumber = QStringLiteral("062090001234");
    d.applicant.birthDate = QDate(1990, 5, 17);
    d.applicant.gender = QStringLiteral("Nam");
    d.applicant.address = QStringLiteral("12 Lê Lợi, Kon Tum");
    d.applicant.phone = QStringLiteral("+84 905.123.456");
    d.applicant.email = QStringLiteral("duc@example.vn");
    d.sets = 2;
    d.summary = QStringLiteral("Xin cấp phép");
    d.notes = QStringLiteral("Ghi chú");
    d.appointmentRule = QStringLiteral("15 working days");
    d.components = {DossierComponent{5, QStringLiteral("Đơn đề nghị"), 1, 0, 0, true},
                    DossierComponent{0, QStringLiteral("Giấy tờ khác"), 0, 1, 2, false}};
    d.fees = {DossierFee{QStringLiteral("Lệ phí"), Money(75'000), QString()},
              DossierFee{QStringLiteral("Phí thẩm định"), Money(1'250'000), QStringLiteral("Giảm theo quyết định")}};

    const qint64 id = add(d);
    QVERIFY(id > 0);

    Result<Dossier> byCode = m_repo->byCode(d.code);
    QVERIFY2(byCode, qPrintable(byCode.error().message));
    Result<Dossier> byId = m_repo->byId(id);
    QVERIFY(byId);
    for (const Dossier* r : {&*byCode, &*byId}) {
        QCOMPARE(r->id, id);
        QCOMPARE(r->code, d.code);
        QCOMPARE(r->procedureId, 11);
        QCOMPARE(r->procedureName, d.procedureName);
        QCOMPARE(r->departmentCode, QStringLiteral("SXD"));
        QCOMPARE(r->channel, Channel::Postal);
        QCOMPARE(r->state, DossierState::Received);
        QCOMPARE(r->applicant.fullName, d.applicant.fullName);
        QCOMPARE(r->applicant.idNumber, d.applicant.idNumber);
        QCOMPARE(r->applicant.birthDate, d.applicant.birthDate);
        QCOMPARE(r->applicant.gender, d.applicant.gender);
        QCOMPARE(r->applicant.address, d.applicant.address);
        QCOMPARE(r->applicant.phone, QStringLiteral("0905123456")); // normalized
        QCOMPARE(r->applicant.email, d.applicant.email);
        QCOMPARE(r->sets, 2);
        QCOMPARE(r->summary, d.summary);
        QCOMPARE(r->notes, d.notes);
        QCOMPARE(r->receivedAt, d.receivedAt);
        QCOMPARE(r->appointmentAt, d.appointmentAt);
        QCOMPARE(r->appointmentRule, d.appointmentRule);
        QVERIFY(!r->finishedAt.isValid());
        QVERIFY(!r->returnedAt.isValid());
        QCOMPARE(r->receivedBy, QStringLiteral("clerk1"));
        QCOMPARE(r->updatedAt, d.receivedAt);
        QCOMPARE(r->components.size(), 2);
        QCOMPARE(r->components[0].componentId, 5);
        QCOMPARE(r->components[0].name, QStringLiteral("Đơn đề nghị"));
        QCOMPARE(r->components[1].componentId, 0);
        QCOMPARE(r->components[1].certifiedCopies, 1);
        QCOMPARE(r->components[1].photocopies, 2);
        QCOMPARE(r->components[1].provided, false);
        QCOMPARE(r->fees.size(), 2);
        QCOMPARE(r->fees[1].amount, Money(1'250'000));
        QCOMPARE(r->fees[1].overrideReason, QStringLiteral("Giảm theo quyết định"));
        QCOMPARE(r->totalFees(), Money(1'325'000));
    }
    Statement& st = m_db->prepare(QStringLiteral("SELECT name_folded, fee_total, department_id FROM dossiers"));
    QVERIFY(st.next());
    QCOMPARE(st.text(0), QStringLiteral("dang van duc"));
    QCOMPARE(st.int64(1), 1'325'000);
    QCOMPARE(st.int64(2), 2);
    st.reset();
}

void TestDossierRepository::departmentComesFromProcedureWhenNoCode()
{
    Dossier d = makeDossier(QStringLiteral("H34-260302-0002"), QStringLiteral("A"), QStringLiteral("SYT"), m_t0);
    d.departmentCode.clear();
    QVERIFY(add(d) > 0);
    QCOMPARE(m_repo->byCode(d.code)->departmentCode, QStringLiteral("SYT"));
}

void TestDossierRepository::papersKeepOnlyNamesTheCatalogueLacks_data()
{
    QTest::addColumn<int>("component");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stored");
    const QString catalogue = QStringLiteral("Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01)");
    QTest::newRow("catalogue name") << 7 << catalogue << QString();
    QTest::newRow("renamed at the counter")
        << 7 << QStringLiteral("Đơn đề nghị (bản viết tay)") << QStringLiteral("Đơn đề nghị (bản viết tay)");
    QTest::newRow("not in the catalogue") << 8 << catalogue << catalogue;
    QTest::newRow("other papers") << 0 << QStringLiteral("Giấy tờ khác") << QStringLiteral("Giấy tờ khác");
}

void TestDossierRepository::papersKeepOnlyNamesTheCatalogueLacks()
{
    QFETCH(int, component);
    QFETCH(QString, name);
    QFETCH(QString, stored);
    QVERIFY(m_db->execute(QStringLiteral("INSERT INTO procedure_components (id, procedure_id, ordinal, name) VALUES "
                                         "(7, 11, 1, 'Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01)')")));
    Dossier d = makeDossier(QStringLiteral("H34-260302-0003"), QStringLiteral("A"), QStringLiteral("SXD"), m_t0);
    d.components = {DossierComponent{component, name, 1, 2, 3, true}};
    QVERIFY(add(d) > 0);
    Statement& st = m_db->prepare(QStringLiteral("SELECT name, component_id, originals, certified_copies, photocopies, "
                                                 "provided FROM dossier_papers"));
    QVERIFY(st.next());
    QCOMPARE(st.text(0), stored);
    if (component > 0)
        QCOMPARE(st.int64(1), component);
    else
        QVERIFY(st.isNull(1));
    QCOMPARE(st.int64(2), 1);
    QCOMPARE(st.int64(3), 2);
    QCOMPARE(st.int64(4), 3);
    QCOMPARE(st.int64(5), 1);
    QVERIFY(!st.next());
    st.reset();
    const Result<Dossier> back = m_repo->byCode(d.code);
    QVERIFY(back);
    QCOMPARE(back->components.size(), 1);
    QCOMPARE(back->components[0].name, name);
}

void TestDossierRepository::insertRefusesBadInput()
{
    Dossier d = makeDossier(QStringLiteral("H34-260302-0003"), QStringLiteral("A"), QStringLiteral("XXX"), m_t0);
    Result<qint64> r = m_repo->insert(d);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::NotFound);
    QVERIFY(r.error().message.contains(QStringLiteral("XXX")));

    d.departmentCode = QStringLiteral("STP");
    d.code.clear();
    QCOMPARE(m_repo->insert(d).error().code, Error::BadInput);
    d.code = QStringLiteral("H34-260302-0003");
    d.appointmentAt = QDateTime();
    QCOMPARE(m_repo->insert(d).error().code, Error::BadInput);
}

void TestDossierRepository::duplicateCodeIsConflict()
{
    const Dossier d = makeDossier(QStringLiteral("H34-260302-0004"), QStringLiteral("A"), QStringLiteral("STP"), m_t0);
    QVERIFY(add(d) > 0);
    Result<qint64> again = m_repo->insert(d);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Conflict);
    QVERIFY(again.error().message.contains(d.code));
}

void TestDossierRepository::absentDossierIsNotFound()
{
    QCOMPARE(m_repo->byCode(QStringLiteral("H34-260302-9999")).error().code, Error::NotFound);
    QCOMPARE(m_repo->byId(424242).error().code, Error::NotFound);
    QCOMPARE(m_repo->updateState(424242, DossierState::Processing, m_t0).error().code, Error::NotFound);
}

void TestDossierRepository::eventsAndStateUpdates()
{
    const qint64 id =
        add(makeDossier(QStringLiteral("H34-260302-0005"), QStringLiteral("A"), QStringLiteral("STP"), m_t0));
    QVERIFY(id > 0);
    QVERIFY(m_repo->addEvent(id, m_t0, QStringLiteral("clerk1"), std::nullopt, DossierState::Received, 0, 1,
                             QStringLiteral("Tiếp nhận")));
    const QDateTime t1 = m_t0.addSecs(3600);
    QVERIFY(m_repo->addEvent(id, t1, QStringLiteral("clerk1"), DossierState::Received, DossierState::Transferred, 1, 2,
                             QString()));
    Result<QList<DossierEventRow>> ev = m_repo->events(id);
    QVERIFY(ev);
    QCOMPARE(ev->size(), 2);
    QVERIFY(!ev->at(0).from.has_value());
    QCOMPARE(ev->at(0).fromDepartment, 0);
    QCOMPARE(ev->at(0).toDepartment, 1);
    QCOMPARE(ev->at(0).note, QStringLiteral("Tiếp nhận"));
    QCOMPARE(ev->at(1).from, std::optional<DossierState>(DossierState::Received));
    QCOMPARE(ev->at(1).to, DossierState::Transferred);
    QCOMPARE(ev->at(1).at, t1);
    QCOMPARE(ev->at(1).toDepartment, 2);

    // A state change alone leaves the times alone.
    QVERIFY(m_repo->updateState(id, DossierState::Processing, t1));
    Result<Dossier> d = m_repo->byId(id);
    QCOMPARE(d->state, DossierState::Processing);
    QCOMPARE(d->updatedAt, t1);
    QVERIFY(!d->finishedAt.isValid());

    const QDateTime t2 = t1.addDays(2);
    QVERIFY(m_repo->updateState(id, DossierState::Done, t2, t2));
    const QDateTime t3 = t2.addDays(1);
    QVERIFY(m_repo->updateState(id, DossierState::Returned, t3, std::nullopt, t3));
    d = m_repo->byId(id);
    QCOMPARE(d->state, DossierState::Returned);
    QCOMPARE(d->finishedAt, t2); // kept
    QCOMPARE(d->returnedAt, t3);
    QCOMPARE(d->updatedAt, t3);
    // An invalid time clears the column.
    QVERIFY(m_repo->updateState(id, DossierState::Returned, t3, QDateTime()));
    QVERIFY(!m_repo->byId(id)->finishedAt.isValid());
}

void TestDossierRepository::classify_data()
{
    using K = DossierRepository::SearchKind;
    QTest::addColumn<QString>("text");
    QTest::addColumn<K>("kind");
    QTest::newRow("empty") << QStringLiteral("  ") << K::Empty;
    QTest::newRow("code") << QStringLiteral("000.00.06.H56-231027-0361") << K::Code;
    QTest::newRow("code lower case") << QStringLiteral(" 000.00.06.h56-231027-0361 ") << K::Code;
    QTest::newRow("citizen id") << QStringLiteral("062090001234") << K::IdNumber;
    QTest::newRow("old id") << QStringLiteral("233123456") << K::IdNumber;
    QTest::newRow("mobile") << QStringLiteral("0905123456") << K::Phone;
    QTest::newRow("mobile spaced") << QStringLiteral("0905 123 456") << K::Phone;
    QTest::newRow("mobile +84") << QStringLiteral("+84905123456") << K::Phone;
    QTest::newRow("landline 11 digits") << QStringLiteral("02603 862 123") << K::Phone;
    QTest::newRow("branch tax number") << QStringLiteral("0101234567-001") << K::Digits;
    QTest::newRow("name") << QStringLiteral("Đặng Văn Đức") << K::Name;
    QTest::newRow("name prefix") << QStringLiteral("ng van") << K::Name;
    QTest::newRow("short number") << QStringLiteral("123") << K::Name;
}

void TestDossierRepository::classify()
{
    QFETCH(QString, text);
    QFETCH(DossierRepository::SearchKind, kind);
    QCOMPARE(DossierRepository::classify(text), kind);
}

void TestDossierRepository::seedSearchData()
{
    struct Row
    {
        const char* code;
        const char* name;
        const char* id;
        const char* phone;
    };
    // Newest last: row i is received i hours after t0.
    const Row rows[] = {
        {"H34-260302-0001", "Đặng Văn Đức", "062090001234", "0905123456"},
        {"H34-260302-0002", "Nguyễn Văn An", "062090005678", "0912 345 678"},
        {"H34-260302-0003", "Nguyễn Thị Ánh", "233123456", ""},
        {"H34-260302-0004", "NGUYỄN VĂN ĐẠT", "", "+84 987 654 321"},
        {"H34-260302-0005", "Công ty TNHH Đầu tư Xây dựng Kon Tum", "0101234567", "02603862123"},
        {"H34-260302-0006", "Trần Văn Bình", "0101234567-001", ""},
        {"000.00.34.H34-260302-0007", "Lê Đức Thọ", "", ""},
    };
    int i = 0;
    for (const Row& r : rows) {
        Dossier d = makeDossier(QString::fromUtf8(r.code), QString::fromUtf8(r.name), QStringLiteral("STP"),
                                m_t0.addSecs(3600 * i++));
        d.applicant.idNumber = QString::fromUtf8(r.id);
        d.applicant.phone = QString::fromUtf8(r.phone);
        QVERIFY(add(d) > 0);
    }
}

void TestDossierRepository::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("codes"); // expected, newest first
    auto codes = [](std::initializer_list<int> ns) {
        QStringList out;
        for (int n : ns)
            out << (n == 7 ? QStringLiteral("000.00.34.H34-260302-0007") : QStringLiteral("H34-260302-000%1").arg(n));
        return out;
    };
    QTest::newRow("folded full name") << QStringLiteral("dang van duc") << codes({1});
    QTest::newRow("accented") << QStringLiteral("Đặng Văn Đức") << codes({1});
    QTest::newRow("prefixes") << QStringLiteral("ng van") << codes({4, 2});
    QTest::newRow("one prefix") << QStringLiteral("nguy") << codes({4, 3, 2});
    QTest::newRow("word order free") << QStringLiteral("an nguyen") << codes({3, 2});
    QTest::newRow("d-stroke inside") << QStringLiteral("duc") << codes({7, 1});
    QTest::newRow("organisation") << QStringLiteral("xay dung kon") << codes({5});
    QTest::newRow("no match") << QStringLiteral("pham") << codes({});
    QTest::newRow("fts syntax is text") << QStringLiteral("nguyen OR \"tran") << codes({});
    QTest::newRow("punctuation only") << QStringLiteral("* - \"") << codes({});
    QTest::newRow("code") << QStringLiteral("H34-260302-0003") << codes({3});
    QTest::newRow("code lower case") << QStringLiteral("000.00.34.h34-260302-0007") << codes({7});
    QTest::newRow("unknown code") << QStringLiteral("H34-260302-0099") << codes({});
    QTest::newRow("citizen id") << QStringLiteral("062090005678") << codes({2});
    QTest::newRow("old id") << QStringLiteral("233123456") << codes({3});
    QTest::newRow("phone") << QStringLiteral("0905123456") << codes({1});
    QTest::newRow("phone typed with spaces") << QStringLiteral("0912 345 678") << codes({2});
    QTest::newRow("phone stored with +84") << QStringLiteral("0987654321") << codes({4});
    QTest::newRow("phone typed with +84") << QStringLiteral("+84 905 123 456") << codes({1});
    QTest::newRow("tax number looks like a phone") << QStringLiteral("0101234567") << codes({5});
    QTest::newRow("branch tax number") << QStringLiteral("0101234567-001") << codes({6});
    QTest::newRow("empty") << QStringLiteral("   ") << codes({});
}

void TestDossierRepository::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, codes);
    seedSearchData();
    Result<QList<DossierListRow>> rows = m_repo->search(query, 50);
    QVERIFY2(rows, qPrintable(rows.error().message));
    QStringList got;
    for (const DossierListRow& r : *rows)
        got << r.code;
    QCOMPARE(got, codes);
    if (!rows->isEmpty()) {
        const DossierListRow& r = rows->constFirst();
        QVERIFY(r.id > 0);
        QVERIFY(!r.applicantName.isEmpty());
        QCOMPARE(r.procedureName, QStringLiteral("Cấp bản sao trích lục hộ tịch"));
        QCOMPARE(r.departmentId, 1);
        QCOMPARE(r.state, DossierState::Received);
        QCOMPARE(r.appointmentAt, r.receivedAt.addDays(3));
    }
}

void TestDossierRepository::searchLimit()
{
    seedSearchData();
    Result<QList<DossierListRow>> rows = m_repo->search(QStringLiteral("nguyen"), 2);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).code, QStringLiteral("H34-260302-0004"));
}

void TestDossierRepository::pageWalksEveryRowOnce_data()
{
    QTest::addColumn<int>("department"); // 0: any
    QTest::addColumn<QList<int>>("states");
    QTest::addColumn<int>("channel");  // 0: any
    QTest::addColumn<int>("fromHour"); // -1: open
    QTest::addColumn<int>("toHour");
    QTest::addColumn<int>("pageSize");

    QTest::newRow("all") << 0 << QList<int>{} << 0 << -1 << -1 << 17;
    QTest::newRow("all, one page") << 0 << QList<int>{} << 0 << -1 << -1 << 1000;
    QTest::newRow("department") << 2 << QList<int>{} << 0 << -1 << -1 << 7;
    QTest::newRow("states") << 0 << QList<int>{2, 5} << 0 << -1 << -1 << 10;
    QTest::newRow("channel") << 0 << QList<int>{} << 2 << -1 << -1 << 9;
    QTest::newRow("date range") << 0 << QList<int>{} << 0 << 20 << 60 << 6;
    QTest::newRow("everything") << 1 << QList<int>{2} << 1 << 10 << 90 << 3;
}

void TestDossierRepository::pageWalksEveryRowOnce()
{
    QFETCH(int, department);
    QFETCH(QList<int>, states);
    QFETCH(int, channel);
    QFETCH(int, fromHour);
    QFETCH(int, toHour);
    QFETCH(int, pageSize);

    // 240 dossiers over 100 hours; several share a received_at, so the id tie-break matters.
    struct Expect
    {
        qint64 at;
        qint64 id;
    };
    QList<Expect> expected;
    {
        Transaction tx(*m_db);
        const char* depts[] = {"STP", "SXD", "SYT"};
        for (int i = 0; i < 240; ++i) {
            const int hour = (i * 37) % 100;
            const QDateTime at = m_t0.addSecs(3600 * hour);
            Dossier d = makeDossier(QStringLiteral("H34-P-%1").arg(i, 4, 10, QLatin1Char('0')),
                                    QStringLiteral("Người %1").arg(i), QString::fromLatin1(depts[i % 3]), at);
            d.state = (i % 4 == 0) ? DossierState::Processing : DossierState::Received;
            d.channel = (i % 5 == 0) ? Channel::Online : Channel::Counter;
            const qint64 id = add(d);
            QVERIFY(id > 0);
            const bool match = (department == 0 || department == (i % 3) + 1) &&
                               (states.isEmpty() || states.contains(static_cast<int>(d.state))) &&
                               (channel == 0 || channel == static_cast<int>(d.channel)) &&
                               (fromHour < 0 || hour >= fromHour) && (toHour < 0 || hour < toHour);
            if (match)
                expected.append({at.toSecsSinceEpoch(), id});
        }
        QVERIFY(tx.commit());
    }
    std::sort(expected.begin(), expected.end(),
              [](const Expect& a, const Expect& b) { return a.at != b.at ? a.at > b.at : a.id > b.id; });
    QVERIFY(!expected.isEmpty());

    DossierFilter filter;
    if (department)
        filter.departmentId = department;
    for (int s : states)
        filter.states.append(static_cast<DossierState>(s));
    if (channel)
        filter.channel = static_cast<Channel>(channel);
    if (fromHour >= 0)
        filter.receivedFrom = m_t0.addSecs(3600 * fromHour);
    if (toHour >= 0)
        filter.receivedTo = m_t0.addSecs(3600 * toHour);

    QList<qint64> got;
    PageCursor cursor;
    int pages = 0;
    do {
        Result<DossierPage> page = m_repo->page(filter, cursor, pageSize);
        QVERIFY2(page, qPrintable(page.error().message));
        QVERIFY(page->rows.size() <= pageSize);
        for (const DossierListRow& r : page->rows)
            got.append(r.id);
        cursor = page->next;
        QVERIFY(++pages < 1000);
        if (!cursor.isNull())
            QCOMPARE(page->rows.size(), pageSize);
    } while (!cursor.isNull());

    QList<qint64> want;
    for (const Expect& e : expected)
        want.append(e.id);
    QCOMPARE(got, want);
    QCOMPARE(pages, static_cast<int>((want.size() + pageSize - 1) / pageSize));
}

void TestDossierRepository::countsByVietnamDay()
{
    const QDate day(2026, 2, 14);
    // 2026-02-13T17:00Z is 00:00 on the 14th in Vietnam; 2026-02-14T16:59:59Z is 23:59:59.
    const QDateTime start(QDate(2026, 2, 13), QTime(17, 0), Qt::UTC);
    const auto [first, end] = DossierRepository::vietnamDayRange(day);
    QCOMPARE(first, start.toSecsSinceEpoch());
    QCOMPARE(end - first, 86400);

    int n = 0;
    auto put = [&](const char* dept, const QDateTime& at, Channel ch) {
        Dossier d =
            makeDossier(QStringLiteral("H34-C-%1").arg(++n), QStringLiteral("A"), QString::fromLatin1(dept), at);
        d.channel = ch;
        QVERIFY(add(d) > 0);
    };
    put("STP", start.addSecs(-1), Channel::Counter); // 13th, 23:59:59 Vietnam
    put("STP", start, Channel::Counter);
    put("STP", start.addSecs(3600 * 10), Channel::Online);
    put("SYT", start.addSecs(86399), Channel::Counter); // 14th, 23:59:59
    put("SYT", start.addSecs(86400), Channel::Counter); // 15th
    put("SXD", start.addSecs(-3600), Channel::Online);  // 13th

    Result<QList<DepartmentCount>> counts = m_repo->countsByDepartment(day);
    QVERIFY(counts);
    // Ordered by department ordinal: SXD (1) has none that day, then STP (2), SYT (3).
    QCOMPARE(counts->size(), 2);
    QCOMPARE(counts->at(0).departmentId, 1);
    QCOMPARE(counts->at(0).count, 2);
    QCOMPARE(counts->at(1).departmentId, 3);
    QCOMPARE(counts->at(1).count, 1);

    Result<QList<DepartmentCount>> online = m_repo->countsByDepartment(day, Channel::Online);
    QVERIFY(online);
    QCOMPARE(online->size(), 1);
    QCOMPARE(online->at(0).departmentId, 1);
    QCOMPARE(online->at(0).count, 1);

    QCOMPARE(m_repo->countsByDepartment(QDate(2026, 2, 13))->size(), 2);
}

// EXPLAIN QUERY PLAN of the repository's own statement whose SQL contains `sqlPart`: the
// statements are found among the connection's prepared (cached) statements.
QString TestDossierRepository::planOf(const QString& sqlPart)
{
    QString sql;
    for (sqlite3_stmt* s = sqlite3_next_stmt(m_db->handle(), nullptr); s; s = sqlite3_next_stmt(m_db->handle(), s)) {
        const QString text = QString::fromUtf8(sqlite3_sql(s));
        if (text.contains(sqlPart) && !text.startsWith(QLatin1String("EXPLAIN")))
            sql = text;
    }
    if (sql.isEmpty())
        return QStringLiteral("<statement not found>");
    Statement& st = m_db->prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    QStringList lines;
    while (st.next())
        lines << st.text(3);
    return lines.join(QLatin1Char('\n'));
}

void TestDossierRepository::lookupsUseIndexes()
{
    seedSearchData();
    QVERIFY(m_repo->byCode(QStringLiteral("H34-260302-0001")));
    QVERIFY(m_repo->search(QStringLiteral("H34-260302-0001")));
    QVERIFY(m_repo->search(QStringLiteral("062090001234")));
    QVERIFY(m_repo->search(QStringLiteral("0905123456")));
    QVERIFY(m_repo->search(QStringLiteral("nguyen")));
    QVERIFY(m_repo->countsByDepartment(QDate(2026, 3, 2)));
    DossierFilter byDept;
    byDept.departmentId = 1;
    QVERIFY(m_repo->page(byDept, PageCursor{m_t0.toSecsSinceEpoch() + 7200, 3}, 10));
    QVERIFY(m_repo->page(DossierFilter{}, {}, 10));
    DossierFilter byState;
    byState.states = {DossierState::Withdrawn};
    QVERIFY(m_repo->page(byState, {}, 10));

    const QString code = planOf(QStringLiteral("WHERE d.code = ?1"));
    QVERIFY2(code.contains(QStringLiteral("USING INDEX sqlite_autoindex_dossiers_1 (code=?)")), qPrintable(code));
    const QString searchCode = planOf(QStringLiteral("d.code IN (?1, ?2)"));
    QVERIFY2(searchCode.contains(QStringLiteral("sqlite_autoindex_dossiers_1 (code=?)")), qPrintable(searchCode));
    const QString idNumber = planOf(QStringLiteral("d.id_number = ?1 AND"));
    QVERIFY2(idNumber.contains(QStringLiteral("USING INDEX dossiers_id_number (id_number=?)")), qPrintable(idNumber));
    const QString phone = planOf(QStringLiteral("d.phone = ?1"));
    QVERIFY2(phone.contains(QStringLiteral("dossiers_phone (phone=?)")) &&
                 phone.contains(QStringLiteral("dossiers_id_number (id_number=?)")),
             qPrintable(phone));
    const QString fts = planOf(QStringLiteral("MATCH"));
    QVERIFY2(fts.contains(QStringLiteral("VIRTUAL TABLE")) && fts.contains(QStringLiteral("PRIMARY KEY")),
             qPrintable(fts));
    // Schema 010: one index along received_at (dossiers_report_received) serves the per-day
    // counts, the department's pages and the whole list; it holds department_id, so the filter
    // is applied inside the index. Rows of the same second are put in id order by a small sort
    // ("RIGHT PART OF ORDER BY"); the whole list is never sorted.
    const QString counts = planOf(QStringLiteral("count(*) FROM dossiers d WHERE d.department_id"));
    QVERIFY2(
        counts.contains(QStringLiteral("COVERING INDEX dossiers_report_received (received_at>? AND received_at<?)")),
        qPrintable(counts));
    const QString deptPage = planOf(QStringLiteral("WHERE 1 AND d.department_id = ?1 AND d.received_at <="));
    QVERIFY2(deptPage.contains(QStringLiteral("dossiers_report_received (received_at<?)")), qPrintable(deptPage));
    QVERIFY2(!deptPage.contains(QStringLiteral("TEMP B-TREE FOR ORDER BY")), qPrintable(deptPage));
    const QString allPage = planOf(QStringLiteral("WHERE 1 ORDER BY"));
    QVERIFY2(allPage.contains(QStringLiteral("dossiers_report_received")) &&
                 !allPage.contains(QStringLiteral("TEMP B-TREE FOR ORDER BY")),
             qPrintable(allPage));
    // A state other than returned: the small partial index of the others (schema 010).
    const QString statePage = planOf(QStringLiteral("AND d.state <> 12"));
    QVERIFY2(statePage.contains(QStringLiteral("dossiers_not_returned (state=?)")), qPrintable(statePage));
    // No exact lookup scans the table.
    for (const QString& plan : {code, searchCode, idNumber, phone, counts})
        QVERIFY2(!plan.split(QLatin1Char('\n')).contains(QStringLiteral("SCAN d")), qPrintable(plan));
}

QTEST_GUILESS_MAIN(TestDossierRepository)
#include "test_dossierrepository.moc"
