#include "LockScreen.h"

#include "InlineMessage.h"
#include "UiResources.h"
#include "core/Logging.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua {

LockScreen::LockScreen(AppContext& context, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("lock-screen"));
    setAutoFillBackground(true);

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("lock-card"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(520);
    card->setStyleSheet(QStringLiteral("QFrame#lock-card { background: #ffffff; border: 1px solid #c9d3dd;"
                                       " border-radius: 6px; }"));

    auto* icon = new QLabel(card);
    icon->setPixmap(uiIcon(QStringLiteral("app")).pixmap(48, 48));
    m_heading = new QLabel(card);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    m_who = new QLabel(card);
    m_who->setObjectName(QStringLiteral("lock-who"));
    m_who->setWordWrap(true);

    m_password = new QLineEdit(card);
    m_password->setObjectName(QStringLiteral("lock-password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(UserService::kPasswordMax);
    m_passwordLabel = new QLabel(card);
    m_passwordLabel->setBuddy(m_password);
    m_error = makeInlineError(card, QStringLiteral("lock-error"));

    m_unlock = new QPushButton(card);
    m_unlock->setObjectName(QStringLiteral("unlock-button"));
    m_unlock->setDefault(true);
    m_logout = new QPushButton(card);
    m_logout->setObjectName(QStringLiteral("lock-logout-button"));

    auto* form = new QFormLayout;
    form->addRow(m_passwordLabel, m_password);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_logout);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto* texts = new QVBoxLayout;
    texts->addWidget(m_heading);
    texts->addWidget(m_who);
    top->addLayout(texts, 1);

    auto* inner = new QVBoxLayout(card);
    inner->setContentsMargins(24, 20, 24, 20);
    inner->addLayout(top);
    inner->addSpacing(12);
    inner->addLayout(form);
    inner->addWidget(m_error);
    inner->addLayout(buttons);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 2);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    setStyleSheet(QStringLiteral("QWidget#lock-screen { background: #e8edf2; }"));

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_password, &QLineEdit::textEdited, m_error, &QLabel::hide);
    connect(m_logout, &QPushButton::clicked, this, &LockScreen::logoutRequested);
    retranslateUi();
}

void LockScreen::prepare()
{
    m_password->clear();
    m_error->hide();
    m_password->setFocus();
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LockScreen::retranslateUi()
{
    m_heading->setText(tr("The desk is locked"));
    const QString name = m_actor.fullName.isEmpty() ? m_actor.username : m_actor.fullName;
    m_who->setText(tr("%1 (%2) is logged in. Enter the password to continue, or log out so that someone else can "
                      "log in.")
                       .arg(name, m_actor.username));
    m_passwordLabel->setText(tr("&Password:"));
    m_unlock->setText(tr("&Unlock the desk"));
    m_logout->setText(tr("Log &out"));
}

void LockScreen::submit()
{
    if (m_password->text().isEmpty()) {
        showInlineError(m_error, tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    // The same check as the login: throttled, audited, and five wrong passwords lock the account.
    Result<Actor> r = m_context.users().login(m_actor.username, m_password->text());
    if (!r) {
        showInlineError(m_error, r.error().message);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    if (Status s = m_context.attachments().unlock(m_actor.username, m_password->text()); !s)
        qCWarning(lcUi) << "attachments stay locked:" << s.error().message;
    m_password->clear();
    m_error->hide();
    Q_EMIT unlocked();
}

} // namespace motcua
