// Scanning through SANE with its `test` device (tests/data/sane: SANE_CONFIG_DIR): devices and
// their choices, a 10-page feeder batch made into one 10-page PDF, device faults as clear
// messages, cancel in the middle of a batch, and the worker-thread job.

#include "scan/PdfAssembler.h"
#include "scan/SaneBackend.h"
#include "scan/ScanJob.h"
#include "scan/ScannerBackend.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QTest>

using namespace motcua;

namespace {

class CollectingSink final : public ScanSink
{
public:
    void pageScanned(int, const ScanPage& page) override { pages.append(page); }
    void pageProgress(int, int percent) override { lastPercent = percent; }
    bool cancelRequested() const override { return cancelAfter >= 0 && pages.size() >= cancelAfter; }
    QList<ScanPage> pages;
    int lastPercent = -2;
    int cancelAfter = -1;
};

ScanSettings settings(ScanSource source, int dpi = 200)
{
    ScanSettings s;
    s.device = QStringLiteral("test:0");
    s.dpi = dpi;
    s.mode = ColourMode::Grey;
    s.source = source;
    return s;
}

} // namespace

class TestSaneScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsTheTestDevices();
    void capabilities();
    void flatbedGivesOnePage_data();
    void flatbedGivesOnePage();
    void feederBatchBecomesOnePdf();
    void feederStopsAtMaxPages();
    void deviceFaults_data();
    void deviceFaults();
    void unknownDevice();
    void cancelStopsTheBatch();
    void jobRunsOnAWorkerThread();
    void nullBackendRefuses();
};

void TestSaneScanner::initTestCase()
{
    // Only SANE's test device, configured by the project's test.conf.
    qputenv("SANE_CONFIG_DIR", QByteArray(MOTCUA_TEST_DATA "/sane"));
}

void TestSaneScanner::listsTheTestDevices()
{
    SaneBackend backend;
    QVERIFY(backend.available());
    auto devices = backend.devices();
    QVERIFY2(devices.ok(), qPrintable(devices.error().message));
    QCOMPARE(devices->size(), 2);
    QCOMPARE(devices->first().name, QStringLiteral("test:0"));
    QVERIFY(devices->first().label().contains(QStringLiteral("test:0")));
}

void TestSaneScanner::capabilities()
{
    SaneBackend backend;
    auto caps = backend.capabilities(QStringLiteral("test:0"));
    QVERIFY2(caps.ok(), qPrintable(caps.error().message));
    QCOMPARE(caps->resolutions, (QList<int>{150, 200, 300}));
    QCOMPARE(caps->modes, (QList<ColourMode>{ColourMode::Colour, ColourMode::Grey, ColourMode::BlackWhite}));
    // The test device has a flatbed and a feeder, no duplex.
    QCOMPARE(caps->sources, (QList<ScanSource>{ScanSource::Flatbed, ScanSource::Feeder}));
}

void TestSaneScanner::flatbedGivesOnePage_data()
{
    QTest::addColumn<int>("dpi");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("format");
    QTest::newRow("grey 200") << 200 << int(ColourMode::Grey) << int(QImage::Format_Grayscale8);
    QTest::newRow("grey 150") << 150 << int(ColourMode::Grey) << int(QImage::Format_Grayscale8);
    QTest::newRow("colour 150") << 150 << int(ColourMode::Colour) << int(QImage::Format_RGB888);
    // The test device has no lineart mode: the grey scan is kept and thresholded later.
    QTest::newRow("black and white 300") << 300 << int(ColourMode::BlackWhite) << int(QImage::Format_Grayscale8);
}

