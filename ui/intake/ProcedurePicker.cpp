#include "intake/ProcedurePicker.h"

#include "intake/ProcedureListModel.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace motcua {

ProcedurePicker::ProcedurePicker(QWidget* parent)
    : QWidget(parent)
{
    m_model = new ProcedureListModel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("procedure-search"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("procedure-list"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->installEventFilter(this);

    m_chosen = new QLabel(this);
    m_chosen->setObjectName(QStringLiteral("procedure-chosen"));
    m_chosen->setWordWrap(true);
    m_chosen->setTextFormat(Qt::PlainText);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("procedure-count"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_chosen);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setFilter(text);
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
        m_count->setText(tr("%n match(es)", nullptr, m_model->rowCount()));
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex& index) { choose(index.row()); });
    retranslateUi();
}

void ProcedurePicker::setProcedures(const QList<Procedure>& procedures, const QList<Department>& departments)
{
    m_model->setProcedures(procedures, departments);
    m_count->setText(tr("%n match(es)", nullptr, m_model->rowCount()));
}

void ProcedurePicker::setFavourites(const QStringList& codes)
{
    m_model->setFavourites(codes);
}

void ProcedurePicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProcedurePicker::retranslateUi()
{
    m_search->setPlaceholderText(tr("Code, name, field or department — diacritics optional (F3)"));
    m_count->setText(tr("%n match(es)", nullptr, m_model->rowCount()));
    updateChosenLabel();
}

void ProcedurePicker::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool ProcedurePicker::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return QWidget::eventFilter(watched, event);
    if (watched == m_search) {
        // The list follows the arrows while the cursor stays in the box.
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_PageDown:
            moveCurrent(8);
            return true;
        case Qt::Key_PageUp:
            moveCurrent(-8);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose(m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0);
            return true;
        default:
            break;
        }
    } else if (watched == m_list && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        choose(m_list->currentIndex().row());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ProcedurePicker::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() + delta : 0;
    m_list->setCurrentIndex(m_model->index(qBound(0, row, rows - 1)));
}

void ProcedurePicker::choose(int row)
{
    const Procedure* p = m_model->procedureAt(row);
    if (!p)
        return;
    m_code = p->code;
    updateChosenLabel();
    Q_EMIT procedureChosen(m_code);
}

bool ProcedurePicker::select(const QString& code)
{
    if (!m_model->procedure(code))
        return false;
    m_code = code;
    const int row = m_model->rowOf(code);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    updateChosenLabel();
    return true;
}

void ProcedurePicker::clearSelection()
{
    m_code.clear();
    m_search->clear();
    updateChosenLabel();
}

const Procedure* ProcedurePicker::current() const
{
    return m_code.isEmpty() ? nullptr : m_model->procedure(m_code);
}

QString ProcedurePicker::departmentName(const QString& code) const
{
    return m_model->departmentName(code);
}

void ProcedurePicker::updateChosenLabel()
{
    const Procedure* p = current();
    if (!p) {
        m_chosen->setText(tr("No procedure chosen yet: type and press Enter."));
        m_chosen->setStyleSheet(QStringLiteral("QLabel { color: #6b6b6b; }"));
        return;
    }
    m_chosen->setText(tr("Chosen: %1 — %2\n%3").arg(p->code, p->name, departmentName(p->departmentCode)));
    m_chosen->setStyleSheet(QStringLiteral("QLabel { color: #14324f; font-weight: bold; }"));
}

} // namespace motcua
