// The national service-quality index (Decision 766) computed locally: each indicator on a small
// hand-built center whose expected values are worked out below by hand, the definition as data,
// and the facts read from a database (a scanned paper counts as digitized, a ticked one does not).
#include "core/QualityIndex.h"
#include "service/QualityService.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Migrations.h"
#include "store/QualityRepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace motcua;

namespace {

qint64 vn(int y, int m, int d, int h = 9)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(7 * 3600)).toSecsSinceEpoch();
}

QualityDossier make(qint64 id, Channel channel, DossierState state, qint64 received, qint64 appointment,
                    qint64 finished = 0, qint64 returned = 0)
{
    QualityDossier d;
    d.id = id;
    d.code = QStringLiteral("D%1").arg(id);
    d.channel = channel;
    d.state = state;
    d.receivedAt = received;
    d.appointmentAt = appointment;
    d.finishedAt = finished;
    d.returnedAt = returned;
    return d;
}

const QualityFigure& figure(const QList<QualityFigure>& figures, const char* id)
{
    for (const QualityFigure& f : figures) {
        if (f.def.id == QLatin1String(id))
            return f;
    }
    qFatal("no indicator %s", id);
}

QSet<qint64> ids(std::initializer_list<qint64> list)
{
    return QSet<qint64>(list.begin(), list.end());
}

} // namespace

class TestQualityIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void definitionIsData();
    void definitionRejectsBadData_data();
    void definitionRejectsBadData();
    void onTime21();
    void onlineShare33();
    void onlinePayment36HasNoData();
    void electronicResult41();
    void digitized42();
    void reuse43();
    void unknownIndicatorsHaveNoData();
    void satisfaction54();
    void factsFromTheDatabase();

private:
    QualityDefinition m_def;
    QList<QualityDossier> m_center;
    ReportPeriod m_q1;
};

// The first quarter of 2026 at a small center:
//   1 counter   returned  recv 05/01 appt 10/01 ended 09/01           early       papers 2/2 scanned, fee 50,000
//   2 online    done      recv 06/01 appt 12/01 ended 12/01           same day, but 2 supplement requests: late
//   3 counter   stopped   recv 01/02 appt 05/02 stopped 10/02         late (stopped after its appointment)
//   4 online    open      recv 01/03 appt 10/04                       papers 3, 1 scanned
//   5 postal    withdrawn recv 02/03 ended 03/03                      not an end for 2.1
//   6 counter   returned  recv 20/12/2025 appt 03/01 ended 02/01      early; received before the quarter
//   7 counter   refused   recv 10/01                                  never counted
//   8 counter   done      recv 20/03 appt 30/03 ended 02/04           ends after the quarter; papers 1/1, fee 20,000
//   9 online    returned  recv 15/01 appt 20/01 ended 20/01, 1 supplement: on time; no paper
// Result files scanned or imported here: 1, 6 and 9. Identity read from the ID card's QR: 1 and 3.
void TestQualityIndex::initTestCase()
{
    auto def = QualityDefinition::standard();
    QVERIFY2(def, qPrintable(def ? QString() : def.error().message));
    m_def = *def;
    using S = DossierState;
    using C = Channel;
    m_center = {
        make(1, C::Counter, S::Returned, vn(2026, 1, 5), vn(2026, 1, 10), vn(2026, 1, 9), vn(2026, 1, 12)),
        make(2, C::Online, S::Done, vn(2026, 1, 6), vn(2026, 1, 12, 8), vn(2026, 1, 12, 16)),
        make(3, C::Counter, S::Stopped, vn(2026, 2, 1), vn(2026, 2, 5), vn(2026, 2, 10)),
        make(4, C::Online, S::Processing, vn(2026, 3, 1), vn(2026, 4, 10)),
        make(5, C::Postal, S::Withdrawn, vn(2026, 3, 2), vn(2026, 3, 12), vn(2026, 3, 3)),
        make(6, C::Counter, S::Returned, vn(2025, 12, 20), vn(2026, 1, 3), vn(2026, 1, 2), vn(2026, 1, 5)),
        make(7, C::Counter, S::Refused, vn(2026, 1, 10), vn(2026, 1, 10), vn(2026, 1, 10)),
        make(8, C::Counter, S::Done, vn(2026, 3, 20), vn(2026, 3, 30), vn(2026, 4, 2)),
        make(9, C::Online, S::Returned, vn(2026, 1, 15), vn(2026, 1, 20, 8), vn(2026, 1, 20, 15), vn(2026, 1, 21)),
    };
    m_center[0].papersProvided = 2;
    m_center[0].papersWithFile = 2;
    m_center[0].feeTotal = 50000;
    m_center[1].supplementRequests = 2;
    m_center[3].papersProvided = 3;
    m_center[3].papersWithFile = 1;
    m_center[7].papersProvided = 1;
    m_center[7].papersWithFile = 1;
    m_center[7].feeTotal = 20000;
    m_center[8].supplementRequests = 1;
    m_center[0].resultFiles = 1;
    m_center[5].resultFiles = 2;
    m_center[8].resultFiles = 1;
    m_center[0].idFromQr = true;
    m_center[2].idFromQr = true;
    m_q1 = ReportPeriod::ofDays(QDate(2026, 1, 1), QDate(2026, 3, 31));
}