void TestSaneScanner::flatbedGivesOnePage()
{
    QFETCH(int, dpi);
    QFETCH(int, mode);
    QFETCH(int, format);
    SaneBackend backend;
    CollectingSink sink;
    ScanSettings s = settings(ScanSource::Flatbed, dpi);
    s.mode = static_cast<ColourMode>(mode);
    const Status status = backend.scan(s, sink);
    QVERIFY2(status.ok(), qPrintable(status.error().message));
    QCOMPARE(sink.pages.size(), 1);
    const ScanPage& page = sink.pages.first();
    QCOMPARE(page.dpi, dpi);
    QCOMPARE(page.mode, s.mode);
    QCOMPARE(int(page.image.format()), format);
    // A4 at the resolution (the device rounds down a pixel).
    QVERIFY(qAbs(page.image.width() - qRound(210 / 25.4 * dpi)) <= 2);
    QVERIFY(qAbs(page.image.height() - qRound(297 / 25.4 * dpi)) <= 2);
    QCOMPARE(sink.lastPercent, 100);
}

void TestSaneScanner::feederBatchBecomesOnePdf()
{
    SaneBackend backend;
    CollectingSink sink;
    QElapsedTimer timer;
    timer.start();
    const Status status = backend.scan(settings(ScanSource::Feeder), sink);
    QVERIFY2(status.ok(), qPrintable(status.error().message));
    // The test device's feeder holds 10 sheets.
    QCOMPARE(sink.pages.size(), 10);
    const qint64 scanned = timer.restart();
    PdfOptions options;
    options.title = QString::fromUtf8("Giấy tờ khác");
    auto pdf = PdfAssembler::build(sink.pages, options);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error().message));
    qInfo("10 pages: scanned in %lld ms, PDF of %lld bytes in %lld ms", static_cast<long long>(scanned),
          static_cast<long long>(pdf->size()), static_cast<long long>(timer.elapsed()));
    QVERIFY(pdf->size() <= 10 * 150 * 1000);

    QBuffer buffer(&pdf.value());
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    QCOMPARE(document.status(), QPdfDocument::Status::Ready);
    QCOMPARE(document.pageCount(), 10);
    const QSizeF a4 = document.pagePointSize(9);
    QVERIFY2(qAbs(a4.width() - 595.0) < 2 && qAbs(a4.height() - 842.0) < 2, "every page is A4");
}

void TestSaneScanner::feederStopsAtMaxPages()
{
    SaneBackend backend;
    CollectingSink sink;
    ScanSettings s = settings(ScanSource::Feeder, 150);
    s.maxPages = 3;
    QVERIFY(backend.scan(s, sink).ok());
    QCOMPARE(sink.pages.size(), 3);
}

void TestSaneScanner::deviceFaults_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("words");
    // The test device answers sane_read with the chosen status.
    QTest::newRow("jam") << QStringLiteral("SANE_STATUS_JAMMED") << QStringLiteral("jammed");
    QTest::newRow("no paper") << QStringLiteral("SANE_STATUS_NO_DOCS") << QStringLiteral("no paper");
    QTest::newRow("cover open") << QStringLiteral("SANE_STATUS_COVER_OPEN") << QStringLiteral("cover is open");
    QTest::newRow("unplugged") << QStringLiteral("SANE_STATUS_IO_ERROR") << QStringLiteral("plugged in");
    QTest::newRow("busy") << QStringLiteral("SANE_STATUS_DEVICE_BUSY") << QStringLiteral("busy");
    QTest::newRow("denied") << QStringLiteral("SANE_STATUS_ACCESS_DENIED") << QStringLiteral("may not use");
}

void TestSaneScanner::deviceFaults()
{
    QFETCH(QString, status);
    QFETCH(QString, words);
    SaneBackend backend;
    CollectingSink sink;
    ScanSettings s = settings(ScanSource::Flatbed, 150);
    s.areaMm = QSizeF(50, 50);
    s.deviceOptions.insert(QStringLiteral("read-return-value"), status);
    // The device offers a select descriptor, as many real ones do: the backend waits on it
    // before cancelling after the fault.
    s.deviceOptions.insert(QStringLiteral("select-fd"), QStringLiteral("yes"));
    const Status result = backend.scan(s, sink);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(words), qPrintable(result.error().message));
    QVERIFY(!isScanCancelled(result.error()));
    QVERIFY(sink.pages.isEmpty());
    // The device is usable again right after (the test device keeps its options: the fault
    // is switched off).
    CollectingSink again;
    ScanSettings fixed = settings(ScanSource::Flatbed, 150);
    fixed.areaMm = QSizeF(50, 50);
    fixed.deviceOptions.insert(QStringLiteral("read-return-value"), QStringLiteral("Default"));
    QVERIFY(backend.scan(fixed, again).ok());
    QCOMPARE(again.pages.size(), 1);
}

