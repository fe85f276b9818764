#include "service/DossierGenerator.h"
#include "store/SettingKeys.h"

#include "core/Clock.h"
#include "core/DossierState.h"
#include "core/Logging.h"
#include "core/Procedure.h"
#include "core/TextFold.h"
#include "core/WorkCalendar.h"
#include "service/CalendarService.h"
#include "service/CatalogueService.h"
#include "service/DossierGeneratorRows.h"
#include "store/BulkDossierLoad.h"
#include "store/Database.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace motcua {

// ---------------------------------------------------------------------------------------
// SeededRandom: splitmix64 (Steele, Lea, Flood 2014), whose output is fixed by the seed alone.

std::uint64_t SeededRandom::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::uint64_t SeededRandom::below(std::uint64_t n)
{
    // The modulo bias is below 2^-40 for the ranges used here; what matters is that the
    // mapping is the same everywhere.
    return n == 0 ? 0 : next() % n;
}

std::int64_t SeededRandom::between(std::int64_t lo, std::int64_t hi)
{
    if (hi <= lo)
        return lo;
    return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo) + 1));
}

double SeededRandom::unit()
{
    return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); // 53 bits
}

// ---------------------------------------------------------------------------------------

using generator::Generator;
using generator::TextTable;

DossierGenerator::DossierGenerator(Database& db, Settings& settings, CatalogueService& catalogue,
                                   CalendarService& calendar, const Clock& clock)
    : m_db(db)
    , m_settings(settings)
    , m_catalogue(catalogue)
    , m_calendar(calendar)
    , m_clock(clock)
{}

Result<GeneratorSummary> DossierGenerator::run(const GeneratorOptions& options)
{
    if (options.dossiers < 1 || options.dossiers > 100000000)
        return Error::badInput(QCoreApplication::translate(
            "motcua::DossierGenerator", "The number of dossiers must be between 1 and 100,000,000."));
    if (options.years < 1 || options.years > 50)
        return Error::badInput(
            QCoreApplication::translate("motcua::DossierGenerator", "The number of years must be between 1 and 50."));
    BulkDossierLoad load(m_db);
    auto any = load.hasDossiers();
    if (!any)
        return any.error();
    if (*any)
        return Error::conflict(QCoreApplication::translate(
            "motcua::DossierGenerator", "The database already holds dossiers: generate into a new database."));
    const QString agency = m_settings.string(SettingKey::CenterAgencyCode);
    if (agency.isEmpty())
        return Error::conflict(
            QCoreApplication::translate("motcua::DossierGenerator", "The center's agency code is not set."));
    auto departments = load.departments();
    if (!departments)
        return departments.error();
    const WorkCalendar calendar = m_calendar.calendar();
    Generator generator(m_db, options, calendar, m_clock.now().toSecsSinceEpoch());
    if (Status s = generator.setUp(m_catalogue.procedures(), *departments, agency); !s)
        return s.error();

    // Bulk load: indexes and full-text triggers are built once at the end, no journal sync.
    auto rebuild = load.begin();
    if (!rebuild)
        return rebuild.error();

    Result<GeneratorSummary> result = generator.generate();

    // Whatever happened, the indexes, triggers and usual settings come back.
    QElapsedTimer timer;
    timer.start();
    const Status restored = load.finish(*rebuild);
    if (!result)
        return result;
    if (!restored)
        return restored.error();
    GeneratorSummary summary = *result;
    summary.elapsedMs += timer.elapsed();
    qCInfo(lcCore) << "generated" << summary.dossiers << "dossiers in" << summary.elapsedMs << "ms";
    return summary;
}

QStringList DossierGenerator::nameQueries(std::uint64_t seed, int count)
{
    SeededRandom rng(seed);
    const TextTable surname(generator::surnames()), maleMiddle(generator::maleMiddleNames()),
        femaleMiddle(generator::femaleMiddleNames()), maleGiven(generator::maleGivenNames()),
        femaleGiven(generator::femaleGivenNames());
    QStringList out;
    for (int i = 0; i < count; ++i) {
        const bool male = rng.chance(0.52);
        const std::string& s = surname.folded[surname.pick(rng)];
        const TextTable& mt = male ? maleMiddle : femaleMiddle;
        const TextTable& gt = male ? maleGiven : femaleGiven;
        const std::string& m = mt.folded[mt.pick(rng)];
        const std::string& g = gt.folded[gt.pick(rng)];
        const double u = rng.unit();
        std::string q;
        if (u < 0.40) {
            q = s + ' ' + m + ' ' + g; // the full name
        } else if (u < 0.60) {
            q = s + ' ' + g; // surname and given name
        } else if (u < 0.75) {
            q = s + ' ' + m; // "tran thi"
        } else if (u < 0.90) {
            // Still typing: "ng van h".
            q = s.substr(0, std::min<std::size_t>(s.size(), 2 + rng.below(3))) + ' ' + m + ' ' +
                g.substr(0, std::min<std::size_t>(g.size(), 1 + rng.below(3)));
        } else {
            q = m + ' ' + g;
        }
        out.append(QString::fromStdString(q));
    }
    return out;
}

} // namespace motcua
