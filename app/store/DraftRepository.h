#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua {

class Database;

// The counter's unfinished dossier, one per clerk (intake_drafts: its JSON payload, written by
// service/IntakeAssistant), the scans kept with it (kept_scans), and the procedures a clerk
// receives most. Opens no transaction.
class DraftRepository
{
public:
    explicit DraftRepository(Database& db);

    // The procedure codes `username` received most since `since`, the most used first (ties:
    // the most recent first). Served by the index dossiers_received_by.
    Result<QStringList> mostUsedProcedures(const QString& username, const QDateTime& since, int limit);

    // Writes the draft; `replace` false keeps a draft already there.
    Status save(const QString& username, const QDateTime& savedAt, const QByteArray& payload, bool replace);
    // The draft's payload, or nothing when the clerk has none.
    Result<std::optional<QByteArray>> payload(const QString& username);
    // Removes the draft and the scans kept with it (their files are left to the store's sweep).
    Status remove(const QString& username);

private:
    Database& m_db;
};

} // namespace motcua
