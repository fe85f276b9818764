#include "cli/AuditCommand.h"

#include "cli/CliContext.h"
#include "security/Roles.h"
#include "service/AppContext.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace motcua::cli {

int AuditCommand::run(const QStringList& arguments)
{
    return runGroup(QStringLiteral("audit"), arguments,
                    QCoreApplication::translate("motcua::AuditCommand",
                                                "Usage: motcuactl audit verify --user ADMIN\n\n"
                                                "Checks that no audit row was changed, removed or added "
                                                "since it was written.\n"),
                    {{"verify", &verify}});
}

int AuditCommand::verify(const QStringList& arguments)
{
    CliContext ctx(QStringLiteral("audit verify"), arguments);
    ctx.setNeedsUser(true);
    ctx.setDescription(QCoreApplication::translate(
        "motcua::AuditCommand",
        "Checks the audit trail's chain (administrators): exit 0 when intact, 1 naming the first row that "
        "was changed, removed or slipped in."));
    int code = ExitOk;
    if (!ctx.parse(&code))
        return code;
    if (!ctx.parser().positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("motcua::AuditCommand", "audit verify takes no arguments."));
    auto actor = ctx.login();
    if (!actor)
        return ctx.fail(actor.error());
    if (actor->role != Role::Admin)
        return ctx.fail(Error::forbidden(
            QCoreApplication::translate("motcua::AuditCommand", "Only an administrator may check the audit trail.")));
    auto app = ctx.open();
    if (!app)
        return ctx.fail(app.error());
    const Result<AuditCheck> check = verifyAuditTrail((*app)->db());
    if (!check)
        return ctx.fail(check.error());
    const bool intact = check->brokenId == 0;
    if (ctx.json()) {
        QJsonObject out{{QStringLiteral("intact"), intact},
                        {QStringLiteral("rows"), check->rows},
                        {QStringLiteral("sealed"), check->sealed},
                        {QStringLiteral("unsealed"), check->unsealed}};
        if (!intact) {
            out.insert(QStringLiteral("broken_row"), check->brokenId);
            out.insert(QStringLiteral("broken_action"), check->brokenAction);
        }
        ctx.printJson(out);
    } else if (intact) {
        ctx.print(QCoreApplication::translate("motcua::AuditCommand", "The audit trail is intact: %1 rows checked.")
                      .arg(check->sealed));
    } else {
        ctx.print(
            QCoreApplication::translate("motcua::AuditCommand",
                                        "The audit trail is broken at row %1 (%2): that row or the one before it was "
                                        "changed, removed or added after it was written.")
                .arg(check->brokenId)
                .arg(check->brokenAction));
    }
    return intact ? ExitOk : ExitFailure;
}

} // namespace motcua::cli
