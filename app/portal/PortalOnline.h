#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace motcua {

class Database;
class PortalCatalogue;

// A paper the citizen declared on the national portal's form.
struct OnlinePaper
{
    QString name, code;
    int originals = 1;
    int copies = 0;
};

// A file the citizen attached.
struct OnlineFile
{
    QString name;
    QByteArray bytes;
};

// One online submission as a citizen files it.
struct OnlineSubmission
{
    QString procedure; // MaTTHC, known to the catalogue
    QString fullName, idNumber, phone, email, address, summary;
    QList<OnlinePaper> papers;
    QList<OnlineFile> files;
};

// The largest chunk MC_LayTepTrucTuyen hands out.
inline constexpr qint64 kMaxOnlineChunk = 1024 * 1024;

// Online submissions on the reference portal (schema 002): a citizen files a dossier, the
// portal gives it the reference TT-yyMMdd-NNNNNN (a day's running number) and keeps it with its
// files until a center pulls it (PROTOCOL.md 3.17, 3.18).
class PortalOnline
{
public:
    explicit PortalOnline(Database& db);

    // Stores the submission and its files in one transaction; the reference. `procedureName`
    // from the catalogue; `now` in UTC.
    Result<QString> submit(const OnlineSubmission& s, const QString& procedureName, const QDateTime& now);

    // MC_LayHoSoTrucTuyen: up to `limit` submissions after `cursor`, oldest first, as
    // {"result": [...], "MocTiep", "ConNua"}.
    Result<QJsonObject> page(qint64 cursor, int limit);
    // MC_LayTepTrucTuyen: up to `size` bytes of a file from `offset`, and its total size;
    // nullopt for an unknown file.
    struct Chunk
    {
        QByteArray data;
        qint64 total = 0;
    };
    Result<std::optional<Chunk>> chunk(const QString& sha256, qint64 offset, qint64 size);

    // A realistic demo submission of `procedure` (the catalogue's first when empty) with
    // `files` small real PDF and PNG files; `seed` varies the applicant.
    static Result<OnlineSubmission> demo(const PortalCatalogue& catalogue, const QString& procedure, int files,
                                         quint32 seed);

private:
    Database& m_db;
};

} // namespace motcua
