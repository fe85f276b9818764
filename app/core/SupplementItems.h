#pragma once

#include "core/IntakeDecision.h"
#include "core/Result.h"

#include <QList>
#include <QString>

namespace motcua {

// The papers of a supplement request (form 02; at intake or during processing), tidied:
// names simplified, reasons trimmed. BadInput on the field "supplement" when there are none
// or one lacks its name or its reason.
Result<QList<SupplementItem>> cleanSupplementItems(const QList<SupplementItem>& items);

// "PAPER (REASON); PAPER (REASON)": the papers in the note of the dossier's event.
QString supplementItemsText(const QList<SupplementItem>& items);

} // namespace motcua
