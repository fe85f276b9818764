#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QDateTime>

namespace motcua {

struct Dossier;

// Rules of intake that keep a record from being bent quietly (DossierService::receive and the
// counter's supplement and refusal decisions).
namespace IntakeRules {

// The dossier's own texts (summary, notes, papers, fees): no control or text-direction
// characters, bounded lengths (TextRules). The applicant is checked with the other applicant
// rules. Error::badInput naming the field.
Status checkTexts(const Dossier& draft);

// A time of receipt before today (Vietnam's calendar day of `now`) changes the order of the
// ledger and the due date the applicant is held to: only a supervisor may record one, and only
// with a reason (Dossier::receivedAtReason), which goes to the audit trail. Later today, or a
// few minutes ahead (clocks differ), needs nothing.
Status checkTimeOfReceipt(const Actor& actor, const Dossier& draft, const QDateTime& now);

// True when checkTimeOfReceipt() asks for a supervisor and a reason for this dossier.
bool isBackdated(const Dossier& draft, const QDateTime& now);

} // namespace IntakeRules

} // namespace motcua
