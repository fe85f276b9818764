// `motcuactl report` and `motcuactl counts`, run as processes over a seeded database: every
// format is written and agrees with the others, the report's identity holds per row, the
// one-day report agrees with the day's counts (two different queries), and bad input exits 2.
// No display and no QT_QPA_PLATFORM: the PDF selects the offscreen platform itself.

#include "support/MotcuactlRun.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

qint64 at(const QJsonObject& o, const char* group, const char* key)
{
    return o.value(QLatin1String(group)).toObject().value(QLatin1String(key)).toInteger();
}

} // namespace

class TestMotcuactlReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportInEveryFormat();
    void reportByField();
    void oneDayReportAgreesWithCounts();
    void countsJson();
    void qualityIndexJson();
    void dossierListForASupervisor();
    void rejects_data();
    void rejects();

private:
    Run run(const QStringList& args) const;

    QTemporaryDir m_dir;
    QString m_db;
    QDate m_today;
};

Run TestMotcuactlReport::run(const QStringList& args) const
{
    MotcuactlCall call = plainCall(m_db, args);
    call.unset = {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY")};
    call.inheritPasswords = true;
    return runMotcuactl(call);
}

void TestMotcuactlReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("report.db"));
    const Run seed = run({QStringLiteral("seed"), QStringLiteral("--dossiers"), QStringLiteral("4000"),
                          QStringLiteral("--years"), QStringLiteral("1"), QStringLiteral("--quiet")});
    QVERIFY2(seed.exitCode == 0, seed.err.constData());
    const Run counts = run({QStringLiteral("counts"), QStringLiteral("--json")});
    QCOMPARE(counts.exitCode, 0);
    m_today = QDate::fromString(counts.json().value(QStringLiteral("date")).toString(), Qt::ISODate);
    QVERIFY(m_today.isValid());
}

void TestMotcuactlReport::reportInEveryFormat()
{
    const QString from = m_today.addMonths(-3).toString(Qt::ISODate);
    const QString to = m_today.addDays(-1).toString(Qt::ISODate);
    QJsonObject json;
    for (const char* format : {"json", "csv", "xlsx", "pdf"}) {
        const QString out = m_dir.filePath(QStringLiteral("q.") + QLatin1String(format));
        const Run r = run({QStringLiteral("report"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                           QStringLiteral("--by"), QStringLiteral("department"), QStringLiteral("--format"),
                           QLatin1String(format), QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("format")).toString(), QLatin1String(format));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(r.json().value(QStringLiteral("bytes")).toInteger(), bytes.size());
        if (QLatin1String(format) == QLatin1String("json")) {
            json = QJsonDocument::fromJson(bytes).object();
        } else if (QLatin1String(format) == QLatin1String("csv")) {
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            const QList<QByteArray> lines = bytes.trimmed().split('\n');
            QCOMPARE(lines.size(), 1 + 18 + 1); // header, the demo center's 18 departments, total
            const QJsonObject total = json.value(QStringLiteral("total")).toObject();
            const QByteArray expected = ",Tổng cộng," + QByteArray::number(at(total, "received", "total")) + ',' +
                                        QByteArray::number(at(total, "received", "carried_over"));
            QVERIFY2(lines.last().startsWith(expected), lines.last().constData());
        } else if (QLatin1String(format) == QLatin1String("xlsx")) {
            QVERIFY(bytes.startsWith("PK"));
        } else {
            QVERIFY(bytes.startsWith("%PDF"));
        }
    }
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 18);
    qint64 received = 0;
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        QCOMPARE(at(row, "received", "total"), at(row, "processed", "total") + at(row, "pending", "total"));
        QCOMPARE(at(row, "received", "total"), at(row, "received", "carried_over") + at(row, "received", "online") +
                                                   at(row, "received", "counter_postal"));
        received += at(row, "received", "total");
    }
    QCOMPARE(received, at(json.value(QStringLiteral("total")).toObject(), "received", "total"));
    QVERIFY(received > 500); // three months of a seeded year
}

