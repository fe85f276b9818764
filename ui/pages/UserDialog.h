#pragma once

#include "core/Department.h"
#include "core/Types.h"
#include "store/UserRepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace motcua {

class UserService;

// Adds an account, edits one (full name and role) or resets its password, for the users
// section of the Settings page. Every field is checked as it is typed with UserService's own
// rules and the refusal shows under the field; the service's answer (a taken user name, the
// last administrator) shows above the buttons. The dialog stays open until the change is saved.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    enum Mode { Add, Edit, ResetPassword };

    // `user` is the account to edit or reset (ignored for Add).
    UserDialog(UserService& users, const Actor& actor, Mode mode, const UserInfo& user = {}, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    // The account's user name after a successful save.
    QString username() const;
    // Add and Edit: the departments an officer may belong to; the account's own are ticked.
    // Without departments the choice is not shown.
    void setDepartmentChoices(const QList<Department>& departments);
    // A workstation joined to a center (StationAccounts::isJoined): accounts made here reach
    // every workstation of the center, and the dialog says so.
    void setJoinedToCenter(bool joined);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum Field { Username, FullName, Password, Confirm, FieldCount };

    void retranslateUi();
    bool validate(Field field);
    bool hasField(Field field) const;
    void submit();

    UserService& m_users;
    Actor m_actor;
    Mode m_mode;
    UserInfo m_user;
    bool m_joined = false;

    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QLineEdit* m_edits[FieldCount] = {};
    QLabel* m_labels[FieldCount] = {};
    QLabel* m_errors[FieldCount] = {};
    QLabel* m_roleLabel = nullptr;
    QComboBox* m_role = nullptr;
    QCheckBox* m_temporary = nullptr;
    QLabel* m_departmentsLabel = nullptr;
    QListWidget* m_departments = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace motcua