void TestSaneScanner::unknownDevice()
{
    SaneBackend backend;
    CollectingSink sink;
    ScanSettings s = settings(ScanSource::Flatbed);
    s.device = QStringLiteral("test:7");
    const Status result = backend.scan(s, sink);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::NotFound);
    QVERIFY(result.error().message.contains(QStringLiteral("test:7")));
}

void TestSaneScanner::cancelStopsTheBatch()
{
    SaneBackend backend;
    CollectingSink sink;
    sink.cancelAfter = 2;
    const Status result = backend.scan(settings(ScanSource::Feeder, 150), sink);
    QVERIFY(!result.ok());
    QVERIFY(isScanCancelled(result.error()));
    QCOMPARE(sink.pages.size(), 2); // what was scanned stays
}

void TestSaneScanner::jobRunsOnAWorkerThread()
{
    SaneBackend backend;
    ScanJob job(backend);
    QSignalSpy pages(&job, &ScanJob::pageScanned);
    QSignalSpy finished(&job, &ScanJob::finished);
    QSignalSpy listed(&job, &ScanJob::devicesListed);

    QVERIFY(job.listDevices());
    QVERIFY(listed.wait(10000));
    QCOMPARE(listed.first().at(0).value<QList<ScannerDevice>>().size(), 2);

    ScanSettings s = settings(ScanSource::Feeder, 150);
    // Slow reads, so Cancel lands in the middle of the batch.
    s.deviceOptions.insert(QStringLiteral("read-limit"), QStringLiteral("yes"));
    s.deviceOptions.insert(QStringLiteral("read-limit-size"), QStringLiteral("65536"));
    s.deviceOptions.insert(QStringLiteral("read-delay"), QStringLiteral("yes"));
    s.deviceOptions.insert(QStringLiteral("read-delay-duration"), QStringLiteral("2000"));
    // Cancel while the second page is being read.
    bool secondUnderway = false;
    connect(&job, &ScanJob::progress, this, [&](int index, int percent) {
        if (index == 1 && percent >= 10 && !secondUnderway) {
            secondUnderway = true;
            job.cancel();
        }
    });
    QVERIFY(job.start(s));
    QVERIFY(job.isRunning());
    QVERIFY(!job.start(s)); // one at a time
    QVERIFY(finished.wait(10000) || finished.size() == 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(2).toBool(), true); // cancelled
    QCOMPARE(pages.size(), 1);
    QVERIFY(!job.isRunning());

    // A full batch afterwards, waited for (as the command line does).
    pages.clear();
    finished.clear();
    ScanSettings full = settings(ScanSource::Feeder, 150);
    full.deviceOptions.insert(QStringLiteral("read-delay"), QStringLiteral("no"));
    full.deviceOptions.insert(QStringLiteral("read-limit"), QStringLiteral("no"));
    secondUnderway = true; // no more cancelling
    QVERIFY(job.start(full));
    job.waitForFinished();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(pages.size(), 10);
}

void TestSaneScanner::nullBackendRefuses()
{
    NullScannerBackend backend;
    QVERIFY(!backend.available());
    QVERIFY(backend.devices()->isEmpty());
    CollectingSink sink;
    const Status s = backend.scan(settings(ScanSource::Flatbed), sink);
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QStringLiteral("import")));
}

QTEST_MAIN(TestSaneScanner)
#include "test_sanescanner.moc"
