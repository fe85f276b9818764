#pragma once

#include <QImage>
#include <QList>
#include <QLoggingCategory>
#include <QMap>
#include <QSizeF>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcScan)

namespace motcua {

// How a page is captured and stored. Grey is the counter's default: papers are mostly printed
// text and stamps, and a grey page is a third of a colour one.
enum class ColourMode { Colour, Grey, BlackWhite };

// Where the paper lies: on the glass, in the feeder, or in the feeder read on both sides.
enum class ScanSource { Flatbed, Feeder, Duplex };

// Stable keys ("color", "grey", "bw"; "flatbed", "feeder", "duplex") for the command line and
// settings, and translated names for display.
QString colourModeKey(ColourMode mode);
bool colourModeFromKey(const QString& key, ColourMode* out);
QString colourModeName(ColourMode mode);
QString scanSourceKey(ScanSource source);
bool scanSourceFromKey(const QString& key, ScanSource* out);
QString scanSourceName(ScanSource source);

// A scanner as the backend sees it.
struct ScannerDevice
{
    QString name; // what the backend opens ("test:0", "epson2:libusb:001:004")
    QString vendor;
    QString model;
    QString type; // "flatbed scanner", "sheetfed scanner", ...

    // "Vendor Model (name)" for a list.
    QString label() const;
};

// What a device can do, reduced to the choices the counter offers.
struct ScannerCapabilities
{
    QList<int> resolutions; // among 150, 200, 300 dpi: those the device can give
    QList<ColourMode> modes;
    QList<ScanSource> sources;
};

// One scan request.
struct ScanSettings
{
    QString device;
    int dpi = 200;
    ColourMode mode = ColourMode::Grey;
    ScanSource source = ScanSource::Flatbed;
    // The feeder is read until it is empty; > 0 stops after this many pages.
    int maxPages = 0;
    // The scan area from the top-left corner, clipped to the device: A4, the paper of
    // Vietnamese administration.
    QSizeF areaMm = QSizeF(210.0, 297.0);
    // Extra device options by their backend name ("test-picture" = "Grid"), for devices with
    // settings of their own and for tests.
    QMap<QString, QString> deviceOptions;
};

// A page in the pipeline: the picture and its resolution. `mode` is what it will be stored as.
struct ScanPage
{
    QImage image;
    int dpi = 200;
    ColourMode mode = ColourMode::Grey;
    QString origin; // the device or file it came from, for tooltips (never personal data)
};

// The counter's resolutions (dpi): 150 for drafts, 200 the default, 300 for small print.
QList<int> standardResolutions();

} // namespace motcua
