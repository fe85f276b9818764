#include "ProcessingTestBed.h"

#include <QTest>

using namespace motcua;

// What the processing service reads back: timeliness of finished dossiers, due and overdue
// flags and list filters, paging through overdue dossiers, and the ledger (form 06).
class TestProcessingReads : public QObject, protected ProcessingTestBed
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }
    void timeliness_data();
    void timeliness();
    void dueFlagsAndListFilters();
    void overduePagesWalkTheList();
    void ledgerRows();
};

void TestProcessingReads::timeliness_data()
{
    QTest::addColumn<QDateTime>("finished");
    QTest::addColumn<QString>("expected");
    // Appointment: Wed 11 Mar 2026 09:00 (received Wed 4 Mar 09:00, 5 working days).
    QTest::newRow("a day early") << vn(2026, 3, 10, 16, 0) << QStringLiteral("early");
    QTest::newRow("same day, before") << vn(2026, 3, 11, 8, 0) << QStringLiteral("on_time");
    QTest::newRow("same day, after the hour") << vn(2026, 3, 11, 16, 30) << QStringLiteral("on_time");
    QTest::newRow("next morning") << vn(2026, 3, 12, 7, 5) << QStringLiteral("late");
}

void TestProcessingReads::timeliness()
{
    QFETCH(QDateTime, finished);
    QFETCH(QString, expected);
    m_clock->set(vn(2026, 3, 4, 9, 0));
    auto r = m_ctx->dossiers().receive(m_clerk, draft());
    QVERIFY(r.ok());
    QCOMPARE(toVietnam(r->appointmentAt), vn(2026, 3, 11, 9, 0));
    m_clock->advanceSecs(600);
    QVERIFY(processing().transfer(m_clerk, r->code, m_dept1).ok());
    m_clock->advanceSecs(600);
    QVERIFY(processing().receive(m_clerk, r->code).ok());
    m_clock->set(finished);
    auto done = processing().complete(m_clerk, r->code);
    QVERIFY(done.ok());
    QCOMPARE(done->finishedAt, finished.toUTC());
    const DossierDue due = processing().due(*done);
    QVERIFY(!due.open);
    QVERIFY(due.timeliness.has_value());
    QCOMPARE(timelinessKey(*due.timeliness), expected);
    Statement& st = m_ctx->db().prepare(
        QStringLiteral("SELECT details FROM audit_log WHERE entity_key = ?1 AND action = 'dossier.complete'"));
    st.bind(1, r->code);
    QVERIFY(st.next());
    QCOMPARE(QJsonDocument::fromJson(st.text(0).toUtf8()).object().value(QStringLiteral("timeliness")).toString(),
             expected);
    st.reset();
}

void TestProcessingReads::dueFlagsAndListFilters()
{
    // Received Wed 4 Mar 09:00 → appointment Wed 11 Mar 09:00.
    m_clock->set(vn(2026, 3, 4, 9, 0));
    auto r = m_ctx->dossiers().receive(m_clerk, draft());
    QVERIFY(r.ok());
    const QString code = r->code;
    DossierFilter filter;
    filter.procedureCode = m_procedureCode;
    filter.receivedBy = m_clerk.username;
    filter.receivedFrom = vn(2026, 3, 4, 0, 0);
    filter.receivedTo = vn(2026, 3, 5, 0, 0);
    DossierRepository repo(m_ctx->db());
    auto codesOf = [&repo](DossierFilter f) {
        QStringList out;
        auto page = repo.page(f);
        if (page) {
            for (const DossierListRow& row : page->rows)
                out.append(row.code);
        }
        return out;
    };
    QVERIFY(codesOf(filter).contains(code));

    struct Case
    {
        QDateTime now;
        bool dueToday;
        bool overdue;
        qint64 remaining;
    };
    const Case cases[] = {
        {vn(2026, 3, 10, 17, 0), false, false, 2 * 3600}, // the evening before: 2 h left
        {vn(2026, 3, 11, 7, 30), true, false, 5400},      // the morning itself
        {vn(2026, 3, 11, 9, 30), false, true, -1800},     // half an hour late
    };
    for (const Case& c : cases) {
        m_clock->set(c.now);
        auto due = processing().due(code);
        QVERIFY(due.ok());
        QCOMPARE(due->dueToday, c.dueToday);
        QCOMPARE(due->overdue, c.overdue);
        QCOMPARE(due->remainingWorkingSeconds, c.remaining);
        DossierFilter today = filter;
        today.dueToday = true;
        today.now = c.now;
        QCOMPARE(codesOf(today).contains(code), c.dueToday);
        DossierFilter late = filter;
        late.overdue = true;
        late.now = c.now;
        QCOMPARE(codesOf(late).contains(code), c.overdue);
    }
    // A paused clock is neither due nor overdue.
    m_clock->set(vn(2026, 3, 5, 9, 0));
    QVERIFY(processing().requestSupplement(m_clerk, code, {{QStringLiteral("Ảnh"), QStringLiteral("mờ")}}).ok());
    DossierFilter late = filter;
    late.overdue = true;
    late.now = vn(2026, 3, 20, 9, 0);
    QVERIFY(!codesOf(late).contains(code));
    m_clock->set(late.now);
    QVERIFY(!processing().due(code)->overdue);
}

