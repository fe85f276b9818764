// Papers that arrive as files (docs/architecture.md#scanning): PDF, JPEG, PNG and multi-page TIFF become pages of
// the pipeline with a sensible resolution; what cannot be read is refused with its reason.
// The fixtures are made here: a PDF by our own assembler and by QPdfWriter, images by Qt, a
// multi-page TIFF by hand (Qt writes single-page TIFF only).

#include "docs/ScanFixtures.h"
#include "scan/FileImporter.h"
#include "scan/PdfAssembler.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace scanfixtures;

class TestFileImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pdfFromTheScanner();
    void pdfFromAWordProcessor();
    void jpegKeepsItsResolution();
    void pngWithTransparency();
    void phoneLikePhotoIsShrunk();
    void multiPageTiffFile();
    void fromMemory();
    void refusals_data();
    void refusals();
    void suffixes();

private:
    QString write(const QString& name, const QByteArray& bytes);
    QTemporaryDir m_dir;
};

void TestFileImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestFileImport::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestFileImport::pdfFromTheScanner()
{
    QList<ScanPage> pages;
    for (quint32 i = 0; i < 2; ++i) {
        ScanPage p;
        p.image = textPage(150, 10, i + 1);
        p.dpi = 150;
        pages.append(p);
    }
    auto pdf = PdfAssembler::build(pages);
    QVERIFY(pdf.ok());
    const QString path = write(QStringLiteral("scan.pdf"), *pdf);
    ImportOptions options;
    options.pdfDpi = 100;
    auto imported = FileImporter::importFile(path, options);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    QCOMPARE(imported->size(), 2);
    const ScanPage& first = imported->first();
    QCOMPARE(first.dpi, 100);
    QCOMPARE(first.image.size(), QSize(mmToPx(210, 100), mmToPx(297, 100)));
    QCOMPARE(first.image.format(), QImage::Format_Grayscale8);
    QCOMPARE(first.origin, QStringLiteral("scan.pdf"));
    // Rendered on white paper, not on QtPdf's transparent background.
    QCOMPARE(qGray(first.image.pixel(3, 3)), 255);
}

void TestFileImport::pdfFromAWordProcessor()
{
    const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A5));
        writer.setResolution(300);
        QPainter p(&writer);
        p.setFont(QFont(QStringLiteral("Noto Serif"), 14));
        p.drawText(QRect(100, 100, 1400, 200), Qt::AlignLeft, QString::fromUtf8("Kính gửi: Sở Y tế"));
        writer.newPage();
        p.drawText(QRect(100, 100, 1400, 200), Qt::AlignLeft, QString::fromUtf8("Trang hai"));
    }
    ImportOptions options;
    options.mode = ColourMode::Colour;
    auto imported = FileImporter::importFile(path, options);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    QCOMPARE(imported->size(), 2);
    const QSize a5(mmToPx(148, 200), mmToPx(210, 200));
    QVERIFY(qAbs(imported->at(1).image.width() - a5.width()) <= 3);
    QVERIFY(qAbs(imported->at(1).image.height() - a5.height()) <= 3);
    QCOMPARE(imported->at(1).mode, ColourMode::Colour);
    QCOMPARE(imported->at(1).image.format(), QImage::Format_RGB888);
}

void TestFileImport::jpegKeepsItsResolution()
{
    QImage image = textPage(300, 8, 4);
    image.setDotsPerMeterX(qRound(300 / 0.0254));
    image.setDotsPerMeterY(qRound(300 / 0.0254));
    const QString path = m_dir.filePath(QStringLiteral("cccd.jpg"));
    QVERIFY(image.save(path, "JPEG", 80));
    auto imported = FileImporter::importFile(path);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    QCOMPARE(imported->size(), 1);
    QCOMPARE(imported->first().dpi, 300);
    QCOMPARE(imported->first().image.size(), image.size());
}

