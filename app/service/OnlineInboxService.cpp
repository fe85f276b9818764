#include "service/OnlineInboxService.h"
#include "store/SettingKeys.h"

#include "service/DossierFields.h"

#include "core/Clock.h"
#include "core/DossierJson.h"
#include "core/Logging.h"
#include "core/SupplementItems.h"
#include "security/Roles.h"
#include "service/CalendarService.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "store/Database.h"
#include "store/DossierCodeAllocator.h"
#include "store/DossierRepository.h"
#include "store/IntakeRepository.h"
#include "store/Journal.h"
#include "store/OnlineInboxRepository.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <functional>

namespace motcua {

using namespace dossierfields;

struct OnlineInboxService::Private
{
    Database& db;
    const Clock& clock;
    Settings& settings;
    CatalogueService& catalogue;
    CalendarService& calendar;
    DossierService& dossiers;
    DossierRepository repo;
    OnlineInboxRepository inbox;
    IntakeRepository intake;

    Private(Database& d, const Clock& c, Settings& s, CatalogueService& cat, CalendarService& cal, DossierService& ds)
        : db(d)
        , clock(c)
        , settings(s)
        , catalogue(cat)
        , calendar(cal)
        , dossiers(ds)
        , repo(d)
        , inbox(d)
        , intake(d)
    {}

    // The catalogue's processing time of an online dossier of `procedure` (the counter's when it
    // has none online) and the appointment it gives from `now`.
    Result<Appointment> appointment(const Procedure& procedure, const QDateTime& now) const;
    // The decision row of `actor` taking dossier `code` to `state` at `now`; the caller adds the
    // dates that depend on the decision.
    static OnlineDecisionRow decisionRow(const Actor& actor, const QString& code, DossierState state,
                                         const QDateTime& now);
    // Writes the decided dossier's event, audit and outbox rows inside the open transaction.
    Result<Dossier> finish(const Actor& actor, const Dossier& before, const QString& newCode, DossierState state,
                           const QString& note, const QString& auditAction, QJsonObject auditDetails,
                           const std::function<void(QJsonObject&, const Dossier&)>& extra);
};

OnlineInboxService::OnlineInboxService(Database& db, const Clock& clock, Settings& settings,
                                       CatalogueService& catalogue, CalendarService& calendar, DossierService& dossiers)
    : d(std::make_unique<Private>(db, clock, settings, catalogue, calendar, dossiers))
{}

OnlineInboxService::~OnlineInboxService() = default;

int OnlineInboxService::acceptHours()
{
    const int hours = d->settings.integer(SettingKey::OnlineAcceptHours);
    return hours > 0 ? hours : 8;
}

QDateTime OnlineInboxService::deadline(const QDateTime& submittedAt)
{
    if (!submittedAt.isValid())
        return {};
    return d->calendar.calendar().addWorkingSeconds(submittedAt, qint64(acceptHours()) * 3600).toUTC();
}

Result<QList<OnlineWaiting>> OnlineInboxService::waiting()
{
    auto rows = d->inbox.waiting();
    if (!rows)
        return rows.error();
    const WorkCalendar calendar = d->calendar.calendar();
    const qint64 span = qint64(acceptHours()) * 3600;
    const QDateTime now = d->clock.now();
    QList<OnlineWaiting> out;
    out.reserve(rows->size());
    for (const OnlineWaitingRow& r : *rows) {
        OnlineWaiting w;
        w.id = r.id;
        w.code = r.code;
        w.onlineRef = r.onlineRef;
        w.applicantName = r.applicantName;
        w.procedureCode = r.procedureCode;
        w.procedureName = r.procedureName;
        w.submittedAt = r.submittedAt;
        if (r.submittedAt.isValid()) {
            w.deadline = calendar.addWorkingSeconds(r.submittedAt, span).toUTC();
            w.late = w.deadline < now;
        }
        out.append(w);
    }
    std::stable_sort(out.begin(), out.end(), [](const OnlineWaiting& a, const OnlineWaiting& b) {
        if (a.late != b.late)
            return a.late;
        if (a.deadline.isValid() != b.deadline.isValid())
            return a.deadline.isValid();
        return a.deadline < b.deadline;
    });
    return out;
}

Result<OnlineInboxService::Counts> OnlineInboxService::counts()
{
    auto rows = waiting();
    if (!rows)
        return rows.error();
    Counts c;
    c.waiting = static_cast<int>(rows->size());
    c.late = static_cast<int>(std::count_if(rows->begin(), rows->end(), [](const OnlineWaiting& w) { return w.late; }));
    return c;
}

Result<Dossier> OnlineInboxService::waitingDossier(const QString& reference)
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("motcua::OnlineInboxService", "Give the online dossier's reference."));
    auto dossier = d->repo.byCode(ref);
    if (!dossier)
        return dossier.error();
    if (dossier->onlineRef.isEmpty()) {
        return Error::notFound(
            QCoreApplication::translate("motcua::OnlineInboxService", "The dossier %1 was not submitted online.")
                .arg(dossier->code));
    }
    if (dossier->state != DossierState::Submitted) {
        return Error::conflict(QCoreApplication::translate("motcua::OnlineInboxService",
                                                           "The online dossier %1 is no longer waiting: it is %2.")
                                   .arg(dossier->onlineRef, stateName(dossier->state)));
    }
    return dossier;
}

