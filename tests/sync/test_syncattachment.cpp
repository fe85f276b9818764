// An attachment end to end through the real AttachmentService: a dossier and a scanned PDF
// stored encrypted on the workstation, read back decrypted by the app's own attachment reader
// while syncing to the real motcua-portal over TLS, and held by the portal byte-identical to
// the plaintext (same SHA-256 and size), exactly once.

#include "PortalFixture.h"
#include "SyncTestBed.h"
#include "scan/PdfAssembler.h"
#include "service/AttachmentService.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

class TestSyncAttachment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scannedPdfReachesThePortalByteIdentical();
};

namespace {

// A grey A4 page at 150 dpi with some text and lines, as the scanner would give it.
ScanPage scannedPage(int number)
{
    QImage image(1240, 1754, QImage::Format_Grayscale8);
    image.fill(250);
    QPainter painter(&image);
    painter.setPen(QColor(30, 30, 30));
    QFont font = painter.font();
    font.setPixelSize(40);
    painter.setFont(font);
    painter.drawText(QRect(100, 120, 1040, 80), Qt::AlignCenter, QStringLiteral("ĐƠN ĐỀ NGHỊ - trang %1").arg(number));
    for (int y = 300; y < 1600; y += 60)
        painter.drawLine(120, y, 1120 - (y % 7) * 20, y);
    painter.end();
    ScanPage page;
    page.image = image;
    page.dpi = 150;
    page.mode = ColourMode::Grey;
    page.origin = QStringLiteral("test");
    return page;
}

} // namespace

void TestSyncAttachment::scannedPdfReachesThePortalByteIdentical()
{
    PortalFixture portal;
    QVERIFY2(portal.start(), qPrintable(portal.errorString()));
    SyncTestBed bed(portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    AttachmentService& attachments = bed.app().attachments();
    QVERIFY(attachments.isUnlocked());

    const QStringList codes = bed.takeDossiers(1);
    QCOMPARE(codes.size(), 1);
    const QString code = codes.first();
    auto papers = attachments.papers(code);
    QVERIFY(papers.ok());
    QVERIFY(!papers->isEmpty());
    PdfOptions pdfOptions;
    pdfOptions.title = papers->first().name;
    auto pdf = PdfAssembler::build({scannedPage(1), scannedPage(2)}, pdfOptions);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error().message));
    QVERIFY(pdf->startsWith("%PDF-"));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(*pdf, QCryptographicHash::Sha256).toHex());
    auto info = attachments.attach(bed.admin(), code, papers->first().id, QStringLiteral("don-de-nghi.pdf"), *pdf,
                                   QStringLiteral("application/pdf"), 2);
    QVERIFY2(info.ok(), qPrintable(info.error().message));
    QCOMPARE(info->sha256, sha);

    // Stored encrypted: no file of the store holds the PDF's bytes in clear.
    int storedFiles = 0;
    QDirIterator it(attachments.root(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("%PDF-"));
        QVERIFY(!bytes.contains(pdf->mid(pdf->size() / 2, 64)));
        ++storedFiles;
    }
    QCOMPARE(storedFiles, 1);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'attachment'")), 1);

    // The app's own options: its attachment reader decrypts through AttachmentService::read.
    auto options = bed.app().sync().options(true);
    QVERIFY2(options.ok(), qPrintable(options.error().message));
    options->config.chunkBytes = 64 * 1024; // several chunks, resumed offsets
    auto r = SyncRunner(bed.path(), *options).run();
    QVERIFY(r.ok());
    QVERIFY2(r->errors.isEmpty(), qPrintable(r->errors.join(QLatin1Char('\n'))));
    QCOMPARE(r->attachments, 1);
    QCOMPARE(bed.pending(), 0);

    const QJsonObject remote = portal.dossier(code);
    const QJsonArray files = remote.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 1);
    const QJsonObject file = files.first().toObject();
    QCOMPARE(file.value(QStringLiteral("sha256")).toString(), sha);
    QCOMPARE(file.value(QStringLiteral("stored_sha256")).toString(), sha);
    QCOMPARE(file.value(QStringLiteral("stored_size")).toString().toLongLong(), qint64(pdf->size()));
    QCOMPARE(portal.fileCount(), 1);

    // A second pass sends nothing again.
    auto again = SyncRunner(bed.path(), *options).run();
    QVERIFY(again.ok());
    QCOMPARE(again->attachments, 0);
    QCOMPARE(portal.fileCount(), 1);
}

QTEST_MAIN(TestSyncAttachment)
#include "test_syncattachment.moc"
