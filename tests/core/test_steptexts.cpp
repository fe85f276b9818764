#include "ProcessingTestBed.h"

#include "core/TextRules.h"
#include "service/CalendarService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace motcua;

// What a person types into a processing step (a note, a reason, a paper asked for, who collects
// the result) and a holiday's name is printed on forms, shown in the history and sent to the
// portal: control characters and the characters that reorder text are refused, with a clear
// message, and nothing is written.
class TestStepTexts : public QObject, protected ProcessingTestBed
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }
    void stepTexts_data();
    void stepTexts();
    void holidayNames_data();
    void holidayNames();
};

namespace {
enum class Where { TransferNote, WithdrawReason, SupplementPaper, SupplementReason, ApologyReason, CollectorName };
} // namespace
Q_DECLARE_METATYPE(Where)

void TestStepTexts::stepTexts_data()
{
    QTest::addColumn<Where>("where");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    const QString rlo = QStringLiteral("Hồ sơ \u202Eđủ");
    QTest::newRow("transfer note, plain") << Where::TransferNote << QStringLiteral("xin chuyển gấp") << true;
    QTest::newRow("transfer note, two lines") << Where::TransferNote << QStringLiteral("dòng một\ndòng hai") << true;
    QTest::newRow("transfer note, RLO") << Where::TransferNote << rlo << false;
    QTest::newRow("transfer note, LRI") << Where::TransferNote << QStringLiteral("ghi \u2066chú") << false;
    QTest::newRow("transfer note, BEL") << Where::TransferNote << QStringLiteral("ghi chú\u0007") << false;
    QTest::newRow("transfer note, C1") << Where::TransferNote << QStringLiteral("ghi\u0085chú") << false;
    QTest::newRow("transfer note, too long") << Where::TransferNote << QString(TextRules::kTextMax + 1, u'a') << false;
    QTest::newRow("withdraw reason, plain") << Where::WithdrawReason << QStringLiteral("Người nộp xin rút") << true;
    QTest::newRow("withdraw reason, RLM") << Where::WithdrawReason << QStringLiteral("xin rút\u200F") << false;
    QTest::newRow("supplement paper, FSI") << Where::SupplementPaper << QStringLiteral("Tờ\u2068 khai") << false;
    QTest::newRow("supplement paper, plain") << Where::SupplementPaper << QStringLiteral("Tờ khai") << true;
    QTest::newRow("supplement reason, ESC") << Where::SupplementReason << QStringLiteral("thiếu\u001B[2J") << false;
    QTest::newRow("apology reason, PDF") << Where::ApologyReason << QStringLiteral("Quá tải\u202C") << false;
    QTest::newRow("apology reason, plain") << Where::ApologyReason << QStringLiteral("Quá tải") << true;
    QTest::newRow("collector name, RLO") << Where::CollectorName << rlo << false;
    QTest::newRow("collector name, plain") << Where::CollectorName << QStringLiteral("Đặng Văn Đức") << true;
}

void TestStepTexts::stepTexts()
{
    QFETCH(Where, where);
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    const bool atTheEnd = where == Where::CollectorName;
    const bool late = where == Where::ApologyReason;
    const QString code = newDossier(atTheEnd ? Start::Done : Start::Processing);
    QVERIFY(!code.isEmpty());
    const QString eventsSql = QStringLiteral(
        "SELECT count(*) FROM dossier_events WHERE dossier_id = (SELECT id FROM dossiers WHERE code = ?1)");
    const QString auditSql = QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_key = ?1");
    const int eventsBefore = count(eventsSql, code);
    const int auditBefore = count(auditSql, code);
    if (late)
        m_clock->advanceSecs(120 * 24 * 3600); // well past the appointment

    auto asStatus = [](const auto& r) { return r ? Status() : Status(r.error()); };
    Status s;
    switch (where) {
    case Where::TransferNote: {
        const auto at = processing().location(code);
        QVERIFY(at.ok());
        s = asStatus(
            processing().transfer(m_supervisor, code, at->departmentCode == m_dept1 ? m_dept2 : m_dept1, text));
        break;
    }
    case Where::WithdrawReason:
        s = asStatus(processing().withdraw(m_supervisor, code, text));
        break;
    case Where::SupplementPaper:
        s = asStatus(processing().requestSupplement(m_supervisor, code, {{text, QStringLiteral("thiếu chứng thực")}}));
        break;
    case Where::SupplementReason:
        s = asStatus(processing().requestSupplement(m_supervisor, code, {{QStringLiteral("Tờ khai"), text}}));
        break;
    case Where::ApologyReason:
        s = asStatus(processing().apologize(m_supervisor, code, m_clock->now().addDays(7), text));
        break;
    case Where::CollectorName: {
        ReturnRecord r;
        r.collectorName = text;
        r.collectorIdNumber = QStringLiteral("062090001234");
        r.resultPapers = {QStringLiteral("Giấy chứng nhận")};
        r.feesSettled = true;
        s = asStatus(processing().returnResult(m_supervisor, code, r));
        break;
    }
    }
    QVERIFY2(s.ok() == accepted, qPrintable(s.ok() ? QStringLiteral("accepted") : s.error().message));
    if (accepted) {
        QVERIFY(count(eventsSql, code) > eventsBefore);
        return;
    }
    QCOMPARE(s.error().code, Error::BadInput);
    QVERIFY(!s.error().message.isEmpty());
    // Nothing written: no event, no audit row.
    QCOMPARE(count(eventsSql, code), eventsBefore);
    QCOMPARE(count(auditSql, code), auditBefore);
}

void TestStepTexts::holidayNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("Tết") << QStringLiteral("Tết Nguyên đán") << true;
    QTest::newRow("RLO") << QStringLiteral("Tết \u202Eđán") << false;
    QTest::newRow("NUL") << QStringLiteral("Tết") + QChar(0) << false;
    QTest::newRow("LRE") << QStringLiteral("\u202ATết") << false;
}

void TestStepTexts::holidayNames()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    // From a file.
    QJsonObject row{{QStringLiteral("date"), QStringLiteral("2026-02-17")},
                    {QStringLiteral("kind"), QStringLiteral("holiday")},
                    {QStringLiteral("name"), name}};
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("rows"), QJsonArray{row}}}).toJson(QJsonDocument::Compact);
    const auto parsed = CalendarService::parseRows(json);
    QVERIFY2(parsed.ok() == accepted, parsed ? "accepted" : qPrintable(parsed.error().message));
    if (!accepted)
        QCOMPARE(parsed.error().code, Error::BadInput);
    // From the calendar page.
    Actor admin;
    admin.username = QStringLiteral("admin");
    admin.role = Role::Admin;
    CalendarDay day;
    day.date = QDate(2026, 2, 17);
    day.kind = DayKind::Holiday;
    day.name = name;
    const Status confirmed = m_ctx->calendar().confirmYear(admin, 2026, {day});
    QVERIFY2(confirmed.ok() == accepted, confirmed ? "accepted" : qPrintable(confirmed.error().message));
}

QTEST_GUILESS_MAIN(TestStepTexts)
#include "test_steptexts.moc"
