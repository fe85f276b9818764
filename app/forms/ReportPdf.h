#pragma once

#include "core/PeriodicReport.h"
#include "core/Result.h"
#include "forms/FormData.h"

#include <QByteArray>

namespace motcua {

// The periodic report printed on FormCanvas: landscape A4 with the conventions of the printed
// forms: the issuing unit on the left, the national name and the underlined motto on
// the right with the place and date, the title and period centred, then the table with the
// two-row header of the report (groups over their columns), the total in bold, the counting
// note and the two signature blocks. The header row repeats on every page.
//
// Needs a QGuiApplication (fonts); motcuactl creates one with the offscreen platform.
class ReportPdf
{
public:
    static Result<QByteArray> render(const PeriodicReport& report, const IssuingUnit& unit);
};

} // namespace motcua
