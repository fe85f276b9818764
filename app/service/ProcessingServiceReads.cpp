// ProcessingService: reads, due dates, the ledger (form 06) and the names of the steps.

#include "service/CalendarService.h"
#include "service/ProcessingService.h"
#include "service/ProcessingServicePrivate.h"
#include "store/Journal.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace motcua {

namespace {

struct ActionInfo
{
    ProcessingAction action;
    const char16_t* key;
    const char* name; // translated through QCoreApplication::translate("motcua::ProcessingServiceReads", ...)
};

const ActionInfo kActions[] = {
    {ProcessingAction::Transfer, u"transfer",
     QT_TRANSLATE_NOOP("motcua::ProcessingServiceReads", "Transfer to a department")},
    {ProcessingAction::Receive, u"receive",
     QT_TRANSLATE_NOOP("motcua::ProcessingServiceReads", "Take up (department)")},
    {ProcessingAction::RequestSupplement, u"request_supplement",
     QT_TRANSLATE_NOOP("motcua::ProcessingServiceReads", "Request a supplement")},
    {ProcessingAction::SupplementReceived, u"supplement_received",
     QT_TRANSLATE_NOOP("motcua::ProcessingServiceReads", "Supplement received")},
    {ProcessingAction::AwaitingFees, u"awaiting_fees",
     QT_TRANSLATE_NOOP("motcua::ProcessingServiceReads", "Ask for fees")},
    {ProcessingAction::Complete, u"complete",
     QT_TRANSLATE_NOOP("motcua::ProcessingServiceReads", "Complete (result ready)")},
    {ProcessingAction::Return, u"return", QT_TRANSLATE_NOOP("motcua::ProcessingServiceReads", "Return the result")},
    {ProcessingAction::Withdraw, u"withdraw", QT_TRANSLATE_NOOP("motcua::ProcessingServiceReads", "Withdraw")},
    {ProcessingAction::Stop, u"stop", QT_TRANSLATE_NOOP("motcua::ProcessingServiceReads", "Stop processing")},
    {ProcessingAction::BackToCounter, u"back_to_counter",
     QT_TRANSLATE_NOOP("motcua::ProcessingServiceReads", "Hand back to the counter")},
    {ProcessingAction::ReceiveBack, u"receive_back",
     QT_TRANSLATE_NOOP("motcua::ProcessingServiceReads", "Receive back at the counter")},
    {ProcessingAction::Apologize, u"apologize",
     QT_TRANSLATE_NOOP("motcua::ProcessingServiceReads", "Apology letter and new appointment")},
    {ProcessingAction::TakeBack, u"take_back",
     QT_TRANSLATE_NOOP("motcua::ProcessingServiceReads", "Take back the transfer")},
};

} // namespace

QList<ProcessingAction> allProcessingActions()
{
    QList<ProcessingAction> out;
    for (const ActionInfo& a : kActions)
        out.append(a.action);
    return out;
}

QString processingActionKey(ProcessingAction a)
{
    for (const ActionInfo& i : kActions) {
        if (i.action == a)
            return QString::fromUtf16(i.key);
    }
    return {};
}

bool processingActionFromKey(const QString& key, ProcessingAction* out)
{
    for (const ActionInfo& i : kActions) {
        // The CLI spells the words with hyphens ("receive-back").
        if (key == QStringView(i.key) ||
            QString(key).replace(QLatin1Char('-'), QLatin1Char('_')) == QStringView(i.key)) {
            *out = i.action;
            return true;
        }
    }
    return false;
}

QString processingActionName(ProcessingAction a)
{
    for (const ActionInfo& i : kActions) {
        if (i.action == a)
            return QCoreApplication::translate("motcua::ProcessingServiceReads", i.name);
    }
    return {};
}

const WorkCalendar& ProcessingService::Private::workCalendar()
{
    const QDateTime wall = clock.now();
    if (!calendarLoadedAt.isValid() || calendarLoadedAt.secsTo(wall) > 60 || wall < calendarLoadedAt) {
        cachedCalendar = calendar.calendar();
        calendarLoadedAt = wall;
    }
    return cachedCalendar;
}

DossierDue ProcessingService::Private::dueOf(const Dossier& dossier)
{
    const WorkCalendar& cal = workCalendar();
    const QDateTime now = clock.now();
    DossierDue due;
    due.appointmentAt = dossier.appointmentAt;
    due.workingDaySeconds = cal.workingDaySeconds();
    due.clockPaused = isClockPaused(dossier.state);
    const bool ended = dossier.finishedAt.isValid() || isTerminal(dossier.state) || dossier.state == DossierState::Done;
    due.open = !ended;
    if (ended) {
        if (dossier.finishedAt.isValid()) {
            due.timeliness = classifyProcessed(dossier.finishedAt, dossier.appointmentAt);
            due.remainingWorkingSeconds = cal.workingSecondsBetween(dossier.finishedAt, dossier.appointmentAt);
        }
        return due;
    }
    // A paused clock keeps the time left at the moment of the request.
    const QDateTime from = due.clockPaused ? lastPauseStart(dossier.id, dossier.receivedAt) : now;
    due.remainingWorkingSeconds = cal.workingSecondsBetween(from, dossier.appointmentAt);
    if (DossierFilter::openRunningStates().contains(dossier.state)) {
        due.overdue = isOverdueAt(dossier.appointmentAt, now);
        due.dueToday = !due.overdue && isDueOn(dossier.appointmentAt, toVietnam(now).date());
    }
    return due;
}

