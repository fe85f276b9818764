#pragma once

class QLineEdit;
class QObject;
class QString;
class QTableView;
class QWidget;

namespace motcua {

class AppContext;
class DossierListModel;

// The dossier list of the Dossiers and Returns pages: the model with the catalogue's
// department names, and a read-only view over it.
DossierListModel* makeDossierListModel(AppContext& context, QObject* parent);
// Whole rows selected one at a time, no editing, fixed row heights (the view never measures a
// million rows), the columns sized in digits, the state's to its longest name (narrowed, with
// the name on hover, only where the window leaves the procedure too little), and the
// procedure's name taking the rest.
QTableView* makeDossierTable(DossierListModel* model, const QString& objectName, QWidget* parent);
// Ctrl+F selects the list's search box from anywhere in the window while `page` is shown.
void addFindShortcut(QWidget* page, QLineEdit* searchBox);

} // namespace motcua
