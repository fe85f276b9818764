// The page pipeline (docs/architecture.md#scanning): blank pages found (the empty backs of a duplex batch) and
// printed ones kept, borders cropped, pages turned, a grey A4 page at 200 dpi at most 150 KB
// in the PDF, and the pages of a component combined into one valid PDF.

#include "docs/ScanFixtures.h"
#include "scan/PageEncoder.h"
#include "scan/PagePipeline.h"
#include "scan/PdfAssembler.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPainter>
#include <QPdfDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace motcua;
using namespace scanfixtures;

namespace {

ScanPage page(const QImage& image, int dpi = 200, ColourMode mode = ColourMode::Grey)
{
    ScanPage p;
    p.image = image;
    p.dpi = dpi;
    p.mode = mode;
    return p;
}

// Mean absolute difference of two grey images of the same size, 0..255.
double meanDifference(const QImage& a, const QImage& b)
{
    const QImage ga = a.convertToFormat(QImage::Format_Grayscale8);
    const QImage gb = b.convertToFormat(QImage::Format_Grayscale8).scaled(ga.size());
    qint64 sum = 0;
    for (int y = 0; y < ga.height(); ++y) {
        for (int x = 0; x < ga.width(); ++x)
            sum += qAbs(ga.constScanLine(y)[x] - gb.constScanLine(y)[x]);
    }
    return double(sum) / (double(ga.width()) * ga.height());
}

QImage renderPage(const QByteArray& pdf, int index, int dpi, int* pages = nullptr)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (pages)
        *pages = document.pageCount();
    if (document.status() != QPdfDocument::Status::Ready || index >= document.pageCount())
        return {};
    const QSizeF pt = document.pagePointSize(index);
    const QImage rendered = document.render(index, (pt * dpi / 72.0).toSize());
    QImage paper(rendered.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, rendered);
    return paper;
}

// The same page on darker paper: every level scaled so the paper lies at `paper` (recycled or
// tinted paper, a photocopy of a photocopy).
QImage onGreyPaper(const QImage& page, int paper)
{
    QImage grey = page.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); ++y) {
        uchar* line = grey.scanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            line[x] = static_cast<uchar>(line[x] * paper / 238);
    }
    return grey;
}

QImage uniform(int level, int dpi = 200)
{
    QImage image(mmToPx(210, dpi), mmToPx(297, dpi), QImage::Format_Grayscale8);
    image.fill(level);
    addGrain(&image, 3, 5);
    return image;
}

// One page of SANE's test device showing `picture` ("Solid black", "Solid white", "Grid",
// "Color pattern"), scanned by SANE's own scanimage (the test pictures are an option of the
// device, which the app does not set).
QImage sanePage(const QString& picture, int dpi)
{
    const QString scanimage = QStandardPaths::findExecutable(QStringLiteral("scanimage"));
    if (scanimage.isEmpty())
        return {};
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SANE_CONFIG_DIR"), QStringLiteral(MOTCUA_TEST_DATA "/sane"));
    p.setProcessEnvironment(env);
    p.start(scanimage, {QStringLiteral("-d"), QStringLiteral("test:0"), QStringLiteral("--mode"),
                        QStringLiteral("Gray"), QStringLiteral("--resolution"), QString::number(dpi),
                        QStringLiteral("--test-picture"), picture, QStringLiteral("--format=pnm")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QImage::fromData(p.readAllStandardOutput(), "PGM");
}

} // namespace

class TestPagePipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blankDetection_data();
    void blankDetection();
    void blankPagesOfABatch();
    void cropBorders();
    void cropKeepsAnEmptyPage();
    void rotate();
    void greyA4PageFitsTheBudget_data();
    void greyA4PageFitsTheBudget();
    void pdfIsValid();
    void blackAndWhiteIsOneBit();
    void colourPage();
    void noPagesIsAnError();
};

