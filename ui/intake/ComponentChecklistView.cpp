#include "intake/ComponentChecklistView.h"

#include "intake/ComponentChecklistModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QSpinBox>
#include <QStyledItemDelegate>

#include <algorithm>

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
    // Shift+arrows and Ctrl+A select several papers; Space then ticks or unticks them all.
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setTabKeyNavigation(false); // Tab leaves the table for the next field of the form
    // Paper names are long sentences: they wrap on as many lines as they need.
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setAlternatingRowColors(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

QList<int> ComponentChecklistView::selectedRows() const
{
    QList<int> rows;
    if (selectionModel()) {
        for (const QModelIndex& i : selectionModel()->selectedIndexes()) {
            if (!rows.contains(i.row()))
                rows.append(i.row());
        }
    }
    if (rows.isEmpty() && currentIndex().isValid())
        rows.append(currentIndex().row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ComponentChecklistView::updateSpans()
{
    clearSpans();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->isCaseHeading(r))
            setSpan(r, 0, 1, ComponentChecklistModel::ColumnCount);
    }
}

void ComponentChecklistView::setChecklist(ComponentChecklistModel* model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &ComponentChecklistView::updateSpans);
    updateSpans();
    horizontalHeader()->setSectionResizeMode(ComponentChecklistModel::NameColumn, QHeaderView::Stretch);
    for (int c = ComponentChecklistModel::OriginalsColumn; c < ComponentChecklistModel::ColumnCount; ++c)
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // A row's height depends on how its name wraps, so on the name column's width. Rows
    // measured before the table had its width (a draft restored as the page is built) kept
    // the height of a name wrapped in a narrow column: measure them again whenever a column
    // changes width.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_refitQueued)
            return;
        m_refitQueued = true;
        QMetaObject::invokeMethod(this, &ComponentChecklistView::refitRows, Qt::QueuedConnection);
    });
}

void ComponentChecklistView::refitRows()
{
    m_refitQueued = false;
    resizeRowsToContents();
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
            m_model->toggleRows(selectedRows());
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
