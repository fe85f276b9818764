#include "dossiers/CenterFileBar.h"

#include "service/AppContext.h"
#include "sync/CenterFileFetch.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <mutex>

namespace motcua {

// One download: shared by the worker thread and the GUI thread.
struct CenterFileBar::Run
{
    QString code;
    QString sha256;
    bool open = false;
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> stop{false};
    Result<QByteArray> bytes = Error::internal(QString());
    // Pieces received and not yet kept: the worker adds them, the GUI thread keeps them (the
    // data key is the GUI thread's, and goes at a logout).
    std::mutex lock;
    QList<QPair<qint64, QByteArray>> unkept;

    void keepReceived(AppContext& context)
    {
        QList<QPair<qint64, QByteArray>> pieces;
        {
            const std::lock_guard<std::mutex> guard(lock);
            pieces.swap(unkept);
        }
        for (const auto& [offset, piece] : pieces) {
            if (!CenterFileFetch::keepPiece(context, sha256, offset, piece))
                return; // not kept (locked, disk): the next fetch goes on from what was
        }
    }
};

CenterFileBar::CenterFileBar(AppContext& context, const Actor& actor, const QString& code, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(actor)
    , m_code(code)
{
    m_button = new QPushButton(tr("&Download from the center"), this);
    m_button->setObjectName(QStringLiteral("center-file-download"));
    m_button->setToolTip(tr("The file is kept at the center: fetch it to this workstation (stored encrypted)"));
    m_button->setAutoDefault(false);
    m_button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("center-file-progress"));
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addWidget(m_progress, 1);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (!m_sha.isEmpty())
            fetch(m_sha, false);
    });
    setFile(QString());
}

CenterFileBar::~CenterFileBar()
{
    if (m_run)
        m_run->stop = true;
}

void CenterFileBar::setFile(const QString& sha256)
{
    m_sha = sha256;
    m_button->setVisible(!sha256.isEmpty());
    m_button->setEnabled(!sha256.isEmpty() && !isBusy());
}

bool CenterFileBar::isBusy() const
{
    return m_run != nullptr;
}

void CenterFileBar::fetch(const QString& sha256, bool open)
{
    if (m_run)
        return;
    if (!m_context.attachments().isUnlocked()) {
        Q_EMIT failed(tr("Attachments are locked: log in again with your password to open or add them."));
        return;
    }
    Result<PortalConfig> config = CenterFileFetch::centerConfig(m_context);
    if (!config) {
        Q_EMIT failed(config.error().message);
        return;
    }
    auto run = std::make_shared<Run>();
    run->code = m_code;
    run->sha256 = sha256;
    run->open = open;
    // An earlier download of the file cut short (a closed dialog, the network gone, a kill)
    // goes on from the pieces it kept, as `motcuactl attach fetch` does.
    CenterFileFetch::Options options;
    if (auto listed = CenterFileRepository(m_context.db()).find(m_code, sha256))
        options.resumeFrom = CenterFileFetch::keptPieces(m_context, sha256, listed->size);
    options.keepPiece = [run](qint64 offset, const QByteArray& piece) {
        const std::lock_guard<std::mutex> guard(run->lock);
        run->unkept.append({offset, piece});
        return Status();
    };
    m_run = run;
    Q_EMIT started();
    m_button->setEnabled(false);
    m_progress->setRange(0, 0); // busy until the size is known
    m_progress->setVisible(true);
    auto* timer = new QTimer(this);
    timer->setInterval(100);
    connect(timer, &QTimer::timeout, this, [this, run] {
        run->keepReceived(m_context);
        const qint64 total = run->total;
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(static_cast<int>(run->done * 1000 / total));
        }
    });
    timer->start();
    const PortalConfig cfg = *config;
    QThread* thread = QThread::create([cfg, run, options] {
        run->bytes = CenterFileFetch::download(
            cfg, run->sha256,
            [run](qint64 done, qint64 total) {
                run->done = done;
                run->total = total;
                return !run->stop;
            },
            options);
    });
    thread->setObjectName(QStringLiteral("center-file"));
    connect(thread, &QThread::finished, this, [this, run, timer] {
        timer->deleteLater();
        finish(run);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void CenterFileBar::finish(const std::shared_ptr<Run>& run)
{
    m_run.reset();
    m_progress->setVisible(false);
    setFile(m_sha);
    run->keepReceived(m_context);
    if (!run->bytes) {
        // Damaged pieces are not kept for the next try; anything else (network, a stop) is.
        if (run->bytes.error().code == Error::Crypto)
            CenterFileFetch::dropPieces(m_context, run->sha256);
        Q_EMIT failed(run->bytes.error().message);
        return;
    }
    auto listed = CenterFileRepository(m_context.db()).find(run->code, run->sha256);
    if (!listed) {
        Q_EMIT failed(listed.error().message);
        return;
    }
    auto stored = m_context.attachments().storeFetched(m_actor, run->code, run->sha256, listed->fileName, *run->bytes);
    if (stored || stored.error().code == Error::Crypto)
        CenterFileFetch::dropPieces(m_context, run->sha256);
    if (!stored) {
        Q_EMIT failed(stored.error().message);
        return;
    }
    Q_EMIT fetched(stored->id, run->open);
}

} // namespace motcua
