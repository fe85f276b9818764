#include "core/TextFold.h"

#include <QTest>

using namespace motcua;

class TestTextFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data();
    void fold();
    void idempotent();
};

void TestTextFold::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("d-stroke and stacked marks") << QStringLiteral("Đặng Văn Đức") << QStringLiteral("dang van duc");
    QTest::newRow("upper case") << QStringLiteral("NGUYỄN THỊ ÁNH") << QStringLiteral("nguyen thi anh");
    QTest::newRow("lower d-stroke") << QStringLiteral("đường") << QStringLiteral("duong");
    QTest::newRow("horn vowels") << QStringLiteral("Trương Ương Ơn") << QStringLiteral("truong uong on");
    QTest::newRow("whitespace collapsed and trimmed")
        << QStringLiteral("  Lê \t  Thị\n\nHồng  ") << QStringLiteral("le thi hong");
    QTest::newRow("already folded") << QStringLiteral("tran van b") << QStringLiteral("tran van b");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ") << QString();
    QTest::newRow("digits and punctuation kept")
        << QStringLiteral("Số 12/3 Lê Lợi") << QStringLiteral("so 12/3 le loi");
    // Precomposed (NFC) and decomposed (NFD) input fold alike.
    QTest::newRow("decomposed input") << QStringLiteral("Nguye\u0302\u0303n") << QStringLiteral("nguyen");
    QTest::newRow("organisation") << QStringLiteral("Công ty TNHH Đầu tư Xây dựng Kon Tum")
                                  << QStringLiteral("cong ty tnhh dau tu xay dung kon tum");
}

void TestTextFold::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(foldText(input), expected);
}

void TestTextFold::idempotent()
{
    const QString once = foldText(QStringLiteral("Phạm Thị Thu Hương"));
    QCOMPARE(foldText(once), once);
}

QTEST_GUILESS_MAIN(TestTextFold)
#include "test_textfold.moc"