void TestPagePipeline::blankDetection_data()
{
    QTest::addColumn<QImage>("image");
    QTest::addColumn<int>("content");
    const int blank = int(PageContent::Blank), dark = int(PageContent::Dark), content = int(PageContent::Content);

    QTest::newRow("white") << uniform(250) << blank;
    QTest::newRow("empty paper") << emptyPage() << blank;
    QTest::newRow("empty, text showing through") << emptyPage(200, true) << blank;
    QTest::newRow("white with specks") << emptyPage(200, false, true) << blank;
    QTest::newRow("empty, both") << emptyPage(200, true, true, 11) << blank;
    QTest::newRow("empty at 300 dpi") << emptyPage(300, true, true) << blank;
    QTest::newRow("empty tinted paper") << onGreyPaper(emptyPage(200, false, true), 190) << blank;
    QTest::newRow("printed page") << textPage() << content;
    QTest::newRow("one line of text") << textPage(200, 1) << content;
    QTest::newRow("grey text page") << onGreyPaper(textPage(), 170) << content;
    QImage signature = emptyPage();
    {
        QImage rgb = signature.convertToFormat(QImage::Format_RGB32);
        QPainter p(&rgb);
        p.setPen(QPen(QColor(20, 20, 90), 4));
        p.drawLine(900, 1900, 1150, 1850);
        p.drawLine(1150, 1850, 1300, 1950);
        p.drawLine(1300, 1950, 1450, 1880);
        p.end();
        signature = rgb.convertToFormat(QImage::Format_Grayscale8);
    }
    QTest::newRow("a signature alone") << signature << content;
    // A page with no light paper has nothing that can be called blank: a black sheet, a dark
    // cover, the lid left open.
    QImage black(800, 1100, QImage::Format_Grayscale8);
    black.fill(0);
    QTest::newRow("black") << black << dark;
    QTest::newRow("black with grain") << uniform(12) << dark;
    QTest::newRow("dark grey") << uniform(90) << dark;
    QImage darkWithText = uniform(40).convertToFormat(QImage::Format_RGB32);
    {
        QPainter p(&darkWithText);
        p.setPen(QColor(235, 235, 235));
        QFont f(QStringLiteral("Noto Sans"));
        f.setPixelSize(40);
        p.setFont(f);
        p.drawText(200, 400, QString::fromUtf8("BÌA HỒ SƠ"));
    }
    QTest::newRow("dark cover, light title") << darkWithText.convertToFormat(QImage::Format_Grayscale8) << dark;

    // SANE's test device, as a new clerk meets it with no real scanner: its pictures.
    QTest::newRow("SANE solid black") << sanePage(QStringLiteral("Solid black"), 100) << dark;
    QTest::newRow("SANE solid white") << sanePage(QStringLiteral("Solid white"), 100) << blank;
    QTest::newRow("SANE grid") << sanePage(QStringLiteral("Grid"), 100) << content;
    QTest::newRow("SANE colour pattern") << sanePage(QStringLiteral("Color pattern"), 100) << content;
}

void TestPagePipeline::blankDetection()
{
    QFETCH(QImage, image);
    QFETCH(int, content);
    QVERIFY2(!image.isNull(), "the page was made (SANE's test device scanned it)");
    const int dpi = image.width() > 2000 ? 300 : image.width() < 1000 ? 100 : 200;
    QCOMPARE(int(PagePipeline::classify(image, dpi)), content);
    QCOMPARE(PagePipeline::isBlank(image, dpi), content == int(PageContent::Blank));
}

void TestPagePipeline::blankPagesOfABatch()
{
    // A duplex batch of three one-sided papers: fronts printed, backs empty.
    QList<ScanPage> batch;
    for (quint32 i = 0; i < 3; ++i) {
        batch.append(page(textPage(200, 20, i + 1)));
        batch.append(page(emptyPage(200, true, i == 1, 20 + i)));
    }
    QCOMPARE(PagePipeline::blankPages(batch), (QList<int>{1, 3, 5}));
    // Ten solid black pages from SANE's test device's feeder: none of them is blank.
    QList<ScanPage> black;
    for (int i = 0; i < 10; ++i)
        black.append(page(uniform(0, 100), 100));
    QVERIFY(PagePipeline::blankPages(black).isEmpty());
}

