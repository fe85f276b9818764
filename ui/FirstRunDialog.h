#pragma once

#include "core/Types.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace motcua {

class UserService;

// The first start of a new database: creates the administrator (UserService::createFirstAdmin).
// Each field is checked as it is typed, with the service's own rules, and the message shown
// beside the field.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(UserService& users, QWidget* parent = nullptr);

    // The administrator that was created, once the dialog was accepted.
    const Actor& actor() const { return m_actor; }

protected:
    void changeEvent(QEvent* event) override;

private:
    enum Field { Username, FullName, Password, Confirm, FieldCount };

    void retranslateUi();
    // Shows the field's problem beside it; true when the field is fine.
    bool validate(Field field);
    void submit();

    UserService& m_users;
    Actor m_actor;
    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QLineEdit* m_edits[FieldCount] = {};
    QLabel* m_labels[FieldCount] = {};
    QLabel* m_errors[FieldCount] = {};
    QLabel* m_error = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace motcua
