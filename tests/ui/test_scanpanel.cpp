// The scan panel as a clerk uses it (docs/architecture.md#scanning), headless against SANE's test device: find the
// scanners, scan a 10-page feeder batch in the background, put two pages in another order
// with the keyboard, import a blank page from a file and drop it again, attach the batch as
// one 10-page PDF; refusals when disk space is short; the viewer pages and zooms through it.

#include "FileChooser.h"
#include "docs/ScanFixtures.h"
#include "scan/AttachmentViewer.h"
#include "scan/PageStripModel.h"
#include "scan/SaneBackend.h"
#include "scan/ScanPanel.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QPdfDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace motcua;

class TestScanPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scanReorderDropBlankAttach();
    void refusedWhenDiskIsFull();
    void viewerPagesAndZooms();
    void dropBlankAsksAndUndoes();
    void resetEmptiesThePanel();

private:
    QTemporaryDir m_dir;
};

void TestScanPanel::initTestCase()
{
    qputenv("SANE_CONFIG_DIR", QByteArray(MOTCUA_TEST_DATA "/sane"));
    QVERIFY(m_dir.isValid());
}

void TestScanPanel::scanReorderDropBlankAttach()
{
    SaneBackend backend;
    ScanPanel panel(backend);
    panel.resize(1100, 650);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    struct Attached
    {
        ScanTarget target;
        QByteArray pdf;
        int pages = 0;
    };
    QList<Attached> attached;
    panel.setAttachHandler([&attached](const ScanTarget& t, const QByteArray& pdf, int pages) -> Status {
        attached.append({t, pdf, pages});
        return {};
    });
    panel.setTargets({{11, QString::fromUtf8("Tờ khai đề nghị")},
                      {12, QString::fromUtf8("Bản sao CCCD")},
                      {0, QString::fromUtf8("Giấy tờ khác")}});

    // The scanners are listed in the background.
    QSignalSpy refreshed(&panel, &ScanPanel::devicesRefreshed);
    panel.refreshDevices();
    QVERIFY(refreshed.wait(10000));
    auto* device = panel.findChild<QComboBox*>(QStringLiteral("scan-device"));
    QCOMPARE(device->count(), 2);
    QCOMPARE(device->currentData().toString(), QStringLiteral("test:0"));
    auto* source = panel.findChild<QComboBox*>(QStringLiteral("scan-source"));
    source->setCurrentIndex(source->findData(static_cast<int>(ScanSource::Feeder)));
    auto* dpi = panel.findChild<QComboBox*>(QStringLiteral("scan-dpi"));
    dpi->setCurrentIndex(dpi->findData(150));

    // Scan: pages arrive while the feeder runs; the window stays responsive.
    QSignalSpy finished(&panel, &ScanPanel::scanFinished);
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("scan-start")), Qt::LeftButton);
    QVERIFY(panel.isScanning());
    QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("scan-cancel"))->isEnabled());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    PageStripModel* pages = panel.pages();
    QCOMPARE(pages->rowCount(), 10);

    // Ctrl+Right moves the first page to second place.
    const qint64 first = pages->data(pages->index(0), PageStripModel::ImageKeyRole).toLongLong();
    const qint64 second = pages->data(pages->index(1), PageStripModel::ImageKeyRole).toLongLong();
    QListView* strip = panel.strip();
    strip->setFocus();
    strip->setCurrentIndex(pages->index(0));
    QTest::keyClick(strip, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(pages->data(pages->index(0), PageStripModel::ImageKeyRole).toLongLong(), second);
    QCOMPARE(pages->data(pages->index(1), PageStripModel::ImageKeyRole).toLongLong(), first);
    QCOMPARE(strip->currentIndex().row(), 1);

    // An empty back imported from a file (as from a duplex scan elsewhere) and dropped again.
    const QString blank = m_dir.filePath(QStringLiteral("back.png"));
    QVERIFY(scanfixtures::emptyPage(150, true, true).save(blank));
    FixedFileChooser chooser(blank);
    panel.setFileChooser(&chooser);
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("scan-import")), Qt::LeftButton);
    QCOMPARE(pages->rowCount(), 11);
    QVERIFY(pages->isBlank(10));
    QVERIFY(!pages->isBlank(0));
    panel.setConfirm([](QWidget*, const QString&, const QString&) { return true; }); // the clerk says yes
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("pages-drop-blank")), Qt::LeftButton);
    QCOMPARE(pages->rowCount(), 10);
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("scan-message"))->text().contains(QStringLiteral("1 blank")));

    // Attach to the second paper: one PDF of 10 pages, in the new order; the strip empties.
    auto* target = panel.findChild<QComboBox*>(QStringLiteral("attach-target"));
    target->setCurrentIndex(target->findData(12));
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("attach")), Qt::LeftButton);
    QCOMPARE(attached.size(), 1);
    QCOMPARE(attached.first().target.key, 12);
    QCOMPARE(attached.first().pages, 10);
    QBuffer buffer(&attached.first().pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    QCOMPARE(document.pageCount(), 10);
    QVERIFY(attached.first().pdf.size() <= 10 * 150 * 1000);
    QCOMPARE(pages->rowCount(), 0);
    QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("attach"))->isEnabled());
}

