#include "sync/CenterFileFetch.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/PortalProtocol.h"
#include "service/AppContext.h"
#include "sync/PortalClient.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QThread>

namespace motcua {

namespace P = PortalProtocol;

namespace {

Error unreachable(const QString& reason)
{
    return Error::storage(
        QCoreApplication::translate("motcua::CenterFileFetch",
                                    "The center cannot be reached (%1): the file was not fetched. Try again when the "
                                    "network is back.")
            .arg(reason));
}

Error damaged()
{
    return Error::crypto(QCoreApplication::translate(
        "motcua::CenterFileFetch",
        "The file came from the center damaged (its SHA-256 does not match): nothing was stored. Try again."));
}

} // namespace

Result<PortalConfig> CenterFileFetch::centerConfig(AppContext& app)
{
    Result<PortalConfig> config = app.sync().config();
    if (!config)
        return config.error();
    if (!config->isConfigured())
        return Error::forbidden(QCoreApplication::translate(
            "motcua::CenterFileFetch", "This workstation is not connected to a center: files kept at the center cannot "
                                       "be fetched."));
    return config;
}

Result<QByteArray> CenterFileFetch::download(const PortalConfig& config, const QString& sha256,
                                             const Progress& progress, const Options& options)
{
    SystemClock clock;
    PortalClient client(config, clock);
    QByteArray bytes = options.resumeFrom;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(bytes);
    qint64 total = -1;
    int failures = 0;
    const qint64 piece = qBound(qint64(1), options.pieceBytes, qint64(1024 * 1024));
    while (total < 0 || bytes.size() < total) {
        const PortalAnswer a =
            client.call(QStringLiteral("MC_LayTep"), {{QStringLiteral("MaTep"), sha256},
                                                      {QStringLiteral("ViTri"), QString::number(bytes.size())},
                                                      {QStringLiteral("SoByte"), QString::number(piece)}});
        if (a.outcome == PortalAnswer::Transport) {
            // A dropped connection or a timeout: again from the byte we have.
            if (++failures > options.retries)
                return unreachable(a.message);
            qCInfo(lcSync) << "file fetch: transport failure, resuming at" << bytes.size();
            QThread::msleep(static_cast<unsigned long>(options.retryPauseMs));
            continue;
        }
        if (a.outcome == PortalAnswer::Tls || a.outcome == PortalAnswer::Login)
            return Error::forbidden(a.message);
        if (a.outcome == PortalAnswer::Refused && a.code == P::Code::NotFound)
            return Error::notFound(QCoreApplication::translate(
                "motcua::CenterFileFetch",
                "The center holds no complete copy of this file: it cannot be fetched. It may "
                "still be on its way from the workstation that scanned it."));
        if (a.outcome == PortalAnswer::Refused && a.code == P::Code::UnknownService)
            return Error::notFound(QCoreApplication::translate(
                "motcua::CenterFileFetch", "This server does not send files (it is not a center): the file cannot be "
                                           "fetched."));
        if (!a.ok())
            return Error::storage(
                QCoreApplication::translate("motcua::CenterFileFetch", "The center refused to send the file: %1")
                    .arg(a.message));
        failures = 0;
        const qint64 size = static_cast<qint64>(P::number(a.body.value(QStringLiteral("TongKichThuoc"))));
        const qint64 at = static_cast<qint64>(P::number(a.body.value(QStringLiteral("ViTri"))));
        auto piece64 = QByteArray::fromBase64Encoding(a.body.value(QStringLiteral("DuLieu")).toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (size < 0 || size > AttachmentService::kMaxBytes || (total >= 0 && size != total) || at != bytes.size() ||
            !piece64 || (piece64.decoded.isEmpty() && bytes.size() < size) ||
            bytes.size() + piece64.decoded.size() > size)
            return damaged();
        total = size;
        if (options.keepPiece && !piece64.decoded.isEmpty()) {
            // Kept before it counts: a kill from here on goes on after this piece.
            if (Status kept = options.keepPiece(bytes.size(), piece64.decoded); !kept)
                qCWarning(lcSync) << "file fetch: a piece could not be kept for resuming";
        }
        hash.addData(piece64.decoded);
        bytes.append(piece64.decoded);
        if (progress && !progress(bytes.size(), total))
            return Error::conflict(QCoreApplication::translate("motcua::CenterFileFetch",
                                                               "The download was stopped: nothing was stored."));
    }
    if (QString::fromLatin1(hash.result().toHex()) != sha256)
        return damaged();
    return bytes;
}

Result<QList<CenterFileRow>> CenterFileFetch::waiting(AppContext& app, const QString& dossierCode)
{
    return CenterFileRepository(app.db()).byDossier(dossierCode.trimmed());
}

Result<AttachmentInfo> CenterFileFetch::fetchDossierFile(AppContext& app, const Actor& actor,
                                                         const QString& dossierCode, const QString& sha256,
                                                         const Progress& progress, const Options& options)
{
    const QString code = dossierCode.trimmed();
    // Already here (fetched before, or scanned at this counter): that attachment.
    Result<QList<AttachmentInfo>> have = app.attachments().list(code);
    if (!have)
        return have.error();
    for (const AttachmentInfo& a : *have) {
        if (a.sha256 == sha256)
            return a;
    }
    Result<CenterFileRow> row = CenterFileRepository(app.db()).find(code, sha256);
    if (!row)
        return row.error();
    if (!app.attachments().isUnlocked())
        return Error::forbidden(QCoreApplication::translate(
            "motcua::CenterFileFetch", "Attachments are locked: log in again with your password to open or add them."));
    Result<PortalConfig> config = centerConfig(app);
    if (!config)
        return config.error();
    // The pieces an earlier fetch of this file received, kept encrypted; damaged ones are cut.
    Options resuming = options;
    resuming.resumeFrom = keptPieces(app, sha256, row->size);
    if (!resuming.resumeFrom.isEmpty() && options.resumed)
        options.resumed(resuming.resumeFrom.size());
    resuming.keepPiece = [&app, sha256](qint64 offset, const QByteArray& piece) {
        return keepPiece(app, sha256, offset, piece);
    };
    Result<QByteArray> bytes = download(*config, sha256, progress, resuming);
    if (!bytes) {
        // Damaged pieces are not kept for the next try; anything else (network, a stop) is.
        if (bytes.error().code == Error::Crypto)
            dropPieces(app, sha256);
        return bytes.error();
    }
    Result<AttachmentInfo> stored = app.attachments().storeFetched(actor, code, sha256, row->fileName, *bytes);
    if (stored || stored.error().code == Error::Crypto)
        dropPieces(app, sha256);
    return stored;
}

QByteArray CenterFileFetch::keptPieces(AppContext& app, const QString& sha256, qint64 size)
{
    Result<std::unique_ptr<FetchParts>> parts = app.attachments().fetchParts(sha256);
    if (!parts)
        return {};
    Result<QByteArray> kept = (*parts)->load();
    if (!kept || kept->isEmpty())
        return {};
    if (kept->size() > size) {
        (*parts)->remove(); // more than the file has: not this file's pieces
        return {};
    }
    qCInfo(lcSync) << "file fetch: going on from" << kept->size() << "bytes kept";
    return *kept;
}

Status CenterFileFetch::keepPiece(AppContext& app, const QString& sha256, qint64 offset, const QByteArray& piece)
{
    Result<std::unique_ptr<FetchParts>> parts = app.attachments().fetchParts(sha256);
    if (!parts)
        return parts.error();
    return (*parts)->append(offset, piece);
}

void CenterFileFetch::dropPieces(AppContext& app, const QString& sha256)
{
    if (Result<std::unique_ptr<FetchParts>> parts = app.attachments().fetchParts(sha256))
        (*parts)->remove();
}

} // namespace motcua
