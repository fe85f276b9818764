#pragma once

#include "core/Clock.h"
#include "core/WorkCalendar.h"
#include "service/ProcessingService.h"
#include "store/DossierRepository.h"
#include "store/ProcessingRepository.h"

#include <QJsonObject>

#include <functional>
#include <utility>

namespace motcua {

class Database;

// Internals shared by ProcessingService.cpp (the steps) and ProcessingServiceReads.cpp
// (reads, due dates, the ledger, action names).
struct ProcessingService::Private
{
    ProcessingService& service; // check()
    Database& db;
    const Clock& clock;
    Settings& settings;
    CatalogueService& catalogue;
    CalendarService& calendar;
    DossierService& dossiers;
    DossierRepository repo;
    ProcessingRepository rows;

    // The work calendar is rebuilt from the database at most once a minute: due() runs for
    // every visible row of a list, and holidays change a few times a year.
    WorkCalendar cachedCalendar;
    QDateTime calendarLoadedAt;

    Private(ProcessingService& q, Database& d, const Clock& c, Settings& s, CatalogueService& cat, CalendarService& cal,
            DossierService& dos)
        : service(q)
        , db(d)
        , clock(c)
        , settings(s)
        , catalogue(cat)
        , calendar(cal)
        , dossiers(dos)
        , repo(d)
        , rows(d)
    {}

    const WorkCalendar& workCalendar();

    // A read by dossier code: the error of an unknown code (NotFound), else `read(dossier)`.
    template<typename Read>
    auto withDossier(const QString& code, Read read) -> decltype(read(std::declval<const Dossier&>()))
    {
        auto dossier = repo.byCode(code.trimmed());
        if (!dossier)
            return dossier.error();
        return read(*dossier);
    }

    // One step of the state machine, written by commit().
    struct Step
    {
        ProcessingAction action = ProcessingAction::Transfer;
        DossierState to = DossierState::Received;
        qint64 fromDepartment = 0; // event row; 0: the counter
        qint64 toDepartment = 0;
        QString note;       // event note (the user's words)
        QString portalText; // NoiDungXuLy, Vietnamese (data for the portal, not a UI string)
        std::optional<QDateTime> finishedAt;
        std::optional<QDateTime> returnedAt;
        QJsonObject auditDetails; // never personal data
        // Rows of the step's own tables, written after the event inside the transaction.
        std::function<Status(qint64 eventId)> extra;
        // Extra fields of the portal's dossier record (supplement list, result papers).
        std::function<void(QJsonObject&)> portalExtra;
    };

    // Writes the step in one transaction: state, event, the step's own rows, audit, outbox.
    Result<Dossier> commit(const Actor& actor, const Dossier& before, Step step);

    // Location from the newest hand-over: where the paper dossier is, and the pending one.
    struct Where
    {
        qint64 departmentId = 0; // 0: the counter
        std::optional<Handover> pending;
    };
    Result<Where> where(qint64 dossierId);

    // The frame of every step: loads the dossier by its code, refuses what check() refuses,
    // finds where the dossier is and presets the step (the action, the state it leads to or
    // the state it keeps, both departments where the dossier is). `fill` checks the step's own
    // input (an error refuses the step, nothing is written) and sets the step's own fields;
    // then commit().
    using Fill = std::function<Status(const Dossier& dossier, const Where& where, Step& step)>;
    Result<Dossier> run(const Actor& actor, const QString& code, ProcessingAction action, const Fill& fill);
    // withdraw and stop: processing ends where the dossier is, for a reason that must be
    // given (`reasonMissing`, translated, when it is not).
    Result<Dossier> end(const Actor& actor, const QString& code, ProcessingAction action, const QString& reason,
                        const QString& reasonMissing, const QString& portalText);
    // Step::extra for a hand-over from one place to another (0: the counter) at `at`.
    std::function<Status(qint64 eventId)> handOver(qint64 dossierId, qint64 fromDepartment, qint64 toDepartment,
                                                   const QDateTime& at, const Actor& actor, const QString& note);
    // Step::extra that signs the receipt side of `handover` at `at`.
    std::function<Status(qint64 eventId)> signReceipt(const Handover& handover, const QDateTime& at,
                                                      const Actor& actor);

    QString departmentName(qint64 departmentId);
    QString departmentNameByCode(const QString& code);
    QJsonObject portalRecord(const Dossier& dossier);
    QDateTime lastPauseStart(qint64 dossierId, const QDateTime& fallback);
    DossierDue dueOf(const Dossier& dossier);
};

// The state a step leads to; std::nullopt for steps that keep the state (hand-backs, apology).
std::optional<DossierState> targetState(ProcessingAction action);

} // namespace motcua