void TestScanPanel::refusedWhenDiskIsFull()
{
    SaneBackend backend;
    ScanPanel panel(backend);
    panel.show();
    QSignalSpy refreshed(&panel, &ScanPanel::devicesRefreshed);
    panel.refreshDevices();
    QVERIFY(refreshed.wait(10000));
    const QString reason = QStringLiteral("Only 10 MB free; scanning needs 500 MB.");
    panel.setRefusal(reason);
    QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("scan-start"))->isEnabled());
    QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("scan-import"))->isEnabled());
    QVERIFY(!panel.scan());
    QVERIFY(!panel.importFiles({m_dir.filePath(QStringLiteral("back.png"))}));
    QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("scan-message"))->text(), reason);
    QCOMPARE(panel.pages()->rowCount(), 0);
    panel.setRefusal(QString());
    QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("scan-start"))->isEnabled());
}

void TestScanPanel::viewerPagesAndZooms()
{
    QList<ScanPage> list;
    for (quint32 i = 0; i < 3; ++i) {
        ScanPage p;
        p.image = scanfixtures::textPage(100, 10, i);
        p.dpi = 100;
        list.append(p);
    }
    NullScannerBackend none;
    ScanPanel panel(none);
    // No scanner support: only import is offered.
    QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("scan-start"))->isHidden());
    QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("scan-unavailable"))->isHidden());
    QByteArray pdf;
    {
        // The panel's own assembly path, via attach.
        panel.pages()->appendPages(list);
        panel.setTargets({{0, QStringLiteral("Other")}});
        panel.setAttachHandler([&pdf](const ScanTarget&, const QByteArray& bytes, int) -> Status {
            pdf = bytes;
            return {};
        });
        QVERIFY(panel.attach());
    }
    AttachmentViewer viewer;
    viewer.resize(700, 800);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(viewer.setPdf(pdf));
    QCOMPARE(viewer.pageCount(), 3);
    QCOMPARE(viewer.currentPage(), 0);
    auto* label = viewer.findChild<QLabel*>(QStringLiteral("viewer-page"));
    QCOMPARE(label->text(), QStringLiteral("Page 1 of 3"));
    QTest::mouseClick(viewer.findChild<QToolButton*>(QStringLiteral("viewer-next")), Qt::LeftButton);
    QCOMPARE(viewer.currentPage(), 1);
    QTest::keyClick(&viewer, Qt::Key_PageDown);
    QCOMPARE(viewer.currentPage(), 2);
    QVERIFY(!viewer.findChild<QToolButton*>(QStringLiteral("viewer-next"))->isEnabled());
    QCOMPARE(label->text(), QStringLiteral("Page 3 of 3"));
    const qreal before = viewer.zoom();
    QTest::mouseClick(viewer.findChild<QToolButton*>(QStringLiteral("viewer-zoom-in")), Qt::LeftButton);
    QVERIFY(viewer.zoom() > before);
    QVERIFY(!viewer.setPdf(QByteArray("not a pdf")));
    QCOMPARE(viewer.pageCount(), 0);
    QCOMPARE(label->text(), QStringLiteral("No document"));
}

namespace {
ScanPage pageOf(const QImage& image, int dpi = 100)
{
    ScanPage p;
    p.image = image;
    p.dpi = dpi;
    return p;
}

QImage solid(int level)
{
    QImage image(scanfixtures::mmToPx(210, 100), scanfixtures::mmToPx(297, 100), QImage::Format_Grayscale8);
    image.fill(level);
    return image;
}

QList<qint64> keysOf(const PageStripModel* pages)
{
    QList<qint64> keys;
    for (int i = 0; i < pages->rowCount(); ++i)
        keys.append(pages->data(pages->index(i), PageStripModel::ImageKeyRole).toLongLong());
    return keys;
}
} // namespace

