#pragma once

// A station's services over a new database for the service suites (tests/core): its clock
// fixed by the suite, a clerk (user 2, "clerk1") and a counter procedure counted in working
// days with two papers or more. Header-only: the suites link motcua_core and nothing else.

#include "core/Clock.h"
#include "core/Types.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"

#include <QString>

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

} // namespace motcua::test
