#pragma once

#include "core/DossierState.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua {

// A component the applicant must add or complete, and why (form 02).
struct SupplementItem
{
    QString componentName;
    QString reason;
};

// What the clerk decided at the counter when a dossier was not received as handed in:
// a supplement request (form 02) or a refusal (form 03).
struct IntakeDecision
{
    DossierState state = DossierState::SupplementRequested; // or Refused
    QList<SupplementItem> items;                            // SupplementRequested
    QString reason;                                         // Refused
    QDateTime at;                                           // UTC
};

// A printed form kept with a dossier ("01" receipt, "02" supplement, "03" refusal, ...).
struct DossierDocument
{
    qint64 id = 0;
    QString form;
    QDateTime createdAt; // UTC
    QString createdBy;   // username
    QString sha256;      // hex, of the PDF bytes
    qint64 size = 0;
    QByteArray pdf; // empty when listed without content
};

} // namespace motcua
