#pragma once

#include <QTableView>

namespace motcua {

class ComponentChecklistModel;

// The papers checklist, quick from the keyboard: Space ticks or unticks the selected papers
// (Shift+arrows or Ctrl+A select several) whatever the column, a digit on a count column sets
// that count, F2 opens a spin box. A case's heading spans the row; long names wrap.
class ComponentChecklistView : public QTableView
{
    Q_OBJECT
public:
    explicit ComponentChecklistView(QWidget* parent = nullptr);
    void setChecklist(ComponentChecklistModel* model);
    // The rows selected, or the current one when none is; in order.
    QList<int> selectedRows() const;

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateSpans();
    // Measures every row again at the columns' present widths (once per event loop pass).
    void refitRows();

    ComponentChecklistModel* m_model = nullptr;
    bool m_refitQueued = false;
};

} // namespace motcua
