#include "service/ProcessingService.h"
#include "service/DepartmentQueue.h"
#include "store/SettingKeys.h"

#include "core/TextRules.h"

#include "core/DossierJson.h"
#include "core/Logging.h"
#include "core/SupplementItems.h"
#include "security/Roles.h"
#include "service/CalendarService.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "service/ProcessingServicePrivate.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace motcua {

namespace {

QString portalTime(const QDateTime& t)
{
    return t.isValid() ? toVietnam(t).toString(u"yyyyMMddHHmmss") : QString();
}

// What each step is called in a refusal ("Your role (Clerk) does not allow: stop processing.").
QString actionPhrase(ProcessingAction a)
{
    switch (a) {
    case ProcessingAction::Transfer:
        return QCoreApplication::translate("motcua::ProcessingService", "transfer dossiers");
    case ProcessingAction::Receive:
        return QCoreApplication::translate("motcua::ProcessingService", "take up dossiers");
    case ProcessingAction::RequestSupplement:
        return QCoreApplication::translate("motcua::ProcessingService", "request supplements");
    case ProcessingAction::SupplementReceived:
        return QCoreApplication::translate("motcua::ProcessingService", "record supplements");
    case ProcessingAction::AwaitingFees:
        return QCoreApplication::translate("motcua::ProcessingService", "ask for fees");
    case ProcessingAction::Complete:
        return QCoreApplication::translate("motcua::ProcessingService", "complete dossiers");
    case ProcessingAction::Return:
        return QCoreApplication::translate("motcua::ProcessingService", "return results");
    case ProcessingAction::Withdraw:
        return QCoreApplication::translate("motcua::ProcessingService", "withdraw dossiers");
    case ProcessingAction::Stop:
        return QCoreApplication::translate("motcua::ProcessingService", "stop processing");
    case ProcessingAction::BackToCounter:
        return QCoreApplication::translate("motcua::ProcessingService", "hand dossiers back to the counter");
    case ProcessingAction::ReceiveBack:
        return QCoreApplication::translate("motcua::ProcessingService", "receive dossiers back at the counter");
    case ProcessingAction::Apologize:
        return QCoreApplication::translate("motcua::ProcessingService", "issue apology letters with a new appointment");
    case ProcessingAction::TakeBack:
        return QCoreApplication::translate("motcua::ProcessingService", "take back transfers");
    }
    return {};
}

// The role each step needs (documented on ProcessingService).
Role requiredRole(ProcessingAction a)
{
    return a == ProcessingAction::Stop || a == ProcessingAction::Apologize ? Role::Supervisor : Role::Clerk;
}

// NguoiXuLy: ≤ 50 characters (docs/domain.md#the-national-portal).
QString handlerName(const Actor& actor)
{
    QString name = actor.fullName.isEmpty() ? actor.username : actor.fullName;
    if (name.size() > 50)
        name = name.left(46) + QStringLiteral("...");
    return name;
}

Error badField(const QString& field, const QString& why)
{
    return Error::badInput(
        QCoreApplication::translate("motcua::ProcessingService", "Field \"%1\": %2").arg(field, why));
}

} // namespace

std::optional<DossierState> targetState(ProcessingAction action)
{
    using S = DossierState;
    switch (action) {
    case ProcessingAction::Transfer:
        return S::Transferred;
    case ProcessingAction::Receive:
        return S::Processing;
    case ProcessingAction::RequestSupplement:
        return S::SupplementRequested;
    case ProcessingAction::SupplementReceived:
        return S::SupplementReceived;
    case ProcessingAction::AwaitingFees:
        return S::AwaitingFees;
    case ProcessingAction::Complete:
        return S::Done;
    case ProcessingAction::Return:
        return S::Returned;
    case ProcessingAction::Withdraw:
        return S::Withdrawn;
    case ProcessingAction::Stop:
        return S::Stopped;
    case ProcessingAction::BackToCounter:
    case ProcessingAction::ReceiveBack:
    case ProcessingAction::Apologize:
    case ProcessingAction::TakeBack: // the state before the transfer, from the history
        return std::nullopt;
    }
    return std::nullopt;
}

ProcessingService::ProcessingService(Database& db, const Clock& clock, Settings& settings, CatalogueService& catalogue,
                                     CalendarService& calendar, DossierService& dossiers)
    : d(std::make_unique<Private>(*this, db, clock, settings, catalogue, calendar, dossiers))
{}

