#include "core/Money.h"

#include <QTest>

using namespace motcua;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data();
    void format();
    void parse_data();
    void parse();
    void arithmetic();
};

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("vnd");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 ₫");
    QTest::newRow("hundreds") << qint64(500) << QStringLiteral("500 ₫");
    QTest::newRow("thousands") << qint64(25000) << QStringLiteral("25.000 ₫");
    QTest::newRow("millions") << qint64(1250000) << QStringLiteral("1.250.000 ₫");
    QTest::newRow("negative") << qint64(-100000) << QStringLiteral("-100.000 ₫");
}

void TestMoney::format()
{
    QFETCH(qint64, vnd);
    QFETCH(QString, text);
    QCOMPARE(Money(vnd).format(), text);
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("vnd");
    QTest::newRow("dots") << QStringLiteral("1.250.000") << true << qint64(1250000);
    QTest::newRow("commas") << QStringLiteral("1,250,000") << true << qint64(1250000);
    QTest::newRow("plain") << QStringLiteral("25000") << true << qint64(25000);
    QTest::newRow("dong") << QStringLiteral("25.000 đồng") << true << qint64(25000);
    QTest::newRow("symbol") << QStringLiteral("50.000 ₫") << true << qint64(50000);
    QTest::newRow("decimal") << QStringLiteral("12.5") << false << qint64(0);
    QTest::newRow("text") << QStringLiteral("miễn phí") << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("bad grouping") << QStringLiteral("1.25.000") << false << qint64(0);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, vnd);
    Money m;
    QCOMPARE(Money::parse(text, &m), ok);
    if (ok)
        QCOMPARE(m.toVnd(), vnd);
}

void TestMoney::arithmetic()
{
    const Money a = Money::vnd(25000);
    QCOMPARE((a * 3).toVnd(), qint64(75000));
    QCOMPARE((a + Money::vnd(5000)).toVnd(), qint64(30000));
    Money sum;
    sum += a;
    sum += a;
    QCOMPARE(sum, Money::vnd(50000));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
