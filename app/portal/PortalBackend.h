#pragma once

#include "core/Result.h"
#include "portal/PortalReply.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace motcua {

class PortalOnline;

// One validated dossier object of DongBoHoSoMC.
struct PortalDossierRow
{
    QString code, madonvi, procedure, department, applicant, channel, status;
    QString receivedAt, dueAt, finishedAt, returnedAt; // portal dates, "" when absent
    QJsonObject data;
};

// One validated row of CapNhatTienDoHoSoMC.
struct PortalHistoryRow
{
    QString id, code, status, at;
    QJsonObject data;
};

// MC_LayTrangThai: decisions after a cursor, and whether more wait.
struct PortalChanges
{
    QJsonArray rows;
    qint64 next = 0;
    bool more = false;
};

// The largest chunk of one MC_TaiTep request.
inline constexpr qint64 kMaxUploadChunk = 4 * 1024 * 1024;

// A dossier as the HTML page lists it.
struct PortalListed
{
    QString code, procedure, department, applicant, receivedAt, dueAt, status, centralStatus;
    int history = 0;
    int files = 0;
};

// One chunk of MC_TaiTep, validated.
struct PortalChunk
{
    QString sha256;   // MaTep
    QString dossier;  // MaHoSo
    QString fileName; // TenTep
    qint64 total = 0; // TongKichThuoc
    qint64 offset = 0;
    QByteArray data; // decoded
    // The paper it was attached to at its counter (ours, optional): its 1-based place among the
    // dossier's papers (0: none) and name, its page count, whether it is the result.
    int paperIndex = 0;
    QString paperName;
    int pageCount = 0;
    bool result = false;
};

// MC_LayTep: a piece of a complete file and the file's whole size.
struct PortalFileSlice
{
    qint64 total = 0;
    QByteArray data;
};

// The largest piece one MC_LayTep answer carries (PROTOCOL.md 3.20).
inline constexpr qint64 kMaxDownloadSlice = 1024 * 1024;

// MC_DauChuoi: a station's audit trail head and the MACs it holds now for earlier heads.
struct PortalAuditHead
{
    int station = 0;
    qint64 seq = 0;
    QByteArray mac;
    QList<QPair<qint64, QByteArray>> earlier;
    // Came in an offline bundle, which may be imported after later heads went online: one
    // older than the kept head is then no alert (and changes nothing).
    bool fromBundle = false;
};
// What the store made of it: kept, or refused with the reason ("backwards", "changed",
// "unlinked") and the head it keeps.
struct PortalAuditVerdict
{
    bool accepted = true;
    QString reason;
    qint64 keptSeq = 0;
};

// Where a server of the workstation protocol keeps what it is sent (PROTOCOL.md): the reference
// portal on SQLite and a folder (SqliteBackend), the center server on PostgreSQL (app/center).
// PortalServices validates each request like a real portal and then makes one call here; every
// call that writes is one transaction of its own, so a process killed at any point leaves either
// all of a request or none of it.
class PortalBackend
{
public:
    virtual ~PortalBackend() = default;

    // DongBoHoSoMC: adds the rows (or with `updating` replaces them) in one transaction. The
    // index of the first row that an add met already stored, or an update met missing, with
    // nothing stored; -1 when all were stored.
    virtual Result<int> storeDossiers(const QList<PortalDossierRow>& rows, qint64 now, bool updating) = 0;
    // CapNhatTienDoHoSoMC in one transaction: the count of new rows (a row id already stored is
    // no error); NotFound, naming the code in its message, when a row's dossier is unknown.
    virtual Result<int> storeHistory(const QList<PortalHistoryRow>& rows, qint64 now) = 0;
    // TraCuuHoSo: the stored object plus TrangThaiTrungTam, MaTrangThai, SoDongTienDo.
    virtual Result<std::optional<QJsonObject>> lookup(const QString& code) = 0;

    // A central decision; the cursor id. NotFound for an unknown code, BadInput for a bad status.
    virtual Result<qint64> decide(const QString& code, const QString& status, const QString& content,
                                  const QString& officer, const QString& at) = 0;
    virtual Result<PortalChanges> changesSince(const QString& madonvi, qint64 cursor, int limit) = 0;
    // MC_SoLieuTrungTam for day yyyyMMdd as of `now` (yyyyMMddHHmmss), by the workstation's rules.
    virtual Result<QJsonObject> counts(const QString& day, const QString& now) = 0;

    struct Lease
    {
        qint64 first = 0, last = 0;
    };
    // MC_CapDaiSo in one transaction; a known `requestId` returns its block again. Conflict when
    // the day's range is used up, BadInput for a bad request or a request id reused otherwise.
    virtual Result<Lease> lease(const QString& agency, const QString& day, int station, int size,
                                const QString& requestId) = 0;

    // MC_TaiTep: ViTri and HoanTat, or the protocol's error (11, 12, 13). One transaction.
    virtual PortalReply appendChunk(const PortalChunk& chunk, qint64 now) = 0;
    // MC_TrangThaiTep.
    virtual PortalReply fileStatus(const QString& sha256) = 0;
    // The bytes of a complete file; empty when not complete.
    virtual QByteArray fileContent(const QString& sha256) = 0;
    // MC_LayTep: at most `max` bytes from `offset` of a complete file that a dossier names
    // (file_links); nullopt when no such file is stored. An offset at or past the end gives no
    // bytes and the size.
    virtual Result<std::optional<PortalFileSlice>> fileSlice(const QString& sha256, qint64 offset, qint64 max) = 0;

    // The page and the admin endpoints.
    virtual Result<QList<PortalListed>> newest(int limit) = 0;
    virtual Result<QJsonObject> stats() = 0;
    virtual Result<std::optional<QJsonObject>> dossierDetail(const QString& code) = 0;

    // Online submissions filed by citizens (the reference portal only; PROTOCOL.md 3.17): null
    // where the backend has none, and the services then answer 8.
    virtual PortalOnline* online() { return nullptr; }

    // MC_DauChuoi in one transaction. The center keeps each station's last head and checks the
    // next against it; the reference portal keeps none and accepts every report.
    virtual Result<PortalAuditVerdict> recordAuditHead(const PortalAuditHead& report, qint64 now)
    {
        Q_UNUSED(now);
        return PortalAuditVerdict{true, QString(), report.seq};
    }
};

// What a store holds of one upload, and the protocol's refusal of a chunk given it (13 for a
// total that differs or a chunk too big or past the end, 11 for an offset other than the
// acknowledged one, 6 for an empty chunk); nullopt when the chunk may be appended. The caller
// answers a chunk of a complete file itself (the file is stored once per content).
struct UploadState
{
    bool known = false;
    bool complete = false;
    qint64 total = 0;
    qint64 acked = 0;
};
std::optional<PortalReply> refuseChunk(const UploadState& state, const PortalChunk& chunk);

// The reply fields of an upload's position (PROTOCOL.md 3.7); `total` < 0 leaves TongKichThuoc out.
QJsonObject uploadPosition(qint64 offset, bool done, qint64 total = -1);

} // namespace motcua
