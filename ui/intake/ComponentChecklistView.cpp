#include "intake/ComponentChecklistView.h"

#include "intake/ComponentChecklistModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QSpinBox>
#include <QStyledItemDelegate>

namespace motcua {

namespace {
class CountDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("count-editor"));
        spin->setRange(0, ComponentChecklistModel::kMaxCount);
        spin->setAlignment(Qt::AlignCenter);
        spin->setFrame(false);
        return spin;
    }
};
} // namespace

ComponentChecklistView::ComponentChecklistView(QWidget* parent)
    : QTableView(parent)
{
    setItemDelegate(new CountDelegate(this));
    // No "any key edits": a scanner burst landing here must not open editors (see
    // ScannerBurstDetector); digits and Space are handled below.
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::SelectedClicked);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(false); // Tab leaves the table for the next field of the form
    setWordWrap(false);
    setAlternatingRowColors(true);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
}

void ComponentChecklistView::setChecklist(ComponentChecklistModel* model)
{
    m_model = model;
    setModel(model);
    horizontalHeader()->setSectionResizeMode(ComponentChecklistModel::NameColumn, QHeaderView::Stretch);
    for (int c = ComponentChecklistModel::OriginalsColumn; c < ComponentChecklistModel::ColumnCount; ++c)
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

bool ComponentChecklistView::event(QEvent* event)
{
    // Item views claim Alt+letter for their keyboard search; on this form those keys are the
    // labels' and buttons' mnemonics (Alt+U request supplement, Alt+R refuse, ...).
    if (event->type() == QEvent::ShortcutOverride && (static_cast<QKeyEvent*>(event)->modifiers() & Qt::AltModifier)) {
        event->ignore();
        return false;
    }
    return QTableView::event(event);
}

void ComponentChecklistView::keyPressEvent(QKeyEvent* event)
{
    const QModelIndex current = currentIndex();
    if (m_model && current.isValid() && state() != EditingState && !(event->modifiers() & Qt::ControlModifier)) {
        if (event->key() == Qt::Key_Space) {
            const QModelIndex check = m_model->index(current.row(), ComponentChecklistModel::NameColumn);
            const bool provided = check.data(Qt::CheckStateRole).toInt() == Qt::Checked;
            m_model->setData(check, provided ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
            return;
        }
        const QString text = event->text();
        if (current.column() != ComponentChecklistModel::NameColumn && text.size() == 1 && text.at(0).isDigit()) {
            m_model->setData(current, text.at(0).digitValue(), Qt::EditRole);
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace motcua