Result<Appointment> OnlineInboxService::Private::appointment(const Procedure& procedure, const QDateTime& now) const
{
    const ProcedureChannel* channel = procedure.channel(Channel::Online);
    if (!channel)
        channel = procedure.channel(Channel::Counter);
    if (!channel) {
        return Error::conflict(
            QCoreApplication::translate("motcua::OnlineInboxService",
                                        "The procedure %1 has no processing time for this channel in the catalogue.")
                .arg(procedure.code));
    }
    return calendar.due(now, channel->timeValue, channel->timeUnit, procedure.receiveCutoff);
}

OnlineDecisionRow OnlineInboxService::Private::decisionRow(const Actor& actor, const QString& code, DossierState state,
                                                           const QDateTime& now)
{
    OnlineDecisionRow row;
    row.code = code;
    row.state = state;
    row.receivedAt = now;
    row.receivedBy = actor.username;
    row.updatedAt = now;
    return row;
}

Result<Dossier> OnlineInboxService::Private::finish(const Actor& actor, const Dossier& before, const QString& newCode,
                                                    DossierState state, const QString& note, const QString& auditAction,
                                                    QJsonObject auditDetails,
                                                    const std::function<void(QJsonObject&, const Dossier&)>& extra)
{
    auto deptId = repo.departmentIdByCode(before.departmentCode);
    if (!deptId)
        return deptId.error();
    const QDateTime now = clock.now();
    if (auto event = repo.addEvent(before.id, now, actor.username, DossierState::Submitted, state, 0, *deptId, note);
        !event)
        return event.error();
    auto after = repo.byId(before.id);
    if (!after)
        return after.error();
    auditDetails.insert(QStringLiteral("reference"), before.onlineRef);
    auditDetails.insert(QStringLiteral("procedure"), before.procedureCode);
    if (Status s = writeAudit(db, now, actor, auditAction, QStringLiteral("dossier"), newCode, auditDetails); !s)
        return s.error();
    QString departmentName;
    if (auto dept = catalogue.department(after->departmentCode))
        departmentName = dept->name;
    QJsonObject payload = dossierjson::portalRecord(*after, departmentName);
    payload.insert(QString::fromUtf16(kReferenceKey), before.onlineRef);
    payload.insert(QString::fromUtf16(kStateBeforeKey), stateKey(DossierState::Submitted));
    payload.insert(QString::fromUtf16(kStateAfterKey), stateKey(state));
    if (extra)
        extra(payload, *after);
    if (Status s = enqueueOutbox(db, now, SyncKind::Dossier, newCode, payload); !s)
        return s.error();
    return after;
}