ProcessingService::~ProcessingService() = default;

Status ProcessingService::check(const Dossier& dossier, const Actor& actor, ProcessingAction action)
{
    if (Status s = requireRole(actor, requiredRole(action), actionPhrase(action)); !s)
        return s;
    const std::optional<DossierState> to = targetState(action);
    if (to) {
        if (Status s = checkTransition(dossier.state, *to); !s)
            return s;
    }
    auto where = d->where(dossier.id);
    if (!where)
        return where.error();
    // A department officer takes only the department's steps, on dossiers with their department.
    if (Status s = DepartmentQueue(d->db, d->clock).officerMayAct(actor, action, where->departmentId); !s)
        return s;
    const bool pending = where->pending.has_value();
    const bool pendingToCounter = pending && where->pending->toDepartmentId == 0;
    using S = DossierState;
    switch (action) {
    case ProcessingAction::Transfer:
        if (pending) {
            return Error::conflict(
                QCoreApplication::translate("motcua::ProcessingService",
                                            "The dossier is on its way to %1: it must be received there before it is "
                                            "transferred again.")
                    .arg(d->departmentName(where->pending->toDepartmentId)));
        }
        break;
    case ProcessingAction::Receive:
        // Taking up a transferred dossier signs its hand-over; a dossier back from a supplement
        // or from paying fees is taken up where it is.
        if (dossier.state == S::Transferred ? !pending || pendingToCounter : where->departmentId == 0) {
            return Error::conflict(QCoreApplication::translate(
                "motcua::ProcessingService",
                "The dossier is at the counter, not with a department: transfer it to a department first."));
        }
        break;
    case ProcessingAction::BackToCounter:
        if (isTerminal(dossier.state) && dossier.state != S::Withdrawn && dossier.state != S::Stopped)
            return checkTransition(dossier.state, dossier.state);
        if (dossier.state == S::Submitted || where->departmentId == 0 || pending) {
            return Error::conflict(QCoreApplication::translate(
                "motcua::ProcessingService", "Only a dossier that a department has received can be handed back to the "
                                             "counter."));
        }
        break;
    case ProcessingAction::ReceiveBack:
        if (!pendingToCounter)
            return Error::conflict(QCoreApplication::translate(
                "motcua::ProcessingService", "Nothing was handed back to the counter for this dossier."));
        break;
    case ProcessingAction::Apologize: {
        const DossierDue due = d->dueOf(dossier);
        if (!DossierFilter::openRunningStates().contains(dossier.state)) {
            return Error::conflict(QCoreApplication::translate(
                                       "motcua::ProcessingService",
                                       "An apology letter is for a dossier still being processed; this one is \"%1\".")
                                       .arg(stateName(dossier.state)));
        }
        if (!due.overdue && !due.dueToday) {
            return Error::conflict(
                QCoreApplication::translate("motcua::ProcessingService",
                                            "The dossier is not late: its appointment is %1.")
                    .arg(toVietnam(dossier.appointmentAt).toString(QStringLiteral("HH:mm dd/MM/yyyy"))));
        }
        break;
    }
    case ProcessingAction::TakeBack: {
        // Any other state: the refusal names it (checkTakeBack).
        if (dossier.state != S::Transferred)
            return checkTakeBack(dossier.state, dossier.state);
        if (!pending || pendingToCounter) {
            return Error::conflict(QCoreApplication::translate(
                "motcua::ProcessingService",
                "Only a transfer that the department has not yet received can be taken back."));
        }
        const Handover& h = *where->pending;
        if (h.handedBy != actor.username) {
            return Error::forbidden(QCoreApplication::translate("motcua::ProcessingService",
                                                                "Only %1, who made the transfer, can take it back.")
                                        .arg(h.handedByName.isEmpty() ? h.handedBy : h.handedByName));
        }
        const int minutes = d->settings.integer(SettingKey::ProcessingTakeBackMinutes);
        if (d->clock.now() > h.handedAt.addSecs(qint64(minutes) * 60)) {
            return Error::conflict(
                QCoreApplication::translate("motcua::ProcessingService",
                                            "The transfer to %1 was made at %2: it can be taken back only within %n "
                                            "minute(s). Ask the department to hand the dossier back to the counter.",
                                            nullptr, minutes)
                    .arg(h.toDepartmentName, toVietnam(h.handedAt).toString(QStringLiteral("HH:mm dd/MM/yyyy"))));
        }
        break;
    }
    case ProcessingAction::Return:
    case ProcessingAction::RequestSupplement:
    case ProcessingAction::SupplementReceived:
    case ProcessingAction::AwaitingFees:
    case ProcessingAction::Complete:
    case ProcessingAction::Withdraw:
    case ProcessingAction::Stop:
        break;
    }
    return {};
}

