#include "LoginDialog.h"

#include "InlineMessage.h"
#include "UiResources.h"
#include "core/Logging.h"
#include "security/UserService.h"
#include "service/AttachmentService.h"

#include <QEvent>
#include <QFormLayout>
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

    m_error = makeInlineError(this, QStringLiteral("login-error"));

    m_login = new QPushButton(this);
    m_login->setObjectName(QStringLiteral("login-button"));
    m_login->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancel-button"));
    m_cancel->setAutoDefault(false);

    auto* form = new QFormLayout;
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_passwordLabel, m_password);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_login);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_center);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_login, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    // Typing again hides the last refusal.
    connect(m_username, &QLineEdit::textEdited, m_error, &QLabel::hide);
    connect(m_password, &QLineEdit::textEdited, m_error, &QLabel::hide);

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
    m_heading->setText(tr("Log in"));
    m_usernameLabel->setText(tr("&Username:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_login->setText(tr("Log in"));
    m_cancel->setText(tr("Cancel"));
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
    Result<Actor> r = m_users.login(username, m_password->text());
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
    accept();
}

} // namespace motcua
