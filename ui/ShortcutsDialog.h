#pragma once

#include <QDialog>
#include <QList>

class QAction;

namespace motcua {

// Help → Keyboard shortcuts (F1): the window's actions with their keys, read from the actions
// themselves so the list cannot drift from what the keys really do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

} // namespace motcua
