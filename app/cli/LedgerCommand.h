#pragma once

#include <QStringList>

namespace motcua::cli {

// `motcuactl ledger --from DATE --to DATE --out FILE.pdf|FILE.csv`: the dossier ledger
// (form 06) of the dossiers received in the range, as PDF or as CSV (UTF-8 with BOM).
class LedgerCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace motcua::cli
