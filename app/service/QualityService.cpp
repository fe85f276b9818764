#include "service/QualityService.h"

#include "store/QualityRepository.h"

#include <QCoreApplication>

namespace motcua {

QualityService::QualityService(Database& db)
    : m_db(db)
{}

Result<QualityReport> QualityService::compute(const QDate& from, const QDate& to, std::optional<qint64> departmentId)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        return Error::badInput(QCoreApplication::translate(
            "motcua::QualityService", "The period is invalid: the first day must be on or before the last day."));
    }
    auto def = QualityDefinition::standard();
    if (!def)
        return def.error();
    const ReportPeriod period = ReportPeriod::ofDays(from, to);
    QualityRepository repo(m_db);
    auto facts = repo.facts(period.start, period.end, departmentId);
    if (!facts)
        return facts.error();
    QualityReport r;
    r.from = from;
    r.to = to;
    r.definition = *def;
    r.figures = computeQuality(*def, *facts, period);
    r.dossiers = std::move(*facts);
    return r;
}

std::pair<QDate, QDate> QualityService::previousQuarter(const QDate& today)
{
    const QDate thisQuarter(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1);
    const QDate first = thisQuarter.addMonths(-3);
    return {first, thisQuarter.addDays(-1)};
}

} // namespace motcua