void TestProcessingReads::overduePagesWalkTheList()
{
    // Monday 23 March 2026: six dossiers ten minutes apart; one is completed the same day.
    QStringList codes;
    for (int i = 0; i < 6; ++i) {
        m_clock->set(vn(2026, 3, 23, 8, 10 * i));
        auto r = m_ctx->dossiers().receive(m_clerk, draft());
        QVERIFY(r.ok());
        codes.prepend(r->code); // newest first
    }
    m_clock->set(vn(2026, 3, 23, 10, 0));
    QVERIFY(processing().transfer(m_clerk, codes.at(2), m_dept1).ok());
    QVERIFY(processing().receive(m_clerk, codes.at(2)).ok());
    QVERIFY(processing().complete(m_clerk, codes.at(2)).ok());
    codes.removeAt(2);

    DossierFilter filter;
    filter.overdue = true;
    filter.now = vn(2026, 4, 6, 8, 0);
    filter.receivedFrom = vn(2026, 3, 23, 0, 0);
    filter.receivedTo = vn(2026, 3, 24, 0, 0);
    DossierRepository repo(m_ctx->db());
    QStringList seen;
    PageCursor cursor;
    int pages = 0;
    do {
        auto page = repo.page(filter, cursor, 2);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        for (const DossierListRow& row : page->rows)
            seen.append(row.code);
        cursor = page->next;
        ++pages;
    } while (!cursor.isNull() && pages < 10);
    QCOMPARE(seen, codes);
    QCOMPARE(pages, 3);
    // The same walk for one department finds them too (the procedure's department).
    auto one = m_ctx->dossiers().byCode(codes.first());
    filter.departmentId = *DossierRepository(m_ctx->db()).departmentIdByCode(one->departmentCode);
    auto page = repo.page(filter, {}, 50);
    QCOMPARE(page->rows.size(), codes.size());
}

void TestProcessingReads::ledgerRows()
{
    // A day of its own: 16 Mar 2026.
    m_clock->set(vn(2026, 3, 16, 8, 0));
    QStringList codes;
    for (int i = 0; i < 3; ++i) {
        m_clock->advanceSecs(900);
        auto r = m_ctx->dossiers().receive(m_clerk, draft());
        QVERIFY(r.ok());
        codes.append(r->code);
    }
    m_clock->advanceSecs(600);
    QVERIFY(processing().transfer(m_clerk, codes[0], m_dept1).ok());
    QVERIFY(processing().receive(m_clerk, codes[0]).ok());
    QVERIFY(processing().complete(m_clerk, codes[0]).ok());
    ReturnRecord rec;
    rec.collectorName = QStringLiteral("Lê Thị Hoa");
    rec.collectorIdNumber = QStringLiteral("062190005678");
    rec.resultPapers = {QStringLiteral("Giấy phép")};
    rec.feesSettled = true;
    QVERIFY(processing().returnResult(m_clerk, codes[0], rec).ok());

    auto rows = processing().ledger(QDate(2026, 3, 16), QDate(2026, 3, 16));
    QVERIFY2(rows.ok(), qPrintable(rows.error().message));
    QCOMPARE(rows->size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(rows->at(i).number, i + 1);
        QCOMPARE(rows->at(i).code, codes.at(i));
        QCOMPARE(rows->at(i).applicantName, QStringLiteral("Đặng Văn Đức"));
        QCOMPARE(rows->at(i).phone, QStringLiteral("0912345678"));
        QCOMPARE(rows->at(i).receivedBy, m_clerk.fullName); // the account's full name
    }
    QCOMPARE(rows->at(0).collectorName, QStringLiteral("Lê Thị Hoa"));
    QVERIFY(rows->at(0).returnedAt.isValid());
    QVERIFY(rows->at(0).notes.contains(stateName(DossierState::Returned)));
    QVERIFY(rows->at(0).notes.contains(timelinessName(Timeliness::Early)));
    QVERIFY(!rows->at(1).returnedAt.isValid());
    // Received by a name that is no account (any more): the name as recorded.
    Statement& gone = m_ctx->db().prepare(QStringLiteral("UPDATE dossiers SET received_by = 'gone1' WHERE code = ?1"));
    QVERIFY(gone.bind(1, codes.at(2)).exec().ok());
    rows = processing().ledger(QDate(2026, 3, 16), QDate(2026, 3, 16));
    QVERIFY(rows.ok());
    QCOMPARE(rows->at(2).receivedBy, QStringLiteral("gone1"));
    auto bad = processing().ledger(QDate(2026, 3, 17), QDate(2026, 3, 16));
    QCOMPARE(bad.error().code, Error::BadInput);
}

QTEST_GUILESS_MAIN(TestProcessingReads)
#include "test_processingreads.moc"
