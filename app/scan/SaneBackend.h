#pragma once

#include "scan/ScannerBackend.h"

namespace motcua {

class SaneSession;

// Real scanners through SANE (libsane). sane_init/sane_exit are counted across the instances
// of the process, and listing devices is serialised (SANE keeps one device list). A scan
// opens, drives and closes its device wholly on the calling thread (ScanJob gives it a worker
// thread), so a slow device never blocks the GUI.
class SaneBackend final : public ScannerBackend
{
public:
    SaneBackend();
    ~SaneBackend() override;

    bool available() const override { return true; }
    Result<QList<ScannerDevice>> devices() override;
    Result<ScannerCapabilities> capabilities(const QString& device) override;
    Status scan(const ScanSettings& settings, ScanSink& sink) override;

private:
    Status configure(SaneSession& session, const ScanSettings& settings, int* actualDpi, bool* softwareBw);
    // Reads one page (all its frames). *feederEmpty is true when the device had no paper to
    // start it: after the first page of a feeder batch that is the normal end.
    Result<ScanPage> readPage(SaneSession& session, int index, ScanSink& sink, bool* feederEmpty);
};

} // namespace motcua
