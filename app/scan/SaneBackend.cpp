#include "scan/SaneBackend.h"

#include "scan/SaneSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstring>

#include <poll.h>

namespace motcua {

namespace {

// After a fault, before sane_cancel. Backends that read through a helper thread (sanei_thread,
// SANE's test device among them) cancel it asynchronously, and a cancel that lands while the
// helper is still starting can deadlock inside the C library. When the backend offers a select
// descriptor, the helper has started once it has written something there; otherwise a short
// grace. Either costs the clerk nothing on an error path.
void settleBeforeCancel(SANE_Handle handle)
{
    SANE_Int fd = -1;
    if (sane_get_select_fd(handle, &fd) == SANE_STATUS_GOOD && fd >= 0) {
        pollfd ready{fd, POLLIN, 0};
        static_cast<void>(::poll(&ready, 1, 2000));
        return;
    }
    QThread::msleep(250);
}

// How long a cancelled page may run out before it is cut (readPage).
constexpr qint64 kDrainMs = 2000;

// sane_init may run once per process at a time; instances share it.
QMutex g_saneMutex;
int g_saneUsers = 0;

bool containsAny(const QString& text, std::initializer_list<const char*> words)
{
    const QString lower = text.toLower();
    for (const char* w : words) {
        if (lower.contains(QLatin1String(w)))
            return true;
    }
    return false;
}

// SANE mode names differ by driver ("Color", "Colour", "RGB", "Gray", "Grayscale", "Lineart",
// "Binary", "Black & White"); the first match wins.
QString modeValue(const QStringList& modes, ColourMode mode)
{
    for (const QString& m : modes) {
        switch (mode) {
        case ColourMode::Colour:
            if (containsAny(m, {"color", "colour", "rgb"}) && !containsAny(m, {"lineart", "halftone"}))
                return m;
            break;
        case ColourMode::Grey:
            if (containsAny(m, {"gray", "grey"}))
                return m;
            break;
        case ColourMode::BlackWhite:
            if (containsAny(m, {"lineart", "binary", "black"}) && !containsAny(m, {"color", "colour"}))
                return m;
            break;
        }
    }
    return {};
}

ScanSource sourceKind(const QString& value)
{
    if (containsAny(value, {"duplex"}))
        return ScanSource::Duplex;
    if (containsAny(value, {"adf", "feeder", "automatic document", "sheet"}))
        return ScanSource::Feeder;
    return ScanSource::Flatbed;
}

QString sourceValue(const QStringList& sources, ScanSource source)
{
    for (const QString& s : sources) {
        if (sourceKind(s) == source)
            return s;
    }
    return {};
}

bool hasDuplexSwitch(const SaneSession& session)
{
    return session.settable("duplex") || session.stringList("adf-mode").size() > 1;
}

// The resolutions the device can give, nearest first to `wanted`.
double nearestResolution(const SaneSession& session, double wanted)
{
    double lo = 0, hi = 0;
    if (session.range(SANE_NAME_SCAN_RESOLUTION, &lo, &hi))
        return std::clamp(wanted, lo, hi);
    const QList<double> list = session.wordList(SANE_NAME_SCAN_RESOLUTION);
    if (list.isEmpty())
        return wanted;
    return *std::min_element(list.begin(), list.end(),
                             [wanted](double a, double b) { return std::abs(a - wanted) < std::abs(b - wanted); });
}

// Copies one frame's lines into an image of the page.
void copyFrame(const QByteArray& data, const SANE_Parameters& p, int lines, QImage* image)
{
    const int width = p.pixels_per_line;
    const int bpl = p.bytes_per_line;
    for (int y = 0; y < lines; ++y) {
        const auto* src = reinterpret_cast<const uchar*>(data.constData()) + static_cast<qsizetype>(y) * bpl;
        uchar* dst = image->scanLine(y);
        if (p.depth == 1) {
            // SANE lineart: 1 is black, most significant bit first, like QImage::Format_Mono
            // with index 1 black.
            std::memcpy(dst, src, static_cast<size_t>((width + 7) / 8));
        } else if (p.format == SANE_FRAME_GRAY || p.format == SANE_FRAME_RGB) {
            const int channels = p.format == SANE_FRAME_RGB ? 3 : 1;
            if (p.depth == 8) {
                std::memcpy(dst, src, static_cast<size_t>(width * channels));
            } else {
                // 16-bit samples in the machine's byte order: keep the high byte.
                const auto* words = reinterpret_cast<const quint16*>(src);
                for (int x = 0; x < width * channels; ++x)
                    dst[x] = static_cast<uchar>(words[x] >> 8);
            }
        } else {
            // One colour of a three-pass scan into its channel of the RGB888 line.
            const int channel = p.format == SANE_FRAME_RED ? 0 : p.format == SANE_FRAME_GREEN ? 1 : 2;
            for (int x = 0; x < width; ++x) {
                const uchar v =
                    p.depth == 8 ? src[x] : static_cast<uchar>(reinterpret_cast<const quint16*>(src)[x] >> 8);
                dst[x * 3 + channel] = v;
            }
        }
    }
}

} // namespace

SaneBackend::SaneBackend()
{
    QMutexLocker lock(&g_saneMutex);
    if (g_saneUsers++ == 0) {
        SANE_Int version = 0;
        const SANE_Status status = sane_init(&version, nullptr);
        if (status != SANE_STATUS_GOOD)
            qCWarning(lcScan) << "sane_init:" << sane_strstatus(status);
    }
}

SaneBackend::~SaneBackend()
{
    QMutexLocker lock(&g_saneMutex);
    if (--g_saneUsers == 0)
        sane_exit();
}

Result<QList<ScannerDevice>> SaneBackend::devices()
{
    QMutexLocker lock(&g_saneMutex);
    const SANE_Device** list = nullptr;
    const SANE_Status status = sane_get_devices(&list, SANE_FALSE);
    if (status != SANE_STATUS_GOOD)
        return saneError(status);
    QList<ScannerDevice> devices;
    for (const SANE_Device** d = list; d && *d; ++d) {
        devices.append(ScannerDevice{QString::fromUtf8((*d)->name), QString::fromUtf8((*d)->vendor),
                                     QString::fromUtf8((*d)->model), QString::fromUtf8((*d)->type)});
    }
    return devices;
}

Result<ScannerCapabilities> SaneBackend::capabilities(const QString& device)
{
    auto session = SaneSession::open(device);
    if (!session)
        return session.error();
    SaneSession& s = **session;
    ScannerCapabilities caps;
    for (int dpi : standardResolutions()) {
        if (std::abs(nearestResolution(s, dpi) - dpi) < 0.5)
            caps.resolutions.append(dpi);
    }
    if (caps.resolutions.isEmpty())
        caps.resolutions.append(static_cast<int>(std::lround(nearestResolution(s, 200))));

    const QStringList modes = s.stringList(SANE_NAME_SCAN_MODE);
    if (modes.isEmpty() || !modeValue(modes, ColourMode::Colour).isEmpty())
        caps.modes.append(ColourMode::Colour);
    if (modes.isEmpty() || !modeValue(modes, ColourMode::Grey).isEmpty())
        caps.modes.append(ColourMode::Grey);
    // Black and white is always offered: without a lineart mode the grey scan is thresholded.
    caps.modes.append(ColourMode::BlackWhite);

    const QStringList sources = s.stringList(SANE_NAME_SCAN_SOURCE);
    if (sources.isEmpty()) {
        caps.sources.append(ScanSource::Flatbed);
    } else {
        for (ScanSource kind : {ScanSource::Flatbed, ScanSource::Feeder, ScanSource::Duplex}) {
            if (!sourceValue(sources, kind).isEmpty())
                caps.sources.append(kind);
        }
        if (caps.sources.contains(ScanSource::Feeder) && !caps.sources.contains(ScanSource::Duplex) &&
            hasDuplexSwitch(s)) {
            caps.sources.append(ScanSource::Duplex);
        }
    }
    return caps;
}

Status SaneBackend::configure(SaneSession& s, const ScanSettings& settings, int* actualDpi, bool* softwareBw)
{
    // Mode first: drivers reload the other options (depth, resolution list) when it changes.
    const QStringList modes = s.stringList(SANE_NAME_SCAN_MODE);
    *softwareBw = false;
    if (!modes.isEmpty()) {
        QString value = modeValue(modes, settings.mode);
        if (value.isEmpty() && settings.mode == ColourMode::BlackWhite) {
            value = modeValue(modes, ColourMode::Grey);
            *softwareBw = true;
        }
        if (value.isEmpty())
            return Error::badInput(QCoreApplication::translate("motcua::SaneBackend", "The scanner cannot scan in %1.")
                                       .arg(colourModeName(settings.mode)));
        if (const SANE_Status st = s.setString(SANE_NAME_SCAN_MODE, value); st != SANE_STATUS_GOOD)
            return saneError(st);
    } else if (settings.mode == ColourMode::BlackWhite) {
        *softwareBw = true;
    }
    if (s.settable(SANE_NAME_BIT_DEPTH) && !(settings.mode == ColourMode::BlackWhite && !*softwareBw))
        s.setNumber(SANE_NAME_BIT_DEPTH, 8); // a refusal keeps the driver's depth: 16 bits are read too

    const QStringList sources = s.stringList(SANE_NAME_SCAN_SOURCE);
    if (!sources.isEmpty()) {
        QString value = sourceValue(sources, settings.source);
        const bool duplexBySwitch = value.isEmpty() && settings.source == ScanSource::Duplex && hasDuplexSwitch(s);
        if (duplexBySwitch)
            value = sourceValue(sources, ScanSource::Feeder);
        if (value.isEmpty()) {
            return Error::badInput(QCoreApplication::translate("motcua::SaneBackend", "The scanner has no %1.")
                                       .arg(scanSourceName(settings.source)));
        }
        if (const SANE_Status st = s.setString(SANE_NAME_SCAN_SOURCE, value); st != SANE_STATUS_GOOD)
            return saneError(st);
        if (s.settable("duplex"))
            s.setBool("duplex", settings.source == ScanSource::Duplex);
        const QStringList adfModes = s.stringList("adf-mode");
        for (const QString& m : adfModes) {
            if (containsAny(m, {"duplex"}) == (settings.source == ScanSource::Duplex)) {
                s.setString("adf-mode", m);
                break;
            }
        }
    } else if (settings.source != ScanSource::Flatbed) {
        return Error::badInput(QCoreApplication::translate("motcua::SaneBackend", "The scanner has no %1.")
                                   .arg(scanSourceName(settings.source)));
    }

    // The resolution is always set: some drivers (SANE's test device among them) default to
    // a useless one.
    const double dpi = nearestResolution(s, settings.dpi);
    if (const SANE_Status st = s.setNumber(SANE_NAME_SCAN_RESOLUTION, dpi);
        st != SANE_STATUS_GOOD && st != SANE_STATUS_UNSUPPORTED) {
        return saneError(st);
    }
    *actualDpi = static_cast<int>(std::lround(s.number(SANE_NAME_SCAN_RESOLUTION).value_or(dpi)));

    // The scan area: the requested size from the device's top-left corner, clipped.
    const std::pair<const char*, double> geometry[] = {
        {SANE_NAME_SCAN_TL_X, 0.0},
        {SANE_NAME_SCAN_TL_Y, 0.0},
        {SANE_NAME_SCAN_BR_X, settings.areaMm.width()},
        {SANE_NAME_SCAN_BR_Y, settings.areaMm.height()},
    };
    for (const auto& [name, mm] : geometry) {
        const SANE_Option_Descriptor* d = s.option(name);
        double lo = 0, hi = 0;
        if (!d || d->unit != SANE_UNIT_MM || !s.range(name, &lo, &hi))
            continue;
        s.setNumber(name, std::clamp(lo + mm, lo, hi));
    }

    for (auto it = settings.deviceOptions.cbegin(); it != settings.deviceOptions.cend(); ++it) {
        const SANE_Status st = s.setFromText(it.key(), it.value());
        if (st != SANE_STATUS_GOOD) {
            return Error::badInput(
                QCoreApplication::translate("motcua::SaneBackend", "The scanner refused the option %1 = %2: %3")
                    .arg(it.key(), it.value(), QString::fromUtf8(sane_strstatus(st))));
        }
    }
    return {};
}

Result<ScanPage> SaneBackend::readPage(SaneSession& s, int index, ScanSink& sink, bool* feederEmpty)
{
    *feederEmpty = false;
    QImage image;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    bool last = false;
    while (!last) {
        if (sink.cancelRequested())
            return Error::conflict(scanCancelledMessage());
        const SANE_Status started = sane_start(s.handle());
        if (started != SANE_STATUS_GOOD) {
            *feederEmpty = started == SANE_STATUS_NO_DOCS && image.isNull();
            return saneError(started);
        }
        SANE_Parameters p;
        if (const SANE_Status st = sane_get_parameters(s.handle(), &p); st != SANE_STATUS_GOOD)
            return saneError(st);
        last = p.last_frame == SANE_TRUE;
        if (p.bytes_per_line <= 0 || p.pixels_per_line <= 0 || (p.depth != 1 && p.depth != 8 && p.depth != 16))
            return Error::internal(QCoreApplication::translate("motcua::SaneBackend",
                                                               "The scanner sent an image format MotCua "
                                                               "Desk cannot read."));
        // Hand-held devices do not know the height in advance (lines = -1): read to the end.
        const qint64 expected = p.lines > 0 ? static_cast<qint64>(p.lines) * p.bytes_per_line : -1;
        QByteArray data;
        if (expected > 0)
            data.reserve(expected);
        int lastPercent = -2;
        // Cancel in the middle of a page lets the page run out for up to kDrainMs before
        // sane_cancel: the sheet in the feeder is ejected normally, and backends that read
        // through a helper thread are not cancelled mid-transfer (see scan()).
        QElapsedTimer draining;
        for (;;) {
            if (sink.cancelRequested() && !draining.isValid())
                draining.start();
            if (draining.isValid() && draining.elapsed() > kDrainMs)
                return Error::conflict(scanCancelledMessage());
            SANE_Int got = 0;
            const SANE_Status st = sane_read(s.handle(), reinterpret_cast<SANE_Byte*>(buffer.data()),
                                             static_cast<SANE_Int>(buffer.size()), &got);
            if (st == SANE_STATUS_EOF) {
                if (draining.isValid())
                    return Error::conflict(scanCancelledMessage());
                break;
            }
            if (st != SANE_STATUS_GOOD)
                return saneError(st); // scan() ends the job with sane_cancel
            if (draining.isValid())
                continue;
            data.append(buffer.constData(), got);
            const int percent =
                expected > 0 ? static_cast<int>(std::min<qint64>(100, data.size() * 100 / expected)) : -1;
            if (percent != lastPercent) {
                sink.pageProgress(index, percent);
                lastPercent = percent;
            }
        }
        const int lines = static_cast<int>(data.size() / p.bytes_per_line);
        if (lines <= 0)
            return Error::storage(
                QCoreApplication::translate("motcua::SaneBackend", "The scanner sent an empty page."));
        if (image.isNull()) {
            QImage::Format format = QImage::Format_Grayscale8;
            if (p.depth == 1 && p.format == SANE_FRAME_GRAY)
                format = QImage::Format_Mono;
            else if (p.format != SANE_FRAME_GRAY)
                format = QImage::Format_RGB888;
            image = QImage(p.pixels_per_line, lines, format);
            if (image.isNull())
                return saneError(SANE_STATUS_NO_MEM);
            if (format == QImage::Format_Mono)
                image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
            if (format == QImage::Format_RGB888)
                image.fill(Qt::black);
        }
        copyFrame(data, p, std::min(lines, image.height()), &image);
    }
    sink.pageProgress(index, 100);
    ScanPage page;
    page.image = image;
    return page;
}

Status SaneBackend::scan(const ScanSettings& settings, ScanSink& sink)
{
    auto opened = SaneSession::open(settings.device);
    if (!opened)
        return opened.error();
    SaneSession& s = **opened;
    int dpi = settings.dpi;
    bool softwareBw = false;
    if (Status configured = configure(s, settings, &dpi, &softwareBw); !configured)
        return configured;

    const bool feeder = settings.source != ScanSource::Flatbed;
    const int limit = feeder ? settings.maxPages : 1;
    int index = 0;
    Status result;
    while (limit <= 0 || index < limit) {
        bool feederEmpty = false;
        Result<ScanPage> page = readPage(s, index, sink, &feederEmpty);
        if (!page) {
            // An empty feeder after the first page is the normal end of a batch.
            if (!(feeder && index > 0 && feederEmpty))
                result = page.error();
            break;
        }
        page->dpi = dpi;
        page->mode = settings.mode;
        page->origin = settings.device;
        if (softwareBw)
            page->image = page->image.convertToFormat(QImage::Format_Grayscale8);
        sink.pageScanned(index, *page);
        ++index;
    }
    // Ends the batch (and the feeder's job) whatever happened.
    if (!result.ok())
        settleBeforeCancel(s.handle());
    sane_cancel(s.handle());
    qCInfo(lcScan) << "scanned" << index << "page(s) at" << dpi << "dpi from" << settings.device;
    return result;
}

} // namespace motcua
