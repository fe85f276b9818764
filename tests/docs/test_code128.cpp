// Code 128 barcode of form 01 (ZXing's writer): the bar pattern read back symbol by symbol with
// the symbology table written out here (its invariants checked) against hand-checked
// encodings, and a round trip through ZXing's reader.

#include "forms/BarcodeReader.h"
#include "forms/Code128.h"

#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTest>

using namespace motcua;

class TestCode128 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableIsConsistent();
    void knownEncodings_data();
    void knownEncodings();
    void knownModules();
    void refusesNonAscii_data();
    void refusesNonAscii();
    void decodesWithZxing_data();
    void decodesWithZxing();
};

namespace {

// Element widths of symbols 0..105 (bar, space, bar, space, bar, space; 11 modules each)
// and of Stop, 106 (7 elements, 13 modules), from the Code 128 symbology table.
const char* const kPatterns[107] = {
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312",  "132212", "221213", "221312",
    "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211",  "221132", "221231", "213212",
    "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",  "212123", "212321", "232121",
    "111323", "131123", "131321", "112313", "132113", "132311", "211313", "231113",  "231311", "112133", "112331",
    "132131", "113123", "113321", "133121", "313121", "211331", "231131", "213113",  "213311", "213131", "311123",
    "311321", "331121", "312113", "312311", "332111", "314111", "221411", "431111",  "111224", "111422", "121124",
    "121421", "141122", "141221", "112214", "112412", "122114", "122411", "142112",  "142211", "241211", "221114",
    "413111", "241112", "134111", "111242", "121142", "121241", "114212", "124112",  "124211", "411212", "421112",
    "421211", "212141", "214121", "412121", "111143", "111341", "131141", "114113",  "114311", "411113", "411311",
    "113141", "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
};
constexpr int kStop = 106;

QString pattern(int value)
{
    if (value < 0 || value > kStop)
        return {};
    return QString::fromLatin1(kPatterns[value]);
}

// The modules of one symbol: '1' a bar, '0' a space.
QString modulesOf(int value)
{
    QString bits;
    const QString widths = pattern(value);
    for (int e = 0; e < widths.size(); ++e)
        bits += QString(widths.at(e).digitValue(), e % 2 == 0 ? QLatin1Char('1') : QLatin1Char('0'));
    return bits;
}

// The symbol values of a bar pattern, read 11 modules at a time (13 for Stop); empty when a
// run of modules is no symbol of the table.
QList<int> symbolsOf(const QString& modules)
{
    QList<int> out;
    qsizetype at = 0;
    while (at < modules.size()) {
        int found = -1;
        for (int v = 0; v <= kStop && found < 0; ++v) {
            const QString m = modulesOf(v);
            if (modules.mid(at, m.size()) == m)
                found = v;
        }
        if (found < 0)
            return {};
        out.append(found);
        at += modulesOf(found).size();
        if (found == kStop)
            break;
    }
    return at == modules.size() ? out : QList<int>{};
}

} // namespace

void TestCode128::tableIsConsistent()
{
    QSet<QString> seen;
    for (int v = 0; v <= kStop; ++v) {
        const QString p = pattern(v);
        QCOMPARE(p.size(), v == kStop ? 7 : 6);
        int modules = 0;
        int bars = 0;
        for (int e = 0; e < p.size(); ++e) {
            const int w = p.at(e).digitValue();
            QVERIFY(w >= 1 && w <= 4);
            modules += w;
            if (e % 2 == 0)
                bars += w;
        }
        QCOMPARE(modules, v == kStop ? 13 : 11);
        QCOMPARE(bars % 2, 0); // even parity of bar modules, a property of every Code 128 symbol
        QVERIFY(!seen.contains(p));
        seen.insert(p);
    }
    QVERIFY(pattern(107).isEmpty());
}

