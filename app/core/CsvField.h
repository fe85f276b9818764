#pragma once

#include <QString>

namespace motcua {

// One CSV cell (RFC 4180), safe to open in a spreadsheet. A cell that starts with = + - @,
// TAB or CR would be read by Excel or LibreOffice as a formula ("=HYPERLINK(...)" typed as an
// applicant's name or address): it gets a leading apostrophe, which spreadsheets show as text
// (OWASP, "CSV Injection"). Then the cell is quoted when it holds a comma, a quote or a line end.
QString csvField(const QString& text);

// The neutralising step alone.
QString neutraliseCsv(const QString& text);

} // namespace motcua
