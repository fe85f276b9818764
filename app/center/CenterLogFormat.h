#pragma once

#include <QtGlobal>

namespace motcua {

// motcua-center's log lines for the journal: one JSON object per line on standard error, with
// the time (UTC), the level, the category and the message, e.g.
//   {"time":"2026-12-07T09:12:03.120Z","level":"warning","category":"motcua.center","message":"..."}
// Messages name codes, station numbers and counts, never a person (CenterLog.h).
void installJsonLog();

} // namespace motcua
