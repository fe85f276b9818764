#include "ShortcutsDialog.h"

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
    rows.append({tr("Enter"), tr("Log in, or confirm the dialog's main button")});
    rows.append({QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText),
                 tr("Search the procedure catalogue (Catalogue page)")});
    rows.append({tr("Tab / Shift+Tab"), tr("Move between fields")});
    // The dossier view's reprint (DossierViewDialog::reprintShortcut).
    rows.append({QKeySequence(Qt::CTRL | Qt::Key_G).toString(QKeySequence::NativeText),
                 tr("Reprint the receipt (01) to the default printer (dossier view)")});
    // The Sync page's own buttons (SyncPage).
    rows.append({QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText), tr("Sync now (Sync page)")});
    rows.append({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R).toString(QKeySequence::NativeText),
                 tr("Resolve sync conflicts (Sync page)")});

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
    resize(560, 420);
}

} // namespace motcua
