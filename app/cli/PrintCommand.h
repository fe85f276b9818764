#pragma once

#include <QStringList>

namespace motcua::cli {

// `motcuactl dossier print CODE --form 01|02|03|04|05 --out FILE.pdf [--copies 1|2] [--keep --user NAME]`
// renders a form of a stored dossier again (forms/DossierForms); --keep also stores the PDF
// with the dossier. The only command that needs Qt Gui (fonts for the PDF).
class PrintCommand
{
public:
    static int run(const QStringList& arguments);
    // True when the command line (without the program name) runs this command, so main()
    // creates a QGuiApplication (offscreen) instead of a QCoreApplication.
    static bool needsGui(const QStringList& arguments);
};

} // namespace motcua::cli
