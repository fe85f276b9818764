#include "service/CatalogueService.h"

#include "core/Logging.h"
#include "core/TextFold.h"
#include "service/CatalogueImporter.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

namespace motcua {

namespace {

const char kDemoCatalogue[] = ":/motcua/demo/catalogue.json";

Actor systemActor()
{
    Actor a;
    a.username = QStringLiteral("system");
    a.fullName = QStringLiteral("System");
    a.role = Role::Admin;
    return a;
}

} // namespace

CatalogueService::CatalogueService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_repo(db)
{}

QDate CatalogueService::today() const
{
    return toVietnam(m_clock.now()).date();
}

QString CatalogueService::searchText(const Procedure& p, const Department& d)
{
    const QStringList parts{p.code, p.name, p.field, d.name, d.shortName};
    return foldText(parts.join(u' '));
}

Result<ImportSummary> CatalogueService::importCatalogue(const Actor& actor, const QByteArray& json,
                                                        const QString& sourceName)
{
    // Reference data decides fees and appointment dates for every dossier: administrators only.
    if (!actor.atLeast(Role::Admin)) {
        return Error::forbidden(QCoreApplication::translate("motcua::CatalogueService",
                                                            "Only an administrator may import the procedure "
                                                            "catalogue; %1 is signed in as %2.")
                                    .arg(actor.username, roleName(actor.role)));
    }
    auto parsed = CatalogueImporter::parse(json, today());
    if (!parsed)
        return parsed.error();
    const CatalogueData& data = *parsed;

    ImportSummary summary;
    summary.effectiveFrom = data.effectiveFrom;
    summary.sha256 = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    summary.notes = data.notes;
    const QDateTime now = m_clock.now();

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();

    CatalogueVersion version;
    version.effectiveFrom = data.effectiveFrom;
    version.importedAt = now;
    version.importedBy = actor.username;
    version.source = sourceName.isEmpty() ? QStringLiteral("-") : sourceName;
    version.sha256 = summary.sha256;
    version.departments = static_cast<int>(data.departments.size());
    version.procedures = static_cast<int>(data.procedures.size());
    auto versionId = m_repo.insertVersion(version);
    if (!versionId)
        return versionId.error();
    summary.versionId = *versionId;

    QHash<QString, qint64> departmentIds;
    QHash<QString, Department> departmentsByCode;
    for (const Department& d : data.departments) {
        auto written = m_repo.upsertDepartment(d);
        if (!written)
            return written.error();
        departmentIds.insert(d.code, written->id);
        departmentsByCode.insert(d.code, d);
        ++summary.departments;
        if (written->added)
            ++summary.departmentsAdded;
    }
    for (const Procedure& p : data.procedures) {
        const Department& d = departmentsByCode[p.departmentCode]; // resolved by the importer
        auto written =
            m_repo.writeProcedure(summary.versionId, departmentIds.value(p.departmentCode), p, searchText(p, d));
        if (!written)
            return written.error();
        ++summary.procedures;
        if (written->replaced)
            ++summary.proceduresUpdated;
        else
            ++summary.proceduresAdded;
    }

    const QJsonObject details{{QStringLiteral("source"), version.source},
                              {QStringLiteral("effective_from"), data.effectiveFrom.toString(Qt::ISODate)},
                              {QStringLiteral("sha256"), summary.sha256},
                              {QStringLiteral("departments"), summary.departments},
                              {QStringLiteral("procedures_added"), summary.proceduresAdded},
                              {QStringLiteral("procedures_updated"), summary.proceduresUpdated}};
    if (Status s = writeAudit(m_db, now, actor, QStringLiteral("catalogue.import"), QStringLiteral("catalogue"),
                              QString::number(summary.versionId), details);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();

    qCInfo(lcCatalogue) << "catalogue version" << summary.versionId << "effective" << summary.effectiveFrom
                        << "imported by" << actor.username << ":" << summary.departments << "departments,"
                        << summary.proceduresAdded << "procedures added," << summary.proceduresUpdated << "replaced";
    return summary;
}

Result<ImportSummary> CatalogueService::importFile(const Actor& actor, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::badInput(
            QCoreApplication::translate("motcua::CatalogueService", "Cannot read the catalogue file %1: %2")
                .arg(QFileInfo(path).fileName(), file.errorString()));
    }
    return importCatalogue(actor, file.readAll(), QFileInfo(path).fileName());
}

bool CatalogueService::hasCatalogue()
{
    auto n = m_repo.versionCount();
    if (!n) {
        qCWarning(lcCatalogue).noquote() << n.error().message;
        return false;
    }
    return *n > 0;
}

Status CatalogueService::importDemoIfEmpty()
{
    auto n = m_repo.versionCount();
    if (!n)
        return n.error();
    if (*n > 0)
        return {};
    const QString path = QString::fromLatin1(kDemoCatalogue);
    initCoreResources(); // a static library's resources are registered only when asked
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::internal(
            QCoreApplication::translate("motcua::CatalogueService", "The demo catalogue is missing from this build: %1")
                .arg(path));
    }
    auto imported = importCatalogue(systemActor(), file.readAll(), QStringLiteral("demo/catalogue.json"));
    if (!imported)
        return imported.error();
    return {};
}

QList<Department> CatalogueService::departments()
{
    auto r = m_repo.departments();
    if (!r) {
        qCWarning(lcCatalogue).noquote() << r.error().message;
        return {};
    }
    return *r;
}

Result<Department> CatalogueService::department(const QString& code)
{
    return m_repo.department(code);
}

QList<Procedure> CatalogueService::procedures(const QString& departmentCode)
{
    auto r = m_repo.currentProcedures(today(), departmentCode);
    if (!r) {
        qCWarning(lcCatalogue).noquote() << r.error().message;
        return {};
    }
    return *r;
}

Result<Procedure> CatalogueService::procedure(const QString& code)
{
    return m_repo.currentProcedure(code, today());
}

Result<Procedure> CatalogueService::procedureOn(const QString& code, const QDate& day)
{
    return m_repo.currentProcedure(code, day);
}

Result<Procedure> CatalogueService::procedureById(qint64 id)
{
    return m_repo.procedureById(id);
}

QList<Procedure> CatalogueService::procedureVersions(const QString& code)
{
    auto r = m_repo.procedureVersions(code);
    if (!r) {
        qCWarning(lcCatalogue).noquote() << r.error().message;
        return {};
    }
    return *r;
}

QList<Procedure> CatalogueService::search(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return procedures();
    const QStringList tokens = foldText(trimmed).split(u' ', Qt::SkipEmptyParts);
    // A single word may be the start of a procedure code ("1.0006", "2.00").
    const QString codePrefix = trimmed.contains(u' ') ? QString() : trimmed;
    auto r = m_repo.searchCurrent(tokens, codePrefix, today());
    if (!r) {
        qCWarning(lcCatalogue).noquote() << r.error().message;
        return {};
    }
    return *r;
}

QList<CatalogueVersion> CatalogueService::versions()
{
    auto r = m_repo.versions();
    if (!r) {
        qCWarning(lcCatalogue).noquote() << r.error().message;
        return {};
    }
    return *r;
}

} // namespace motcua