void TestPagePipeline::cropBorders()
{
    // An A5 paper scanned in the A4 area of a feeder with a black background: the paper at the
    // top-left, black below and to the right. Text in the middle of the paper.
    const int dpi = 200;
    QImage rgb(mmToPx(210, dpi), mmToPx(297, dpi), QImage::Format_RGB32);
    rgb.fill(QColor(20, 20, 20));
    const QRect paper(0, 0, mmToPx(148, dpi), mmToPx(210, dpi));
    QPainter p(&rgb);
    p.fillRect(paper, QColor(240, 240, 240));
    const QRect text(mmToPx(30, dpi), mmToPx(40, dpi), mmToPx(90, dpi), mmToPx(120, dpi));
    p.fillRect(text.adjusted(0, 0, 0, -text.height() + 8), QColor(30, 30, 30)); // a rule at the top
    p.fillRect(text.adjusted(0, text.height() - 8, 0, 0), QColor(30, 30, 30));  // and one at the bottom
    p.end();
    const QImage grey = rgb.convertToFormat(QImage::Format_Grayscale8);

    const QImage cropped = PagePipeline::cropBorders(grey, dpi, 5.0);
    // The black background is gone, the content kept with about 5 mm of paper around it.
    const int margin = mmToPx(5, dpi);
    QVERIFY2(cropped.width() <= text.width() + 2 * margin + 20 && cropped.width() >= text.width(),
             qPrintable(QString::number(cropped.width())));
    QVERIFY2(cropped.height() <= text.height() + 2 * margin + 20 && cropped.height() >= text.height(),
             qPrintable(QString::number(cropped.height())));
    for (int x : {0, cropped.width() - 1}) {
        for (int y = 0; y < cropped.height(); y += 37)
            QVERIFY2(cropped.pixelColor(x, y).value() > 200 || y > cropped.height() - 30 || y < 30,
                     "no dark border left at the edges");
    }
    QVERIFY(!PagePipeline::isBlank(cropped, dpi));
}

void TestPagePipeline::cropKeepsAnEmptyPage()
{
    const QImage empty = emptyPage();
    QCOMPARE(PagePipeline::cropBorders(empty, 200).size(), empty.size());
}

void TestPagePipeline::rotate()
{
    QImage image(40, 20, QImage::Format_Grayscale8);
    image.fill(255);
    image.setPixel(0, 0, qRgb(0, 0, 0)); // a mark at the top-left
    const QImage right = PagePipeline::rotated(image, 1);
    QCOMPARE(right.size(), QSize(20, 40));
    QCOMPARE(qGray(right.pixel(19, 0)), 0); // clockwise: top-left goes to top-right
    const QImage left = PagePipeline::rotated(image, -1);
    QCOMPARE(qGray(left.pixel(0, 39)), 0); // counter-clockwise: to the bottom-left
    const QImage half = PagePipeline::rotated(image, 2);
    QCOMPARE(qGray(half.pixel(39, 19)), 0);
    QCOMPARE(PagePipeline::rotated(right, -1), image);
    QCOMPARE(PagePipeline::rotated(image, 4), image);
}

void TestPagePipeline::greyA4PageFitsTheBudget_data()
{
    QTest::addColumn<int>("lines");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("full page of text") << 42 << 3u;
    QTest::newRow("half page") << 20 << 4u;
    QTest::newRow("dense") << 60 << 5u;
}

