#pragma once

#include "core/Clock.h"
#include "core/Department.h"
#include "core/Procedure.h"
#include "core/Result.h"
#include "core/Types.h"
#include "store/CatalogueRepository.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua {

class Database;

// What an import did, for the message shown to the administrator and the CLI.
struct ImportSummary
{
    qint64 versionId = 0;
    QDate effectiveFrom;
    QString sha256;
    int departments = 0;      // in the file (added + updated)
    int departmentsAdded = 0; // new codes
    int procedures = 0;       // in the file (added + updated)
    int proceduresAdded = 0;
    int proceduresUpdated = 0; // same code and effective date imported before: replaced
    QStringList notes;         // accepted but adjusted (see CatalogueImporter)
};

// The procedure catalogue: departments and procedures, versioned by effective date
// (docs/architecture.md#data: reference data is data, never code).
//
// Roles are checked here so that the GUI and the CLI cannot differ: only an administrator
// imports. Reading is open to every role.
class CatalogueService
{
public:
    CatalogueService(Database& db, const Clock& clock);

    // Validates the whole file first (CatalogueImporter), then writes it in one transaction:
    // the version row, departments upserted by code, procedures for the file's effective
    // date, their channels and components, and an audit row. Any error leaves the database
    // as it was.
    Result<ImportSummary> importCatalogue(const Actor& actor, const QByteArray& json, const QString& sourceName);
    // Reads the file and imports it; the file name becomes the version's source.
    Result<ImportSummary> importFile(const Actor& actor, const QString& path);
    // First start: loads the demo center's catalogue (resource :/motcua/demo/catalogue.json)
    // as the system account when no catalogue has been imported yet; does nothing otherwise.
    Status importDemoIfEmpty();
    bool hasCatalogue();

    // Today's date in Vietnam, by the clock: the day that decides which version is in force.
    QDate today() const;

    // Storage errors on reads are logged and give empty lists: a view then shows nothing
    // rather than a half-filled catalogue.
    QList<Department> departments();
    Result<Department> department(const QString& code);
    // The version in force today of each procedure; all departments when the code is empty.
    QList<Procedure> procedures(const QString& departmentCode = {});
    Result<Procedure> procedure(const QString& code);
    // The version in force on a given day (the day a dossier was received).
    Result<Procedure> procedureOn(const QString& code, const QDate& day);
    // A stored version by row id (dossiers keep the id of the version they were received under).
    Result<Procedure> procedureById(qint64 id);
    // Every stored version of one code, newest effective date first.
    QList<Procedure> procedureVersions(const QString& code);
    // Procedures in force whose code, name, field or department contain every word of the
    // text, compared without diacritics ("dang ky ho kinh doanh" finds "Đăng ký hộ kinh
    // doanh"); a text that starts a procedure code ("1.0006") finds it. Empty text: all.
    QList<Procedure> search(const QString& text);
    QList<CatalogueVersion> versions();

    // The folded text a procedure is searched by: code, name, field, department names.
    static QString searchText(const Procedure& procedure, const Department& department);

private:
    Database& m_db;
    const Clock& m_clock;
    CatalogueRepository m_repo;
};

} // namespace motcua
