#pragma once

#include "core/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <utility>

struct sqlite3_stmt;

namespace motcua {

class Database;

// The SQL of a bulk load of generated dossiers (service/DossierGenerator): the checks before,
// the statements the rows go in by, and the schema steps around the load. The generator binds
// the statements through the SQLite C API by the positions given below: at a million dossiers
// a wrapper call per value costs more than the rest of the row.
class BulkDossierLoad
{
public:
    explicit BulkDossierLoad(Database& db)
        : m_db(db)
    {}

    // Whether the database holds any dossier.
    Result<bool> hasDossiers();
    // Every department, active or not: code → (id, name).
    Result<QHash<QString, std::pair<qint64, QString>>> departments();

    // The statements of the load, prepared and cached by the connection (valid until it closes).
    struct Inserts
    {
        // dossiers: ?1 id, ?2 code, ?3 procedure_id, ?4 procedure_code, ?5 procedure_name,
        // ?6 department_id, ?7 channel, ?8 state, ?9 applicant_type, ?10 applicant_name,
        // ?11 name_folded, ?12 id_number, ?13 birth_date, ?14 gender, ?15 address, ?16 phone,
        // ?17 email, ?18 representative, ?19 sets, ?20 summary, ?21 fee_total, ?22 received_at,
        // ?23 appointment_at, ?24 appointment_rule, ?25 finished_at, ?26 returned_at,
        // ?27 received_by, ?28 updated_at (notes empty).
        sqlite3_stmt* dossier = nullptr;
        // A catalogue paper, provided: ?1 dossier_id, ?2 component_id, ?3 originals,
        // ?4 certified_copies, ?5 photocopies (its name stays in the catalogue).
        sqlite3_stmt* component = nullptr;
        // ?1 dossier_id, ?2 name, ?3 amount_vnd.
        sqlite3_stmt* fee = nullptr;
        // ?1 dossier_id, ?2 at, ?3 username, ?4 from_state, ?5 to_state, ?6 from_department,
        // ?7 to_department, ?8 note.
        sqlite3_stmt* event = nullptr;
        // The receipt's audit row: ?1 at, ?2 username, ?3 dossier code, ?4 details.
        sqlite3_stmt* audit = nullptr;
        // A dossier record in the outbox: ?1 code, ?2 payload, ?3 state, ?4 attempts,
        // ?5 created (and next attempt) at, ?6 done_at.
        sqlite3_stmt* outbox = nullptr;
        // A day's numbers as a used lease: ?1 agency, ?2 day, ?3 the last number, ?4 created_at.
        sqlite3_stmt* block = nullptr;
    };
    Result<Inserts> inserts();

    // Before the load: drops the secondary indexes of the tables filled and the full-text
    // triggers (one sort each at the end instead of millions of B-tree inserts) and turns the
    // journal's sync off. Returns the statements finish() rebuilds them with.
    Result<QStringList> begin();
    // After the load, whatever happened: rebuilds what begin() dropped and the full-text
    // index, gathers the planner's statistics and restores the usual settings.
    Status finish(const QStringList& rebuild);

    // What "reached the portal" means to the sync client for dossiers received before
    // `queuedFrom`: the portal has those still in work, and the history feed starts after
    // their events.
    Status markSentBefore(qint64 queuedFrom);

private:
    Database& m_db;
};

} // namespace motcua
