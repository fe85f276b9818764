#include "cli/ScanCommand.h"

#include "cli/CliContext.h"
#include "core/ErrorText.h"
#include "core/PrivateFiles.h"
#include "scan/PagePipeline.h"
#include "scan/PdfAssembler.h"
#include "scan/ScannerBackend.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <cstdio>

namespace motcua::cli {

namespace {

// Pages as they come, with a line on stderr for each so a long batch shows it is alive.
class CommandSink final : public ScanSink
{
public:
    explicit CommandSink(bool quiet)
        : m_quiet(quiet)
    {}
    void pageScanned(int index, const ScanPage& page) override
    {
        pages.append(page);
        if (!m_quiet) {
            const QByteArray line =
                QCoreApplication::translate("motcua::ScanCommand", "Page %1 scanned.\n").arg(index + 1).toUtf8();
            std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
        }
    }
    void pageProgress(int, int) override {}
    bool cancelRequested() const override { return false; }
    QList<ScanPage> pages;

private:
    bool m_quiet;
};

} // namespace

bool ScanCommand::needsGui(const QStringList& arguments)
{
    QStringList rest = arguments;
    return takeCommandWord(&rest) == QLatin1String("scan");
}

int ScanCommand::run(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("scan"), arguments);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::ScanCommand",
        "Scans one page from the flatbed, or a batch from the feeder, into one PDF: blank borders and "
        "blank pages can be removed, and a grey A4 page at 200 dpi takes at most 150 KB. --list shows "
        "the scanners. Needs no database."));
    const QCommandLineOption listOption(
        QStringLiteral("list"), QCoreApplication::translate("motcua::ScanCommand", "List the scanners and exit."));
    const QCommandLineOption deviceOption(
        QStringLiteral("device"),
        QCoreApplication::translate("motcua::ScanCommand", "The scanner, as --list names it."), QStringLiteral("NAME"));
    const QCommandLineOption pagesOption(
        QStringLiteral("pages"),
        QCoreApplication::translate("motcua::ScanCommand",
                                    "Scan from the feeder, at most N pages (0: until it is empty)."),
        QStringLiteral("N"));
    const QCommandLineOption dpiOption(
        QStringLiteral("dpi"), QCoreApplication::translate("motcua::ScanCommand", "150, 200 or 300 (default 200)."),
        QStringLiteral("D"), QStringLiteral("200"));
    const QCommandLineOption modeOption(
        QStringLiteral("mode"), QCoreApplication::translate("motcua::ScanCommand", "grey, color or bw (default grey)."),
        QStringLiteral("MODE"), QStringLiteral("grey"));
    const QCommandLineOption sourceOption(
        QStringLiteral("source"),
        QCoreApplication::translate("motcua::ScanCommand",
                                    "flatbed, feeder or duplex (default: feeder with --pages, else "
                                    "flatbed)."),
        QStringLiteral("SOURCE"));
    const QCommandLineOption blankOption(QStringLiteral("drop-blank"),
                                         QCoreApplication::translate("motcua::ScanCommand", "Leave out blank pages."));
    const QCommandLineOption cropOption(QStringLiteral("crop"),
                                        QCoreApplication::translate("motcua::ScanCommand", "Crop blank borders."));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("motcua::ScanCommand", "The PDF file to write."),
                                       QStringLiteral("FILE.pdf"));
    for (const QCommandLineOption* o : {&listOption, &deviceOption, &pagesOption, &dpiOption, &modeOption,
                                        &sourceOption, &blankOption, &cropOption, &outOption})
        ctx.parser().addOption(*o);
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    const QCommandLineParser& p = ctx.parser();
    const std::unique_ptr<ScannerBackend> backend = ScannerBackend::createDefault();

    if (p.isSet(listOption)) {
        auto devices = backend->devices();
        if (!devices)
            return ctx.fail(devices.error());
        if (ctx.json()) {
            QJsonArray list;
            for (const ScannerDevice& d : *devices)
                list.append(QJsonObject{{QStringLiteral("name"), d.name},
                                        {QStringLiteral("vendor"), d.vendor},
                                        {QStringLiteral("model"), d.model},
                                        {QStringLiteral("type"), d.type}});
            ctx.printJson(list);
        } else if (devices->isEmpty()) {
            ctx.print(backend->available()
                          ? QCoreApplication::translate("motcua::ScanCommand", "No scanner found.")
                          : QCoreApplication::translate("motcua::ScanCommand", "This build cannot drive scanners."));
        } else {
            QList<QStringList> rows;
            for (const ScannerDevice& d : *devices)
                rows.append({d.name, QStringList{d.vendor, d.model}.join(QLatin1Char(' ')), d.type});
            ctx.printTable({{QCoreApplication::translate("motcua::ScanCommand", "Device")},
                            {QCoreApplication::translate("motcua::ScanCommand", "Scanner")},
                            {QCoreApplication::translate("motcua::ScanCommand", "Type")}},
                           rows);
        }
        return ExitOk;
    }

    ScanSettings settings;
    settings.device = p.value(deviceOption).trimmed();
    if (settings.device.isEmpty())
        return ctx.usageError(
            QCoreApplication::translate("motcua::ScanCommand", "--device NAME is required (see --list)."));
    if (!p.isSet(outOption) || p.value(outOption).isEmpty())
        return ctx.usageError(QCoreApplication::translate("motcua::ScanCommand", "--out FILE.pdf is required."));
    bool number = false;
    settings.dpi = p.value(dpiOption).toInt(&number);
    if (!number || !standardResolutions().contains(settings.dpi))
        return ctx.usageError(QCoreApplication::translate("motcua::ScanCommand", "--dpi is 150, 200 or 300."));
    if (!colourModeFromKey(p.value(modeOption), &settings.mode))
        return ctx.usageError(QCoreApplication::translate("motcua::ScanCommand", "--mode is grey, color or bw."));
    settings.source = ScanSource::Flatbed;
    if (p.isSet(pagesOption)) {
        settings.maxPages = p.value(pagesOption).toInt(&number);
        if (!number || settings.maxPages < 0)
            return ctx.usageError(
                QCoreApplication::translate("motcua::ScanCommand", "--pages is a number, 0 for the whole feeder."));
        settings.source = ScanSource::Feeder;
    }
    if (p.isSet(sourceOption) && !scanSourceFromKey(p.value(sourceOption), &settings.source))
        return ctx.usageError(
            QCoreApplication::translate("motcua::ScanCommand", "--source is flatbed, feeder or duplex."));

    CommandSink sink(ctx.json());
    const Status scanned = backend->scan(settings, sink);
    if (!scanned)
        return ctx.fail(scanned.error());

    QList<ScanPage> pages = sink.pages;
    int dropped = 0;
    if (p.isSet(blankOption)) {
        const QList<int> blank = PagePipeline::blankPages(pages);
        for (auto it = blank.crbegin(); it != blank.crend(); ++it)
            pages.removeAt(*it);
        dropped = static_cast<int>(blank.size());
    }
    if (p.isSet(cropOption)) {
        for (ScanPage& page : pages)
            page.image = PagePipeline::cropBorders(page.image, page.dpi);
    }
    if (pages.isEmpty())
        return ctx.fail(Error::badInput(
            QCoreApplication::translate("motcua::ScanCommand", "Every page was blank: nothing written.")));
    auto pdf = PdfAssembler::build(pages);
    if (!pdf)
        return ctx.fail(pdf.error());

    // QSaveFile: a reader never sees half a PDF, and a failed write leaves the old file.
    const QString path = p.value(outOption);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !commitPrivate(file)) {
        return ctx.fail(Error::storage(
            QCoreApplication::translate("motcua::ScanCommand", "Cannot write %1: %2").arg(path, fileErrorText(file))));
    }
    if (ctx.json()) {
        ctx.printJson(
            QJsonObject{{QStringLiteral("device"), settings.device},
                        {QStringLiteral("dpi"), settings.dpi},
                        {QStringLiteral("mode"), colourModeKey(settings.mode)},
                        {QStringLiteral("source"), scanSourceKey(settings.source)},
                        {QStringLiteral("scanned"), static_cast<int>(sink.pages.size())},
                        {QStringLiteral("blank_dropped"), dropped},
                        {QStringLiteral("pages"), static_cast<int>(pages.size())},
                        {QStringLiteral("file"), path},
                        {QStringLiteral("bytes"), static_cast<qint64>(pdf->size())},
                        {QStringLiteral("sha256"),
                         QString::fromLatin1(QCryptographicHash::hash(*pdf, QCryptographicHash::Sha256).toHex())}});
    } else {
        ctx.print(QCoreApplication::translate("motcua::ScanCommand", "%n page(s) written to %1 (%2).", nullptr,
                                              static_cast<int>(pages.size()))
                      .arg(path, QLocale().formattedDataSize(pdf->size())) +
                  (dropped > 0
                       ? QLatin1Char(' ') + QCoreApplication::translate("motcua::ScanCommand",
                                                                        "%n blank page(s) left out.", nullptr, dropped)
                       : QString()));
    }
    return ExitOk;
}

} // namespace motcua::cli
