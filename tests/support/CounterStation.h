#pragma once

// A station's services over a new database for the service suites (tests/core): its clock
// fixed by the suite, a clerk (user 2, "clerk1") and a counter procedure counted in working
// days with two papers or more. Header-only: the suites link motcua_core and nothing else.

#include "core/Clock.h"
#include "core/Types.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"

#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace motcua::test {

struct CounterStation
{
    std::unique_ptr<AppContext> ctx;
    Actor clerk;
    QString procedureCode; // empty when the catalogue has no such procedure
    QString error;         // why the database did not open; empty when it did

    static CounterStation open(const QString& databasePath, const Clock* clock)
    {
        CounterStation s;
        AppContext::Options options;
        options.databasePath = databasePath;
        options.clock = clock;
        auto ctx = AppContext::open(options);
        if (!ctx) {
            s.error = ctx.error().message;
            return s;
        }
        s.ctx = std::move(*ctx);
        s.clerk.userId = 2;
        s.clerk.username = QStringLiteral("clerk1");
        s.clerk.role = Role::Clerk;
        for (const Procedure& p : s.ctx->catalogue().procedures()) {
            const ProcedureChannel* ch = p.channel(Channel::Counter);
            if (ch && ch->timeUnit == TimeUnit::WorkingDays && p.components.size() >= 2) {
                s.procedureCode = p.code;
                break;
            }
        }
        return s;
    }
};

// What the suites over one counter station keep: a folder, the clock, the station, its clerk
// and counter procedure. openStation() belongs in the suite's init().
class CounterStationSuite
{
protected:
    // A new database `fileName` in the folder, the clock fixed at `now`; fails the test when
    // it does not open or the catalogue has no counter procedure.
    void openStation(const QDateTime& now, const QString& fileName)
    {
        QVERIFY(m_dir.isValid());
        m_clock = std::make_unique<FixedClock>(now);
        auto station = CounterStation::open(m_dir.filePath(fileName), m_clock.get());
        QVERIFY2(station.ctx, qPrintable(station.error));
        m_ctx = std::move(station.ctx);
        m_clerk = station.clerk;
        m_procedureCode = station.procedureCode;
        QVERIFY(!m_procedureCode.isEmpty());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<AppContext> m_ctx;
    Actor m_clerk;
    QString m_procedureCode;
};

} // namespace motcua::test
