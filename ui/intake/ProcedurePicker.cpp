#include "intake/ProcedurePicker.h"

#include "intake/ProcedureListModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
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
    // Nothing matched: say so in a sentence, and offer the search by code.
    m_noMatch = new QLabel(this);
    m_noMatch->setObjectName(QStringLiteral("procedure-no-match"));
    m_noMatch->setWordWrap(true);
    m_noMatch->setTextFormat(Qt::PlainText);
    m_noMatch->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; background: #fff4e5; border: 1px solid "
                                            "#f0c890; border-radius: 4px; padding: 6px; }"));
    m_noMatch->hide();
    m_codeSearch = new QPushButton(this);
    m_codeSearch->setObjectName(QStringLiteral("procedure-code-search"));
    m_codeSearch->hide();
    connect(m_codeSearch, &QPushButton::clicked, this, &ProcedurePicker::startCodeSearch);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_codeSearch, 0, Qt::AlignLeft); // hidden, it takes no room
    layout->addWidget(m_chosen);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setFilter(text);
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
        updateCount();
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex& index) { choose(index.row()); });
    retranslateUi();
}

void ProcedurePicker::setProcedures(const QList<Procedure>& procedures, const QList<Department>& departments)
{
    m_model->setProcedures(procedures, departments);
    updateCount();
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
    m_search->setPlaceholderText(m_codeMode ? tr("Procedure code, e.g. 1.000656 (F3)")
                                            : tr("Code, name, field or department — diacritics optional (F3)"));
    m_codeSearch->setText(tr("Search by procedure code"));
    m_codeSearch->setToolTip(tr("Empties the box to type the procedure's code from the national catalogue"));
    updateCount();
    updateChosenLabel();
}

void ProcedurePicker::updateCount()
{
    const int n = m_model->rowCount();
    m_count->setText(tr("%n match(es)", nullptr, n));
    const QString text = m_search->text().trimmed();
    const bool none = n == 0 && !text.isEmpty();
    if (none) {
        const bool looksLikeCode = !text.isEmpty() && text.at(0).isDigit();
        m_noMatch->setText(
            looksLikeCode
                ? tr("No procedure with code “%1” in this center's catalogue: it is not received here, or the code "
                     "is mistyped. Check the code on the applicant's papers.")
                      .arg(text)
                : tr("No procedure of this center's catalogue matches “%1”. The procedure may not be received at "
                     "this center (a commune-level procedure, for example), or it is named differently: try fewer "
                     "words, or search by its code.")
                      .arg(text));
    }
    // The explanation takes the empty list's place, so it is in view on a small screen.
    m_list->setVisible(!none);
    m_noMatch->setVisible(none);
    m_codeSearch->setVisible(none && !m_codeMode);
}

void ProcedurePicker::startCodeSearch()
{
    m_codeMode = true;
    m_search->clear();
    retranslateUi();
    m_search->setFocus(Qt::OtherFocusReason);
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
        case Qt::Key_Escape:
            if (m_codeMode) { // back to searching by name
                m_codeMode = false;
                retranslateUi();
                return true;
            }
            break;
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