QList<ProcessingAction> ProcessingService::allowedActions(const Dossier& dossier, const Actor& actor)
{
    QList<ProcessingAction> out;
    for (ProcessingAction a : allProcessingActions()) {
        if (check(dossier, actor, a))
            out.append(a);
    }
    return out;
}

Result<ProcessingService::Private::Where> ProcessingService::Private::where(qint64 dossierId)
{
    auto last = rows.lastHandover(dossierId);
    if (!last)
        return last.error();
    Where w;
    if (*last) {
        const Handover& h = **last;
        w.departmentId = h.toDepartmentId;
        if (h.isPending())
            w.pending = h;
    }
    return w;
}

QString ProcessingService::Private::departmentName(qint64 departmentId)
{
    if (departmentId <= 0)
        return QCoreApplication::translate("motcua::ProcessingService", "the counter");
    auto name = rows.departmentName(departmentId);
    return name ? *name : QString();
}

QString ProcessingService::Private::departmentNameByCode(const QString& code)
{
    auto dept = catalogue.department(code);
    return dept ? dept->name : QString();
}

QJsonObject ProcessingService::Private::portalRecord(const Dossier& dossier)
{
    return dossierjson::portalRecord(dossier, departmentNameByCode(dossier.departmentCode));
}

QDateTime ProcessingService::Private::lastPauseStart(qint64 dossierId, const QDateTime& fallback)
{
    auto at = rows.lastPauseStart(dossierId);
    return at && at->isValid() ? *at : fallback;
}