void TestMotcuactlReport::reportByField()
{
    const Run r = run({QStringLiteral("report"), QStringLiteral("--from"), m_today.addMonths(-1).toString(Qt::ISODate),
                       QStringLiteral("--to"), m_today.toString(Qt::ISODate), QStringLiteral("--by"),
                       QStringLiteral("field"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("\xEF\xBB\xBF"));
    QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("STT,Lĩnh vực,")));

    // This workstation's own dossiers: on a workstation of its own, the same figures, said so.
    const QStringList period{QStringLiteral("report"), QStringLiteral("--from"),
                             m_today.addMonths(-1).toString(Qt::ISODate), QStringLiteral("--to"),
                             m_today.toString(Qt::ISODate)};
    const Run all = run(period);
    const Run own = run(period + QStringList{QStringLiteral("--scope"), QStringLiteral("station")});
    QVERIFY2(all.exitCode == 0 && own.exitCode == 0, own.err.constData());
    const QJsonObject a = QJsonDocument::fromJson(all.out).object();
    const QJsonObject o = QJsonDocument::fromJson(own.out).object();
    QCOMPARE(a.value(QStringLiteral("scope")).toString(), QStringLiteral("all"));
    QCOMPARE(o.value(QStringLiteral("scope")).toString(), QStringLiteral("station"));
    QCOMPARE(o.value(QStringLiteral("total")), a.value(QStringLiteral("total")));
}

void TestMotcuactlReport::oneDayReportAgreesWithCounts()
{
    // A weekday a week ago: the day's counts and the one-day report answer by different queries.
    QDate day = m_today.addDays(-7);
    while (day.dayOfWeek() > 5)
        day = day.addDays(-1);
    const Run counts =
        run({QStringLiteral("counts"), QStringLiteral("--date"), day.toString(Qt::ISODate), QStringLiteral("--json")});
    QCOMPARE(counts.exitCode, 0);
    const QJsonObject total = counts.json().value(QStringLiteral("total")).toObject();
    const Run report = run({QStringLiteral("report"), QStringLiteral("--from"), day.toString(Qt::ISODate),
                            QStringLiteral("--to"), day.toString(Qt::ISODate)});
    QCOMPARE(report.exitCode, 0);
    const QJsonObject reportTotal = report.json().value(QStringLiteral("total")).toObject();
    QCOMPARE(at(reportTotal, "received", "online"), total.value(QStringLiteral("received_online")).toInteger());
    QCOMPARE(at(reportTotal, "received", "counter_postal"),
             total.value(QStringLiteral("received_counter")).toInteger() +
                 total.value(QStringLiteral("received_postal")).toInteger());
    QVERIFY(total.value(QStringLiteral("received")).toInteger() > 0);
}

