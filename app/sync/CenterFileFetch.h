#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "service/AttachmentService.h"
#include "store/CenterFileRepository.h"
#include "sync/PortalConfig.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace motcua {

class AppContext;
class Clock;

// How CenterFileFetch downloads.
struct CenterFileFetchOptions
{
    qint64 pieceBytes = 1024 * 1024; // per MC_LayTep (the center sends at most 1 MiB)
    int retries = 4;                 // transport failures in a row before giving up
    int retryPauseMs = 500;
    // Resuming: the bytes a download cut short kept (checked when kept), and where each new
    // piece is kept before the next is asked for. download() starts after `resumeFrom`.
    QByteArray resumeFrom;
    std::function<Status(qint64 offset, const QByteArray& piece)> keepPiece;
    // Told how many bytes a fetch goes on from, when it goes on from kept ones.
    std::function<void(qint64 kept)> resumed;
};

/*
 * Files of dossiers received elsewhere, fetched from the center when a clerk opens them
 * (MC_LayTep, docs/protocol.md 3.20). The center's feed lists a dossier's files
 * (CenterFileRepository); fetching one downloads it in pieces over the station's own pinned
 * TLS connection to the center, goes on from the byte it has after a dropped connection, checks
 * the SHA-256 of the whole, and only then stores it encrypted as a scan is stored
 * (AttachmentService::storeFetched, one commit). A fetch that fails or is killed records
 * nothing: the file stays listed as at the center. The pieces received so far are kept
 * encrypted (AttachmentService::fetchParts), so the next fetch of the file, after a kill or a
 * lost network, asks only for the bytes after them.
 */
class CenterFileFetch
{
public:
    // Bytes so far and the whole size; answer false to stop the download.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    using Options = CenterFileFetchOptions;

    // The whole file from the center, checked against `sha256`. No database: safe on any
    // thread (the GUI runs it on a worker and stores the bytes on its own thread).
    static Result<QByteArray> download(const PortalConfig& config, const QString& sha256, const Progress& progress = {},
                                       const Options& options = {});

    // THE call for other code: fetches file `sha256` of dossier `dossierCode` (listed as at the
    // center) and stores it; the new attachment. Blocking. Also answers a file that is
    // already an attachment of the dossier here (nothing is downloaded then).
    static Result<AttachmentInfo> fetchDossierFile(AppContext& app, const Actor& actor, const QString& dossierCode,
                                                   const QString& sha256, const Progress& progress = {},
                                                   const Options& options = {});

    // Resuming, for a caller that downloads itself (the GUI's worker thread) and keeps the
    // pieces on its own thread, since the data key may go at a logout meanwhile:
    // the bytes an earlier fetch of `sha256` kept, checked, to go on from (empty when none, or
    // when attachments are locked); pieces that cannot be this file's (more than its `size`) go.
    static QByteArray keptPieces(AppContext& app, const QString& sha256, qint64 size);
    // Keeps the piece that starts at `offset` (the bytes kept so far) for the next fetch.
    static Status keepPiece(AppContext& app, const QString& sha256, qint64 offset, const QByteArray& piece);
    // The fetch ended for good (the file stored, or it came damaged): its kept pieces go.
    static void dropPieces(AppContext& app, const QString& sha256);

    // The files of the dossier still at the center.
    static Result<QList<CenterFileRow>> waiting(AppContext& app, const QString& dossierCode);

    // The station's connection to its center; a translated error when it has none.
    static Result<PortalConfig> centerConfig(AppContext& app);
};

} // namespace motcua