void TestQualityIndex::definitionIsData()
{
    QVERIFY(!m_def.decision.isEmpty());
    QVERIFY(m_def.source.contains(QStringLiteral("thứ cấp"))); // a secondary source, said so
    QVERIFY(!m_def.verified);
    QStringList idsSeen;
    for (const QualityIndicatorDef& d : m_def.indicators)
        idsSeen.append(d.id);
    QCOMPARE(idsSeen,
             (QStringList{QStringLiteral("2.1"), QStringLiteral("3.3"), QStringLiteral("3.6"), QStringLiteral("4.1"),
                          QStringLiteral("4.2"), QStringLiteral("4.3"), QStringLiteral("4.5"), QStringLiteral("5.4")}));
    // A new version of the decision is a data change: the maxima and thresholds come from the file.
    const QByteArray custom = R"({"decision": "QĐ mới", "source": "thử", "indicators": [
        {"id": "2.1", "kind": "on_time", "name": "Đúng hạn", "formula": "x", "max": 10, "full_from": 50}]})";
    auto other = QualityDefinition::fromJson(custom);
    QVERIFY(other);
    const QList<QualityFigure> f = computeQuality(*other, m_center, m_q1);
    QCOMPARE(f.size(), 1);
    QVERIFY(f.first().points);
    QCOMPARE(*f.first().points, 10.0); // 60 % is above full marks from 50 %
}

void TestQualityIndex::definitionRejectsBadData_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("{");
    QTest::newRow("no source") << QByteArray(R"({"decision": "x", "indicators": []})");
    QTest::newRow("no indicator") << QByteArray(R"({"decision": "x", "source": "y", "indicators": []})");
    QTest::newRow("unknown kind") << QByteArray(
        R"({"decision": "x", "source": "y", "indicators": [{"id": "9.9", "kind": "luck", "name": "n", "formula": "f", "max": 1}]})");
    QTest::newRow("maximum 0") << QByteArray(
        R"({"decision": "x", "source": "y", "indicators": [{"id": "2.1", "kind": "on_time", "name": "n", "formula": "f", "max": 0}]})");
    QTest::newRow("repeated id") << QByteArray(
        R"({"decision": "x", "source": "y", "indicators": [{"id": "2.1", "kind": "on_time", "name": "n", "formula": "f", "max": 1},)"
        R"({"id": "2.1", "kind": "online_share", "name": "n", "formula": "f", "max": 1}]})");
}

void TestQualityIndex::definitionRejectsBadData()
{
    QFETCH(QByteArray, json);
    auto d = QualityDefinition::fromJson(json);
    QVERIFY(!d);
    QCOMPARE(d.error().code, Error::BadInput);
}

