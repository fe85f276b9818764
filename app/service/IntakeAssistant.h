#pragma once

#include "core/Clock.h"
#include "core/Dossier.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua {

class Database;

// The counter form as the clerk left it: everything needed to put the intake page back as
// it was after a crash or a restart (issue "Counter intake", draft safety).
struct IntakeDraft
{
    // Applicant, procedure code, channel, sets, components with counts and "provided",
    // fees with override reasons, notes. Code, appointment and ids are not set.
    Dossier dossier;
    int receiptCopies = 1;
    QDateTime savedAt; // UTC, set by saveDraft()
};

// Helpers behind the intake page that are not dossier changes: the procedures a clerk uses
// most, and autosaved drafts. Qt Core only, so tests and the CLI can use them.
class IntakeAssistant
{
public:
    IntakeAssistant(Database& db, const Clock& clock);

    // The codes of the procedures `username` received most often in the last `days` days
    // (most dossiers first, then the most recent), at most `limit`. The picker lists them
    // first: most clerks serve a handful of procedures all day.
    Result<QStringList> mostUsedProcedures(const QString& username, int limit = 8, int days = 180);

    // One draft per user, replaced on every save; durable (synchronous=FULL) like the rest
    // of the database. A draft holds personal data: it is never logged.
    Status saveDraft(const QString& username, const IntakeDraft& draft);
    // No draft gives an empty optional. A stored draft that cannot be read (a newer or damaged
    // payload) is an error, so the caller can say so instead of silently losing it.
    Result<std::optional<IntakeDraft>> loadDraft(const QString& username);
    // Removes the draft and the scans kept with it (AttachmentService::keepScan).
    Status discardDraft(const QString& username);
    // A blank draft when the user has none, so a scan kept before the first autosave has a
    // draft to belong to; an existing draft is left as it is.
    Status ensureDraft(const QString& username, const QDateTime& now);

    static QJsonObject draftToJson(const IntakeDraft& draft);
    static Result<IntakeDraft> draftFromJson(const QJsonObject& json);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace motcua
