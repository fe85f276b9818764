#include "service/IntakeRules.h"

#include "core/Clock.h"
#include "core/Dossier.h"
#include "core/TextRules.h"
#include "security/Roles.h"

#include <QCoreApplication>

namespace motcua::IntakeRules {

namespace {

Error fieldError(const QString& field, const QString& why)
{
    return Error::badInput(QCoreApplication::translate("motcua::IntakeRules", "Field \"%1\": %2").arg(field, why));
}

} // namespace

Status checkTexts(const Dossier& draft)
{
    if (QString why = TextRules::problem(draft.summary, TextRules::kLineMax); !why.isEmpty())
        return fieldError(QStringLiteral("summary"), why);
    if (QString why = TextRules::problem(draft.notes, TextRules::kTextMax, true); !why.isEmpty())
        return fieldError(QStringLiteral("notes"), why);
    if (QString why = TextRules::problem(draft.receivedAtReason, TextRules::kLineMax); !why.isEmpty())
        return fieldError(QStringLiteral("received_at_reason"), why);
    for (const DossierComponent& c : draft.components) {
        if (QString why = TextRules::problem(c.name, TextRules::kLineMax); !why.isEmpty())
            return fieldError(QStringLiteral("components"), why);
    }
    for (const DossierFee& f : draft.fees) {
        if (QString why = TextRules::problem(f.name, TextRules::kLineMax); !why.isEmpty())
            return fieldError(QStringLiteral("fees"), why);
        if (QString why = TextRules::problem(f.overrideReason, TextRules::kLineMax); !why.isEmpty())
            return fieldError(QStringLiteral("fees"), why);
    }
    return {};
}

bool isBackdated(const Dossier& draft, const QDateTime& now)
{
    return draft.receivedAt.isValid() && toVietnam(draft.receivedAt).date() < toVietnam(now).date();
}

Status checkTimeOfReceipt(const Actor& actor, const Dossier& draft, const QDateTime& now)
{
    if (!isBackdated(draft, now))
        return {};
    if (Status s =
            requireRole(actor, Role::Supervisor,
                        QCoreApplication::translate("motcua::IntakeRules", "record a time of receipt before today"));
        !s)
        return s;
    if (draft.receivedAtReason.trimmed().isEmpty())
        return fieldError(QStringLiteral("received_at"),
                          QCoreApplication::translate("motcua::IntakeRules",
                                                      "a time of receipt before today needs a reason "
                                                      "(received_at_reason), kept in the audit trail."));
    return {};
}

} // namespace motcua::IntakeRules
