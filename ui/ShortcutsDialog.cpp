#include "ShortcutsDialog.h"

#include "dossiers/DossierViewDialog.h"
#include "service/ProcessingService.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua {

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcuts-dialog"));
    setWindowTitle(tr("Keyboard shortcuts"));

    struct Row
    {
        QString keys;
        QString what;
    };
    QList<Row> rows;
    for (const QAction* a : actions) {
        // Every key of the action (Ctrl+Enter and Ctrl+Return, F1 and Help), not only the first.
        QStringList keys;
        for (const QKeySequence& sequence : a->shortcuts()) {
            const QString text = sequence.toString(QKeySequence::NativeText);
            if (!text.isEmpty() && !keys.contains(text))
                keys.append(text);
        }
        if (!keys.isEmpty())
            rows.append({keys.join(tr(" or ")), a->text().remove(QLatin1Char('&'))});
    }
    auto key = [](const QKeySequence& k) { return k.toString(QKeySequence::NativeText); };
    rows.append({tr("Enter"), tr("Log in, or confirm the dialog's main button")});
    rows.append({tr("Tab / Shift+Tab"), tr("Move between fields")});
    // The pages' own keys, set on their widgets rather than on window actions: named here by
    // hand (tests/ui/test_mainwindow checks the list against them).
    rows.append({key(QKeySequence(Qt::Key_Space)), tr("Tick or untick the paper (Intake page, list of papers)")});
    rows.append({tr("0 … 9"), tr("Set the number of copies of the paper (Intake page, list of papers)")});
    rows.append({key(QKeySequence(Qt::Key_F2)), tr("Edit the paper's name or note (Intake page, list of papers)")});
    rows.append({key(QKeySequence::Find), tr("Search on the page shown (Dossiers, Returns, Catalogue)")});
    rows.append({key(QKeySequence(Qt::Key_Down)), tr("From the search box into the list (Dossiers page)")});
    rows.append({tr("Enter"), tr("Open the selected dossier (Dossiers page)")});
    rows.append({key(QKeySequence(Qt::Key_F5)), tr("Refresh the list or the figures (Dossiers, Dashboard pages)")});
    rows.append({key(QKeySequence(Qt::CTRL | Qt::Key_R)), tr("Return the result to the applicant (Returns page)")});
    // The dossier view's reprint (DossierViewDialog::reprintShortcut).
    rows.append({QKeySequence(Qt::CTRL | Qt::Key_G).toString(QKeySequence::NativeText),
                 tr("Reprint the receipt (01) to the default printer (dossier view)")});
    // The Sync page's own buttons (SyncPage).
    rows.append({key(QKeySequence(Qt::Key_F5)), tr("Sync now (Sync page)")});
    rows.append({key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)), tr("Resolve sync conflicts (Sync page)")});
    // The dossier view's steps (DossierViewDialog::shortcutFor), then its printing.
    for (ProcessingAction a : allProcessingActions())
        rows.append({key(DossierViewDialog::shortcutFor(a)), tr("%1 (dossier view)").arg(processingActionName(a))});
    rows.append({key(QKeySequence(Qt::CTRL | Qt::Key_Return)), tr("Confirm the step (dossier view)")});
    rows.append({key(QKeySequence(Qt::CTRL | Qt::Key_P)), tr("Print the control slip, form 05 (dossier view)")});
    rows.append(
        {key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)), tr("Print the apology letter, form 04 (dossier view)")});

    auto* table = new QTableWidget(static_cast<int>(rows.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcuts-table"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].keys));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].what));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    // Our own button text: Qt's translations of its standard buttons may not be installed.
    auto* buttons = new QDialogButtonBox(this);
    auto* close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    // Tall enough for the page keys without a long scroll; fits a 1366×768 screen.
    resize(640, 600);
}

} // namespace motcua
