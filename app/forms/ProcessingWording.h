#pragma once

#include <QString>

namespace motcua {

// Wording of the processing forms 04–06 (Circular 01/2018/TT-VPCP), apart from their layout,
// like FormWording for 01–03: Vietnamese legal text, data rather than translations, so a new
// circular's wording is an edit here. Placeholders %1, %2, ... as documented per member.
struct ProcessingWording
{
    QString nation;
    QString motto;
    QString placeDate; // %1 place, %2 day, %3 month, %4 year
    QString signatureHint;
    QString counterName; // the counter as a party of a hand-over

    // Form 04.
    QString apologyLabel;
    QString apologyTitle;
    QString apologyAddressee; // %1 applicant
    QString apologyOpening;   // %1 center
    QString apologyReceived;  // %1 time of receipt, %2 center, %3 procedure, %4 code
    QString apologyOld;       // %1 the missed appointment
    QString apologyNotYet;    // %1 center
    QString apologyReason;    // %1 reason
    QString apologyRegret;    // %1 center
    QString apologyNew;       // %1 the new appointment
    QString apologyClosing;
    QString apologySignature;

    // Form 05.
    QString slipLabel;
    QString slipTitle;
    QString slipAttached; // %1 code
    QString slipApplicant;
    QString slipProcedure; // %1 name, %2 code
    QString slipReceived;  // %1
    QString slipAppointment;
    QString slipColumnAgency;
    QString slipColumnTimes;
    QString slipColumnResult;
    QString slipColumnNotes;
    QString slipHanded;   // %1 from, giao
    QString slipTaken;    // %1 to, nhận
    QString slipHandedAt; // %1 time, %2 name
    QString slipTakenAt;  // %1 time, %2 name
    QString slipNotTaken; // in transit
    QString slipFinished; // %1 time, %2 early/on time/late
    QString slipReturned; // %1 time, %2 collector
    QString early;
    QString onTime;
    QString late;

    // Form 06.
    QString ledgerLabel;
    QString ledgerTitle;
    QString ledgerRange; // %1 from, %2 to
    QString ledgerColumns[13];
    QString ledgerTotal; // %1 number of dossiers
    // National status names (docs/domain.md#dossier-states), index = code 1..10; [0] unused.
    QString statusNames[11];

    static ProcessingWording standard();
};

} // namespace motcua
