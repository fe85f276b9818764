#pragma once

#include "core/Types.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableView;

namespace motcua {

class AppContext;
class UserDialog;
class UserTableModel;
struct UserInfo;

// The users section of the Settings page, for administrators (SettingsPage shows it to them
// only): the local accounts with their role and status, and buttons to add a user, edit one's
// full name and role, disable or enable an account, unlock one locked by wrong passwords, and
// reset its password to a temporary one. Every change goes through UserService (role checks, rules, audit rows, the
// data key wraps); its refusals show inline under the table.
class UsersBox : public QGroupBox
{
    Q_OBJECT
public:
    UsersBox(AppContext& context, const Actor& actor, QWidget* parent = nullptr);

    // Reads the accounts again, keeping the selection.
    void reload();
    UserTableModel* model() const { return m_model; }
    // The open add/edit/reset dialog, if any (it is window-modal, opened with open()).
    UserDialog* dialog() const { return m_dialog; }

    // Selects `username`'s row; false when there is no such account.
    bool select(const QString& username);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();
    const UserInfo* selected() const;
    void openDialog(int mode);
    void toggleDisabled();
    void unlockSelected();

    AppContext& m_context;
    Actor m_actor;
    UserTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    UserDialog* m_dialog = nullptr;
    QLabel* m_keyNote = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_unlock = nullptr;
};

} // namespace motcua
