#include "forms/QrCode.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace motcua;

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizes_data();
    void sizes();
    void finderPatterns();
    void paintsBlackModules();
    void tooLong();

private:
    static bool finderAt(const QrCode& qr, int x0, int y0);
};

void TestQrCode::sizes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("small");
    QTest::newRow("short code") << QByteArray("000.00.00.H34-260213-0001") << false;
    QTest::newRow("one char") << QByteArray("A") << true;
    QTest::newRow("lookup url") << QByteArray("https://dichvucong.kontum.gov.vn/tra-cuu?ma=000.00.00.H34-260213-0001")
                                << false;
}

void TestQrCode::sizes()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, small);
    const auto qr = QrCode::encode(text);
    QVERIFY(qr.ok());
    // Versions are 21, 25, 29, ... modules wide.
    QCOMPARE((qr->size() - 21) % 4, 0);
    if (small)
        QCOMPARE(qr->size(), 21);
    else
        QVERIFY(qr->size() > 21);
}

bool TestQrCode::finderAt(const QrCode& qr, int x0, int y0)
{
    // 7×7: dark ring, light ring, dark 3×3 centre.
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (qr.module(x0 + x, y0 + y) != (ring || centre))
                return false;
        }
    }
    return true;
}

void TestQrCode::finderPatterns()
{
    const auto qr = QrCode::encode(QByteArray("https://example.invalid/tra-cuu?ma=X-260101-0001"));
    QVERIFY(qr.ok());
    const int n = qr->size();
    QVERIFY(finderAt(*qr, 0, 0));
    QVERIFY(finderAt(*qr, n - 7, 0));
    QVERIFY(finderAt(*qr, 0, n - 7));
    QVERIFY(!finderAt(*qr, n - 7, n - 7));
}

void TestQrCode::paintsBlackModules()
{
    const auto qr = QrCode::encode(QByteArray("MotCua"));
    QVERIFY(qr.ok());
    const int px = (qr->size() + 8) * 4;
    QImage img(px, px, QImage::Format_RGB32);
    img.fill(Qt::red);
    {
        QPainter p(&img);
        qr->paint(p, QRectF(0, 0, px, px));
    }
    // Quiet zone is white, the top-left finder's corner module is black.
    QCOMPARE(img.pixelColor(1, 1), QColor(Qt::white));
    QCOMPARE(img.pixelColor(4 * 4 + 1, 4 * 4 + 1), QColor(Qt::black));
}

void TestQrCode::tooLong()
{
    const auto qr = QrCode::encode(QByteArray(8000, 'x'));
    QVERIFY(!qr.ok());
    QCOMPARE(qr.error().code, Error::BadInput);
}

QTEST_MAIN(TestQrCode)
#include "test_qrcode.moc"
