#pragma once

#include "core/Types.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace motcua {

class AttachmentService;
class UserService;

// Username and password, checked by UserService::login. A refusal is shown inline under the
// fields (errors inline, not in modal boxes: ARCHITECTURE.md, UI); Enter submits.
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

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void submit();

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
    QLabel* m_error = nullptr;
    QPushButton* m_login = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace motcua
