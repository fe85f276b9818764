// The one search box as a clerk uses it at the counter: the tail of a code read off a receipt
// ("5002", "261207-5002", a code with part of its agency cut off), the applicant's name typed
// without diacritics, an ID number, a phone typed any way. The tail is found through the
// code-tail index (schema 014), never by scanning the dossiers.
#include "core/Clock.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/Migrations.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace motcua;

Q_DECLARE_METATYPE(DossierRepository::SearchKind)

class TestDossierSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void classifiesCodeTails_data();
    void classifiesCodeTails();
    void finds_data();
    void finds();
    void tailLimitKeepsTheNewestDays();
    void tailUsesItsIndex();

private:
    QString planOf(const QString& sqlPart);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DossierRepository> m_repo;
};

namespace {
const char* const kAgency = "000.00.06.H56";
const char* const kOther = "000.00.07.H57";

QString code(const char* agency, const char* day, const char* number)
{
    return QStringLiteral("%1-%2-%3").arg(QLatin1String(agency), QLatin1String(day), QLatin1String(number));
}
} // namespace

void TestDossierSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("search.db"))));
    QVERIFY(m_db->execute(QStringLiteral("PRAGMA synchronous=OFF")));
    QVERIFY(migrate(*m_db));
    QVERIFY(m_db->execute(QStringLiteral(
        "INSERT INTO catalogue_versions (id, effective_from, imported_at, imported_by, source, sha256, departments, "
        "procedures) VALUES (1, '2026-01-01', 0, 'admin', 'test', '', 1, 1);"
        "INSERT INTO departments (id, code, name, ordinal, effective_from) VALUES "
        "(1, 'STP', 'Sở Tư pháp', 1, '2026-01-01');"
        "INSERT INTO procedures (id, version_id, code, name, search_text, department_id, effective_from) VALUES "
        "(10, 1, '2.000635', 'Cấp bản sao trích lục hộ tịch', 'x', 1, '2026-01-01');")));
    m_repo = std::make_unique<DossierRepository>(*m_db);

    struct Row
    {
        QString code;
        const char* name;
        const char* id;
        const char* phone;
        QDateTime at;
    };
    auto day = [](int d, int hour) { return QDateTime(QDate(2026, 12, d), QTime(hour, 0), vietnamZone()).toUTC(); };
    const Row rows[] = {
        {code(kAgency, "261205", "5002"), "Trần Thị Bích", "", "", day(5, 9)},
        {code(kAgency, "261206", "5002"), "Lê Văn Cường", "", "", day(6, 9)},
        {code(kAgency, "261207", "5001"), "Phạm Minh Châu", "", "", day(7, 8)},
        {code(kAgency, "261207", "5002"), "Đặng Văn Đức", "062090001234", "0905 123 456", day(7, 9)},
        {code(kOther, "261207", "5002"), "Võ Thị Hồng", "", "", day(7, 10)},
        {code(kAgency, "261207", "0361"), "Nguyễn Văn Đạt", "233123456", "+84 912 345 678", day(7, 11)},
    };
    for (const Row& r : rows) {
        Dossier d;
        d.code = r.code;
        d.procedureId = 10;
        d.procedureCode = QStringLiteral("2.000635");
        d.procedureName = QStringLiteral("Cấp bản sao trích lục hộ tịch");
        d.departmentCode = QStringLiteral("STP");
        d.applicant.fullName = QString::fromUtf8(r.name);
        d.applicant.idNumber = QString::fromUtf8(r.id);
        d.applicant.phone = QString::fromUtf8(r.phone);
        d.receivedAt = r.at;
        d.appointmentAt = r.at.addDays(3);
        d.receivedBy = QStringLiteral("clerk1");
        auto id = m_repo->insert(d);
        QVERIFY2(id, qPrintable(id.error().message));
    }
}

void TestDossierSearch::cleanupTestCase()
{
    m_repo.reset();
    m_db.reset();
}

void TestDossierSearch::classifiesCodeTails_data()
{
    using K = DossierRepository::SearchKind;
    QTest::addColumn<QString>("text");
    QTest::addColumn<K>("kind");
    QTest::addColumn<QString>("day");
    QTest::addColumn<QString>("number");
    QTest::newRow("number") << QStringLiteral(" 5002 ") << K::CodeTail << QString() << QStringLiteral("5002");
    QTest::newRow("day and number") << QStringLiteral("261207-5002") << K::CodeTail << QStringLiteral("261207")
                                    << QStringLiteral("5002");
    QTest::newRow("read with a space") << QStringLiteral("261207 5002") << K::CodeTail << QStringLiteral("261207")
                                       << QStringLiteral("5002");
    QTest::newRow("full code") << QStringLiteral("000.00.06.H56-261207-5002") << K::Code << QString() << QString();
    QTest::newRow("agency cut short") << QStringLiteral("H56-261207-5002") << K::Code << QString() << QString();
    // Ten digits are a tax number, never a code tail; three digits are not on any receipt.
    QTest::newRow("ten digits") << QStringLiteral("2612075002") << K::Digits << QString() << QString();
    QTest::newRow("three digits") << QStringLiteral("123") << K::Name << QString() << QString();
    QTest::newRow("phone") << QStringLiteral("0905123456") << K::Phone << QString() << QString();
}

