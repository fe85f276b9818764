#pragma once

#include "core/Types.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace motcua {

class AppContext;

// What the main window shows while the desk is locked (idle, or File → Lock): no page, no
// record, only who locked it and a password field. The password goes through
// UserService::login, so wrong ones are throttled and five of them lock the account like at the
// login; the right one opens the attachment store again (the data key was wiped at the lock).
// "Log out" hands the desk to another user.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    LockScreen(AppContext& context, const Actor& actor, QWidget* parent = nullptr);

    // Clears the field and the last message; focus on the password.
    void prepare();

Q_SIGNALS:
    void unlocked();
    void logoutRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void submit();

    AppContext& m_context;
    Actor m_actor;
    QLabel* m_heading = nullptr;
    QLabel* m_who = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_logout = nullptr;
};

} // namespace motcua