void TestMotcuactlReport::countsJson()
{
    const Run r = run(
        {QStringLiteral("counts"), QStringLiteral("--date"), m_today.toString(Qt::ISODate), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = r.json();
    const QJsonArray departments = json.value(QStringLiteral("departments")).toArray();
    QCOMPARE(departments.size(), 18);
    const QJsonObject total = json.value(QStringLiteral("total")).toObject();
    for (const char* key : {"received", "received_counter", "received_online", "received_postal", "returned",
                            "due_today", "overdue", "awaiting_supplement"}) {
        qint64 sum = 0;
        for (const QJsonValue& d : departments)
            sum += d.toObject().value(QLatin1String(key)).toInteger();
        QCOMPARE(sum, total.value(QLatin1String(key)).toInteger());
    }
    QVERIFY(total.value(QStringLiteral("overdue")).toInteger() > 0); // the seed leaves some overdue
    // Narrowed to one department.
    const QString code = departments.first().toObject().value(QStringLiteral("code")).toString();
    const Run one = run({QStringLiteral("counts"), QStringLiteral("--department"), code, QStringLiteral("--json")});
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(one.json().value(QStringLiteral("departments")).toArray().size(), 1);
    // The text table.
    const Run text = run({QStringLiteral("counts")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("Sở Tư pháp")));
}

void TestMotcuactlReport::qualityIndexJson()
{
    const QString from = m_today.addMonths(-3).toString(Qt::ISODate);
    const QString to = m_today.addDays(-1).toString(Qt::ISODate);
    const Run r = run({QStringLiteral("quality"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                       QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = r.json();
    QVERIFY(!o.value(QStringLiteral("source")).toString().isEmpty());
    const QJsonArray indicators = o.value(QStringLiteral("indicators")).toArray();
    QCOMPARE(indicators.size(), 8);
    for (const QJsonValue& v : indicators) {
        const QJsonObject i = v.toObject();
        const QString id = i.value(QStringLiteral("id")).toString();
        QVERIFY2(!i.value(QStringLiteral("formula")).toString().isEmpty(), qPrintable(id));
        // The dossiers behind the figure: as many as its denominator, the counted ones among them.
        QCOMPARE(i.value(QStringLiteral("dossiers")).toArray().size(),
                 i.value(QStringLiteral("population")).toInteger());
        QCOMPARE(i.value(QStringLiteral("counted_dossiers")).toArray().size(),
                 i.value(QStringLiteral("counted")).toInteger());
        if (id == QLatin1String("2.1") || id == QLatin1String("3.3")) {
            QVERIFY2(i.value(QStringLiteral("value_percent")).isDouble(), qPrintable(id));
            QVERIFY2(i.value(QStringLiteral("points")).isDouble(), qPrintable(id));
        }
        if (id == QLatin1String("3.6") || id == QLatin1String("4.5") || id == QLatin1String("5.4")) {
            QVERIFY2(i.value(QStringLiteral("value_percent")).isNull(), qPrintable(id)); // no data, never 0
            QVERIFY2(i.value(QStringLiteral("points")).isNull(), qPrintable(id));
        }
    }
    const Run text = run({QStringLiteral("quality"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("2.1")));
    const Run bad = run({QStringLiteral("quality"), QStringLiteral("--from"), to, QStringLiteral("--to"), from});
    QCOMPARE(bad.exitCode, 2);
}

void TestMotcuactlReport::dossierListForASupervisor()
{
    qputenv("MOTCUA_PASSWORD", "motcua-demo-pass");
    const Run init = run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    const QString from = m_today.addMonths(-1).toString(Qt::ISODate);
    const QString to = m_today.addDays(-1).toString(Qt::ISODate);
    const QStringList base{QStringLiteral("dossiers"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                           QStringLiteral("--user"),   QStringLiteral("admin")};
    const Run plain = run(base + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(plain.exitCode == 0, plain.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(plain.out).array();
    QVERIFY(rows.size() > 100);
    const QJsonObject first = rows.first().toObject();
    for (const char* key : {"code", "procedure_code", "department_code", "department_name", "channel", "status",
                            "received", "appointment", "finished", "returned"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QVERIFY(!first.contains(QStringLiteral("applicant_name")));
    QVERIFY(first.value(QStringLiteral("received")).toString().endsWith(QStringLiteral("+07:00")));
    // The report's count of the same period's received dossiers is the list's length.
    const Run report = run({QStringLiteral("report"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                            QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(report.exitCode, 0);
    const QJsonObject total = report.json().value(QStringLiteral("total")).toObject();
    QCOMPARE(rows.size(), at(total, "received", "total") - at(total, "received", "carried_over"));
    const QString out = m_dir.filePath(QStringLiteral("list.xlsx"));
    const Run personal = run(base + QStringList{QStringLiteral("--personal"), QStringLiteral("--out"), out});
    QVERIFY2(personal.exitCode == 0, personal.err.constData());
    QFile xlsx(out);
    QVERIFY(xlsx.open(QIODevice::ReadOnly));
    QVERIFY(xlsx.read(2) == "PK"); // a zip: an XLSX workbook
    qunsetenv("MOTCUA_PASSWORD");
}

void TestMotcuactlReport::rejects_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString out = QDir::tempPath() + QStringLiteral("/never-written.pdf");
    QTest::newRow("no dates") << QStringList{QStringLiteral("report")} << 2;
    QTest::newRow("reversed") << QStringList{QStringLiteral("report"), QStringLiteral("--from"),
                                             QStringLiteral("2026-03-02"), QStringLiteral("--to"),
                                             QStringLiteral("2026-03-01")}
                              << 2;
    QTest::newRow("bad scope") << QStringList{QStringLiteral("report"),     QStringLiteral("--from"),
                                              QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                                              QStringLiteral("2026-03-31"), QStringLiteral("--scope"),
                                              QStringLiteral("province")}
                               << 2;
    QTest::newRow("bad grouping") << QStringList{QStringLiteral("report"),     QStringLiteral("--from"),
                                                 QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                                                 QStringLiteral("2026-03-31"), QStringLiteral("--by"),
                                                 QStringLiteral("clerk")}
                                  << 2;
    QTest::newRow("pdf without --out") << QStringList{QStringLiteral("report"),     QStringLiteral("--from"),
                                                      QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                                                      QStringLiteral("2026-03-31"), QStringLiteral("--format"),
                                                      QStringLiteral("pdf")}
                                       << 2;
    QTest::newRow("unknown format") << QStringList{QStringLiteral("report"),     QStringLiteral("--from"),
                                                   QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                                                   QStringLiteral("2026-03-31"), QStringLiteral("--format"),
                                                   QStringLiteral("ods")}
                                    << 2;
    QTest::newRow("unknown department") << QStringList{QStringLiteral("report"),     QStringLiteral("--from"),
                                                       QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                                                       QStringLiteral("2026-03-31"), QStringLiteral("--department"),
                                                       QStringLiteral("NOPE")}
                                        << 2;
    QTest::newRow("bad day") << QStringList{QStringLiteral("counts"), QStringLiteral("--date"),
                                            QStringLiteral("31/02/2026")}
                             << 2;
}

void TestMotcuactlReport::rejects()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestMotcuactlReport)
#include "test_motcuactl_report.moc"
