#pragma once

#include <QStringList>

namespace motcua::cli {

// `motcuactl quality --from DATE --to DATE [--department CODE] [--json]`: the national
// service-quality index (Decision 766) over a period, for the indicators this center's own data
// decides (QualityService): each with its value, the national formula in words, its points and
// maximum, and the dossiers behind it (JSON). Indicators the center cannot know say "no data".
class QualityCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace motcua::cli