Result<Dossier> OnlineInboxService::accept(const Actor& actor, const QString& reference, const QList<bool>& provided)
{
    if (Status s = requireRole(actor, Role::Clerk,
                               QCoreApplication::translate("motcua::OnlineInboxService", "receive dossiers"));
        !s)
        return s.error();
    auto dossier = waitingDossier(reference);
    if (!dossier)
        return dossier.error();
    if (!provided.isEmpty() && provided.size() != dossier->components.size()) {
        return Error::badInput(
            QCoreApplication::translate("motcua::OnlineInboxService",
                                        "The dossier declares %1 papers, but %2 were ticked or left.")
                .arg(dossier->components.size())
                .arg(provided.size()));
    }
    QList<bool> ticks = provided;
    if (ticks.isEmpty()) {
        for (const DossierComponent& c : dossier->components)
            ticks.append(c.provided);
    }
    auto procedure = d->catalogue.procedure(dossier->procedureCode);
    if (!procedure)
        return procedure.error();
    // As at the counter: a required paper that is not there blocks receiving.
    QStringList missing;
    for (const Component& c : procedure->components) {
        if (!c.required)
            continue;
        bool given = false;
        for (int i = 0; i < dossier->components.size(); ++i) {
            const DossierComponent& dc = dossier->components.at(i);
            if (dc.componentId == c.id || (dc.componentId == 0 && dc.name == c.name))
                given = given || ticks.at(i);
        }
        if (!given)
            missing.append(c.name);
    }
    if (!missing.isEmpty()) {
        return Error::conflict(
            QCoreApplication::translate("motcua::OnlineInboxService",
                                        "Required papers are missing: %1. Request a supplement or refuse the dossier "
                                        "instead of receiving it.")
                .arg(missing.join(QStringLiteral("; "))));
    }
    const QDateTime now = d->clock.now();
    auto appointment = d->appointment(*procedure, now);
    if (!appointment)
        return appointment.error();
    const QString agency = d->settings.string(SettingKey::CenterAgencyCode);

    Transaction tx(d->db);
    if (!tx.begun())
        return tx.begun().error();
    // The same numbering as a dossier received at the counter: a leased block or this
    // station's fallback range, never a number another counter may take.
    auto code = d->dossiers.codes().mint(agency, now);
    if (!code)
        return code.error();
    if (Status s = d->inbox.setPapersProvided(dossier->id, ticks); !s)
        return s.error();
    OnlineDecisionRow row = Private::decisionRow(actor, *code, DossierState::Received, now);
    row.appointmentAt = appointment->at.toUTC();
    row.appointmentRule = appointment->rule;
    if (Status s = d->inbox.decide(dossier->id, dossier->onlineRef, row); !s)
        return s.error();
    const int ticked = static_cast<int>(std::count(ticks.begin(), ticks.end(), true));
    auto after = d->finish(actor, *dossier, *code, DossierState::Received,
                           QCoreApplication::translate("motcua::OnlineInboxService", "Accepted from the online inbox"),
                           QStringLiteral("dossier.online_accept"),
                           QJsonObject{{QStringLiteral("appointment"), isoVietnam(row.appointmentAt)},
                                       {QStringLiteral("papers_ticked"), ticked},
                                       {QStringLiteral("papers"), static_cast<int>(ticks.size())}},
                           {});
    if (!after)
        return after.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcCore) << "online dossier accepted as" << *code;
    return after;
}

