#pragma once

#include "core/Result.h"
#include "scan/ScanTypes.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>

class QThread;

namespace motcua {

class ScannerBackend;

// Runs a scan, or the listing of devices, on a worker thread so the window stays alive while
// the device works. Signals arrive on the job's own thread (the GUI's), one per page as it is
// read, so pages appear in the strip while the feeder runs. Cancel stops between reads.
class ScanJob : public QObject
{
    Q_OBJECT
public:
    // `backend` must outlive the job.
    explicit ScanJob(ScannerBackend& backend, QObject* parent = nullptr);
    // Cancels a running scan and waits for the device to let go.
    ~ScanJob() override;

    ScannerBackend& backend() const { return m_backend; }
    bool isRunning() const;

    // False when a scan or listing is already running.
    bool start(const ScanSettings& settings);
    bool listDevices();
    void cancel();
    // Blocks until the running work has finished and its signals were delivered (CLI, tests).
    void waitForFinished();

Q_SIGNALS:
    void pageScanned(int index, const motcua::ScanPage& page);
    // Percent of the page being read; -1 when the device cannot tell.
    void progress(int index, int percent);
    // The scan ended: ok, or the translated reason; `cancelled` when Cancel stopped it.
    void finished(bool ok, const QString& message, bool cancelled);
    // listDevices() ended: the devices, or the reason they could not be listed.
    void devicesListed(const QList<motcua::ScannerDevice>& devices, const QString& error);

private:
    class Sink;
    void launch(std::function<void()> work);
    void joinThread();

    ScannerBackend& m_backend;
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    bool m_busy = false;
};

} // namespace motcua
