#pragma once

#include "core/Result.h"
#include "scan/ScanTypes.h"

#include <QList>
#include <QString>

#include <memory>

namespace motcua {

// Where a scan delivers its pages. Called on the thread that runs ScannerBackend::scan().
class ScanSink
{
public:
    virtual ~ScanSink();
    // A page is complete. `index` counts from 0 within the scan.
    virtual void pageScanned(int index, const ScanPage& page) = 0;
    // Progress of the page being read, 0..100 (-1 when the device cannot tell).
    virtual void pageProgress(int index, int percent) = 0;
    // Polled between reads: true stops the scan as soon as the device allows.
    virtual bool cancelRequested() const = 0;
};

// A source of scanned pages (docs/architecture.md#test-seams). The SANE backend
// drives real scanners; tests use SANE's own `test` device through it, and a platform without
// SANE gets the null backend, so the panel offers file import only.
class ScannerBackend
{
public:
    virtual ~ScannerBackend();

    // False when scanning is not built in (the null backend): the UI hides the scan controls.
    virtual bool available() const = 0;
    // The scanners attached now. Can take seconds (USB and network probing): call it off the
    // GUI thread.
    virtual Result<QList<ScannerDevice>> devices() = 0;
    virtual Result<ScannerCapabilities> capabilities(const QString& device) = 0;
    // Scans one page (flatbed) or the whole feeder (feeder, duplex) and blocks until done.
    // Pages already delivered stay delivered when a later page fails or the scan is cancelled;
    // a cancelled scan returns Conflict with a "cancelled" message. Device faults (jam, no
    // paper, cover open, unplugged) come back as translated messages.
    virtual Status scan(const ScanSettings& settings, ScanSink& sink) = 0;

    // The backend of this build: SANE when it was found at build time, else the null one.
    static std::unique_ptr<ScannerBackend> createDefault();
};

// No scanner support in this build: no devices, every scan refused with a clear message.
class NullScannerBackend final : public ScannerBackend
{
public:
    bool available() const override { return false; }
    Result<QList<ScannerDevice>> devices() override;
    Result<ScannerCapabilities> capabilities(const QString& device) override;
    Status scan(const ScanSettings& settings, ScanSink& sink) override;
};

// The message of a cancelled scan (Error::Conflict), so callers can tell it from a fault.
QString scanCancelledMessage();
bool isScanCancelled(const Error& error);

} // namespace motcua
