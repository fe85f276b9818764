#include "service/DossierListService.h"

#include "core/Clock.h"
#include "core/PeriodicReport.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace motcua {

DossierListService::DossierListService(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

DossierFilter DossierListService::periodFilter(const QDate& from, const QDate& to, std::optional<qint64> departmentId)
{
    DossierFilter f;
    const ReportPeriod p = ReportPeriod::ofDays(from, to);
    f.receivedFrom = QDateTime::fromSecsSinceEpoch(p.start, Qt::UTC);
    f.receivedTo = QDateTime::fromSecsSinceEpoch(p.end, Qt::UTC);
    f.departmentId = departmentId;
    for (DossierState s : allStates()) {
        if (!isOutsideReports(s))
            f.states.append(s);
    }
    return f;
}

Result<QList<DossierExportRow>> DossierListService::list(const Actor& actor, const DossierFilter& filter, bool personal,
                                                         const std::optional<QList<qint64>>& shown)
{
    if (personal && !actor.atLeast(Role::Supervisor)) {
        return Error::forbidden(QCoreApplication::translate(
            "motcua::DossierListService",
            "Only supervisors and administrators can export the applicants' personal data."));
    }
    // The page's own query and order (newest first), page after page; or the list as shown.
    DossierRepository repo(m_db);
    QList<qint64> ids;
    if (shown) {
        ids = *shown;
    } else {
        PageCursor cursor;
        do {
            auto page = repo.page(filter, cursor, 1000);
            if (!page)
                return page.error();
            for (const DossierListRow& r : page->rows)
                ids.append(r.id);
            cursor = page->next;
        } while (!cursor.isNull());
    }
    DossierExportRepository rows(m_db);
    auto out = rows.rows(ids, personal);
    if (!out || !personal)
        return out;
    // Who took personal data away, when, how much and by which filter.
    QJsonArray states;
    for (DossierState s : filter.states)
        states.append(stateKey(s));
    QJsonObject details{{QStringLiteral("dossiers"), static_cast<qint64>(out->size())},
                        {QStringLiteral("states"), states}};
    // That a search narrowed the list, never its text (a name or an ID number).
    if (shown)
        details.insert(QStringLiteral("search"), true);
    if (filter.receivedFrom.isValid())
        details.insert(QStringLiteral("received_from"), filter.receivedFrom.toUTC().toString(Qt::ISODate));
    if (filter.receivedTo.isValid())
        details.insert(QStringLiteral("received_to"), filter.receivedTo.toUTC().toString(Qt::ISODate));
    if (filter.departmentId)
        details.insert(QStringLiteral("department_id"), *filter.departmentId);
    // The list is named by its received range ("2026-01-01T00:00:00Z/2026-04-01T00:00:00Z", or
    // "*" for an open end): audit_log.entity_key is required.
    const QString key =
        (filter.receivedFrom.isValid() ? filter.receivedFrom.toUTC().toString(Qt::ISODate) : QStringLiteral("*")) +
        QLatin1Char('/') +
        (filter.receivedTo.isValid() ? filter.receivedTo.toUTC().toString(Qt::ISODate) : QStringLiteral("*"));
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    if (Status s = writeAudit(m_db, m_clock.now(), actor, QStringLiteral("dossiers.export_personal"),
                              QStringLiteral("dossier_list"), key, details);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return out;
}

} // namespace motcua