void TestCode128::knownEncodings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("symbols");
    // Start B, P J J 1 2 3 C, check (104 + 48 + 2*42 + 3*42 + 4*17 + 5*18 + 6*19 + 7*35) % 103 = 55, Stop.
    QTest::newRow("PJJ123C") << QStringLiteral("PJJ123C") << QList<int>{104, 48, 42, 42, 17, 18, 19, 35, 55, 106};
    // Digits only: Start C and pairs. (105 + 12 + 2*34 + 3*56) % 103 = 353 % 103 = 44.
    QTest::newRow("123456") << QStringLiteral("123456") << QList<int>{105, 12, 34, 56, 44, 106};
    // Three digits: set C for the first two, set B for the last, as long as all three in set B.
    // (105 + 12 + 2*100 + 3*19) % 103 = 374 % 103 = 65.
    QTest::newRow("123") << QStringLiteral("123") << QList<int>{105, 12, 100, 19, 65, 106};
    // A dossier code: set C for its first two digits, set B, then set C for the date and the
    // final sequence number. [C] 00 [B] 0 . 0 0 . 0 0 . H 3 4 - [C] 26 02 13 [B] - [C] 00 01
    QTest::newRow("dossier code") << QStringLiteral("000.00.00.H34-260213-0001")
                                  << QList<int>{105, 0,  100, 16, 14, 16, 16,  14, 16, 16, 14, 40, 19,
                                                20,  13, 99,  26, 2,  13, 100, 13, 99, 0,  1,  -1, 106};
    // Odd run of five digits at the end: one in B, four in C.
    QTest::newRow("A12345") << QStringLiteral("A12345") << QList<int>{104, 33, 17, 99, 23, 45, -1, 106};
}

void TestCode128::knownEncodings()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, symbols);
    const auto code = Code128::encode(text);
    QVERIFY2(code.ok(), qPrintable(code.error().message));
    QList<int> actual = symbolsOf(code->modules());
    QVERIFY2(actual.size() >= 4, qPrintable(code->modules()));
    // -1 in the table: the check symbol, computed here from the definition.
    const int check = static_cast<int>(actual.size()) - 2;
    qint64 sum = actual.first();
    for (int k = 1; k < check; ++k)
        sum += static_cast<qint64>(k) * actual.at(k);
    QCOMPARE(actual.at(check), static_cast<int>(sum % 103));
    if (symbols.at(check) == -1)
        symbols[check] = actual.at(check);
    QCOMPARE(actual, symbols);
    QCOMPARE(code->moduleCount(), static_cast<int>(code->modules().size()));
}

void TestCode128::knownModules()
{
    // Start B is 11010010000 and Stop 1100011101011 in every Code 128 reference.
    const auto code = Code128::encode(QStringLiteral("A"));
    QVERIFY(code.ok());
    const QString m = code->modules();
    QVERIFY(m.startsWith(QStringLiteral("11010010000")));
    QVERIFY(m.endsWith(QStringLiteral("1100011101011")));
    // 'A' is value 33: 10100011000.
    QCOMPARE(m.mid(11, 11), QStringLiteral("10100011000"));
}

void TestCode128::refusesNonAscii_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("Vietnamese") << QString::fromUtf8("Hồ sơ");
    QTest::newRow("tab") << QStringLiteral("A\tB");
    QTest::newRow("DEL") << QStringLiteral("A\x7f");
}

void TestCode128::refusesNonAscii()
{
    QFETCH(QString, text);
    const auto code = Code128::encode(text);
    QVERIFY(!code.ok());
    QCOMPARE(code.error().code, Error::BadInput);
}

void TestCode128::decodesWithZxing_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("dossier code") << QStringLiteral("000.00.00.H34-260213-0001");
    QTest::newRow("another agency") << QStringLiteral("000.00.06.H56-231027-0361");
    QTest::newRow("digits") << QStringLiteral("0123456789");
    QTest::newRow("mixed") << QStringLiteral("Ab-12345x 9");
    QTest::newRow("punctuation") << QStringLiteral("~!@#$%^&*()_+{}|:<>?");
}

void TestCode128::decodesWithZxing()
{
    QFETCH(QString, text);
    const auto code = Code128::encode(text);
    QVERIFY(code.ok());
    const int scale = 3;
    QImage image((code->moduleCount() + 20) * scale, 80, QImage::Format_RGB32);
    image.fill(Qt::red); // paint() must cover its whole target with white
    {
        QPainter painter(&image);
        code->paint(painter, QRectF(0, 0, image.width(), image.height()));
    }
    QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));
    const QList<DecodedBarcode> found = decodeBarcodes(image);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().format, QStringLiteral("Code128"));
    QCOMPARE(found.first().text, text);
}

QTEST_MAIN(TestCode128)
#include "test_code128.moc"
