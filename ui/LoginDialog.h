#pragma once

#include "core/Types.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace motcua {

class AttachmentService;
class UserService;

// Username and password, checked by UserService::login. A refusal is shown inline under the
// fields (errors inline, not in modal boxes: docs/architecture.md#ui); Enter submits.
//
// An account whose password an administrator set (a reset: Actor::mustChangePassword) is not
// let in yet: the dialog turns into "choose your own password" (new, confirm) and accepts once
// UserService saved it. Cancel there goes back to the login.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(UserService& users, const QString& centerName = {}, QWidget* parent = nullptr);

    // The logged-in user once the dialog was accepted.
    const Actor& actor() const { return m_actor; }

    void setUsername(const QString& username);
    // After a successful login the same password unlocks the attachment store. A refusal there
    // (no copy of the data key yet) does not stop the login: attachments stay locked.
    void setAttachments(AttachmentService* attachments) { m_attachments = attachments; }

    // True while the dialog asks for a new password (after a login with a temporary one).
    bool isChangingPassword() const { return m_changing; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void submit();
    void submitNewPassword();
    void showChangeStep(bool changing);

    UserService& m_users;
    AttachmentService* m_attachments = nullptr;
    Actor m_actor;
    QString m_centerName;
    QLabel* m_heading = nullptr;
    QLabel* m_center = nullptr;
    QLabel* m_usernameLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_changeIntro = nullptr;
    QLabel* m_newPasswordLabel = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QLineEdit* m_newPassword = nullptr;
    QLineEdit* m_confirm = nullptr;
    QFormLayout* m_form = nullptr;
    bool m_changing = false;
    QLabel* m_error = nullptr;
    QPushButton* m_login = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace motcua
