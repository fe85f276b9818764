#include "LoginDialog.h"

#include "InlineMessage.h"
#include "UiResources.h"
#include "core/Logging.h"
#include "security/PasswordPolicy.h"
#include "security/UserService.h"
#include "service/AttachmentService.h"

#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua {

LoginDialog::LoginDialog(UserService& users, const QString& centerName, QWidget* parent)
    : QDialog(parent)
    , m_users(users)
    , m_centerName(centerName)
{
    setObjectName(QStringLiteral("login-dialog"));
    setWindowIcon(uiIcon(QStringLiteral("app")));

    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    m_center = new QLabel(centerName, this);
    m_center->setWordWrap(true);
    m_center->setVisible(!centerName.isEmpty());

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(UserService::kUsernameMax);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(UserService::kPasswordMax);
    m_usernameLabel = new QLabel(this);
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);

    // The second step, for a temporary password.
    m_changeIntro = new QLabel(this);
    m_changeIntro->setObjectName(QStringLiteral("change-password-intro"));
    m_changeIntro->setWordWrap(true);
    m_newPassword = new QLineEdit(this);
    m_newPassword->setObjectName(QStringLiteral("new-password"));
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("new-password-confirm"));
    for (QLineEdit* e : {m_newPassword, m_confirm}) {
        e->setEchoMode(QLineEdit::Password);
        e->setMaxLength(UserService::kPasswordMax);
    }
    m_newPasswordLabel = new QLabel(this);
    m_newPasswordLabel->setBuddy(m_newPassword);
    m_confirmLabel = new QLabel(this);
    m_confirmLabel->setBuddy(m_confirm);

    m_error = makeInlineError(this, QStringLiteral("login-error"));

    m_login = new QPushButton(this);
    m_login->setObjectName(QStringLiteral("login-button"));
    m_login->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancel-button"));
    m_cancel->setAutoDefault(false);

    m_form = new QFormLayout;
    m_form->addRow(m_usernameLabel, m_username);
    m_form->addRow(m_passwordLabel, m_password);
    m_form->addRow(m_newPasswordLabel, m_newPassword);
    m_form->addRow(m_confirmLabel, m_confirm);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_login);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_center);
    layout->addSpacing(8);
    layout->addWidget(m_changeIntro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_login, &QPushButton::clicked, this, [this] { m_changing ? submitNewPassword() : submit(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_changing) {
            reject();
            return;
        }
        // Back to the login: the temporary password alone lets nobody in.
        if (m_attachments)
            m_attachments->lock();
        m_actor = Actor();
        showChangeStep(false);
    });
    // Typing again hides the last refusal.
    connect(m_username, &QLineEdit::textEdited, m_error, &QLabel::hide);
    connect(m_password, &QLineEdit::textEdited, m_error, &QLabel::hide);
    connect(m_newPassword, &QLineEdit::textEdited, m_error, &QLabel::hide);
    connect(m_confirm, &QLineEdit::textEdited, m_error, &QLabel::hide);

    showChangeStep(false);
    retranslateUi();
    setMinimumWidth(420);
    m_username->setFocus();
}

void LoginDialog::setUsername(const QString& username)
{
    m_username->setText(username);
    m_password->setFocus();
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Log in — MotCua Desk"));
    m_heading->setText(m_changing ? tr("Choose your password") : tr("Log in"));
    m_usernameLabel->setText(tr("&Username:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_changeIntro->setText(tr("%1, your password was set by an administrator. Choose your own password to "
                              "continue; nobody else should know it.")
                               .arg(m_actor.fullName.isEmpty() ? m_actor.username : m_actor.fullName));
    m_newPasswordLabel->setText(tr("&New password:"));
    m_confirmLabel->setText(tr("C&onfirm password:"));
    m_newPassword->setPlaceholderText(tr("at least %n characters", nullptr, PasswordPolicy::minimumFor(m_actor.role)));
    m_login->setText(m_changing ? tr("Save and log in") : tr("Log in"));
    m_cancel->setText(m_changing ? tr("Back") : tr("Cancel"));
}

void LoginDialog::showChangeStep(bool changing)
{
    m_changing = changing;
    m_form->setRowVisible(m_username, !changing);
    m_form->setRowVisible(m_password, !changing);
    m_form->setRowVisible(m_newPassword, changing);
    m_form->setRowVisible(m_confirm, changing);
    m_changeIntro->setVisible(changing);
    m_newPassword->clear();
    m_confirm->clear();
    m_error->hide();
    retranslateUi();
    fitDialogHeight(this);
    (changing ? m_newPassword : m_password)->setFocus();
}

void LoginDialog::submitNewPassword()
{
    const QString password = m_newPassword->text();
    // The same rules as everywhere (UserService), checked here first for a quick answer.
    if (Status v = UserService::validatePassword(password, m_actor.role); !v) {
        showInlineError(m_error, v.error().message);
        fitDialogHeight(this);
        m_newPassword->setFocus();
        return;
    }
    if (password != m_confirm->text()) {
        showInlineError(m_error, tr("The two passwords differ."));
        fitDialogHeight(this);
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    // Changed by the user themself: the flag clears, and the data key unlocked a moment ago
    // with the temporary password is wrapped again under the new one.
    if (Status s = m_users.setPassword(m_actor, m_actor.username, password); !s) {
        showInlineError(m_error, s.error().message);
        fitDialogHeight(this);
        return;
    }
    m_actor.mustChangePassword = false;
    m_newPassword->clear();
    m_confirm->clear();
    accept();
}

void LoginDialog::submit()
{
    const QString username = m_username->text().trimmed();
    if (username.isEmpty() || m_password->text().isEmpty()) {
        showInlineError(m_error, tr("Enter your username and password."));
        fitDialogHeight(this);
        (username.isEmpty() ? m_username : m_password)->setFocus();
        return;
    }
    // A name or password this workstation does not know is asked of the center (a few seconds
    // at most): the pointer says the dialog is busy meanwhile.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<Actor> r = m_users.login(username, m_password->text());
    QGuiApplication::restoreOverrideCursor();
    if (!r) {
        showInlineError(m_error, r.error().message);
        fitDialogHeight(this);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_actor = *r;
    if (m_attachments) {
        if (Status s = m_attachments->unlock(username, m_password->text()); !s)
            qCWarning(lcUi) << "attachments stay locked:" << s.error().message;
    }
    m_password->clear();
    if (m_actor.mustChangePassword) {
        showChangeStep(true);
        return;
    }
    accept();
}

} // namespace motcua