void TestFileImport::pngWithTransparency()
{
    // A screenshot-like PNG with no resolution and a transparent background.
    QImage image(827, 1169, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.fillRect(QRect(100, 100, 300, 40), QColor(200, 0, 0));
    }
    image.setDotsPerMeterX(qRound(72 / 0.0254));
    image.setDotsPerMeterY(qRound(72 / 0.0254));
    const QString path = m_dir.filePath(QStringLiteral("giay-to.png"));
    QVERIFY(image.save(path, "PNG"));
    auto imported = FileImporter::importFile(path);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    const ScanPage& page = imported->first();
    // 72 dpi is a screen's, not a scan's: the image is taken as an A4 page (827 px → 100 dpi).
    QCOMPARE(page.dpi, 100);
    QCOMPARE(page.image.format(), QImage::Format_RGB888); // it has colour
    QCOMPARE(page.image.pixelColor(5, 5), QColor(Qt::white));
    QCOMPARE(page.image.pixelColor(150, 120), QColor(200, 0, 0));
}

void TestFileImport::phoneLikePhotoIsShrunk()
{
    // 3508 × 4961 pixels (A4 at 424 dpi) with a camera's 72 dpi: shrunk to 200 dpi.
    QImage photo(3508, 4961, QImage::Format_RGB32);
    photo.fill(QColor(230, 225, 220));
    photo.setDotsPerMeterX(qRound(72 / 0.0254));
    photo.setDotsPerMeterY(qRound(72 / 0.0254));
    const QString path = m_dir.filePath(QStringLiteral("photo.jpg"));
    QVERIFY(photo.save(path, "JPEG", 70));
    auto imported = FileImporter::importFile(path);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    QCOMPARE(imported->first().dpi, 200);
    QVERIFY(qAbs(imported->first().image.width() - 1654) <= 2);
}

void TestFileImport::multiPageTiffFile()
{
    const QList<QImage> pages{textPage(150, 5, 1), emptyPage(150), textPage(150, 30, 2)};
    const QString path = write(QStringLiteral("batch.tif"), multiPageTiff(pages, 150));
    auto imported = FileImporter::importFile(path);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    QCOMPARE(imported->size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(imported->at(i).dpi, 150);
        QCOMPARE(imported->at(i).image.size(), pages[i].size());
        QCOMPARE(imported->at(i).image.format(), QImage::Format_Grayscale8);
        QCOMPARE(imported->at(i).image.pixel(100, 100), pages[i].pixel(100, 100)); // uncompressed: exact
    }
}

void TestFileImport::fromMemory()
{
    // Drag and drop from a browser gives bytes, not a path.
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(textPage(100, 3, 9).save(&buffer, "PNG"));
    }
    auto imported = FileImporter::importData(png, QStringLiteral("dropped.png"));
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    QCOMPARE(imported->size(), 1);
    QCOMPARE(imported->first().origin, QStringLiteral("dropped.png"));
}

void TestFileImport::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("words");
    QTest::newRow("text file") << QByteArray("Họ và tên: ...\n") << QStringLiteral("that can be read");
    QTest::newRow("broken PDF") << QByteArray("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF")
                                << QStringLiteral("not a readable PDF");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("that can be read");
    QByteArray truncated;
    {
        QBuffer buffer(&truncated);
        buffer.open(QIODevice::WriteOnly);
        textPage(100, 3, 9).save(&buffer, "JPEG");
    }
    truncated = truncated.left(200);
    QTest::newRow("truncated JPEG") << truncated << QStringLiteral("could not be read");
}

void TestFileImport::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, words);
    const QString path =
        write(QStringLiteral("paper-%1").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'), bytes);
    auto imported = FileImporter::importFile(path);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, Error::BadInput);
    QVERIFY2(imported.error().message.contains(words), qPrintable(imported.error().message));
    auto missing = FileImporter::importFile(m_dir.filePath(QStringLiteral("nowhere.pdf")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("nowhere.pdf")));
}

void TestFileImport::suffixes()
{
    QVERIFY(FileImporter::isSupported(QStringLiteral("/tmp/a.PDF")));
    QVERIFY(FileImporter::isSupported(QStringLiteral("scan.tiff")));
    QVERIFY(!FileImporter::isSupported(QStringLiteral("notes.docx")));
    QVERIFY(FileImporter::dialogFilter().contains(QStringLiteral("*.tif")));
}

QTEST_MAIN(TestFileImport)
#include "test_fileimport.moc"
