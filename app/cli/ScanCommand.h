#pragma once

#include <QStringList>

namespace motcua::cli {

// `motcuactl scan --device NAME [--pages N] [--dpi D] [--mode grey|color|bw]
// [--source flatbed|feeder|duplex] [--drop-blank] [--crop] --out FILE.pdf` scans one page
// (flatbed) or a feeder batch into one PDF through the page pipeline the desktop app uses;
// `motcuactl scan --list` prints the scanners. Needs no database. Needs Qt Gui (images, PDF),
// so main() starts a QGuiApplication on the offscreen platform for it.
class ScanCommand
{
public:
    static int run(const QStringList& arguments);
    static bool needsGui(const QStringList& arguments);
};

} // namespace motcua::cli
