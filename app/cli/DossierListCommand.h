#pragma once

#include <QStringList>

namespace motcua::cli {

// `motcuactl dossiers --from DATE --to DATE [--department CODE] --format csv|json|xlsx --out F
// --user NAME [--personal]`: the dossiers received in a period as a list a supervisor takes
// away (DossierListService, forms/DossierListExport); --personal adds the applicant's columns,
// for supervisors only, and is written to the audit log.
class DossierListCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace motcua::cli
