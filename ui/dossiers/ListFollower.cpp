#include "dossiers/ListFollower.h"

#include "dossiers/DossierListModel.h"
#include "service/ChangeNotifier.h"

#include <QEvent>
#include <QTableView>
#include <QWidget>

namespace motcua {

ListFollower::ListFollower(ChangeNotifier& changes, QWidget* page, QTableView* table, DossierListModel* model,
                           std::function<bool()> loaded, std::function<void()> reload)
    : QObject(page)
    , m_page(page)
    , m_table(table)
    , m_model(model)
    , m_loaded(std::move(loaded))
    , m_reload(std::move(reload))
{
    connect(&changes, &ChangeNotifier::dossiersChanged, this, &ListFollower::changed);
    page->installEventFilter(this);
}

bool ListFollower::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        reloadKeepingPlace();
    }
    return QObject::eventFilter(watched, event);
}

void ListFollower::changed()
{
    if (!m_loaded())
        return;
    if (!m_page->isVisible()) {
        m_stale = true;
        return;
    }
    reloadKeepingPlace();
}

void ListFollower::reloadKeepingPlace()
{
    if (!m_loaded())
        return;
    const int row = m_table->currentIndex().row();
    const QString code = m_model->codeAt(row);
    m_reload();
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    for (int i = 0; i < rows && !code.isEmpty(); ++i) {
        if (m_model->codeAt(i) == code) {
            m_table->setCurrentIndex(m_model->index(i, 0));
            return;
        }
    }
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(qMin(row, rows - 1), 0));
}

} // namespace motcua