void TestDossierSearch::classifiesCodeTails()
{
    QFETCH(QString, text);
    QFETCH(DossierRepository::SearchKind, kind);
    QFETCH(QString, day);
    QFETCH(QString, number);
    QCOMPARE(DossierRepository::classify(text), kind);
    const auto tail = DossierRepository::codeTail(text);
    QCOMPARE(tail.first, day);
    QCOMPARE(tail.second, number);
}

void TestDossierSearch::finds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("codes"); // newest first
    const QString a5 = code(kAgency, "261205", "5002");
    const QString a6 = code(kAgency, "261206", "5002");
    const QString a7 = code(kAgency, "261207", "5002");
    const QString b7 = code(kOther, "261207", "5002");
    const QString dat = code(kAgency, "261207", "0361");
    QTest::newRow("tail 5002") << QStringLiteral("5002") << QStringList{b7, a7, a6, a5};
    QTest::newRow("tail 261207-5002") << QStringLiteral("261207-5002") << QStringList{b7, a7};
    QTest::newRow("tail read with a space") << QStringLiteral("261207 5002") << QStringList{b7, a7};
    QTest::newRow("tail 0361") << QStringLiteral("0361") << QStringList{dat};
    QTest::newRow("tail of another day") << QStringLiteral("261206-5002") << QStringList{a6};
    QTest::newRow("tail no such number") << QStringLiteral("4999") << QStringList{};
    QTest::newRow("full code") << a7 << QStringList{a7};
    QTest::newRow("full code lower case") << a7.toLower() << QStringList{a7};
    QTest::newRow("agency cut short") << QStringLiteral("H56-261207-5002") << QStringList{a7};
    QTest::newRow("agency cut short, other") << QStringLiteral("h57-261207-5002") << QStringList{b7};
    QTest::newRow("name without diacritics") << QStringLiteral("dang van duc") << QStringList{a7};
    QTest::newRow("name, đ folded") << QStringLiteral("nguyen van dat") << QStringList{dat};
    QTest::newRow("citizen id") << QStringLiteral("062090001234") << QStringList{a7};
    QTest::newRow("old id") << QStringLiteral("233123456") << QStringList{dat};
    QTest::newRow("phone") << QStringLiteral("0905123456") << QStringList{a7};
    QTest::newRow("phone typed with dots") << QStringLiteral("0905.123.456") << QStringList{a7};
    QTest::newRow("phone stored with +84") << QStringLiteral("0912 345 678") << QStringList{dat};
    QTest::newRow("phone typed with +84") << QStringLiteral("+84 905 123 456") << QStringList{a7};
}

void TestDossierSearch::finds()
{
    QFETCH(QString, query);
    QFETCH(QStringList, codes);
    auto rows = m_repo->search(query, 50);
    QVERIFY2(rows, qPrintable(rows.error().message));
    QStringList got;
    for (const DossierListRow& r : *rows)
        got << r.code;
    QCOMPARE(got, codes);
}

void TestDossierSearch::tailLimitKeepsTheNewestDays()
{
    // A number every busy day reaches: the limit keeps the newest days, not any four.
    auto rows = m_repo->search(QStringLiteral("5002"), 2);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).code.right(11), QStringLiteral("261207-5002"));
    QCOMPARE(rows->at(1).code.right(11), QStringLiteral("261207-5002"));
}

QString TestDossierSearch::planOf(const QString& sqlPart)
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

void TestDossierSearch::tailUsesItsIndex()
{
    QVERIFY(m_repo->search(QStringLiteral("5002")));
    QVERIFY(m_repo->search(QStringLiteral("261207-5002")));
    const QString number = planOf(QStringLiteral("substr(code, -4) = ?1 ORDER BY"));
    QVERIFY2(number.contains(QStringLiteral("dossiers_code_tail")), qPrintable(number));
    // Read in the index's order: no sort of every dossier with this number.
    QVERIFY2(!number.contains(QStringLiteral("TEMP B-TREE FOR ORDER BY\nSEARCH d")), qPrintable(number));
    const QString day = planOf(QStringLiteral("substr(code, -11, 6) = ?2"));
    QVERIFY2(day.contains(QStringLiteral("dossiers_code_tail")), qPrintable(day));
    for (const QString& plan : {number, day}) {
        const QStringList lines = plan.split(QLatin1Char('\n'));
        QVERIFY2(!lines.contains(QStringLiteral("SCAN dossiers")) && !lines.contains(QStringLiteral("SCAN d")),
                 qPrintable(plan));
    }
}

QTEST_GUILESS_MAIN(TestDossierSearch)
#include "test_dossiersearch.moc"
