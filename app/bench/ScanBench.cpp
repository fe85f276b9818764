// Scanning throughput (README.md#performance): what a feeder batch costs from the device to a PDF stored in
// the encrypted attachment store, and what the page pipeline costs per page, each beside a raw
// baseline measured in the same run: the device's bare read rate, and Qt's plain JPEG of the
// same page (which misses the 150 KB budget on text pages, hence the pipeline's layers).

#include "bench/ScanBench.h"

#include "core/Dossier.h"
#include "core/Procedure.h"
#include "scan/PageEncoder.h"
#include "scan/PagePipeline.h"
#include "scan/PdfAssembler.h"
#include "scan/ScannerBackend.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QImageWriter>
#include <QLoggingCategory>
#include <QPainter>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>

namespace motcua::bench {

namespace {

using Steady = std::chrono::steady_clock;

void line(const char* name, double value, const char* unit, double baseline)
{
    if (baseline > 0)
        std::printf("%-34s %10.2f %-7s %10.2f %7.2f\n", name, value, unit, baseline, value / baseline);
    else
        std::printf("%-34s %10.2f %-7s %10s %7s\n", name, value, unit, "-", "-");
    std::fflush(stdout);
}

double seconds(Steady::time_point since)
{
    return std::chrono::duration<double>(Steady::now() - since).count();
}

class Collect final : public ScanSink
{
public:
    void pageScanned(int, const ScanPage& page) override { pages.append(page); }
    void pageProgress(int, int) override {}
    bool cancelRequested() const override { return false; }
    QList<ScanPage> pages;
};

// An A4 page of printed text at 200 dpi with the grain of paper: what a clerk scans most.
QImage textPage(int seed)
{
    const int dpi = 200;
    auto px = [dpi](double mm) { return static_cast<int>(mm / 25.4 * dpi + 0.5); };
    QImage rgb(px(210), px(297), QImage::Format_RGB32);
    rgb.fill(QColor(236, 236, 236));
    QPainter p(&rgb);
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont font(QStringLiteral("Noto Serif"));
    font.setPixelSize(px(4.2));
    p.setFont(font);
    p.setPen(QColor(30, 30, 30));
    const QString text = QStringLiteral("Kính gửi Sở Tư pháp tỉnh Kon Tum, tôi đề nghị được cấp giấy phép theo quy "
                                        "định của pháp luật hiện hành và cam đoan nội dung kê khai là đúng sự thật.");
    for (int i = 0; i < 38; ++i)
        p.drawText(px(25), px(45) + i * px(6.5), text.mid((i * 7 + seed) % 40, 88));
    p.end();
    QImage grey = rgb.convertToFormat(QImage::Format_Grayscale8);
    quint32 state = 2654435761u * static_cast<quint32>(seed + 1);
    for (int y = 0; y < grey.height(); ++y) {
        uchar* l = grey.scanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            l[x] = static_cast<uchar>(qBound(0, l[x] + static_cast<int>((state >> 8) % 13) - 6, 255));
        }
    }
    return grey;
}

// A dossier to attach to, in a temporary database, with an unlocked session.
struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<AppContext> app;
    Actor actor;
    QString code;
};

Status openStore(Store* s)
{
    AppContext::Options options;
    options.databasePath = s->dir.filePath(QStringLiteral("bench.db"));
    // Plain, as in the figures before the encryption (its first administrator would otherwise
    // encrypt it). An encrypted run beside a plain one is still to be added.
    options.encryptAtAdminLogin = false;
    options.kdfIterationsForTesting = 1000;
    auto app = AppContext::open(options);
    if (!app)
        return app.error();
    s->app = std::move(*app);
    auto admin = s->app->users().createFirstAdmin(QStringLiteral("bench"), QStringLiteral("Bench"),
                                                  QStringLiteral("bench-password"));
    if (!admin)
        return admin.error();
    s->actor = *admin;
    Dossier d;
    for (const Procedure& p : s->app->catalogue().procedures()) {
        if (p.channel(Channel::Counter)) {
            d.procedureCode = p.code;
            break;
        }
    }
    d.applicant.fullName = QStringLiteral("Nguyễn Văn A");
    d.applicant.idNumber = QStringLiteral("062090000001");
    d.applicant.birthDate = QDate(1990, 1, 1);
    auto dossier = s->app->dossiers().receive(*admin, d);
    if (!dossier)
        return dossier.error();
    s->code = dossier->code;
    return {};
}

} // namespace

