#pragma once

#include <QTableView>

namespace motcua {

class ComponentChecklistModel;

// The papers checklist, quick from the keyboard: Space ticks or unticks the current paper
// whatever the column, a digit on a count column sets that count, F2 opens a spin box, and
// "All provided" ticks everything.
class ComponentChecklistView : public QTableView
{
    Q_OBJECT
public:
    explicit ComponentChecklistView(QWidget* parent = nullptr);
    void setChecklist(ComponentChecklistModel* model);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    ComponentChecklistModel* m_model = nullptr;
};

} // namespace motcua
