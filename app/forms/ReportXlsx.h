#pragma once

#include "core/PeriodicReport.h"
#include "core/Result.h"
#include "forms/FormData.h"

#include <QByteArray>

namespace motcua {

// The periodic report as an Excel workbook (Office Open XML, written by libxlsxwriter): the
// issuing unit and the national motto on top, the title and the period, the two-row header of
// the printed report with its merged group cells, one row per department or field with the
// figures as numbers, the total in bold, and the counting note. Landscape A4, one page wide.
class ReportXlsx
{
public:
    // Sheet layout, for readers and tests: the first data row (0-based) and the columns.
    static constexpr int kHeaderRow = 7; // group titles; column titles on the next row
    static constexpr int kFirstDataRow = 9;
    static constexpr int kColumns = 13; // STT, name, 11 figures

    static Result<QByteArray> render(const PeriodicReport& report, const IssuingUnit& unit);
};

} // namespace motcua