void TestScanPanel::dropBlankAsksAndUndoes()
{
    NullScannerBackend none;
    ScanPanel panel(none);
    panel.resize(1100, 650);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // As from SANE's test device left at its default: solid black pages; then a printed page,
    // two empty backs (one with dust) and another printed page.
    QList<ScanPage> batch;
    for (int i = 0; i < 4; ++i)
        batch.append(pageOf(solid(0)));
    batch.append(pageOf(scanfixtures::textPage(100, 12, 3)));
    batch.append(pageOf(scanfixtures::emptyPage(100)));
    batch.append(pageOf(scanfixtures::emptyPage(100, false, true)));
    batch.append(pageOf(scanfixtures::textPage(100, 12, 4)));
    PageStripModel* pages = panel.pages();
    pages->appendPages(batch);
    const QList<qint64> before = keysOf(pages);
    QCOMPARE(pages->blankRows(), (QList<int>{5, 6}));
    QCOMPARE(pages->darkRows(), (QList<int>{0, 1, 2, 3}));
    // A black page is never called blank.
    QVERIFY(!pages->index(0).data().toString().contains(PageStripModel::tr("%1 (blank)").arg(1)));
    QCOMPARE(pages->index(0).data().toString(), PageStripModel::tr("%1 (dark)").arg(1));

    // The clerk is asked, with the pages named; "Cancel" removes nothing.
    QStringList questions;
    bool answer = false;
    panel.setConfirm([&](QWidget*, const QString&, const QString& question) {
        questions.append(question);
        return answer;
    });
    auto* drop = panel.findChild<QPushButton*>(QStringLiteral("pages-drop-blank"));
    QTest::mouseClick(drop, Qt::LeftButton);
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().contains(QStringLiteral("6, 7")), qPrintable(questions.first()));
    QCOMPARE(pages->rowCount(), 8);

    // "Remove": the two empty backs go, the dark pages stay and are pointed out.
    answer = true;
    QTest::mouseClick(drop, Qt::LeftButton);
    QCOMPARE(questions.size(), 2);
    QCOMPARE(pages->rowCount(), 6);
    QCOMPARE(pages->darkRows().size(), 4);
    QVERIFY(pages->blankRows().isEmpty());
    const QString message = panel.findChild<QLabel*>(QStringLiteral("scan-message"))->text();
    QVERIFY2(message.contains(QStringLiteral("2 blank")) && message.contains(QStringLiteral("1, 2, 3, 4")),
             qPrintable(message));

    // Ctrl+Z brings them back in their places; Ctrl+Shift+Z removes them again.
    auto* undo = panel.findChild<QToolButton*>(QStringLiteral("pages-undo"));
    QVERIFY(undo->isEnabled());
    panel.strip()->setFocus();
    QTest::keyClick(panel.strip(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(keysOf(pages), before);
    QVERIFY(!undo->isEnabled());
    QTest::keyClick(panel.strip(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(pages->rowCount(), 6);

    // One page deleted with the Delete key, then the Undo button: back where it was.
    const QList<qint64> six = keysOf(pages);
    panel.strip()->setCurrentIndex(pages->index(4));
    QTest::keyClick(panel.strip(), Qt::Key_Delete);
    QCOMPARE(pages->rowCount(), 5);
    // Pages scanned meanwhile go to the end and do not upset the undo.
    pages->appendPages({pageOf(scanfixtures::textPage(100, 5, 9))});
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(keysOf(pages).mid(0, 6), six);
    QCOMPARE(pages->rowCount(), 7);
    // A turn is undone too.
    panel.strip()->setCurrentIndex(pages->index(5));
    QTest::keyClick(panel.strip(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(keysOf(pages).at(5) != six.at(5));
    QTest::keyClick(panel.strip(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(keysOf(pages).at(5), six.at(5));

    // Nothing blank left: nothing asked.
    pages->undoStack()->clear();
    QTest::mouseClick(drop, Qt::LeftButton);
    QCOMPARE(questions.size(), 2);
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("scan-message"))->text().contains(QStringLiteral("1, 2, 3, 4")));

    const QString shots = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(panel.grab().save(shots + QStringLiteral("/scan-panel-dark-pages.png")));
    }
}

void TestScanPanel::resetEmptiesThePanel()
{
    NullScannerBackend none;
    ScanPanel panel(none);
    panel.pages()->appendPages({pageOf(scanfixtures::textPage(100, 12, 1)), pageOf(scanfixtures::emptyPage(100))});
    panel.setConfirm([](QWidget*, const QString&, const QString&) { return true; });
    QCOMPARE(panel.dropBlankPages(), 1);
    QVERIFY(panel.pages()->undoStack()->canUndo());
    panel.reset();
    QCOMPARE(panel.pages()->rowCount(), 0);
    // Nothing of the last dossier comes back with Ctrl+Z.
    QVERIFY(!panel.pages()->undoStack()->canUndo());
    QVERIFY(!panel.undo());
    QCOMPARE(panel.pages()->rowCount(), 0);
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("scan-message"))->isHidden());
    QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("attach"))->isEnabled());
}

QTEST_MAIN(TestScanPanel)
#include "test_scanpanel.moc"
