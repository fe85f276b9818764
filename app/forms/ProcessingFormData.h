#pragma once

#include "core/Dossier.h"
#include "core/ProcessingRecords.h"
#include "forms/FormData.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua {

// What the processing forms show, already resolved (ProcessingForms fills them from the
// store); the renderer formats and lays out, it looks nothing up.

// Form 04: apology and new appointment (Phiếu xin lỗi và hẹn lại ngày trả kết quả).
struct ApologyFormData
{
    IssuingUnit unit;
    QDate date; // of the letter, Vietnam date
    QString code;
    Applicant applicant;
    QString procedureCode;
    QString procedureName;
    QDateTime receivedAt;        // any time spec; printed in Vietnam time
    QDateTime appointmentBefore; // the appointment missed
    QDateTime appointmentAfter;  // the new one
    QString reason;
    QString signerName; // who issued it (full name), under the signature
};

// Form 05: processing control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ).
struct ControlSlipFormData
{
    IssuingUnit unit;
    QDate date;
    QString code;
    Applicant applicant;
    QString procedureCode;
    QString procedureName;
    QDateTime receivedAt;
    QDateTime appointmentAt;
    QString receivedByName; // the clerk who received the dossier
    QList<Handover> handovers;
    QDateTime finishedAt; // invalid: still being processed
    QDateTime returnedAt; // invalid: not returned
    QString collectorName;
};

// Form 06: the dossier ledger (Sổ theo dõi hồ sơ) for a date range.
struct LedgerFormData
{
    IssuingUnit unit;
    QDate date; // printed on
    QDate from;
    QDate to;
    QList<LedgerRow> rows;
};

} // namespace motcua
