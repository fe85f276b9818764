#pragma once

#include "core/Dossier.h"
#include "core/IntakeDecision.h"
#include "core/Types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace motcua {

// The printed forms of the one-stop counter (docs/domain.md#printed-forms; numbering of
// Circular 01/2018/TT-VPCP). Only the intake forms are rendered so far.
enum class FormKind { Receipt = 1, Supplement = 2, Refusal = 3 };

// "01", "02", "03": the form's number in file names, the database and the CLI.
QString formNumber(FormKind kind);
bool formFromNumber(const QString& number, FormKind* out);

// The issuing unit printed on the left of every form (settings center.*).
struct IssuingUnit
{
    QString parent;  // "ỦY BAN NHÂN DÂN TỈNH KON TUM"
    QString name;    // "Trung tâm Phục vụ hành chính công tỉnh Kon Tum" (printed in capitals)
    QString place;   // "Kon Tum", for the place and date line
    QString address; // where results are collected
    QString phone;
};

// Everything a form shows, already resolved: the renderer formats and lays out, it looks
// nothing up. DossierForms fills it from a stored dossier.
struct FormData
{
    FormKind kind = FormKind::Receipt;
    IssuingUnit unit;
    QDate date; // the place and date line, a Vietnam calendar date
    QString code;
    QString lookupUrl; // public lookup address of this dossier (QR on form 01); empty: no QR
    Applicant applicant;
    QString procedureCode;
    QString procedureName;
    QList<DossierComponent> components;
    int sets = 1;
    // Statutory processing time of the procedure's channel (form 01).
    std::optional<double> statutoryTime;
    TimeUnit statutoryUnit = TimeUnit::WorkingDays;
    QDateTime receivedAt;    // any time spec; printed in Vietnam time
    QDateTime appointmentAt; // form 01
    QString collectAt;       // where the result is handed back (form 01)
    QList<DossierFee> fees;
    QString clerkName;                     // under the receiving clerk's signature; empty leaves the line blank
    QList<SupplementItem> supplementItems; // form 02
    QString refusalReason;                 // form 03
};

} // namespace motcua
