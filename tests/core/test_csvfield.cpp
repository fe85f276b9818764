// CSV cells that a spreadsheet would run as a formula are neutralised with a leading apostrophe
// (csvField, used by the ledger, the dossier list and the report exports).
#include "core/CsvField.h"

#include <QTest>

using namespace motcua;

class TestCsvField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cells_data();
    void cells();
};

void TestCsvField::cells_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << QStringLiteral("Đặng Văn Đức") << QStringLiteral("Đặng Văn Đức");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("number") << QStringLiteral("25000") << QStringLiteral("25000");
    QTest::newRow("date") << QStringLiteral("2026-12-07") << QStringLiteral("2026-12-07");
    QTest::newRow("= formula") << QStringLiteral("=HYPERLINK(\"http://x\";\"bấm\")")
                               << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\";\"\"bấm\"\")\"");
    QTest::newRow("+ formula") << QStringLiteral("+1+cmd|' /C calc'!A0") << QStringLiteral("'+1+cmd|' /C calc'!A0");
    QTest::newRow("- formula") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("@ formula") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
    QTest::newRow("leading TAB") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("leading CR") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("phone +84") << QStringLiteral("+84 905 123 456") << QStringLiteral("'+84 905 123 456");
    QTest::newRow("= inside is text") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("comma quoted") << QStringLiteral("Hà Nội, Việt Nam") << QStringLiteral("\"Hà Nội, Việt Nam\"");
    QTest::newRow("formula with comma") << QStringLiteral("=1,2") << QStringLiteral("\"'=1,2\"");
}

void TestCsvField::cells()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(csvField(text), cell);
}

QTEST_GUILESS_MAIN(TestCsvField)
#include "test_csvfield.moc"
