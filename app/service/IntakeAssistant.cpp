#include "service/IntakeAssistant.h"

#include "core/DossierJson.h"
#include "core/Types.h"

#include "core/Logging.h"
#include "store/DraftRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace motcua {

namespace {
// Bumped when the payload changes shape; older payloads stay readable.
constexpr int kDraftFormat = 1;
} // namespace

IntakeAssistant::IntakeAssistant(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<QStringList> IntakeAssistant::mostUsedProcedures(const QString& username, int limit, int days)
{
    return DraftRepository(m_db).mostUsedProcedures(username, m_clock.now().addDays(-days), limit);
}

Status IntakeAssistant::ensureDraft(const QString& username, const QDateTime& now)
{
    IntakeDraft blank;
    blank.savedAt = now;
    return DraftRepository(m_db).save(username, now, QJsonDocument(draftToJson(blank)).toJson(QJsonDocument::Compact),
                                      false);
}

Status IntakeAssistant::saveDraft(const QString& username, const IntakeDraft& draft)
{
    IntakeDraft stamped = draft;
    stamped.savedAt = m_clock.now();
    return DraftRepository(m_db).save(username, stamped.savedAt,
                                      QJsonDocument(draftToJson(stamped)).toJson(QJsonDocument::Compact), true);
}

Result<std::optional<IntakeDraft>> IntakeAssistant::loadDraft(const QString& username)
{
    auto payload = DraftRepository(m_db).payload(username);
    if (!payload)
        return payload.error();
    if (!*payload)
        return std::optional<IntakeDraft>();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(**payload, &parseError);
    if (!doc.isObject())
        return Error::badInput(
            QCoreApplication::translate("motcua::IntakeAssistant", "The unfinished dossier could not be read: %1")
                .arg(parseError.errorString()));
    auto draft = draftFromJson(doc.object());
    if (!draft)
        return draft.error();
    return std::optional<IntakeDraft>(std::move(*draft));
}

Status IntakeAssistant::discardDraft(const QString& username)
{
    // The draft's kept scans go with it (schema 010); their files are left to the sweep.
    return DraftRepository(m_db).remove(username);
}

QJsonObject IntakeAssistant::draftToJson(const IntakeDraft& draft)
{
    const Dossier& d = draft.dossier;
    return QJsonObject{
        {QStringLiteral("format"), kDraftFormat},
        {QStringLiteral("saved_at"), draft.savedAt.isValid() ? draft.savedAt.toUTC().toString(Qt::ISODate) : QString()},
        {QStringLiteral("receipt_copies"), draft.receiptCopies},
        {QStringLiteral("procedure"), d.procedureCode},
        {QStringLiteral("channel"), channelKey(d.channel)},
        {QStringLiteral("sets"), d.sets},
        {QStringLiteral("notes"), d.notes},
        {QStringLiteral("applicant"), dossierjson::applicantToJson(d.applicant)},
        {QStringLiteral("components"), dossierjson::papersToJson(d.components)},
        {QStringLiteral("fees"), dossierjson::feesToJson(d.fees)},
    };
}

Result<IntakeDraft> IntakeAssistant::draftFromJson(const QJsonObject& json)
{
    const int format = json.value(QStringLiteral("format")).toInt(0);
    if (format < 1 || format > kDraftFormat)
        return Error::badInput(QCoreApplication::translate(
                                   "motcua::IntakeAssistant",
                                   "The unfinished dossier was saved by another version of the program (format %1).")
                                   .arg(format));
    IntakeDraft draft;
    Dossier& d = draft.dossier;
    draft.savedAt = QDateTime::fromString(json.value(QStringLiteral("saved_at")).toString(), Qt::ISODate);
    draft.receiptCopies = qBound(1, json.value(QStringLiteral("receipt_copies")).toInt(1), 2);
    d.procedureCode = json.value(QStringLiteral("procedure")).toString();
    if (!channelFromKey(json.value(QStringLiteral("channel")).toString(), &d.channel))
        d.channel = Channel::Counter;
    d.sets = qMax(1, json.value(QStringLiteral("sets")).toInt(1));
    d.notes = json.value(QStringLiteral("notes")).toString();
    d.applicant = dossierjson::applicantFromJson(json.value(QStringLiteral("applicant")).toObject());
    // A draft is restored as far as it reads: a count it cannot take is none.
    d.components = dossierjson::papersFromJson(json.value(QStringLiteral("components")).toArray());
    for (DossierComponent& c : d.components) {
        c.originals = qMax(0, c.originals);
        c.certifiedCopies = qMax(0, c.certifiedCopies);
        c.photocopies = qMax(0, c.photocopies);
    }
    d.fees = dossierjson::feesFromJson(json.value(QStringLiteral("fees")).toArray());
    return draft;
}

} // namespace motcua
