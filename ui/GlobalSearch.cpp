#include "GlobalSearch.h"

#include "core/Clock.h"
#include "core/DossierState.h"
#include "service/AppContext.h"
#include "service/DossierService.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua {

GlobalSearch::GlobalSearch(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("global-search"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("global-search-message"));
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    m_box = new QLineEdit(this);
    m_box->setObjectName(QStringLiteral("global-search-box"));
    m_box->setClearButtonEnabled(true);
    // Wide enough for a whole code (000.00.06.H56-261207-5002) and the placeholder.
    m_box->setMinimumWidth(m_box->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 40);
    connect(m_box, &QLineEdit::returnPressed, this, [this] { search(m_box->text()); });
    connect(m_box, &QLineEdit::textEdited, this, [this] { m_message->hide(); });

    m_focus = new QAction(this);
    m_focus->setObjectName(QStringLiteral("action-global-search"));
    m_focus->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_focus->setShortcutContext(Qt::WindowShortcut);
    connect(m_focus, &QAction::triggered, this, [this] {
        m_box->setFocus(Qt::ShortcutFocusReason);
        m_box->selectAll();
    });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 1, 4, 1);
    layout->setSpacing(6);
    layout->addWidget(m_message);
    layout->addWidget(m_box);
    retranslateUi();
}

void GlobalSearch::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void GlobalSearch::retranslateUi()
{
    const QString key = m_focus->shortcut().toString(QKeySequence::NativeText);
    m_focus->setText(tr("Find a dossier from any page"));
    m_box->setPlaceholderText(tr("Find a dossier (%1)").arg(key));
    m_box->setToolTip(tr("Name without diacritics, ID number, phone, dossier code or its end as on the receipt "
                         "(\"5002\", \"261207-5002\"). Enter searches."));
}

void GlobalSearch::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    // A menu bar sizes its corner widget only when it lays itself out: ask it to, so the
    // message is not cut (it takes room from the empty middle of the bar).
    adjustSize();
    if (auto* bar = qobject_cast<QMenuBar*>(parentWidget())) {
        QResizeEvent resize(bar->size(), bar->size());
        QCoreApplication::sendEvent(bar, &resize);
    }
}

void GlobalSearch::search(const QString& input)
{
    const QString text = input.trimmed();
    showMessage(QString());
    if (text.isEmpty())
        return;
    Result<QList<DossierListRow>> hits = m_context.dossiers().search(text, kLimit);
    if (!hits) {
        showMessage(hits.error().message);
        return;
    }
    if (hits->isEmpty()) {
        showMessage(tr("No dossier matches \"%1\".").arg(text));
        m_box->selectAll();
        return;
    }
    const QString code = hits->size() == 1 ? hits->constFirst().code : pick(text, *hits);
    if (!code.isEmpty())
        Q_EMIT openRequested(code);
}

QString GlobalSearch::pick(const QString& text, const QList<DossierListRow>& hits)
{
    QDialog dialog(window());
    dialog.setObjectName(QStringLiteral("global-search-picker"));
    dialog.setWindowTitle(tr("Dossiers matching \"%1\"").arg(text));

    auto* note = new QLabel(&dialog);
    note->setObjectName(QStringLiteral("global-search-count"));
    note->setWordWrap(true);
    note->setText(hits.size() >= kLimit
                      ? tr("The %1 newest matches. Type more of the code or the name to narrow them.").arg(kLimit)
                      : tr("%n dossier(s) match. Enter opens the chosen one.", nullptr, static_cast<int>(hits.size())));

    auto* table = new QTableWidget(static_cast<int>(hits.size()), 4, &dialog);
    table->setObjectName(QStringLiteral("global-search-hits"));
    table->setHorizontalHeaderLabels({tr("Code"), tr("Applicant"), tr("State"), tr("Received")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    for (int i = 0; i < hits.size(); ++i) {
        const DossierListRow& r = hits.at(i);
        auto* codeItem = new QTableWidgetItem(r.code);
        codeItem->setData(Qt::UserRole, r.code);
        table->setItem(i, 0, codeItem);
        table->setItem(i, 1, new QTableWidgetItem(r.applicantName));
        table->setItem(i, 2, new QTableWidgetItem(stateName(r.state)));
        table->setItem(i, 3,
                       new QTableWidgetItem(toVietnam(r.receivedAt).toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->setCurrentCell(0, 0);
    connect(table, &QTableWidget::itemActivated, &dialog, &QDialog::accept);

    // Our own button texts: Qt's translations of its standard buttons may not be installed.
    auto* buttons = new QDialogButtonBox(&dialog);
    auto* open = buttons->addButton(tr("Open (Enter)"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("global-search-open"));
    open->setDefault(true);
    buttons->addButton(tr("Close (Esc)"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);

    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog.resize(820, 420);
    table->setFocus();
    if (dialog.exec() != QDialog::Accepted || table->currentRow() < 0)
        return {};
    return table->item(table->currentRow(), 0)->data(Qt::UserRole).toString();
}

} // namespace motcua
