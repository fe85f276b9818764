// Control and text-direction characters are refused in names and catalogue text, and lengths
// are capped (TextRules, and through it DossierService and the catalogue importer).
#include "core/TextRules.h"

#include <QTest>

using namespace motcua;

class TestTextRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refused_data();
    void refused();
    void lengths_data();
    void lengths();
};

void TestTextRules::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("multiline");
    QTest::addColumn<int>("at"); // index of the refused character, -1: accepted
    QTest::newRow("Vietnamese name") << QStringLiteral("Đặng Văn Đức") << false << -1;
    QTest::newRow("decomposed Vietnamese") << QStringLiteral("Nguye\u0302\u0303n") << false << -1;
    QTest::newRow("emoji (surrogates)") << QStringLiteral("Hoa \U0001F33C") << false << -1;
    QTest::newRow("zero-width joiner is text") << QStringLiteral("a\u200Db") << false << -1;
    QTest::newRow("RLO reverses the rest") << QStringLiteral("Tran \u202Eneyugn") << false << 5;
    for (char16_t c : {u'\u202A', u'\u202B', u'\u202C', u'\u202D', u'\u202E', u'\u2066', u'\u2067', u'\u2068',
                       u'\u2069', u'\u200E', u'\u200F', u'\u061C'}) {
        QTest::addRow("U+%04X", unsigned(c)) << (QStringLiteral("ab") + QChar(c) + QStringLiteral("cd")) << false << 2;
        QTest::addRow("U+%04X multiline", unsigned(c)) << (QChar(c) + QStringLiteral("x")) << true << 0;
    }
    for (char16_t c : {u'\u0000', u'\u0001', u'\u0007', u'\u001B', u'\u001F', u'\u007F', u'\u0080', u'\u0085',
                       u'\u009B', u'\u009F'}) {
        QTest::addRow("control U+%04X", unsigned(c)) << (QStringLiteral("x") + QChar(c)) << false << 1;
    }
    QTest::newRow("TAB in a name") << QStringLiteral("a\tb") << false << 1;
    QTest::newRow("line feed in a name") << QStringLiteral("a\nb") << false << 1;
    QTest::newRow("TAB, LF, CR in a text") << QStringLiteral("a\tb\r\nc") << true << -1;
    QTest::newRow("ESC in a text") << QStringLiteral("ok\u001B[31m") << true << 2;
}

void TestTextRules::refused()
{
    QFETCH(QString, text);
    QFETCH(bool, multiline);
    QFETCH(int, at);
    QCOMPARE(TextRules::firstForbidden(text, multiline), qsizetype(at));
    const QString why = TextRules::problem(text, 100, multiline);
    QCOMPARE(why.isEmpty(), at < 0);
    if (at >= 0)
        QVERIFY2(why.contains(QStringLiteral("U+")), qPrintable(why));
}

void TestTextRules::lengths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("max");
    QTest::addColumn<bool>("ok");
    QTest::newRow("at the cap") << QString(200, QLatin1Char('a')) << TextRules::kNameMax << true;
    QTest::newRow("over the cap") << QString(201, QLatin1Char('a')) << TextRules::kNameMax << false;
    // Counted in characters: a decomposed "ễ" (3 code points) is one.
    QTest::newRow("decomposed counts composed")
        << QStringLiteral("e\u0302\u0303").repeated(200) << TextRules::kNameMax << true;
}

void TestTextRules::lengths()
{
    QFETCH(QString, text);
    QFETCH(int, max);
    QFETCH(bool, ok);
    QCOMPARE(TextRules::problem(text, max).isEmpty(), ok);
}

QTEST_GUILESS_MAIN(TestTextRules)
#include "test_textrules.moc"