void TestQualityIndex::onTime21()
{
    // Ended in the quarter: 1, 2, 3, 6, 9 (5 withdrawn, 7 refused, 4 open, 8 ends in April).
    // On time: 1 and 6 early, 9 on its day with one supplement request. Late: 2 (two requests),
    // 3 (stopped after its appointment). 3 / 5 = 60 %; 20 points × 60 / 100 = 12.
    const QList<QualityFigure> all = computeQuality(m_def, m_center, m_q1);
    const QualityFigure& f = figure(all, "2.1");
    QCOMPARE(f.population, 5);
    QCOMPARE(f.counted, 3);
    QCOMPARE(QSet<qint64>(f.dossierIds.begin(), f.dossierIds.end()), ids({1, 2, 3, 6, 9}));
    QCOMPARE(f.countedIds, ids({1, 6, 9}));
    QVERIFY(f.hasValue);
    QCOMPARE(f.value, 60.0);
    QVERIFY(f.points);
    QCOMPARE(*f.points, 12.0);
    QCOMPARE(f.def.maxPoints, 20.0);
}

void TestQualityIndex::onlineShare33()
{
    // Received in the quarter: 1, 2, 3, 4, 5, 8, 9 (6 before it, 7 refused) = 7; online 2, 4, 9 = 3.
    // 3 / 7 = 42.857 %; full marks from 50 %: 2 × 42.857 / 50 = 1.714 points.
    const QList<QualityFigure> all = computeQuality(m_def, m_center, m_q1);
    const QualityFigure& f = figure(all, "3.3");
    QCOMPARE(f.population, 7);
    QCOMPARE(f.countedIds, ids({2, 4, 9}));
    QVERIFY(qAbs(f.value - 300.0 / 7.0) < 1e-9);
    QVERIFY(f.points);
    QVERIFY(qAbs(*f.points - 2.0 * (300.0 / 7.0) / 50.0) < 1e-9);
}

void TestQualityIndex::onlinePayment36HasNoData()
{
    // Dossiers with fees received in the quarter: 1 and 8. How they were paid online is not known
    // here: no value and no points, never 0 %.
    const QList<QualityFigure> all = computeQuality(m_def, m_center, m_q1);
    const QualityFigure& f = figure(all, "3.6");
    QCOMPARE(f.population, 2);
    QCOMPARE(QSet<qint64>(f.dossierIds.begin(), f.dossierIds.end()), ids({1, 8}));
    QVERIFY(!f.hasValue);
    QVERIFY(!f.points);
    QVERIFY(!f.note.isEmpty());
}

void TestQualityIndex::electronicResult41()
{
    // Dossiers with a result that ended in the quarter: 1, 2, 6, 9 (3 was stopped: no result; 8
    // ends in April). With a result file: 1, 6, 9 → 3 / 4 = 75 %; 4 points × 75 / 100 = 3.
    const QList<QualityFigure> all = computeQuality(m_def, m_center, m_q1);
    const QualityFigure& f = figure(all, "4.1");
    QCOMPARE(QSet<qint64>(f.dossierIds.begin(), f.dossierIds.end()), ids({1, 2, 6, 9}));
    QCOMPARE(f.countedIds, ids({1, 6, 9}));
    QVERIFY(f.hasValue);
    QCOMPARE(f.value, 75.0);
    QVERIFY(f.points);
    QCOMPARE(*f.points, 3.0);
}

void TestQualityIndex::digitized42()
{
    // Received in the quarter: 1, 2, 3, 4, 5, 8, 9 = 7. Every paper handed in with a file: 1 (2/2)
    // and 8 (1/1); 4 has 1 of 3; 9 has no paper. A result file: 1 and 9 (6 was received before
    // the quarter). Both halves: 1 only → 1 / 7 = 14.286 %; full marks from 80 %:
    // 4 × 14.286 / 80 = 0.714 points.
    const QList<QualityFigure> all = computeQuality(m_def, m_center, m_q1);
    const QualityFigure& f = figure(all, "4.2");
    QCOMPARE(f.population, 7);
    QCOMPARE(f.countedIds, ids({1}));
    QVERIFY(f.hasValue);
    QVERIFY(qAbs(f.value - 100.0 / 7.0) < 1e-9);
    QVERIFY(f.points);
    QVERIFY(qAbs(*f.points - 4.0 * (100.0 / 7.0) / 80.0) < 1e-9);
    QCOMPARE(f.def.fullFrom, 80.0);
    // The note gives both halves: papers 2 dossiers, results 2, both 1.
    QVERIFY2(f.note.contains(QStringLiteral(": 2")) && f.note.contains(QStringLiteral(": 1")), qPrintable(f.note));
}

