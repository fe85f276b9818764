#pragma once

namespace motcua::bench {

// `motcua-bench --scan [--quick] [--device NAME]`: pages per second from the scanner to a
// stored PDF at 200 dpi grey (SANE's test device unless SANE_CONFIG_DIR and --device say
// otherwise), beside the device's own read rate; and the page pipeline alone on text-like A4
// pages, beside Qt's plain JPEG encoding of the same pages. Starts its own QGuiApplication
// (fonts, images). Returns the exit code.
int runScanBench(int argc, char** argv);

} // namespace motcua::bench
