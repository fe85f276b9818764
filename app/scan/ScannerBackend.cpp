#include "scan/ScannerBackend.h"

#include <QCoreApplication>

#ifdef MOTCUA_HAVE_SANE
#include "scan/SaneBackend.h"
#endif

namespace motcua {

ScanSink::~ScanSink() = default;
ScannerBackend::~ScannerBackend() = default;

std::unique_ptr<ScannerBackend> ScannerBackend::createDefault()
{
#ifdef MOTCUA_HAVE_SANE
    return std::make_unique<SaneBackend>();
#else
    return std::make_unique<NullScannerBackend>();
#endif
}

namespace {
Error unsupported()
{
    return Error::badInput(QCoreApplication::translate(
        "motcua::ScannerBackend",
        "This build of MotCua Desk cannot drive scanners; import the scanned files instead."));
}
} // namespace

Result<QList<ScannerDevice>> NullScannerBackend::devices()
{
    return QList<ScannerDevice>();
}

Result<ScannerCapabilities> NullScannerBackend::capabilities(const QString&)
{
    return unsupported();
}

Status NullScannerBackend::scan(const ScanSettings&, ScanSink&)
{
    return unsupported();
}

QString scanCancelledMessage()
{
    return QCoreApplication::translate("motcua::ScannerBackend", "The scan was cancelled.");
}

bool isScanCancelled(const Error& error)
{
    return error.code == Error::Conflict && error.message == scanCancelledMessage();
}

} // namespace motcua
