#pragma once

// An online submission as the center's feed stores it, for the suites of the online inbox.
// Header-only.

#include "core/Dossier.h"
#include "core/DossierState.h"
#include "core/Procedure.h"

#include <QDateTime>
#include <QString>

namespace motcua::test {

// A dossier of `procedure` submitted online: code = reference, state Submitted, received and
// due at the submission, one component per paper of the procedure. The applicant is the
// caller's to fill in.
inline Dossier onlineSubmission(const Procedure& procedure, const QString& ref, const QDateTime& submittedAt)
{
    Dossier d;
    d.code = ref;
    d.onlineRef = ref;
    d.submittedAt = submittedAt.toUTC();
    d.channel = Channel::Online;
    d.state = DossierState::Submitted;
    d.procedureId = procedure.id;
    d.procedureCode = procedure.code;
    d.procedureName = procedure.name;
    d.departmentCode = procedure.departmentCode;
    d.receivedAt = d.submittedAt;
    d.appointmentAt = d.submittedAt;
    for (const Component& c : procedure.components) {
        DossierComponent dc;
        dc.componentId = c.id;
        dc.name = c.name;
        dc.originals = c.originals;
        d.components.append(dc);
    }
    return d;
}

} // namespace motcua::test