DossierDue ProcessingService::due(const Dossier& dossier)
{
    return d->dueOf(dossier);
}

Result<DossierDue> ProcessingService::due(const QString& code)
{
    return d->withDossier(code, [this](const Dossier& dossier) -> Result<DossierDue> { return d->dueOf(dossier); });
}

Result<QList<DossierEventRow>> ProcessingService::timeline(const QString& code)
{
    return d->withDossier(code, [this](const Dossier& dossier) { return d->repo.events(dossier.id); });
}

Result<QList<Handover>> ProcessingService::handovers(const QString& code)
{
    return d->withDossier(code, [this](const Dossier& dossier) { return d->rows.handovers(dossier.id); });
}

Result<DossierLocation> ProcessingService::location(const QString& code)
{
    return d->withDossier(code, [this](const Dossier& dossier) -> Result<DossierLocation> {
        auto last = d->rows.lastHandover(dossier.id);
        if (!last)
            return last.error();
        DossierLocation where;
        if (*last) {
            where.departmentCode = (*last)->toDepartmentCode;
            where.departmentName = (*last)->toDepartmentName;
            where.inTransit = (*last)->isPending();
        }
        return where;
    });
}

Result<QList<SupplementRequest>> ProcessingService::supplements(const QString& code)
{
    return d->withDossier(code, [this](const Dossier& dossier) { return d->rows.supplements(dossier.id); });
}

Result<QList<Apology>> ProcessingService::apologies(const QString& code)
{
    return d->withDossier(code, [this](const Dossier& dossier) { return d->rows.apologies(dossier.id); });
}

Result<ReturnRecord> ProcessingService::returnRecord(const QString& code)
{
    return d->withDossier(code, [this](const Dossier& dossier) { return d->rows.returnRecord(dossier.id); });
}

Status ProcessingService::auditLedgerExport(const Actor& by, const QDate& from, const QDate& to, const QString& format,
                                            int dossiers)
{
    const QJsonObject details{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                              {QStringLiteral("to"), to.toString(Qt::ISODate)},
                              {QStringLiteral("format"), format},
                              {QStringLiteral("dossiers"), dossiers}};
    return writeAudit(d->db, d->clock.now(), by, QStringLiteral("ledger.export"), QStringLiteral("ledger"),
                      from.toString(Qt::ISODate) + QLatin1Char('/') + to.toString(Qt::ISODate), details);
}

Result<QList<LedgerRow>> ProcessingService::ledger(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        return Error::badInput(QCoreApplication::translate(
            "motcua::ProcessingServiceReads", "The ledger needs a date range whose end is not before its start."));
    }
    const qint64 first = DossierRepository::vietnamDayRange(from).first;
    const qint64 end = DossierRepository::vietnamDayRange(to).second;
    auto sources = d->rows.ledger(first, end);
    if (!sources)
        return sources.error();
    // Clerks' names once per user, not once per row.
    QHash<QString, QString> names;
    UserRepository users(d->db);
    QList<LedgerRow> out;
    out.reserve(sources->size());
    for (ProcessingRepository::LedgerSource& s : *sources) {
        LedgerRow row = s.row;
        row.number = static_cast<int>(out.size()) + 1;
        auto it = names.constFind(s.receivedByUser);
        if (it == names.constEnd()) {
            auto user = users.byUsername(s.receivedByUser);
            it = names.insert(s.receivedByUser, user && !user->fullName.isEmpty() ? user->fullName : s.receivedByUser);
        }
        row.receivedBy = *it;
        // Notes: the state and, once processing ended, early / on time / late (Timeliness.h).
        const DossierState state = static_cast<DossierState>(s.state);
        row.state = state;
        row.dossierNotes = row.notes;
        QStringList notes{stateName(state)};
        if (s.finishedAt.isValid() && state != DossierState::Refused) {
            row.timeliness = classifyProcessed(s.finishedAt, row.appointmentAt);
            notes.append(timelinessName(*row.timeliness));
        }
        if (!row.notes.isEmpty())
            notes.append(row.notes);
        row.notes = notes.join(QStringLiteral("; "));
        out.append(row);
    }
    return out;
}

} // namespace motcua