Result<Dossier> ProcessingService::Private::commit(const Actor& actor, const Dossier& before, Step step)
{
    // A step's text is printed on the processing forms, shown in the history and sent to the
    // portal: no control or text-direction character, and a capped length.
    if (const QString why = TextRules::problem(step.note, TextRules::kTextMax, true); !why.isEmpty())
        return badField(QStringLiteral("note"), why);
    const QDateTime now = clock.now();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    if (Status s = repo.updateState(before.id, step.to, now, step.finishedAt, step.returnedAt); !s)
        return s.error();
    // The history feed (OutboxStore::feedHistory) turns the event into the portal's
    // CapNhatTienDoHoSoMC row, with portalText as its NoiDungXuLy.
    auto event = repo.addEvent(before.id, now, actor.username, before.state, step.to, step.fromDepartment,
                               step.toDepartment, step.note, step.portalText);
    if (!event)
        return event.error();
    if (step.extra) {
        if (Status s = step.extra(*event); !s)
            return s.error();
    }
    auto after = repo.byId(before.id);
    if (!after)
        return after.error();

    QJsonObject details = step.auditDetails;
    details.insert(QStringLiteral("from"), stateKey(before.state));
    details.insert(QStringLiteral("to"), stateKey(step.to));
    details.insert(QStringLiteral("event"), *event);
    if (Status s = writeAudit(db, now, actor, QStringLiteral("dossier.") + processingActionKey(step.action),
                              QStringLiteral("dossier"), before.code, details);
        !s)
        return s.error();

    // The dossier record only when a field the portal keeps changed.
    QJsonObject recordBefore = portalRecord(before);
    QJsonObject recordAfter = portalRecord(*after);
    if (step.portalExtra)
        step.portalExtra(recordAfter);
    // A step names the state it starts from and the one it leads to: the center applies it only
    // while the dossier is still where this workstation saw it (CenterFeed::checkSteps).
    if (before.state != step.to) {
        recordAfter.insert(QStringLiteral("MC_TrangThaiTruoc"), stateKey(before.state));
        recordAfter.insert(QStringLiteral("MC_TrangThaiMoi"), stateKey(step.to));
    }
    if (recordAfter != recordBefore) {
        if (Status s = enqueueOutbox(db, now, SyncKind::Dossier, before.code, recordAfter); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcCore) << "dossier" << before.code << stateKey(before.state) << "->" << stateKey(step.to);
    return after;
}

// ---------------------------------------------------------------------------------------
// The steps

Result<Dossier> ProcessingService::Private::run(const Actor& actor, const QString& code, ProcessingAction action,
                                                const Fill& fill)
{
    auto dossier = repo.byCode(code.trimmed());
    if (!dossier)
        return dossier.error();
    if (Status s = service.check(*dossier, actor, action); !s)
        return s.error();
    auto place = where(dossier->id);
    if (!place)
        return place.error();
    Step step;
    step.action = action;
    step.to = targetState(action).value_or(dossier->state);
    step.fromDepartment = place->departmentId;
    step.toDepartment = place->departmentId;
    if (Status s = fill(*dossier, *place, step); !s)
        return s.error();
    return commit(actor, *dossier, std::move(step));
}

std::function<Status(qint64)> ProcessingService::Private::handOver(qint64 dossierId, qint64 fromDepartment,
                                                                   qint64 toDepartment, const QDateTime& at,
                                                                   const Actor& actor, const QString& note)
{
    return [this, dossierId, fromDepartment, toDepartment, at, &actor, note](qint64 eventId) -> Status {
        auto id = rows.addHandover(dossierId, eventId, fromDepartment, toDepartment, at, actor.username, actor.fullName,
                                   note);
        return id ? Status() : Status(id.error());
    };
}

std::function<Status(qint64)> ProcessingService::Private::signReceipt(const Handover& handover, const QDateTime& at,
                                                                      const Actor& actor)
{
    return [this, id = handover.id, at, &actor](qint64) {
        return rows.receiveHandover(id, at, actor.username, actor.fullName);
    };
}

Result<Dossier> ProcessingService::transfer(const Actor& actor, const QString& code, const QString& departmentCode,
                                            const QString& note)
{
    return d->run(actor, code, ProcessingAction::Transfer,
                  [&](const Dossier& dossier, const Private::Where& where, Private::Step& step) -> Status {
                      if (departmentCode.trimmed().isEmpty())
                          return badField(QStringLiteral("department"),
                                          QCoreApplication::translate("motcua::ProcessingService",
                                                                      "name the department to transfer to."));
                      auto target = d->repo.departmentIdByCode(departmentCode.trimmed());
                      if (!target)
                          return Error::badInput(target.error().message);
                      if (where.departmentId == *target) {
                          return Error::conflict(
                              QCoreApplication::translate("motcua::ProcessingService",
                                                          "The dossier is already with %1: choose another department.")
                                  .arg(d->departmentName(*target)));
                      }
                      step.toDepartment = *target;
                      step.note = note.trimmed();
                      step.portalText = QStringLiteral("Chuyển hồ sơ đến %1").arg(d->departmentName(*target));
                      step.auditDetails = {{QStringLiteral("from_department"), where.departmentId},
                                           {QStringLiteral("to_department"), *target}};
                      step.extra =
                          d->handOver(dossier.id, where.departmentId, *target, d->clock.now(), actor, step.note);
                      return {};
                  });
}

QDateTime ProcessingService::takeBackDeadline(const Dossier& dossier)
{
    auto where = d->where(dossier.id);
    if (!where || !where->pending || dossier.state != DossierState::Transferred)
        return {};
    return where->pending->handedAt.addSecs(qint64(d->settings.integer(SettingKey::ProcessingTakeBackMinutes)) * 60);
}

Result<Dossier> ProcessingService::takeBack(const Actor& actor, const QString& code, const QString& note)
{
    return d->run(actor, code, ProcessingAction::TakeBack,
                  [&](const Dossier& dossier, const Private::Where& where, Private::Step& step) -> Status {
                      const Handover h = *where.pending; // check() made sure there is one
                      // The state before the transfer: the `from` of the transfer's own event.
                      auto events = d->repo.events(dossier.id);
                      if (!events)
                          return events.error();
                      std::optional<DossierState> before;
                      for (const DossierEventRow& e : *events) {
                          if (e.id == h.eventId)
                              before = e.from;
                      }
                      if (!before)
                          return Error::conflict(QCoreApplication::translate(
                              "motcua::ProcessingService",
                              "The transfer's history row is missing: the transfer cannot be taken back."));
                      if (Status s = checkTakeBack(dossier.state, *before); !s)
                          return s;
                      step.to = *before;
                      step.fromDepartment = h.toDepartmentId;
                      step.toDepartment = h.fromDepartmentId;
                      step.note = note.trimmed();
                      step.portalText = QStringLiteral("Thu hồi hồ sơ đã chuyển nhầm đến %1").arg(h.toDepartmentName);
                      step.auditDetails = {{QStringLiteral("handover"), h.id},
                                           {QStringLiteral("transfer_event"), h.eventId},
                                           {QStringLiteral("from_department"), h.fromDepartmentId},
                                           {QStringLiteral("to_department"), h.toDepartmentId},
                                           {QStringLiteral("transferred_at"), portalTime(h.handedAt)}};
                      step.extra = [this, id = h.id](qint64) { return d->rows.cancelHandover(id); };
                      return {};
                  });
}

Result<Dossier> ProcessingService::receive(const Actor& actor, const QString& code, const QString& note)
{
    return d->run(actor, code, ProcessingAction::Receive,
                  [&](const Dossier&, const Private::Where& where, Private::Step& step) -> Status {
                      step.note = note.trimmed();
                      if (where.pending) {
                          const Handover& h = *where.pending;
                          step.fromDepartment = h.fromDepartmentId;
                          step.toDepartment = h.toDepartmentId;
                          step.portalText = QStringLiteral("%1 tiếp nhận hồ sơ").arg(h.toDepartmentName);
                          step.extra = d->signReceipt(h, d->clock.now(), actor);
                      } else {
                          step.portalText = QStringLiteral("Tiếp tục xử lý hồ sơ");
                      }
                      step.auditDetails = {{QStringLiteral("department"), step.toDepartment}};
                      return {};
                  });
}

Result<Dossier> ProcessingService::requestSupplement(const Actor& actor, const QString& code,
                                                     const QList<SupplementItem>& items, const QString& note)
{
    return d->run(actor, code, ProcessingAction::RequestSupplement,
                  [&](const Dossier& dossier, const Private::Where&, Private::Step& step) -> Status {
                      auto papersAsked = cleanSupplementItems(items);
                      if (!papersAsked)
                          return papersAsked.error();
                      const QList<SupplementItem> clean = *papersAsked;
                      const QDateTime now = d->clock.now();
                      step.note = QCoreApplication::translate("motcua::ProcessingService", "Supplement requested: %1")
                                      .arg(supplementItemsText(clean));
                      if (!note.trimmed().isEmpty())
                          step.note += QStringLiteral(". ") + note.trimmed();
                      step.portalText = QStringLiteral("Yêu cầu bổ sung hồ sơ");
                      step.auditDetails = {{QStringLiteral("items"), static_cast<int>(clean.size())}};
                      const qint64 dossierId = dossier.id;
                      const QDateTime appointment = dossier.appointmentAt;
                      step.extra = [this, dossierId, now, &actor, clean, appointment](qint64) -> Status {
                          auto id = d->rows.addSupplement(dossierId, now, actor.username, clean, appointment);
                          return id ? Status() : Status(id.error());
                      };
                      step.portalExtra = [&actor, now, clean, appointment](QJsonObject& record) {
                          record.insert(QStringLiteral("DanhSachHoSoBoSung"),
                                        dossierjson::supplementRequest(handlerName(actor), clean, now, appointment));
                      };
                      return {};
                  });
}

Result<Dossier> ProcessingService::supplementReceived(const Actor& actor, const QString& code, const QString& note)
{
    return d->run(
        actor, code, ProcessingAction::SupplementReceived,
        [&](const Dossier& dossier, const Private::Where&, Private::Step& step) -> Status {
            const QDateTime now = d->clock.now();
            // The clock stood still from the request to now: the appointment moves by that much
            // working time (a paused weekend or holiday costs nothing).
            const WorkCalendar calendar = d->calendar.calendar();
            const QDateTime pausedAt = d->lastPauseStart(dossier.id, dossier.receivedAt);
            const qint64 paused = qMax<qint64>(0, calendar.workingSecondsBetween(pausedAt, now));
            const QDateTime before = dossier.appointmentAt;
            const QDateTime after = calendar.extendForPause(before, pausedAt, now).toUTC();
            const QString rule =
                QCoreApplication::translate("motcua::ProcessingService",
                                            "%1; moved by %2 working hours of supplement pause (%3 – %4)")
                    .arg(dossier.appointmentRule, QString::number(static_cast<double>(paused) / 3600.0, 'f', 1),
                         toVietnam(pausedAt).toString(QStringLiteral("HH:mm dd/MM/yyyy")),
                         toVietnam(now).toString(QStringLiteral("HH:mm dd/MM/yyyy")));

            step.note = note.trimmed();
            step.portalText = QStringLiteral("Tiếp nhận hồ sơ bổ sung");
            step.auditDetails = {{QStringLiteral("paused_working_seconds"), paused},
                                 {QStringLiteral("appointment_before"), portalTime(before)},
                                 {QStringLiteral("appointment_after"), portalTime(after)}};
            const qint64 dossierId = dossier.id;
            step.extra = [this, dossierId, pausedAt, now, &actor, paused, before, after, rule](qint64) -> Status {
                if (Status s = d->rows.closeSupplement(dossierId, pausedAt, now, actor.username, paused, before, after);
                    !s)
                    return s;
                return d->rows.updateAppointment(dossierId, after, rule, now);
            };
            step.portalExtra = [&actor, now, pausedAt, before, after](QJsonObject& record) {
                record.insert(QStringLiteral("DanhSachHoSoBoSung"),
                              QJsonArray{QJsonObject{{QStringLiteral("NgayBoSung"), portalTime(pausedAt)},
                                                     {QStringLiteral("NguoiTiepNhanBoSung"), handlerName(actor)},
                                                     {QStringLiteral("NgayTiepNhanBoSung"), portalTime(now)},
                                                     {QStringLiteral("TrangThaiBoSung"), QStringLiteral("1")},
                                                     {QStringLiteral("NgayHenTraTruoc"), portalTime(before)},
                                                     {QStringLiteral("NgayHenTraMoi"), portalTime(after)}}});
            };
            return {};
        });
}

Result<Dossier> ProcessingService::awaitFees(const Actor& actor, const QString& code, const QString& note)
{
    return d->run(actor, code, ProcessingAction::AwaitingFees,
                  [&](const Dossier&, const Private::Where&, Private::Step& step) -> Status {
                      step.note = note.trimmed();
                      step.portalText = QStringLiteral("Yêu cầu thực hiện nghĩa vụ tài chính");
                      return {};
                  });
}

Result<Dossier> ProcessingService::complete(const Actor& actor, const QString& code, const QString& note)
{
    return d->run(actor, code, ProcessingAction::Complete,
                  [&](const Dossier& dossier, const Private::Where& where, Private::Step& step) -> Status {
                      const QDateTime now = d->clock.now();
                      step.toDepartment = 0;
                      step.note = note.trimmed();
                      step.finishedAt = now;
                      step.portalText = QStringLiteral("Kết thúc xử lý hồ sơ");
                      const Timeliness t = classifyProcessed(now, dossier.appointmentAt);
                      step.auditDetails = {{QStringLiteral("department"), where.departmentId},
                                           {QStringLiteral("timeliness"), timelinessKey(t)}};
                      // The result goes from the department to the counter, which hands it to the applicant.
                      if (where.departmentId > 0)
                          step.extra = d->handOver(dossier.id, where.departmentId, 0, now, actor, step.note);
                      return {};
                  });
}

Result<Dossier> ProcessingService::returnResult(const Actor& actor, const QString& code, const ReturnRecord& record)
{
    return d->run(
        actor, code, ProcessingAction::Return,
        [&](const Dossier& dossier, const Private::Where& where, Private::Step& step) -> Status {
            ReturnRecord r = record;
            r.collectorName = r.collectorName.simplified();
            r.collectorIdNumber = r.collectorIdNumber.trimmed();
            r.note = r.note.trimmed();
            QStringList papers;
            for (const QString& p : std::as_const(r.resultPapers)) {
                if (!p.trimmed().isEmpty())
                    papers.append(p.simplified());
            }
            r.resultPapers = papers;
            if (r.collectorName.isEmpty())
                return badField(QStringLiteral("collector.name"),
                                QCoreApplication::translate("motcua::ProcessingService",
                                                            "the name of the person collecting is required."));
            // Printed on the return slip: no control or text-direction character.
            if (const QString why = TextRules::problem(r.collectorName, TextRules::kNameMax); !why.isEmpty())
                return badField(QStringLiteral("collector.name"), why);
            for (const QString& paper : std::as_const(r.resultPapers)) {
                if (const QString why = TextRules::problem(paper, TextRules::kLineMax); !why.isEmpty())
                    return badField(QStringLiteral("result_papers"), why);
            }
            static const QRegularExpression idRe(QStringLiteral("^(\\d{9}|\\d{12}|[A-Z][0-9]{7,8})$"));
            if (!idRe.match(r.collectorIdNumber).hasMatch()) {
                return badField(
                    QStringLiteral("collector.id_number"),
                    QCoreApplication::translate(
                        "motcua::ProcessingService",
                        "an ID number has 12 digits (citizen ID), 9 digits (old ID card) or is a passport number."));
            }
            if (r.resultPapers.isEmpty())
                return badField(QStringLiteral("result_papers"),
                                QCoreApplication::translate("motcua::ProcessingService",
                                                            "name at least one result paper handed over."));
            if (dossier.totalFees().toVnd() > 0 && !r.feesSettled)
                return Error::conflict(QCoreApplication::translate(
                    "motcua::ProcessingService",
                    "The fees of this dossier are not settled: settle them before returning the result."));
            const QDateTime now = d->clock.now();
            if (!r.collectedAt.isValid())
                r.collectedAt = now;
            r.collectedAt = r.collectedAt.toUTC();
            if (r.collectedAt > now.addSecs(300))
                return badField(QStringLiteral("collected_at"),
                                QCoreApplication::translate("motcua::ProcessingService",
                                                            "the time of collection is in the future."));
            if (dossier.finishedAt.isValid() && r.collectedAt < dossier.finishedAt)
                return badField(QStringLiteral("collected_at"),
                                QCoreApplication::translate("motcua::ProcessingService",
                                                            "the result was collected before it was ready."));
            r.returnedBy = actor.username;

            // The result is handed to the applicant at the counter: the event names no department.
            step.fromDepartment = 0;
            step.toDepartment = 0;
            step.note = QCoreApplication::translate("motcua::ProcessingService", "Result returned: %1")
                            .arg(r.resultPapers.join(QStringLiteral("; ")));
            if (!r.note.isEmpty())
                step.note += QStringLiteral(". ") + r.note;
            step.returnedAt = r.collectedAt;
            step.portalText = QStringLiteral("Trả kết quả giải quyết hồ sơ");
            step.auditDetails = {{QStringLiteral("papers"), static_cast<int>(r.resultPapers.size())},
                                 {QStringLiteral("fees_settled"), r.feesSettled}};
            const qint64 dossierId = dossier.id;
            const std::optional<Handover> pending = where.pending;
            step.extra = [this, dossierId, r, pending, &actor](qint64) -> Status {
                // The clerk holds the result: a hand-over to the counter still open is received now.
                if (pending && pending->toDepartmentId == 0) {
                    if (Status s = d->rows.receiveHandover(pending->id, r.collectedAt, actor.username, actor.fullName);
                        !s)
                        return s;
                }
                return d->rows.addReturn(dossierId, r);
            };
            // The record sent after the step is read back with the return: its result papers go
            // to DanhSachGiayToKetQua beside any result file (dossierjson::portalRecord).
            return {};
        });
}

Result<Dossier> ProcessingService::Private::end(const Actor& actor, const QString& code, ProcessingAction action,
                                                const QString& reason, const QString& reasonMissing,
                                                const QString& portalText)
{
    return run(actor, code, action, [&](const Dossier&, const Where&, Step& step) -> Status {
        if (reason.trimmed().isEmpty())
            return badField(QStringLiteral("reason"), reasonMissing);
        step.note = reason.trimmed();
        step.finishedAt = clock.now();
        step.portalText = portalText;
        return {};
    });
}

Result<Dossier> ProcessingService::withdraw(const Actor& actor, const QString& code, const QString& reason)
{
    return d->end(
        actor, code, ProcessingAction::Withdraw, reason,
        QCoreApplication::translate("motcua::ProcessingService", "say why the applicant withdraws the dossier."),
        QStringLiteral("Công dân rút hồ sơ"));
}

Result<Dossier> ProcessingService::stop(const Actor& actor, const QString& code, const QString& reason)
{
    return d->end(actor, code, ProcessingAction::Stop, reason,
                  QCoreApplication::translate("motcua::ProcessingService", "say why processing stops."),
                  QStringLiteral("Dừng xử lý hồ sơ"));
}

Result<Dossier> ProcessingService::backToCounter(const Actor& actor, const QString& code, const QString& note)
{
    return d->run(actor, code, ProcessingAction::BackToCounter,
                  [&](const Dossier& dossier, const Private::Where& where, Private::Step& step) -> Status {
                      step.toDepartment = 0;
                      step.note = note.trimmed();
                      step.portalText = QStringLiteral("Chuyển hồ sơ về Bộ phận Một cửa");
                      step.auditDetails = {{QStringLiteral("from_department"), where.departmentId}};
                      step.extra = d->handOver(dossier.id, where.departmentId, 0, d->clock.now(), actor, step.note);
                      return {};
                  });
}

Result<Dossier> ProcessingService::receiveBack(const Actor& actor, const QString& code, const QString& note)
{
    return d->run(actor, code, ProcessingAction::ReceiveBack,
                  [&](const Dossier&, const Private::Where& where, Private::Step& step) -> Status {
                      // check() refuses the step when nothing waits for the counter.
                      const Handover& h = *where.pending;
                      step.fromDepartment = h.fromDepartmentId;
                      step.toDepartment = 0;
                      step.note = note.trimmed();
                      step.portalText =
                          QStringLiteral("Bộ phận Một cửa nhận lại hồ sơ từ %1").arg(h.fromDepartmentName);
                      step.auditDetails = {{QStringLiteral("from_department"), h.fromDepartmentId}};
                      step.extra = d->signReceipt(h, d->clock.now(), actor);
                      return {};
                  });
}

Result<Apology> ProcessingService::apologize(const Actor& actor, const QString& code, const QDateTime& newAppointment,
                                             const QString& reason)
{
    Apology a;
    auto done = d->run(
        actor, code, ProcessingAction::Apologize,
        [&](const Dossier& dossier, const Private::Where&, Private::Step& step) -> Status {
            const QDateTime now = d->clock.now();
            if (reason.trimmed().isEmpty())
                return badField(
                    QStringLiteral("reason"),
                    QCoreApplication::translate("motcua::ProcessingService", "say why the dossier is late (form 04)."));
            if (!newAppointment.isValid() || newAppointment <= now || newAppointment <= dossier.appointmentAt)
                return badField(QStringLiteral("appointment"),
                                QCoreApplication::translate(
                                    "motcua::ProcessingService",
                                    "the new appointment must be later than now and than the old appointment."));
            a.at = now;
            a.by = actor.username;
            a.appointmentBefore = dossier.appointmentAt;
            a.appointmentAfter = newAppointment.toUTC();
            a.reason = reason.trimmed();
            step.note = QCoreApplication::translate("motcua::ProcessingService",
                                                    "Apology letter (form 04), new appointment %1: %2")
                            .arg(toVietnam(a.appointmentAfter).toString(QStringLiteral("HH:mm dd/MM/yyyy")), a.reason);
            step.portalText = QStringLiteral("Xin lỗi và hẹn lại ngày trả kết quả");
            step.auditDetails = {{QStringLiteral("appointment_before"), portalTime(a.appointmentBefore)},
                                 {QStringLiteral("appointment_after"), portalTime(a.appointmentAfter)}};
            const qint64 dossierId = dossier.id;
            const QString rule = QCoreApplication::translate("motcua::ProcessingService",
                                                             "New appointment by apology letter (form 04) of %1")
                                     .arg(toVietnam(now).toString(QStringLiteral("dd/MM/yyyy")));
            step.extra = [this, dossierId, &a, rule, now](qint64) -> Status {
                auto id = d->rows.addApology(dossierId, a);
                if (!id)
                    return id.error();
                a.id = *id;
                return d->rows.updateAppointment(dossierId, a.appointmentAfter, rule, now);
            };
            return {};
        });
    if (!done)
        return done.error();
    return a;
}

} // namespace motcua