int runScanBench(int argc, char** argv)
{
    // The test device unless the caller points SANE at real scanners.
    QTemporaryDir saneDir;
    if (qEnvironmentVariableIsEmpty("SANE_CONFIG_DIR")) {
        QFile dll(saneDir.filePath(QStringLiteral("dll.conf")));
        QFile conf(saneDir.filePath(QStringLiteral("test.conf")));
        if (!dll.open(QIODevice::WriteOnly) || !conf.open(QIODevice::WriteOnly))
            return 1;
        dll.write("test\n");
        conf.write("number_of_devices 1\nmode Gray\ndepth 8\ntest-picture \"Grid\"\ngeometry_max 300.0\n");
        dll.close();
        conf.close();
        qputenv("SANE_CONFIG_DIR", QFile::encodeName(saneDir.path()));
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("motcua.*.info=false\nmotcua.*.debug=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption scanOption(QStringLiteral("scan"), QStringLiteral("Scanning throughput."));
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("Fewer rounds."));
    const QCommandLineOption deviceOption(QStringLiteral("device"), QStringLiteral("Scanner (default test:0)."),
                                          QStringLiteral("NAME"), QStringLiteral("test:0"));
    for (const QCommandLineOption& o : {scanOption, quickOption, deviceOption})
        parser.addOption(o);
    parser.process(app);
    const int rounds = parser.isSet(quickOption) ? 1 : 3;

    const std::unique_ptr<ScannerBackend> backend = ScannerBackend::createDefault();
    if (!backend->available()) {
        std::fprintf(stderr, "motcua-bench: this build has no scanner support\n");
        return 1;
    }
    ScanSettings settings;
    settings.device = parser.value(deviceOption);
    settings.dpi = 200;
    settings.mode = ColourMode::Grey;
    settings.source = ScanSource::Feeder;

    Store store;
    if (Status opened = openStore(&store); !opened) {
        std::fprintf(stderr, "motcua-bench: %s\n", opened.error().message.toUtf8().constData());
        return 1;
    }

    std::printf("# scan: %s, feeder batch, 200 dpi grey, A4; pages/s, best of %d\n",
                settings.device.toUtf8().constData(), rounds);
    std::printf("# name                                  value unit      baseline   ratio\n");
    double readRate = 0, storedRate = 0;
    qint64 pdfBytes = 0;
    int pageCount = 0;
    for (int r = 0; r < rounds; ++r) {
        Collect raw;
        auto start = Steady::now();
        if (Status s = backend->scan(settings, raw); !s) {
            std::fprintf(stderr, "motcua-bench: %s\n", s.error().message.toUtf8().constData());
            return 1;
        }
        readRate = std::max(readRate, raw.pages.size() / seconds(start));

        // The whole way: scan, drop blank pages, encode, one PDF, attached (hash, encrypt,
        // durable write, rows, audit, outbox).
        start = Steady::now();
        Collect batch;
        if (Status s = backend->scan(settings, batch); !s)
            return 1;
        QList<ScanPage> pages = batch.pages;
        const QList<int> blank = PagePipeline::blankPages(pages);
        for (auto it = blank.crbegin(); it != blank.crend(); ++it)
            pages.removeAt(*it);
        auto pdf = PdfAssembler::build(pages);
        if (!pdf)
            return 1;
        auto attached =
            store.app->attachments().attach(store.actor, store.code, 0, QStringLiteral("batch-%1.pdf").arg(r), *pdf,
                                            QStringLiteral("application/pdf"), int(pages.size()));
        if (!attached) {
            std::fprintf(stderr, "motcua-bench: %s\n", attached.error().message.toUtf8().constData());
            return 1;
        }
        storedRate = std::max(storedRate, batch.pages.size() / seconds(start));
        pdfBytes = pdf->size();
        pageCount = int(pages.size());
    }
    line("scan.device_read", readRate, "pages/s", 0);
    line("scan.to_stored_pdf", storedRate, "pages/s", readRate);
    line("scan.pdf_kb_per_page(grid)", pdfBytes / 1000.0 / std::max(1, pageCount), "KB", 150);

    // The pipeline alone on text pages, beside Qt's plain JPEG (quality 70) of the same pages.
    QList<ScanPage> text;
    for (int i = 0; i < 8; ++i) {
        ScanPage p;
        p.image = textPage(i);
        p.dpi = 200;
        text.append(p);
    }
    double pipelineRate = 0, jpegRate = 0;
    qint64 pipelineBytes = 0, jpegBytes = 0;
    for (int r = 0; r < rounds; ++r) {
        auto start = Steady::now();
        pipelineBytes = 0;
        QList<EncodedPage> encoded;
        for (const ScanPage& p : text) {
            if (PagePipeline::isBlank(p.image, p.dpi))
                return 1;
            encoded.append(PageEncoder::encode(p));
        }
        auto pdf = PdfAssembler::assemble(encoded);
        if (!pdf)
            return 1;
        pipelineBytes = pdf->size();
        pipelineRate = std::max(pipelineRate, text.size() / seconds(start));

        start = Steady::now();
        jpegBytes = 0;
        for (const ScanPage& p : text) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QImageWriter writer(&buffer, "jpeg");
            writer.setQuality(70);
            writer.write(p.image);
            jpegBytes += bytes.size();
        }
        jpegRate = std::max(jpegRate, text.size() / seconds(start));
    }
    line("pipeline.text_a4_200dpi", pipelineRate, "pages/s", jpegRate);
    line("pipeline.kb_per_text_page", pipelineBytes / 1000.0 / text.size(), "KB", jpegBytes / 1000.0 / text.size());
    line("pipeline.kb_per_text_page_vs_budget", pipelineBytes / 1000.0 / text.size(), "KB", 150);
    return 0;
}

} // namespace motcua::bench
