#include "forms/ProcessingForms.h"
#include "store/SettingKeys.h"

#include "core/Clock.h"
#include "forms/ProcessingFormRenderer.h"
#include "service/AppContext.h"
#include "service/DossierService.h"
#include "service/ProcessingService.h"
#include "store/Database.h"
#include "store/Settings.h"
#include "store/UserRepository.h"

#include <QCoreApplication>

namespace motcua {

ProcessingForms::ProcessingForms(AppContext& app)
    : m_app(app)
{}

bool ProcessingForms::handles(const QString& form)
{
    const QString f = form.trimmed();
    return f == QLatin1String("04") || f == QLatin1String("05") || f == QLatin1String("4") || f == QLatin1String("5");
}

IssuingUnit ProcessingForms::unit()
{
    Settings& s = m_app.settings();
    IssuingUnit u;
    u.parent = s.string(SettingKey::CenterParent);
    u.name = s.string(SettingKey::CenterName);
    u.place = s.string(SettingKey::CenterPlace);
    u.address = s.string(SettingKey::CenterAddress);
    u.phone = s.string(SettingKey::CenterPhone);
    return u;
}

QString ProcessingForms::fullName(const QString& username)
{
    UserRepository users(m_app.db());
    auto user = users.byUsername(username);
    return user && !user->fullName.isEmpty() ? user->fullName : username;
}

Result<ApologyFormData> ProcessingForms::collectApology(const QString& code)
{
    auto dossier = m_app.dossiers().byCode(code);
    if (!dossier)
        return dossier.error();
    auto apologies = m_app.processing().apologies(dossier->code);
    if (!apologies)
        return apologies.error();
    if (apologies->isEmpty()) {
        return Error::conflict(QCoreApplication::translate("motcua::ProcessingForms",
                                                           "No apology letter (form 04) was issued for the dossier %1.")
                                   .arg(dossier->code));
    }
    const Apology& a = apologies->last();
    ApologyFormData d;
    d.unit = unit();
    d.date = toVietnam(a.at).date();
    d.code = dossier->code;
    d.applicant = dossier->applicant;
    d.procedureCode = dossier->procedureCode;
    d.procedureName = dossier->procedureName;
    d.receivedAt = dossier->receivedAt;
    d.appointmentBefore = a.appointmentBefore;
    d.appointmentAfter = a.appointmentAfter;
    d.reason = a.reason;
    d.signerName = fullName(a.by);
    return d;
}

Result<ControlSlipFormData> ProcessingForms::collectControlSlip(const QString& code)
{
    auto dossier = m_app.dossiers().byCode(code);
    if (!dossier)
        return dossier.error();
    auto handovers = m_app.processing().handovers(dossier->code);
    if (!handovers)
        return handovers.error();
    ControlSlipFormData d;
    d.unit = unit();
    d.date = toVietnam(m_app.clock().now()).date();
    d.code = dossier->code;
    d.applicant = dossier->applicant;
    d.procedureCode = dossier->procedureCode;
    d.procedureName = dossier->procedureName;
    d.receivedAt = dossier->receivedAt;
    d.appointmentAt = dossier->appointmentAt;
    d.receivedByName = fullName(dossier->receivedBy);
    d.handovers = *handovers;
    // A processed dossier: finishedAt. Refused at intake never reached a department.
    if (dossier->state != DossierState::Refused)
        d.finishedAt = dossier->finishedAt;
    d.returnedAt = dossier->returnedAt;
    if (auto r = m_app.processing().returnRecord(dossier->code))
        d.collectorName = r->collectorName;
    return d;
}

Result<LedgerFormData> ProcessingForms::collectLedger(const QDate& from, const QDate& to)
{
    auto rows = m_app.processing().ledger(from, to);
    if (!rows)
        return rows.error();
    LedgerFormData d;
    d.unit = unit();
    d.date = toVietnam(m_app.clock().now()).date();
    d.from = from;
    d.to = to;
    d.rows = *rows;
    return d;
}

Result<QByteArray> ProcessingForms::render(const QString& code, const QString& form)
{
    const QString f = form.trimmed();
    if (f == QLatin1String("04") || f == QLatin1String("4")) {
        auto data = collectApology(code);
        if (!data)
            return data.error();
        return ProcessingFormRenderer::apology(*data);
    }
    if (f == QLatin1String("05") || f == QLatin1String("5")) {
        auto data = collectControlSlip(code);
        if (!data)
            return data.error();
        return ProcessingFormRenderer::controlSlip(*data);
    }
    return Error::badInput(
        QCoreApplication::translate("motcua::ProcessingForms", "Form %1 is not a processing form (04, 05).").arg(f));
}

Result<QByteArray> ProcessingForms::renderAndKeep(const Actor& actor, const QString& code, const QString& form)
{
    auto pdf = render(code, form);
    if (!pdf)
        return pdf;
    const QString number = form.trimmed().size() == 1 ? QLatin1Char('0') + form.trimmed() : form.trimmed();
    if (Status s = m_app.dossiers().attachDocument(actor, code, number, *pdf); !s)
        return s.error();
    return pdf;
}

Result<QByteArray> ProcessingForms::apologize(const Actor& actor, const QString& code, const QDateTime& newAppointment,
                                              const QString& reason)
{
    // The apology, its event and the printed letter commit together: the nested transactions
    // of the service become savepoints of this one.
    Transaction tx(m_app.db());
    if (!tx.begun())
        return tx.begun().error();
    auto apology = m_app.processing().apologize(actor, code, newAppointment, reason);
    if (!apology)
        return apology.error();
    auto pdf = renderAndKeep(actor, code, QStringLiteral("04"));
    if (!pdf)
        return pdf;
    if (Status s = tx.commit(); !s)
        return s.error();
    return pdf;
}

Result<QByteArray> ProcessingForms::ledgerPdf(const QDate& from, const QDate& to)
{
    auto data = collectLedger(from, to);
    if (!data)
        return data.error();
    return ProcessingFormRenderer::ledger(*data);
}

Result<QByteArray> ProcessingForms::ledgerCsv(const QDate& from, const QDate& to)
{
    auto data = collectLedger(from, to);
    if (!data)
        return data.error();
    return ProcessingFormRenderer::ledgerCsv(*data);
}

} // namespace motcua
