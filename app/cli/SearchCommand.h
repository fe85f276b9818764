#pragma once

#include <QStringList>

namespace motcua::cli {

// `motcuactl search TEXT`: the one search box of the desktop app — dossier code, ID number,
// phone, or the applicant's name with or without diacritics.
class SearchCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace motcua::cli
