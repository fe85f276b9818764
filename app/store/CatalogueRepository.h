#pragma once

#include "core/Department.h"
#include "core/Procedure.h"
#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace motcua {

class Database;

// One catalogue import (table catalogue_versions).
struct CatalogueVersion
{
    qint64 id = 0;
    QDate effectiveFrom;
    QDateTime importedAt; // UTC
    QString importedBy;   // username
    QString source;       // file name or "demo"
    QString sha256;       // of the imported bytes, hex
    int departments = 0;
    int procedures = 0;
};

// SQL for the catalogue tables of schema 001: catalogue_versions, departments, procedures,
// procedure_channels, procedure_components. Writes run inside the caller's Transaction;
// checking roles and validating input is the service's work (CatalogueService).
//
// "Current" means: for each procedure code, the row with the latest effective_from that
// is not after the given day (a Vietnam date).
class CatalogueRepository
{
public:
    explicit CatalogueRepository(Database& db);

    struct DepartmentWrite
    {
        qint64 id = 0;
        bool added = false;
    };
    struct ProcedureWrite
    {
        qint64 id = 0;
        bool replaced = false; // a row with this code and effective date existed
    };

    Result<qint64> insertVersion(const CatalogueVersion& version);
    // Upsert by code. An existing row takes the new name, short name and ordinal only when
    // the import is not older than the row, so importing an old catalogue late does not
    // undo a later renaming.
    Result<DepartmentWrite> upsertDepartment(const Department& department);
    // Inserts the procedure for its effective date, or replaces the row of the same code
    // and date in place (keeping its id, which dossiers reference) with new channels and
    // components. `searchText` is the folded text the search matches against.
    Result<ProcedureWrite> writeProcedure(qint64 versionId, qint64 departmentId, const Procedure& procedure,
                                          const QString& searchText);

    Result<QList<Department>> departments();
    Result<Department> department(const QString& code);
    Result<int> versionCount();
    Result<QList<CatalogueVersion>> versions(); // newest first
    // When the newest catalogue was imported; invalid when none was (or it cannot be read).
    QDateTime lastImportedAt();

    Result<QList<Procedure>> currentProcedures(const QDate& day, const QString& departmentCode = {});
    Result<Procedure> currentProcedure(const QString& code, const QDate& day);
    // Any version by row id: a dossier keeps the version it was received under.
    Result<Procedure> procedureById(qint64 id);
    // Every version of one code, newest effective date first.
    Result<QList<Procedure>> procedureVersions(const QString& code);
    // Current procedures whose search text contains every folded token, or whose code
    // starts with `codePrefix`; code-prefix matches first.
    Result<QList<Procedure>> searchCurrent(const QStringList& foldedTokens, const QString& codePrefix,
                                           const QDate& day);

private:
    // Binds QString args as text and qint64 args as integers, in order from ?1.
    Result<QList<Procedure>> loadProcedures(const QString& sql, const QVariantList& args);
    Status loadChildren(Procedure* p);

    Database& m_db;
};

} // namespace motcua
