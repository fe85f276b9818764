#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QStringList>

namespace motcua::cli {

// `motcuactl calendar due ...` and `motcuactl calendar holidays YEAR`.
class CalendarCommands
{
public:
    static int run(const QStringList& arguments);
    static int due(const QStringList& arguments);
    static int holidays(const QStringList& arguments);

    // An ISO 8601 time as typed on the command line: "2026-02-13T15:00", seconds optional, a
    // space instead of the T allowed. Without an offset it is Vietnam time (UTC+7); "Z" or
    // "+hh:mm" / "+hhmm" converts. Returns the instant in UTC, Error::badInput otherwise.
    static Result<QDateTime> parseReceived(const QString& text);
    // "2026-02-27T15:00:00+07:00": Vietnam time with its offset.
    static QString vietnamIso(const QDateTime& t);
};

} // namespace motcua::cli
