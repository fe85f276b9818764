#pragma once

#include <QStringList>

namespace motcua::cli {

// `motcuactl online list|show REF|accept REF|supplement REF|refuse REF --user NAME`: the
// online inbox (OnlineInboxService). Every subcommand shows personal data or decides, so
// each needs --user. A decision keeps its form (01, 02 or 03) with the dossier; --out writes it.
class OnlineCommands
{
public:
    static int run(const QStringList& arguments);
    // The decisions render their form: they need the graphical application object.
    static bool needsGui(const QStringList& arguments);

private:
    static int list(const QStringList& arguments);
    static int show(const QStringList& arguments);
    static int accept(const QStringList& arguments);
    static int supplement(const QStringList& arguments);
    static int refuse(const QStringList& arguments);
};

} // namespace motcua::cli
