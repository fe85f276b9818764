#pragma once

#include <QStringList>

namespace motcua::cli {

// `motcuactl report --from DATE --to DATE --by department|field --format pdf|xlsx|csv|json
// --out FILE`: the periodic report (ReportService, forms/ReportExport).
// `motcuactl counts [--date DATE] [--department CODE] [--json]`: the day's figures of the
// supervisor's dashboard.
class ReportCommands
{
public:
    static int runReport(const QStringList& arguments);
    static int runCounts(const QStringList& arguments);
    // True for `report`: the PDF needs Qt Gui (fonts), so main() makes a QGuiApplication.
    static bool needsGui(const QStringList& arguments);
};

} // namespace motcua::cli
