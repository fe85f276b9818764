#pragma once

#include "core/Dossier.h"
#include "core/DossierState.h"
#include "core/Result.h"
#include "core/Types.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace motcua {

class Database;

// One history row of a dossier in the center's feed (a step recorded at some workstation).
struct FeedEvent
{
    QString key;      // the center's id of the row (MaTienDo)
    int station = 0;  // the workstation that recorded it, 0 when the id names none
    QDateTime at;     // UTC
    QString username; // as the recording workstation names the person
    DossierState to = DossierState::Received;
    QString note;
};

// One dossier of the center's feed, as the sync client read it.
struct FeedDossier
{
    QString mark;    // the feed position it was written at
    Dossier dossier; // code, procedure code, department name in departmentCode's place (see below), ...
    QString departmentName;
    DossierState state = DossierState::Received; // the center's state
    QList<FeedEvent> events;                     // oldest first
    // The center refused this station's decision on the online submission (error 16): the
    // decision is given up even where it kept the code the center holds (FeedRepository::yieldOnline).
    bool refusedHere = false;
    // The record carries the receiving counter's details (birth date, copies of each paper,
    // hand-overs, the return: dossier.handovers, dossier.returned, ...); a copy takes them.
    bool detailed = false;
    // The details also carry the decision at intake, the supplements asked and the apology
    // letters (dossier.intakeSupplement, intakeRefusal, supplements, apologies: forms 02-04).
    bool decisions = false;
};

// What applying feed rows did.
struct FeedApplied
{
    int added = 0;     // dossiers new to this workstation
    int moved = 0;     // dossiers here whose state the center changed
    int events = 0;    // history rows added
    int skipped = 0;   // dossiers whose procedure this workstation does not know
    int conflicts = 0; // online decisions of this station given up for the center's (yieldOnline)
};

// Writes the center's dossier feed into this workstation's tables (schema 19). Nothing written
// here enters the outbox: the rows are the center's already. No method opens a transaction; the
// caller wraps a page and its cursor in one (a page pulled again changes nothing twice).
// One repository serves one page: it keeps the catalogue's procedures and departments it looked
// up, so a page of a thousand dossiers reads each once.
class FeedRepository
{
public:
    explicit FeedRepository(Database& db);

    // Applies one dossier. `station` is this workstation's number: its own history rows are
    // never added again. A dossier with a local change not yet sent keeps its state (the center
    // decides on that change), but gets the other workstations' history rows.
    // The dossier records of this station's outbox as they stood when a page was asked for.
    struct OutboxMark
    {
        qint64 lastId = 0;   // newest row then
        QSet<qint64> unsent; // rows not yet acknowledged then
    };
    Result<OutboxMark> outboxMark();

    // `asked`: the outbox when the page was asked for. A record of this station acknowledged
    // since is newer than the page, which does not undo it.
    Status apply(const FeedDossier& row, int station, const OutboxMark& asked, const QDateTime& now,
                 FeedApplied* applied);

    // Records that the center refused a step on `code` because another counter acted first:
    // one open conflict per dossier and center status (sync_conflicts), shown on the Sync page.
    // `change` is the center's side in the shape of a status change (MaHoSo, TrangThaiHoSo,
    // NoiDungXuLy, ...). True when a new conflict was recorded.
    Result<bool> recordConflict(const QString& code, int centerStatus, const QByteArray& changeJson,
                                const QDateTime& now);

    // How the clerk settled the conflict the outbox row `outboxId` caused ("portal", "local"),
    // empty while it is open or when there is none (recordConflict's `changeJson` names the row
    // as "MC_HangDoi").
    Result<QString> settledFor(qint64 outboxId);

    // The clerk kept this workstation's step over the center's: the row's record goes out again
    // as a step from the state the center has now (`centerState`, a DossierState key), so the
    // center checks that move instead; the old row is done. One transaction.
    Status resendOnTop(qint64 outboxId, const QString& code, QJsonObject record, const QString& centerState,
                       const QDateTime& now);
    // The clerk took the center's side: the row is done (a fresh record was queued then).
    // `note` is kept as the row's last error ("voided": closed unsent, see yieldOnline).
    Status supersede(qint64 outboxId, const QDateTime& now, const QString& note = QString());

    // What yieldOnline did.
    enum class OnlineYield {
        None,     // no copy of the submission here, or it has the center's code already
        Renamed,  // the copy, still undecided here, took the center's code
        Conflict, // this station's own decision was given up for the center's: conflict recorded
    };
    // The center holds online submission `ref` under `centerCode` (decided there if that is not
    // `ref`), with national status `centerStatus`. The local copy (online_ref or code `ref`) takes
    // that code. When this station had decided it otherwise (accepted it under a code of its own,
    // or refused it, or asked for papers, while the center kept another counter's decision), that
    // decision is given up: its outbox rows are closed unsent (last_error 'voided'), its steps stay
    // in the history marked with the code they were recorded under (dossier_events.voided_code, never
    // sent), an audit row (dossier.online_yield) links the two codes, and a sync conflict names the
    // voided code (MC_MaHoSoBiHuy) for the clerk. The state is left to the caller (the feed moves
    // it). Part of the caller's transaction.
    // `refusedHere`: the center refused this station's decision (error 16), so it is given up
    // even when the copy has the center's code already (two decisions under the reference).
    Result<OnlineYield> yieldOnline(const QString& ref, const QString& centerCode, int centerStatus,
                                    const QDateTime& now, bool refusedHere = false);

    // The next pass pulls the whole feed again from its start (the cursor in sync_state goes):
    // copies pulled before this workstation kept all a record carries are completed, nothing is
    // doubled. Audited ("center.refeed") as `by`. True when there was a cursor.
    Result<bool> restartFeed(const Actor& by, const QDateTime& now);

private:
    // An online submission of the feed (its online reference set): the local copy takes the
    // center's code and decision (yieldOnline). False when the row must be left alone: the center
    // still waits for a decision that this station made and has not had taken yet.
    Result<bool> settleOnline(const FeedDossier& row, const QDateTime& now, FeedApplied* applied);
    // A copy of a dossier received elsewhere; its id (0 when this workstation does not know its
    // procedure) and, in `department`, the department it was filed under.
    Result<qint64> insertCopy(const FeedDossier& row, const QDateTime& now, qint64* department);
    // A dossier takes the hand-overs and the return the center's record carries
    // (FeedDossier::detailed), its appointment, and what forms 02-04 print when the record
    // carries it (FeedDossier::decisions); with `intake` (a copy pulled before) also the
    // applicant's and the papers' details.
    Status refreshCopy(qint64 id, const FeedDossier& row, bool intake);

    // One version of a procedure of this workstation's catalogue.
    struct ProcedureVersion
    {
        QString effectiveFrom; // ISO date
        qint64 id = 0;
        QString name;
        qint64 departmentId = 0;
    };
    // The versions of procedure `code`, newest first (looked up once per repository).
    Result<QList<ProcedureVersion>> procedureVersions(const QString& code);
    // The department named `name`: its code and id, or an empty code (looked up once).
    Result<std::pair<QString, qint64>> departmentNamed(const QString& name);

    Database& m_db;
    QHash<QString, QList<ProcedureVersion>> m_procedures;
    QHash<QString, std::pair<QString, qint64>> m_departments;
};

} // namespace motcua
