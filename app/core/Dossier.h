#pragma once

#include "core/DossierState.h"
#include "core/Money.h"
#include "core/ProcessingRecords.h"
#include "core/Types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua {

// The person or organisation a dossier belongs to (chủ hồ sơ).
struct Applicant
{
    ApplicantType type = ApplicantType::Citizen;
    QString fullName; // citizen's name, or the organisation's name
    QString idNumber; // 12-digit citizen ID, or tax / registration number
    QDate birthDate;  // citizens
    QString gender;   // "Nam" / "Nữ" as on the ID card
    QString address;
    QString phone;
    QString email;
    QString representative; // organisations: who acts for it
    // The name and ID number were read from the chip ID card's QR at intake and the number was
    // not changed afterwards. Not a check against the population database.
    bool idFromQr = false;
};

// A paper handed in for one component of the procedure.
struct DossierComponent
{
    qint64 componentId = 0; // the procedure's component, 0 for "other papers"
    QString name;
    int originals = 0;
    int certifiedCopies = 0;
    int photocopies = 0;
    bool provided = true;
    bool digitized = false; // read only: a file scanned or imported here is attached to it
};

// A file attached as the dossier's result (scanned or imported here when processing completed
// or at return).
struct ResultFile
{
    qint64 attachmentId = 0;
    QString fileName;
    QString sha256; // names the file on the portal (MC_TaiTep's MaTep)
};

// A fee charged on the dossier. An amount changed from the catalogue carries a reason.
struct DossierFee
{
    QString name;
    Money amount;
    QString overrideReason;
};

// A dossier (hồ sơ) at this workstation.
struct Dossier
{
    qint64 id = 0;
    QString code; // {agency}-{yyMMdd}-{NNNN}
    qint64 procedureId = 0;
    QString procedureCode;
    QString procedureName;
    QString departmentCode;
    Channel channel = Channel::Counter;
    DossierState state = DossierState::Received;
    Applicant applicant;
    int sets = 1;
    QList<DossierComponent> components;
    QList<DossierFee> fees;
    QList<ResultFile> resultFiles; // read only, oldest first
    QStringList resultPapers;      // read only: the result papers named when it was returned
    // Read only: the hand-overs of the paper dossier (form 05), oldest first, and the return of
    // the result (who collected it, when, from whom), as this workstation holds them.
    QList<Handover> handovers;
    std::optional<ReturnRecord> returned;
    // Read only: what was decided at intake when the dossier was not received as handed in
    // (the papers asked for, form 02, or the reason of the refusal, form 03), the supplements
    // asked during processing (form 02) and the apology letters (form 04), oldest first.
    QList<SupplementItem> intakeSupplement;
    QString intakeRefusal;
    QList<SupplementRequest> supplements;
    QList<Apology> apologies;
    QString summary; // trích yếu
    QString notes;
    QDateTime receivedAt; // UTC
    // Why the time of receipt is before today (IntakeRules::checkTimeOfReceipt); audited, not
    // stored with the dossier.
    QString receivedAtReason;
    QDateTime appointmentAt; // UTC
    QString appointmentRule; // how the appointment was computed, for the receipt and audit
    QDateTime finishedAt;    // processing ended (NgayKetThucXuLy)
    QDateTime returnedAt;
    QString receivedBy; // username
    QDateTime updatedAt;
    // A dossier submitted online: its reference on the national portal (the dossier's code
    // until it is accepted, kept after) and when it was submitted (UTC). Empty for one received
    // at the counter.
    QString onlineRef;
    QDateTime submittedAt;

    Money totalFees() const
    {
        Money total;
        for (const auto& f : fees)
            total += f.amount;
        return total;
    }
};

} // namespace motcua
