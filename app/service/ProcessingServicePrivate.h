#pragma once

#include "core/Clock.h"
#include "core/WorkCalendar.h"
#include "service/ProcessingService.h"
#include "store/DossierRepository.h"
#include "store/ProcessingRepository.h"

#include <QJsonObject>

#include <functional>

namespace motcua {

class Database;

// Internals shared by ProcessingService.cpp (the steps) and ProcessingServiceReads.cpp
// (reads, due dates, the ledger, action names).
struct ProcessingService::Private
{
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

    Private(Database& d, const Clock& c, Settings& s, CatalogueService& cat, CalendarService& cal, DossierService& dos)
        : db(d)
        , clock(c)
        , settings(s)
        , catalogue(cat)
        , calendar(cal)
        , dossiers(dos)
        , repo(d)
        , rows(d)
    {}

    const WorkCalendar& workCalendar();

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

    // Loads the dossier, checks role and state, and writes the step in one transaction.
    Result<Dossier> commit(const Actor& actor, const Dossier& before, Step step);

    // Location from the newest hand-over: where the paper dossier is, and the pending one.
    struct Where
    {
        qint64 departmentId = 0; // 0: the counter
        std::optional<Handover> pending;
    };
    Result<Where> where(qint64 dossierId);

    QString departmentName(qint64 departmentId);
    QString departmentNameByCode(const QString& code);
    QJsonObject portalRecord(const Dossier& dossier);
    QDateTime lastPauseStart(qint64 dossierId, const QDateTime& fallback);
    DossierDue dueOf(const Dossier& dossier);
};

// The state a step leads to; std::nullopt for steps that keep the state (hand-backs, apology).
std::optional<DossierState> targetState(ProcessingAction action);

} // namespace motcua
