#pragma once

#include <QObject>

#include <functional>

class QTableView;
class QWidget;

namespace motcua {

class ChangeNotifier;
class DossierListModel;

// Keeps a page's dossier list in step with the database (ChangeNotifier::dossiersChanged: a
// step here, in another window or process, or pulled by sync): read again at once while the
// page is shown, else when it is next shown, with the clerk kept on the dossier they were on.
class ListFollower : public QObject
{
    Q_OBJECT
public:
    // `reload` reads the list again; it is called only once the page has loaded its list
    // (`loaded`).
    ListFollower(ChangeNotifier& changes, QWidget* page, QTableView* table, DossierListModel* model,
                 std::function<bool()> loaded, std::function<void()> reload);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void changed();
    void reloadKeepingPlace();

    QWidget* m_page;
    QTableView* m_table;
    DossierListModel* m_model;
    std::function<bool()> m_loaded;
    std::function<void()> m_reload;
    bool m_stale = false;
};

} // namespace motcua
