#pragma once

#include "core/Dossier.h"
#include "core/IntakeDecision.h"
#include "core/Result.h"
#include "core/Types.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace motcua {

class Database;
class Clock;
class Settings;
class CatalogueService;
class CalendarService;
class DossierRepository;
class DossierCodeAllocator;
struct DossierListRow;
struct DossierFilter;
struct PageCursor;
struct DossierPage;

// Receiving and looking up dossiers. Every change is one transaction: the dossier rows, a
// history event, an audit row and an outbox row for the portal.
class DossierService
{
public:
    DossierService(Database& db, const Clock& clock, Settings& settings, CatalogueService& catalogue,
                   CalendarService& calendar);
    ~DossierService();

    // Receives a dossier at the counter: validates the applicant and the papers, mints the
    // code, computes the appointment from the procedure's channel time, and commits.
    // `draft.receivedAt` empty means now. Returns the stored dossier (code, appointment).
    Result<Dossier> receive(const Actor& actor, Dossier draft);

    // The two other outcomes at the counter (docs/domain.md#intake), each one transaction like receive():
    // a new code, the dossier row in its initial state, a history event carrying the note, the
    // items or reason (dossier_intake_items), an audit row and an outbox row.
    //
    // Papers missing or incomplete (form 02): state SupplementRequested, every item needs a
    // component name and a reason. The appointment is computed as for receive() and the
    // clock stays paused until the supplement arrives (docs/domain.md#working-time).
    // No fees are charged on a dossier that was not received.
    Result<Dossier> requestSupplementAtIntake(const Actor& actor, Dossier draft, const QList<SupplementItem>& items);
    // Not receivable at all (form 03): state Refused with the reason; processing ends at once
    // (finishedAt = receivedAt = appointmentAt).
    Result<Dossier> refuseAtIntake(const Actor& actor, Dossier draft, const QString& reason);
    // The items or reason recorded by the two methods above; NotFound for a dossier that has
    // none (received normally).
    Result<IntakeDecision> intakeDecision(const QString& code);

    // Keeps a printed form (PDF bytes rendered by app/forms) with the dossier, with an audit
    // row. `form` is "01".."06". Reprints add rows; the newest is the one on file.
    Status attachDocument(const Actor& actor, const QString& code, const QString& form, const QByteArray& pdf);
    // Documents kept with the dossier, oldest first, without their bytes.
    Result<QList<DossierDocument>> documents(const QString& code);
    // The newest PDF of a form, with its bytes.
    Result<DossierDocument> document(const QString& code, const QString& form);

    Result<Dossier> byCode(const QString& code);
    // A person opened one dossier's details (its personal data): an audit row "dossier.read"
    // with who and the dossier's code, nothing of the data itself. Called once per opening (the
    // dossier view, `motcuactl dossier show`), never for lists or searches.
    Status recordRead(const Actor& by, const QString& code);
    // One search box: dossier code, ID number, phone, or the applicant's name without
    // diacritics.
    Result<QList<DossierListRow>> search(const QString& text, int limit = 50);
    // One page of the filtered list, newest first, continuing after `after` (a null cursor
    // starts at the newest): the Dossiers and Returns pages scroll through this.
    Result<DossierPage> page(const DossierFilter& filter, const PageCursor& after, int pageSize);

    // The JSON shape of `motcuactl dossier create` and `dossier show` (see the README), over
    // the dossier codec (core/DossierJson.h). fromJson checks what a person typed and says
    // which field is wrong.
    static Result<Dossier> fromJson(const QJsonObject& json);
    static QJsonObject toJson(const Dossier& dossier);

    // Validation of a citizen ID number: 12 digits (CCCD).
    static bool isValidCitizenId(const QString& id);

    DossierCodeAllocator& codes();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace motcua