void TestQualityIndex::reuse43()
{
    // As the national system reads the synced flag (at least one paper with a file): of the 7
    // received, 1, 4 and 8 → 3 / 7 = 42.857 %; 4 × 42.857 / 80 = 2.143 points.
    const QList<QualityFigure> all = computeQuality(m_def, m_center, m_q1);
    const QualityFigure& f = figure(all, "4.3");
    QCOMPARE(f.population, 7);
    QCOMPARE(f.countedIds, ids({1, 4, 8}));
    QVERIFY(qAbs(f.value - 300.0 / 7.0) < 1e-9);
    QVERIFY(f.points);
    QVERIFY(qAbs(*f.points - 4.0 * (300.0 / 7.0) / 80.0) < 1e-9);
}

void TestQualityIndex::unknownIndicatorsHaveNoData()
{
    const QList<QualityFigure> all = computeQuality(m_def, m_center, m_q1);
    // 4.5: no population-database check is made here; reading the QR (dossiers 1 and 3) is not one.
    const QualityFigure& f = figure(all, "4.5");
    QVERIFY(!f.hasValue);
    QVERIFY(!f.points);
    QVERIFY(f.countedIds.isEmpty());
    QCOMPARE(f.population, 7);
    QVERIFY2(f.note.contains(QStringLiteral("2 of 7")), qPrintable(f.note));
    // The report's total counts only scored indicators: 2.1, 3.3, 4.1, 4.2, 4.3.
    QualityReport r;
    r.figures = all;
    const double expected =
        12.0 + 2.0 * (300.0 / 7.0) / 50.0 + 3.0 + 4.0 * (100.0 / 7.0) / 80.0 + 4.0 * (300.0 / 7.0) / 80.0;
    QVERIFY(qAbs(r.points() - expected) < 1e-9);
    QCOMPARE(r.maxPoints(), 34.0);
}

void TestQualityIndex::satisfaction54()
{
    // 100 % − late share − complaints share: the late share is 2 / 5 = 40 % (dossiers 2 and 3),
    // complaints are not known here, so no value; the late dossiers are listed.
    const QList<QualityFigure> all = computeQuality(m_def, m_center, m_q1);
    const QualityFigure& f = figure(all, "5.4");
    QVERIFY(!f.hasValue);
    QVERIFY(!f.points);
    QCOMPARE(f.population, 5);
    QCOMPARE(f.countedIds, ids({2, 3}));
    QVERIFY2(f.note.contains(QStringLiteral("40.0")), qPrintable(f.note));
}

