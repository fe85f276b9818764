#include "forms/DossierForms.h"
#include "store/SettingKeys.h"

#include "core/Clock.h"
#include "forms/FormRenderer.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "service/ProcessingService.h"
#include "store/Settings.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QUrl>

namespace motcua {

DossierForms::DossierForms(AppContext& app)
    : m_app(app)
{}

QString DossierForms::lookupUrl(const QString& urlTemplate, const QString& code)
{
    if (urlTemplate.isEmpty())
        return {};
    // Codes are letters, digits, '.' and '-', but the template is configuration: encode anyway.
    QString url = urlTemplate;
    return url.replace(QStringLiteral("{code}"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
}

Result<FormData> DossierForms::collect(const QString& code, FormKind kind)
{
    auto dossier = m_app.dossiers().byCode(code);
    if (!dossier)
        return dossier.error();
    auto decision = m_app.dossiers().intakeDecision(dossier->code);
    if (!decision && decision.error().code != Error::NotFound)
        return decision.error();

    FormData d;
    d.kind = kind;
    QDate supplementDate;
    switch (kind) {
    case FormKind::Receipt:
        if (decision) {
            return Error::conflict(
                QCoreApplication::translate("motcua::DossierForms",
                                            "The dossier %1 was not received (%2): it has no receipt (form 01).")
                    .arg(dossier->code, stateName(dossier->state)));
        }
        break;
    case FormKind::Supplement:
        if (decision && !decision->items.isEmpty()) {
            d.supplementItems = decision->items;
            break;
        }
        // Asked for during processing: the newest request, dated the day it was made.
        if (auto requests = m_app.processing().supplements(dossier->code); requests && !requests->isEmpty()) {
            d.supplementItems = requests->last().items;
            supplementDate = toVietnam(requests->last().requestedAt).date();
            break;
        }
        return Error::conflict(
            QCoreApplication::translate("motcua::DossierForms", "No supplement was requested for the dossier %1.")
                .arg(dossier->code));
    case FormKind::Refusal:
        if (!decision || decision->reason.isEmpty()) {
            return Error::conflict(
                QCoreApplication::translate("motcua::DossierForms", "The dossier %1 was not refused at intake.")
                    .arg(dossier->code));
        }
        d.refusalReason = decision->reason;
        break;
    }

    Settings& s = m_app.settings();
    d.unit.parent = s.string(SettingKey::CenterParent);
    d.unit.name = s.string(SettingKey::CenterName);
    d.unit.place = s.string(SettingKey::CenterPlace);
    d.unit.address = s.string(SettingKey::CenterAddress);
    d.unit.phone = s.string(SettingKey::CenterPhone);
    d.date = supplementDate.isValid() ? supplementDate : toVietnam(dossier->receivedAt).date();
    d.code = dossier->code;
    d.lookupUrl = lookupUrl(s.string(SettingKey::CenterLookupUrl), dossier->code);
    d.applicant = dossier->applicant;
    d.procedureCode = dossier->procedureCode;
    d.procedureName = dossier->procedureName;
    d.components = dossier->components;
    d.sets = dossier->sets;
    d.receivedAt = dossier->receivedAt;
    d.appointmentAt = dossier->appointmentAt;
    d.fees = dossier->fees;
    d.collectAt = d.unit.address.isEmpty() ? d.unit.name : d.unit.name + QStringLiteral(", ") + d.unit.address;
    // The time that applied when the dossier was received, not today's catalogue.
    auto procedure = m_app.catalogue().procedureOn(dossier->procedureCode, d.date);
    if (!procedure)
        procedure = m_app.catalogue().procedure(dossier->procedureCode);
    if (procedure) {
        const ProcedureChannel* channel = procedure->channel(dossier->channel);
        if (!channel)
            channel = procedure->channel(Channel::Counter);
        if (channel) {
            d.statutoryTime = channel->timeValue;
            d.statutoryUnit = channel->timeUnit;
        }
    }
    UserRepository users(m_app.db());
    if (auto clerk = users.byUsername(dossier->receivedBy))
        d.clerkName = clerk->fullName;
    return d;
}

Result<QByteArray> DossierForms::render(const QString& code, FormKind kind, int copies)
{
    auto data = collect(code, kind);
    if (!data)
        return data.error();
    return renderForm(*data, copies);
}

Result<QByteArray> DossierForms::renderAndKeep(const Actor& actor, const QString& code, FormKind kind, int copies)
{
    auto pdf = render(code, kind, copies);
    if (!pdf)
        return pdf;
    if (Status s = m_app.dossiers().attachDocument(actor, code, formNumber(kind), *pdf); !s)
        return s.error();
    return pdf;
}

} // namespace motcua
