// The scanner burst detector on its own: which runs of keys are a handheld scanner typing an
// ID card QR, with and without the Enter suffix, and which are a person or another barcode.
#include "intake/ScannerBurstDetector.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QVBoxLayout>
#include <QtTest>

#include <memory>

using namespace motcua;

namespace {
const QString kQr = QStringLiteral("062090001234|233123456|Đặng Thị Thu Hương|17051990|Nữ|Tổ 3, phường Quyết "
                                   "Thắng, thành phố Kon Tum, Kon Tum|05032021");
} // namespace

class TestScannerBurstDetector : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QWidget> m_window;
    QLineEdit* m_field = nullptr;
    ScannerBurstDetector* m_detector = nullptr;
    qint64 m_ms = 0;
    int m_step = 1;
    int m_slowEvery = 0; // every n-th key comes 60 ms late (0: none)
    int m_keys = 0;

    qint64 tick()
    {
        ++m_keys;
        return m_ms += (m_slowEvery > 0 && m_keys % m_slowEvery == 0) ? 60 : m_step;
    }

    void type(const QString& text)
    {
        for (const QChar c : text) {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(m_field, &press);
            QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(m_field, &release);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(m_window.get());
        m_field = new QLineEdit(m_window.get());
        layout->addWidget(m_field);
        m_detector = new ScannerBurstDetector(m_window.get(), m_window.get());
        m_ms = 0;
        m_step = 1;
        m_slowEvery = 0;
        m_keys = 0;
        m_detector->setTimeSource([this] { return tick(); });
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_field->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), m_field);
    }
    void cleanup() { m_window.reset(); }

    void scanEndingInEnter()
    {
        QSignalSpy scanned(m_detector, &ScannerBurstDetector::scanned);
        type(kQr);
        QTest::keyClick(m_field, Qt::Key_Return);
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().at(0).toString(), kQr);
        QCOMPARE(scanned.first().at(1).value<QWidget*>(), m_field);
    }

    // A busy machine stretches a few gaps of a scan (60 ms here): still a scan when at most
    // one gap in ten is slow; with more slow gaps it is a person (or a broken device).
    void stallsInsideScan_data()
    {
        QTest::addColumn<int>("slowEvery");
        QTest::addColumn<bool>("isScan");
        QTest::newRow("no stall") << 0 << true;
        QTest::newRow("one gap in 40 slow") << 40 << true;
        QTest::newRow("one gap in 12 slow") << 12 << true;
        QTest::newRow("one gap in 5 slow") << 5 << false;
        QTest::newRow("every gap slow") << 1 << false;
    }
    void stallsInsideScan()
    {
        QFETCH(int, slowEvery);
        QFETCH(bool, isScan);
        m_detector->setEndSilence(0);
        QSignalSpy scanned(m_detector, &ScannerBurstDetector::scanned);
        m_slowEvery = slowEvery;
        type(kQr);
        m_slowEvery = 0;
        QTest::keyClick(m_field, Qt::Key_Return);
        QCOMPARE(scanned.size(), isScan ? 1 : 0);
    }

    // A scanner that pauses before its Enter suffix (100 ms here) still ends a scan.
    void scanWithLateEnter()
    {
        QSignalSpy scanned(m_detector, &ScannerBurstDetector::scanned);
        m_detector->setEndSilence(0); // only the Enter may end it
        type(kQr);
        m_ms += 100;
        QTest::keyClick(m_field, Qt::Key_Return);
        QCOMPARE(scanned.size(), 0); // silence off: the Enter must be within maxGap
        m_detector->setEndSilence(150);
        type(kQr);
        m_ms += 100;
        QTest::keyClick(m_field, Qt::Key_Return);
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().at(0).toString(), kQr);
    }

    // A scanner configured without a suffix: the silence after a card-shaped burst ends it.
    void scanWithoutEnter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isScan");
        QTest::newRow("7 fields") << kQr << true;
        QTest::newRow("6 fields") << kQr.section(QLatin1Char('|'), 0, 5) << true;
        // Long and fast, but not the card's shape (another kind of barcode): stays typed text.
        QTest::newRow("URL with 2 pipes")
            << QStringLiteral("https://dichvucong.gov.vn/tra-cuu?ma=|0001|abcdefghij") << false;
        QTest::newRow("short") << QStringLiteral("1|2|3|4|5|6") << false;
    }
    void scanWithoutEnter()
    {
        QFETCH(QString, text);
        QFETCH(bool, isScan);
        m_detector->setEndSilence(40);
        QSignalSpy scanned(m_detector, &ScannerBurstDetector::scanned);
        type(text);
        QCOMPARE(scanned.size(), 0); // nothing before the silence
        if (isScan) {
            QTRY_COMPARE(scanned.size(), 1);
            QCOMPARE(scanned.first().at(0).toString(), text);
        } else {
            QTest::qWait(150);
            QCOMPARE(scanned.size(), 0);
        }
        // A later Enter (a person's key, a second after) is not the end of a scan.
        m_ms += 1000;
        QTest::keyClick(m_field, Qt::Key_Return);
        QCOMPARE(scanned.size(), isScan ? 1 : 0);
    }

    void endSilenceZeroNeedsEnter()
    {
        m_detector->setEndSilence(0);
        QSignalSpy scanned(m_detector, &ScannerBurstDetector::scanned);
        type(kQr);
        QTest::qWait(100);
        QCOMPARE(scanned.size(), 0);
        QTest::keyClick(m_field, Qt::Key_Return);
        QCOMPARE(scanned.size(), 1);
    }

    // A person types far slower than maxGap: never a scan, with or without Enter.
    void personTyping()
    {
        m_step = 90;
        m_detector->setEndSilence(40);
        QSignalSpy scanned(m_detector, &ScannerBurstDetector::scanned);
        type(kQr);
        QTest::qWait(100);
        QTest::keyClick(m_field, Qt::Key_Return);
        QCOMPARE(scanned.size(), 0);
    }
};

QTEST_MAIN(TestScannerBurstDetector)
#include "test_scannerburstdetector.moc"