void TestQualityIndex::factsFromTheDatabase()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("q.db"))));
    QVERIFY(migrate(db));
    QVERIFY(db.execute(QStringLiteral(
        "INSERT INTO catalogue_versions (id, effective_from, imported_at, imported_by, source, sha256, departments, "
        "procedures) VALUES (1, '2026-01-01', 0, 'admin', 'test', '', 1, 1);"
        "INSERT INTO departments (id, code, name, short_name, ordinal, effective_from) VALUES "
        "(1, 'STP', 'Sở Tư pháp', 'Tư pháp', 1, '2026-01-01');"
        "INSERT INTO procedures (id, version_id, code, name, search_text, field, department_id, effective_from) "
        "VALUES (10, 1, '2.000635', 'Cấp bản sao trích lục hộ tịch', 'x', 'Hộ tịch', 1, '2026-01-01');")));
    DossierRepository repo(db);
    auto add = [&](const QString& code, DossierState state, qint64 received, qint64 appointment, qint64 finished) {
        Dossier x;
        x.code = code;
        x.procedureId = 10;
        x.procedureCode = QStringLiteral("2.000635");
        x.procedureName = QStringLiteral("Thủ tục");
        x.channel = Channel::Counter;
        x.state = state;
        x.applicant.fullName = QStringLiteral("Nguyễn Văn An");
        x.receivedAt = QDateTime::fromSecsSinceEpoch(received, Qt::UTC);
        x.appointmentAt = QDateTime::fromSecsSinceEpoch(appointment, Qt::UTC);
        x.receivedBy = QStringLiteral("clerk");
        x.updatedAt = x.receivedAt;
        x.applicant.idNumber = QStringLiteral("062090001234");
        x.applicant.idFromQr = code == QLatin1String("A");
        auto id = repo.insert(x);
        if (!id)
            return qint64(0);
        std::optional<QDateTime> end;
        if (finished)
            end = QDateTime::fromSecsSinceEpoch(finished, Qt::UTC);
        if (!repo.updateState(*id, state, x.receivedAt, end, std::nullopt))
            return qint64(0);
        return *id;
    };
    const qint64 a = add(QStringLiteral("A"), DossierState::Done, vn(2026, 2, 2), vn(2026, 2, 9), vn(2026, 2, 6));
    const qint64 b = add(QStringLiteral("B"), DossierState::Processing, vn(2025, 11, 2), vn(2025, 11, 9), 0);
    QVERIFY(a > 0 && b > 0);
    // A: two papers handed in, one scanned here, one only ticked on the checklist; one not handed
    // in; two supplement requests.
    QVERIFY(db.execute(
        QStringLiteral(
            "INSERT INTO dossier_papers (id, dossier_id, component_id, name, provided) VALUES "
            "(100, %1, NULL, 'Tờ khai', 1), (101, %1, NULL, 'Bản sao CCCD', 1), (102, %1, NULL, 'Ảnh', 0);"
            "INSERT INTO attachments (dossier_id, paper_id, file_name, mime_type, size, sha256, page_count, added_at, "
            "added_by) VALUES (%1, 100, 'to-khai.pdf', 'application/pdf', 10, '%2', 1, 0, 'clerk');"
            "INSERT INTO dossier_supplements (dossier_id, requested_at, requested_by) VALUES (%1, 0, 'x'), (%1, 1, "
            "'x');"
            "INSERT INTO attachments (dossier_id, paper_id, file_name, mime_type, size, sha256, page_count, added_at, "
            "added_by, result) VALUES (%1, NULL, 'ket-qua.pdf', 'application/pdf', 10, '%2', 1, 0, 'clerk', 1);")
            .arg(a)
            .arg(QString(64, QLatin1Char('a')))));
    QualityRepository q(db);
    const ReportPeriod feb = ReportPeriod::ofDays(QDate(2026, 2, 1), QDate(2026, 2, 28));
    auto facts = q.facts(feb.start, feb.end, std::nullopt);
    QVERIFY2(facts, qPrintable(facts ? QString() : facts.error().message));
    QCOMPARE(facts->size(), 1); // B was received in November and is still open
    const QualityDossier& d = facts->first();
    QCOMPARE(d.code, QStringLiteral("A"));
    QCOMPARE(d.papersProvided, 2);
    QCOMPARE(d.papersWithFile, 1); // the ticked paper has no file: not digitized
    QCOMPARE(d.supplementRequests, 2);
    QCOMPARE(d.finishedAt, vn(2026, 2, 6));
    QCOMPARE(d.resultFiles, 1);
    QVERIFY(d.idFromQr);
    auto other = q.facts(feb.start, feb.end, qint64(2));
    QVERIFY(other);
    QVERIFY(other->isEmpty());

    QualityService service(db);
    auto report = service.compute(QDate(2026, 2, 1), QDate(2026, 2, 28));
    QVERIFY(report);
    QCOMPARE(figure(report->figures, "2.1").counted, 0); // two supplement requests: late
    QCOMPARE(figure(report->figures, "4.2").counted, 0); // a result, but one paper only ticked
    QCOMPARE(figure(report->figures, "4.1").counted, 1);
    QCOMPARE(figure(report->figures, "4.3").counted, 1);
    QVERIFY(!service.compute(QDate(2026, 3, 1), QDate(2026, 2, 1)));
    QCOMPARE(QualityService::previousQuarter(QDate(2026, 5, 20)),
             std::make_pair(QDate(2026, 1, 1), QDate(2026, 3, 31)));
    QCOMPARE(QualityService::previousQuarter(QDate(2026, 1, 2)),
             std::make_pair(QDate(2025, 10, 1), QDate(2025, 12, 31)));
}

QTEST_GUILESS_MAIN(TestQualityIndex)
#include "test_qualityindex.moc"
