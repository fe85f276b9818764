#include "pages/UsersBox.h"

#include "InlineMessage.h"
#include "pages/UserDialog.h"
#include "pages/UserTableModel.h"
#include "security/KeyRing.h"
#include "security/StationAccounts.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/ChangeNotifier.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua {

UsersBox::UsersBox(AppContext& context, const Actor& actor, QWidget* parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("users-settings"));
    m_model = new UserTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("users-table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(UserTableModel::FullNameColumn, QHeaderView::Stretch);
    // Room for about seven accounts; a larger center scrolls inside the table.
    m_table->setMinimumHeight(230);

    // Without the data key in this session (an old account with no copy of it), accounts added
    // or reset now get no copy either: they could log in but not open scanned papers.
    m_keyNote = new QLabel(this);
    m_keyNote->setObjectName(QStringLiteral("users-key-note"));
    m_keyNote->setWordWrap(true);
    m_keyNote->setVisible(m_context.keyRing().hasDataKey() && !m_context.keyRing().isUnlocked());

    m_message = makeInlineError(this, QStringLiteral("users-message"));

    auto button = [this](const char* name) {
        auto* b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_add = button("add-user");
    m_edit = button("edit-user");
    m_disable = button("disable-user");
    m_reset = button("reset-password");
    m_unlock = button("unlock-user");
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_disable);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_keyNote);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, [this] { openDialog(UserDialog::Add); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openDialog(UserDialog::Edit); });
    connect(m_reset, &QPushButton::clicked, this, [this] { openDialog(UserDialog::ResetPassword); });
    connect(m_disable, &QPushButton::clicked, this, &UsersBox::toggleDisabled);
    connect(m_unlock, &QPushButton::clicked, this, &UsersBox::unlockSelected);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] { openDialog(UserDialog::Edit); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        m_message->hide();
    });

    // Accounts pulled from the center (or changed by another process) show without a click.
    connect(&m_context.changes(), &ChangeNotifier::accountsChanged, this, &UsersBox::reload);

    reload();
    retranslateUi();
}

void UsersBox::reload()
{
    const QString current = selected() ? selected()->username : QString();
    Result<QList<UserInfo>> users = m_context.users().listUsers(m_actor);
    if (!users) {
        showInlineError(m_message, users.error().message);
        return;
    }
    QSet<qint64> locked;
    for (const UserInfo& u : std::as_const(*users)) {
        if (m_context.users().isLocked(u))
            locked.insert(u.id);
    }
    m_model->setUsers(*users, locked);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(UserTableModel::FullNameColumn, QHeaderView::Stretch);
    if (!current.isEmpty())
        select(current);
    updateButtons();
}

bool UsersBox::select(const QString& username)
{
    const int row = m_model->rowOf(username);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    updateButtons();
    return true;
}

const UserInfo* UsersBox::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
}

void UsersBox::updateButtons()
{
    const UserInfo* user = selected();
    m_edit->setEnabled(user != nullptr);
    m_reset->setEnabled(user != nullptr && !user->disabled);
    m_disable->setEnabled(user != nullptr);
    m_unlock->setEnabled(user != nullptr && m_model->isLocked(user->id));
    m_disable->setText(user && user->disabled ? tr("E&nable") : tr("&Disable"));
}

void UsersBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void UsersBox::retranslateUi()
{
    setTitle(tr("Users"));
    m_add->setText(tr("&Add user…"));
    m_edit->setText(tr("&Edit…"));
    m_reset->setText(tr("&Reset password…"));
    m_unlock->setText(tr("&Unlock"));
    m_keyNote->setText(tr("Your session has not opened the attachment store, so accounts added or reset now cannot "
                          "open scanned papers. Log out and log in again with your own password first."));
    updateButtons();
}

void UsersBox::openDialog(int modeValue)
{
    const auto mode = static_cast<UserDialog::Mode>(modeValue);
    const UserInfo* user = selected();
    if (mode != UserDialog::Add && !user)
        return;
    if (m_dialog)
        return;
    m_message->hide();
    // Window-modal and asynchronous: the page keeps painting, and tests reach the dialog.
    m_dialog = new UserDialog(m_context.users(), m_actor, mode, user ? *user : UserInfo(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setDepartmentChoices(m_context.catalogue().departments());
    const bool joined = m_context.stationAccounts().isJoined();
    m_dialog->setJoinedToCenter(joined);
    connect(m_dialog, &QDialog::finished, this, [this, joined](int result) {
        UserDialog* dialog = m_dialog;
        m_dialog = nullptr;
        if (result != QDialog::Accepted || !dialog)
            return;
        const QString username = dialog->username();
        reload();
        select(username);
        switch (dialog->mode()) {
        case UserDialog::Add:
            showInlineInfo(m_message, joined ? tr("User %1 added. They can log in here now, and at the center's "
                                                  "other workstations once this workstation's next sync has sent "
                                                  "the account to the center.")
                                                   .arg(username)
                                             : tr("User %1 added. They can log in now.").arg(username));
            break;
        case UserDialog::Edit:
            showInlineInfo(m_message, tr("The changes to %1 were saved.").arg(username));
            break;
        case UserDialog::ResetPassword:
            showInlineInfo(m_message, tr("A temporary password was set for %1. At the next login they must choose "
                                         "their own.")
                                          .arg(username));
            break;
        }
    });
    m_dialog->open();
}

void UsersBox::toggleDisabled()
{
    const UserInfo* user = selected();
    if (!user)
        return;
    const QString username = user->username;
    const bool disable = !user->disabled;
    if (Status s = m_context.users().setDisabled(m_actor, username, disable); !s) {
        showInlineError(m_message, s.error().message);
        return;
    }
    reload();
    showInlineInfo(m_message, disable ? tr("%1 is disabled and can no longer log in.").arg(username)
                                      : tr("%1 is enabled and can log in again.").arg(username));
}

void UsersBox::unlockSelected()
{
    const UserInfo* user = selected();
    if (!user)
        return;
    const QString username = user->username;
    if (Status s = m_context.users().unlockUser(m_actor, username); !s) {
        showInlineError(m_message, s.error().message);
        return;
    }
    reload();
    showInlineInfo(m_message, tr("%1 is unlocked and can log in again.").arg(username));
}

} // namespace motcua
