#pragma once

#include "core/Dossier.h"
#include "core/IntakeDecision.h"
#include "core/Result.h"
#include "core/Types.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace motcua {

class Database;
class Clock;
class Settings;
class CatalogueService;
class CalendarService;
class DossierService;

// One dossier of the online inbox: waiting since it was submitted, to be decided by the
// acceptance deadline.
struct OnlineWaiting
{
    qint64 id = 0;
    QString code; // the online reference while it waits
    QString onlineRef;
    QString applicantName;
    QString procedureCode;
    QString procedureName;
    QDateTime submittedAt; // UTC
    QDateTime deadline;    // UTC: submittedAt + the setting's working hours
    bool late = false;     // the deadline has passed
};

// Dossiers submitted online wait in state Submitted, under their online reference, until a
// clerk decides (docs/domain.md#online-dossiers): accept (a code in the center's numbering, as at
// the counter; state Received; the appointment from the time of acceptance), request a
// supplement (form 02) or refuse (form 03). Each decision is one transaction: the dossier row,
// a history event, an audit row and an outbox row that tells the center which submission was
// decided (MC_MaHoSoTrucTuyen) and from which state (MC_TrangThaiTruoc "submitted"), so the
// center can refuse a second decision on it (docs/protocol.md 3.15).
class OnlineInboxService
{
public:
    // Keys of the decision's outbox record.
    static constexpr const char16_t* kReferenceKey = u"MC_MaHoSoTrucTuyen";
    static constexpr const char16_t* kStateBeforeKey = u"MC_TrangThaiTruoc";
    static constexpr const char16_t* kStateAfterKey = u"MC_TrangThaiMoi";

    OnlineInboxService(Database& db, const Clock& clock, Settings& settings, CatalogueService& catalogue,
                       CalendarService& calendar, DossierService& dossiers);
    ~OnlineInboxService();

    // Every waiting online dossier: late ones first (oldest deadline first), then by deadline.
    Result<QList<OnlineWaiting>> waiting();
    // Counts for the dashboard: waiting, and of those past their deadline.
    struct Counts
    {
        int waiting = 0;
        int late = 0;
    };
    Result<Counts> counts();

    // The acceptance deadline of a dossier submitted at `submittedAt`: the working hours of
    // the setting counted by the work calendar (lunch break, days off, holidays).
    QDateTime deadline(const QDateTime& submittedAt);
    int acceptHours();

    // The waiting online dossier with this reference (or code); NotFound when there is none,
    // Conflict when it was decided already.
    Result<Dossier> waitingDossier(const QString& reference);

    // Accept: `provided` ticks the declared papers in the dossier's order (empty: all as
    // declared). A required paper not ticked refuses the acceptance (Conflict): request a
    // supplement instead. Returns the dossier under its new code.
    Result<Dossier> accept(const Actor& actor, const QString& reference, const QList<bool>& provided = {});
    // Form 02: `items` name papers of the dossier, each with why.
    Result<Dossier> requestSupplement(const Actor& actor, const QString& reference, const QList<SupplementItem>& items);
    // Form 03: the reason is required.
    Result<Dossier> refuse(const Actor& actor, const QString& reference, const QString& reason);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace motcua
