#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace motcua {

class Database;

// A file of a dossier that the center holds and this workstation does not (schema 023).
struct CenterFileRow
{
    qint64 dossierId = 0;
    QString dossierCode;
    QString sha256;
    QString fileName;
    qint64 size = 0;
    bool complete = false; // the center holds all of it (only then can it be fetched)
    QDateTime seenAt;      // UTC, when the feed last listed it
    // The paper it was attached to at its counter: its place in the dossier's papers (1-based,
    // 0 when the feed does not say) and name; its page count; whether it is the result.
    int paperIndex = 0;
    QString paperName;
    int pageCount = 0;
    bool result = false;
};

// Table center_files: the files the center's feed lists for a dossier that are not stored here
// yet. Plain row access; never opens a transaction (the feed's page and a fetch's commit do).
class CenterFileRepository
{
public:
    explicit CenterFileRepository(Database& db)
        : m_db(db)
    {}

    // The feed's "Tep" list of one dossier ({"MaTep", "TenTep", "KichThuoc", "HoanTat",
    // "ThuTuGiayTo", "TenGiayTo", "SoTrang", "KetQua"}): each
    // file not already an attachment of that dossier here is recorded (or its row refreshed).
    // Entries without a SHA-256 are skipped. Nothing for an unknown dossier.
    Status recordFromFeed(const QString& dossierCode, const QJsonArray& files, const QDateTime& now);
    // The dossier's files waiting at the center, in name order.
    Result<QList<CenterFileRow>> byDossier(const QString& dossierCode);
    // One of them; Error::notFound when the dossier lists no such file as waiting.
    Result<CenterFileRow> find(const QString& dossierCode, const QString& sha256);
    // The file is here now: its rows for the dossier go.
    Status remove(qint64 dossierId, const QString& sha256);
    // The dossier's paper (dossier_components.id) a file listed as `row` belongs to: the paper at
    // its place when the name matches, else the first paper of that name; 0 ("other papers")
    // when none does.
    Result<qint64> paperOf(const CenterFileRow& row);

private:
    Database& m_db;
};

} // namespace motcua
