#include "service/CenterMembership.h"

#include "core/Logging.h"
#include "security/StationAccounts.h"
#include "service/AppContext.h"
#include "store/Database.h"
#include "sync/AccountSync.h"
#include "sync/CenterJoin.h"
#include "sync/SyncRunner.h"
#include "sync/SyncService.h"

namespace motcua {

Status adoptCenter(AppContext& context, const JoinedCenter& joined)
{
    if (joined.verifyKey.isEmpty())
        return {}; // a center without central accounts
    if (Status s = context.stationAccounts().adopt(joined.verifyKey, joined.accountKey, joined.madonvi); !s)
        return s;
    auto options = context.sync().options(true);
    if (!options)
        return options.error();
    options->kinds = {SyncKind::Account};
    const Result<SyncReport> pass = SyncRunner(context.db().path(), *options).run();
    if (!pass)
        qCInfo(lcSync) << "accounts not synchronised at join:" << pass.error().message;
    else if (!pass->errors.isEmpty())
        qCInfo(lcSync) << "accounts not synchronised at join:" << pass->errors.first();
    return {};
}

} // namespace motcua