void TestPagePipeline::greyA4PageFitsTheBudget()
{
    QFETCH(int, lines);
    QFETCH(quint32, seed);
    const QImage image = textPage(200, lines, seed);
    QCOMPARE(image.size(), QSize(1654, 2339));
    QElapsedTimer timer;
    timer.start();
    auto pdf = PdfAssembler::build({page(image)});
    QVERIFY2(pdf.ok(), qPrintable(pdf.error().message));
    qInfo("grey A4 page at 200 dpi: %lld bytes in the PDF, %lld ms", static_cast<long long>(pdf->size()),
          static_cast<long long>(timer.elapsed()));
    QVERIFY2(pdf->size() <= 150 * 1000, qPrintable(QString::number(pdf->size())));
    // Still readable: the page renders close to the original (grain and grey paper aside).
    const QImage rendered = renderPage(*pdf, 0, 50);
    QVERIFY(!rendered.isNull());
    const QImage original = image.scaled(rendered.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QVERIFY2(meanDifference(original, rendered) < 25.0,
             qPrintable(QString::number(meanDifference(original, rendered))));
}

void TestPagePipeline::pdfIsValid()
{
    QList<ScanPage> pages;
    for (quint32 i = 0; i < 3; ++i)
        pages.append(page(textPage(150, 15, 30 + i), 150));
    PdfOptions options;
    options.title = QString::fromUtf8("Giấy chứng nhận đăng ký");
    auto pdf = PdfAssembler::build(pages, options);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error().message));
    int count = 0;
    const QImage first = renderPage(*pdf, 0, 72, &count);
    QCOMPARE(count, 3);
    // 1654 px at 150 dpi... the page keeps the physical size of the scan: A4.
    QCOMPARE(first.width(), mmToPx(210, 72));
    QCOMPARE(first.height(), mmToPx(297, 72));

    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty())
        QSKIP("pdfinfo is not installed");
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(*pdf);
    file.flush();
    QProcess process;
    process.start(pdfinfo, {file.fileName()});
    QVERIFY(process.waitForFinished(10000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(err.trimmed().isEmpty(), qPrintable(err)); // no syntax warnings either
    QVERIFY2(out.contains(QStringLiteral("Pages:           3")), qPrintable(out));
    QVERIFY2(out.contains(QString::fromUtf8("Giấy chứng nhận đăng ký")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("595.2")), qPrintable(out)); // A4 width in points
}

void TestPagePipeline::blackAndWhiteIsOneBit()
{
    const QImage image = textPage(200, 42, 9);
    const EncodedPage encoded = PageEncoder::encode(page(image, 200, ColourMode::BlackWhite));
    QCOMPARE(encoded.image.filter, EncodedImage::Filter::Flate);
    QCOMPARE(encoded.image.bitsPerComponent, 1);
    QVERIFY(encoded.textMask.isNull());
    QVERIFY2(encoded.bytes() < 100 * 1000, qPrintable(QString::number(encoded.bytes())));
    auto pdf = PdfAssembler::assemble({encoded});
    QVERIFY(pdf.ok());
    const QImage rendered = renderPage(*pdf, 0, 200);
    QCOMPARE(rendered.size(), image.size());
    // The paper is white, the title black.
    QCOMPARE(qGray(rendered.pixel(20, 20)), 255);
    const QImage prepared = PagePipeline::prepared(page(image, 200, ColourMode::BlackWhite));
    QVERIFY(meanDifference(prepared, rendered) < 1.0);
}

void TestPagePipeline::colourPage()
{
    QImage rgb = textPage(150, 30, 12).convertToFormat(QImage::Format_RGB888);
    {
        QPainter p(&rgb);
        p.setPen(QPen(QColor(200, 20, 20), 12));
        p.drawEllipse(QPoint(900, 1400), 150, 150); // a red stamp
    }
    const EncodedPage encoded = PageEncoder::encode(page(rgb, 150, ColourMode::Colour));
    QCOMPARE(encoded.image.components, 3);
    auto pdf = PdfAssembler::assemble({encoded});
    QVERIFY(pdf.ok());
    const QImage rendered = renderPage(*pdf, 0, 150);
    const QColor stamp = rendered.pixelColor(900, 1250);
    QVERIFY2(stamp.red() > 150 && stamp.green() < 100, qPrintable(stamp.name()));
    // Stored as grey when asked for grey, whatever the image.
    QCOMPARE(PageEncoder::encode(page(rgb, 150, ColourMode::Grey)).image.components, 1);
}

void TestPagePipeline::noPagesIsAnError()
{
    auto pdf = PdfAssembler::build({});
    QVERIFY(!pdf.ok());
    QCOMPARE(pdf.error().code, Error::BadInput);
}

QTEST_MAIN(TestPagePipeline)
#include "test_pagepipeline.moc"
