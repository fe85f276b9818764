// `motcuactl scan` as a process against SANE's test device (tests/data/sane): a 10-page
// feeder batch into one PDF, one flatbed page, the device list, and the refusals (unknown
// device, bad options) with their exit codes. Runs with no display and no platform set.

#include "support/MotcuactlRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestMotcuactlScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsDevices();
    void feederBatchIntoOnePdf();
    void flatbedPageInBlackAndWhite();
    void refusals_data();
    void refusals();

private:
    Run run(const QStringList& args) const;
    QTemporaryDir m_dir;
};

void TestMotcuactlScan::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

Run TestMotcuactlScan::run(const QStringList& args) const
{
    // A database path is given though scan needs none: it must not be created.
    MotcuactlCall call = plainCall(m_dir.filePath(QStringLiteral("unused.db")), args);
    call.unset = {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY")};
    call.set = {QStringLiteral("SANE_CONFIG_DIR=" MOTCUA_TEST_DATA "/sane")};
    call.inheritPasswords = true;
    return runMotcuactl(call);
}

void TestMotcuactlScan::listsDevices()
{
    const Run r = run({QStringLiteral("scan"), QStringLiteral("--list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray devices = r.array();
    QCOMPARE(devices.size(), 2);
    QCOMPARE(devices.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("test:0"));
    const Run text = run({QStringLiteral("scan"), QStringLiteral("--list")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("test:1"));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("unused.db"))));
}

void TestMotcuactlScan::feederBatchIntoOnePdf()
{
    const QString out = m_dir.filePath(QStringLiteral("batch.pdf"));
    const Run r =
        run({QStringLiteral("scan"), QStringLiteral("--device"), QStringLiteral("test:0"), QStringLiteral("--pages"),
             QStringLiteral("0"), QStringLiteral("--dpi"), QStringLiteral("200"), QStringLiteral("--mode"),
             QStringLiteral("grey"), QStringLiteral("--out"), out, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("scanned")).toInt(), 10);
    QCOMPARE(json.value(QStringLiteral("pages")).toInt(), 10);
    QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("feeder"));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QCOMPARE(json.value(QStringLiteral("bytes")).toInteger(), pdf.size());
    QVERIFY(pdf.startsWith("%PDF-1.4"));
    QVERIFY(pdf.contains("/Type /Pages"));
    QVERIFY(pdf.contains("/Count 10 "));
    // At most 150 KB per grey A4 page at 200 dpi.
    QVERIFY2(pdf.size() <= 10 * 150 * 1000, QByteArray::number(pdf.size()).constData());

    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty())
        QSKIP("pdfinfo is not installed");
    QProcess info;
    info.start(pdfinfo, {out});
    QVERIFY(info.waitForFinished(10000));
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    QCOMPARE(info.exitCode(), 0);
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Pages:\\s+10\\n"))), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("(A4)")), qPrintable(text));
}

void TestMotcuactlScan::flatbedPageInBlackAndWhite()
{
    const QString out = m_dir.filePath(QStringLiteral("page.pdf"));
    const Run r =
        run({QStringLiteral("scan"), QStringLiteral("--device"), QStringLiteral("test:1"), QStringLiteral("--dpi"),
             QStringLiteral("150"), QStringLiteral("--mode"), QStringLiteral("bw"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("1 page(s) written to"), r.out.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.contains("/Count 1 "));
    QVERIFY(pdf.contains("/BitsPerComponent 1 /Filter /FlateDecode"));
}

void TestMotcuactlScan::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("words");
    const QString out = QStringLiteral("--out=") + QDir::tempPath() + QStringLiteral("/never-written.pdf");
    QTest::newRow("no device") << QStringList{out} << 2 << QStringLiteral("--device NAME is required");
    QTest::newRow("no out") << QStringList{QStringLiteral("--device=test:0")} << 2 << QStringLiteral("--out");
    QTest::newRow("bad dpi") << QStringList{QStringLiteral("--device=test:0"), QStringLiteral("--dpi=250"), out} << 2
                             << QStringLiteral("150, 200 or 300");
    QTest::newRow("bad mode") << QStringList{QStringLiteral("--device=test:0"), QStringLiteral("--mode=sepia"), out}
                              << 2 << QStringLiteral("grey, color or bw");
    QTest::newRow("bad source") << QStringList{QStringLiteral("--device=test:0"), QStringLiteral("--source=drum"), out}
                                << 2 << QStringLiteral("flatbed, feeder or duplex");
    QTest::newRow("unknown device") << QStringList{QStringLiteral("--device=test:7"), out} << 2
                                    << QStringLiteral("no scanner called test:7");
    // The test device has no duplex unit.
    QTest::newRow("no duplex") << QStringList{QStringLiteral("--device=test:0"), QStringLiteral("--source=duplex"), out}
                               << 2 << QStringLiteral("has no");
}

void TestMotcuactlScan::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, words);
    const Run r = run(QStringList{QStringLiteral("scan")} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.errText().contains(words), r.err.constData());
    QVERIFY(!QFile::exists(QDir::tempPath() + QStringLiteral("/never-written.pdf")));
}

QTEST_GUILESS_MAIN(TestMotcuactlScan)
#include "test_motcuactl_scan.moc"
