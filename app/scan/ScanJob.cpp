#include "scan/ScanJob.h"

#include "scan/ScannerBackend.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

namespace motcua {

// Forwards the backend's calls from the worker thread to the job's thread.
class ScanJob::Sink final : public ScanSink
{
public:
    explicit Sink(ScanJob* job)
        : m_job(job)
    {}
    void pageScanned(int index, const ScanPage& page) override
    {
        QMetaObject::invokeMethod(
            m_job, [job = m_job, index, page] { Q_EMIT job->pageScanned(index, page); }, Qt::QueuedConnection);
    }
    void pageProgress(int index, int percent) override
    {
        QMetaObject::invokeMethod(
            m_job, [job = m_job, index, percent] { Q_EMIT job->progress(index, percent); }, Qt::QueuedConnection);
    }
    bool cancelRequested() const override { return m_job->m_cancel.load(); }

private:
    ScanJob* m_job;
};

ScanJob::ScanJob(ScannerBackend& backend, QObject* parent)
    : QObject(parent)
    , m_backend(backend)
{}

ScanJob::~ScanJob()
{
    m_cancel = true;
    joinThread();
}

bool ScanJob::isRunning() const
{
    return m_busy;
}

void ScanJob::launch(std::function<void()> work)
{
    joinThread();
    m_cancel = false;
    m_busy = true;
    m_thread = QThread::create(std::move(work));
    m_thread->setObjectName(QStringLiteral("scan"));
    m_thread->start();
}

void ScanJob::joinThread()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

bool ScanJob::start(const ScanSettings& settings)
{
    if (m_busy)
        return false;
    launch([this, settings] {
        Sink sink(this);
        const Status status = m_backend.scan(settings, sink);
        const bool cancelled = !status && isScanCancelled(status.error());
        const QString message = status ? QString() : status.error().message;
        // Queued after the last page, so `finished` always comes after every `pageScanned`.
        QMetaObject::invokeMethod(
            this,
            [this, ok = status.ok(), message, cancelled] {
                m_busy = false;
                joinThread();
                Q_EMIT finished(ok, message, cancelled);
            },
            Qt::QueuedConnection);
    });
    return true;
}

bool ScanJob::listDevices()
{
    if (m_busy)
        return false;
    launch([this] {
        auto devices = m_backend.devices();
        QMetaObject::invokeMethod(
            this,
            [this, list = devices ? *devices : QList<ScannerDevice>(),
             error = devices ? QString() : devices.error().message] {
                m_busy = false;
                joinThread();
                Q_EMIT devicesListed(list, error);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void ScanJob::cancel()
{
    m_cancel = true;
}

void ScanJob::waitForFinished()
{
    if (!m_busy)
        return;
    QEventLoop loop;
    const auto quit = [&loop] { loop.quit(); };
    connect(this, &ScanJob::finished, &loop, quit);
    connect(this, &ScanJob::devicesListed, &loop, quit);
    loop.exec();
}

} // namespace motcua