Result<Dossier> OnlineInboxService::requestSupplement(const Actor& actor, const QString& reference,
                                                      const QList<SupplementItem>& items)
{
    if (Status s =
            requireRole(actor, Role::Clerk,
                        QCoreApplication::translate("motcua::OnlineInboxService", "request supplements at intake"));
        !s)
        return s.error();
    auto dossier = waitingDossier(reference);
    if (!dossier)
        return dossier.error();
    auto clean = cleanSupplementItems(items);
    if (!clean)
        return clean.error();
    for (const SupplementItem& item : *clean) {
        const bool known = std::any_of(dossier->components.begin(), dossier->components.end(),
                                       [&item](const DossierComponent& c) { return c.name == item.componentName; });
        if (!known) {
            return fieldError(
                QStringLiteral("papers"),
                QCoreApplication::translate("motcua::OnlineInboxService", "\"%1\" is not a paper of this dossier.")
                    .arg(item.componentName));
        }
    }
    auto procedure = d->catalogue.procedure(dossier->procedureCode);
    if (!procedure)
        return procedure.error();
    const QDateTime now = d->clock.now();
    auto appointment = d->appointment(*procedure, now);
    if (!appointment)
        return appointment.error();

    Transaction tx(d->db);
    if (!tx.begun())
        return tx.begun().error();
    // As for a supplement asked at the counter: the appointment is computed now and the clock
    // stays paused until the papers arrive.
    OnlineDecisionRow row = Private::decisionRow(actor, dossier->code, DossierState::SupplementRequested, now);
    row.appointmentAt = appointment->at.toUTC();
    row.appointmentRule = appointment->rule;
    if (Status s = d->inbox.decide(dossier->id, dossier->onlineRef, row); !s)
        return s.error();
    if (Status s = d->intake.addItems(dossier->id, QStringLiteral("supplement"), *clean, now); !s)
        return s.error();
    const QString note =
        QCoreApplication::translate("motcua::OnlineInboxService", "Supplement requested from the online inbox: %1")
            .arg(supplementItemsText(*clean));
    const QString by = actor.username;
    auto after = d->finish(actor, *dossier, dossier->code, DossierState::SupplementRequested, note,
                           QStringLiteral("dossier.online_supplement"),
                           QJsonObject{{QStringLiteral("items"), int(clean->size())}},
                           [&clean, &by, now](QJsonObject& payload, const Dossier& after) {
                               payload.insert(QStringLiteral("DanhSachHoSoBoSung"),
                                              dossierjson::supplementRequest(by, *clean, now, after.appointmentAt));
                           });
    if (!after)
        return after.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcCore) << "online dossier sent back for a supplement";
    return after;
}

Result<Dossier> OnlineInboxService::refuse(const Actor& actor, const QString& reference, const QString& reason)
{
    if (Status s = requireRole(actor, Role::Clerk,
                               QCoreApplication::translate("motcua::OnlineInboxService", "refuse dossiers"));
        !s)
        return s.error();
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        return fieldError(
            QStringLiteral("reason"),
            QCoreApplication::translate("motcua::OnlineInboxService", "a refusal needs its reason (form 03)."));
    }
    auto dossier = waitingDossier(reference);
    if (!dossier)
        return dossier.error();
    const QDateTime now = d->clock.now();
    Transaction tx(d->db);
    if (!tx.begun())
        return tx.begun().error();
    OnlineDecisionRow row = Private::decisionRow(actor, dossier->code, DossierState::Refused, now);
    // Processing ends at once: there is nothing to appoint.
    row.appointmentAt = now;
    row.finishedAt = now;
    if (Status s = d->inbox.decide(dossier->id, dossier->onlineRef, row); !s)
        return s.error();
    if (Status s = d->intake.addItems(dossier->id, QStringLiteral("refusal"), {{QString(), why}}, now); !s)
        return s.error();
    const QString note =
        QCoreApplication::translate("motcua::OnlineInboxService", "Refused from the online inbox: %1").arg(why);
    // The reason is free text and might name people: the audit row keeps only that there is one.
    auto after =
        d->finish(actor, *dossier, dossier->code, DossierState::Refused, note, QStringLiteral("dossier.online_refuse"),
                  QJsonObject{{QStringLiteral("items"), 1}}, [now](QJsonObject& payload, const Dossier&) {
                      payload.insert(QStringLiteral("NgayTuChoi"), portalTime(now));
                  });
    if (!after)
        return after.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcCore) << "online dossier refused";
    return after;
}

} // namespace motcua
