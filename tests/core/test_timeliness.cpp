#include "core/Timeliness.h"

#include <QTest>
#include <QTimeZone>

using namespace motcua;

// docs/domain.md#early-on-time-late: the date processing ended against the appointment
// date, both in Vietnam time; open dossiers against the period's end.
class TestTimeliness : public QObject
{
    Q_OBJECT

private:
    static QDateTime vn(const QString& text)
    {
        QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
        t.setTimeZone(QTimeZone(7 * 3600));
        return t.toUTC();
    }

private Q_SLOTS:
    void processed_data()
    {
        QTest::addColumn<QString>("finished");
        QTest::addColumn<QString>("appointment");
        QTest::addColumn<int>("expected");
        QTest::newRow("day before") << "2026-03-02 16:59"
                                    << "2026-03-03 15:30" << int(Timeliness::Early);
        QTest::newRow("same day, earlier hour") << "2026-03-03 08:00"
                                                << "2026-03-03 15:30" << int(Timeliness::OnTime);
        // Finished after the appointment hour but on its day is still on time: dates compare.
        QTest::newRow("same day, later hour") << "2026-03-03 16:45"
                                              << "2026-03-03 15:30" << int(Timeliness::OnTime);
        QTest::newRow("next day") << "2026-03-04 07:00"
                                  << "2026-03-03 15:30" << int(Timeliness::Late);
        // 00:30 in Vietnam is still the previous day in UTC: the Vietnam date decides.
        QTest::newRow("just after midnight VN") << "2026-03-04 00:30"
                                                << "2026-03-03 23:00" << int(Timeliness::Late);
        QTest::newRow("late evening VN") << "2026-03-03 23:59"
                                         << "2026-03-03 07:00" << int(Timeliness::OnTime);
    }
    void processed()
    {
        QFETCH(QString, finished);
        QFETCH(QString, appointment);
        QFETCH(int, expected);
        QCOMPARE(int(classifyProcessed(vn(finished), vn(appointment))), expected);
    }

    void open_data()
    {
        QTest::addColumn<QString>("appointment");
        QTest::addColumn<QString>("periodEnd");
        QTest::addColumn<int>("expected");
        QTest::newRow("after the end") << "2026-04-02 10:00"
                                       << "2026-04-01 00:00" << int(OpenStanding::NotYetDue);
        QTest::newRow("exactly at the end") << "2026-04-01 00:00"
                                            << "2026-04-01 00:00" << int(OpenStanding::NotYetDue);
        QTest::newRow("last day of the period") << "2026-03-31 17:00"
                                                << "2026-04-01 00:00" << int(OpenStanding::Overdue);
    }
    void open()
    {
        QFETCH(QString, appointment);
        QFETCH(QString, periodEnd);
        QFETCH(int, expected);
        QCOMPARE(int(classifyOpen(vn(appointment), vn(periodEnd))), expected);
    }

    void dueAndOverdue()
    {
        const QDateTime appointment = vn(QStringLiteral("2026-03-03 15:30"));
        QVERIFY(isDueOn(appointment, QDate(2026, 3, 3)));
        QVERIFY(!isDueOn(appointment, QDate(2026, 3, 2)));
        QVERIFY(!isOverdueAt(appointment, vn(QStringLiteral("2026-03-03 15:30"))));
        QVERIFY(isOverdueAt(appointment, vn(QStringLiteral("2026-03-03 15:31"))));
    }

    void keys()
    {
        QCOMPARE(timelinessKey(Timeliness::OnTime), QStringLiteral("on_time"));
        QCOMPARE(openStandingKey(OpenStanding::Overdue), QStringLiteral("overdue"));
        QVERIFY(!timelinessName(Timeliness::Late).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimeliness)
#include "test_timeliness.moc"
