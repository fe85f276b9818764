#include "FirstRunDialog.h"

#include "InlineMessage.h"
#include "UiResources.h"
#include "security/PasswordPolicy.h"
#include "security/UserService.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua {

namespace {
QLabel* makeFieldError(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    label->hide();
    return label;
}
} // namespace

FirstRunDialog::FirstRunDialog(UserService& users, QWidget* parent)
    : QDialog(parent)
    , m_users(users)
{
    setObjectName(QStringLiteral("first-run-dialog"));
    setWindowIcon(uiIcon(QStringLiteral("app")));

    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    static const char* const kNames[FieldCount] = {"username", "full-name", "password", "password-confirm"};
    // Label above field above its message: box layouts give wrapped messages the height
    // they need (a grid row would not grow and the text would overlap the next field).
    auto* fields = new QVBoxLayout;
    fields->setSpacing(2);
    for (int i = 0; i < FieldCount; ++i) {
        const QString name = QString::fromLatin1(kNames[i]);
        m_edits[i] = new QLineEdit(this);
        m_edits[i]->setObjectName(name);
        m_labels[i] = new QLabel(this);
        m_labels[i]->setBuddy(m_edits[i]);
        m_errors[i] = makeFieldError(this, name + QStringLiteral("-error"));
        if (i > 0)
            fields->addSpacing(8);
        fields->addWidget(m_labels[i]);
        fields->addWidget(m_edits[i]);
        fields->addWidget(m_errors[i]);
        const auto field = static_cast<Field>(i);
        connect(m_edits[i], &QLineEdit::textEdited, this, [this, field] {
            validate(field);
            // The confirmation depends on the password too.
            if (field == Password && !m_edits[Confirm]->text().isEmpty())
                validate(Confirm);
            m_error->hide();
        });
    }
    m_edits[Username]->setMaxLength(UserService::kUsernameMax);
    m_edits[FullName]->setMaxLength(UserService::kFullNameMax);
    m_edits[Password]->setEchoMode(QLineEdit::Password);
    m_edits[Password]->setMaxLength(UserService::kPasswordMax);
    m_edits[Confirm]->setEchoMode(QLineEdit::Password);
    m_edits[Confirm]->setMaxLength(UserService::kPasswordMax);

    m_error = makeInlineError(this, QStringLiteral("first-run-error"));

    m_create = new QPushButton(this);
    m_create->setObjectName(QStringLiteral("create-button"));
    m_cancel = layOutFormDialog(this, m_heading, m_intro, fields, m_error, m_create);
    connect(m_create, &QPushButton::clicked, this, &FirstRunDialog::submit);

    retranslateUi();
    setMinimumWidth(560);
    resize(560, sizeHint().height());
    fitDialogHeight(this);
    m_edits[Username]->setFocus();
}

void FirstRunDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FirstRunDialog::retranslateUi()
{
    setWindowTitle(tr("First start — MotCua Desk"));
    m_heading->setText(tr("Create the administrator"));
    m_intro->setText(tr("This workstation has no accounts yet. Create the administrator account: it manages "
                        "users, the procedure catalogue and the holiday calendar."));
    m_labels[Username]->setText(tr("&Username:"));
    m_labels[FullName]->setText(tr("&Full name:"));
    m_labels[Password]->setText(tr("&Password:"));
    m_labels[Confirm]->setText(tr("C&onfirm password:"));
    m_edits[Username]->setPlaceholderText(
        tr("%1–%2 characters").arg(UserService::kUsernameMin).arg(UserService::kUsernameMax));
    // The first account is an administrator: the longer minimum (PasswordPolicy).
    m_edits[Password]->setPlaceholderText(tr("at least %n characters", nullptr, PasswordPolicy::kAdminMinimum));
    m_create->setText(tr("Create administrator"));
    m_cancel->setText(tr("Cancel"));
}

bool FirstRunDialog::validate(Field field)
{
    const QString text = m_edits[field]->text();
    QString problem;
    switch (field) {
    case Username:
        if (Status s = UserService::validateUsername(text.trimmed()); !s)
            problem = s.error().message;
        break;
    case FullName:
        if (Status s = UserService::validateFullName(text.trimmed()); !s)
            problem = s.error().message;
        break;
    case Password:
        if (Status s = UserService::validatePassword(text, Role::Admin); !s)
            problem = s.error().message;
        break;
    case Confirm:
        if (text != m_edits[Password]->text())
            problem = tr("The two passwords differ.");
        break;
    case FieldCount:
        break;
    }
    m_errors[field]->setText(problem);
    m_errors[field]->setVisible(!problem.isEmpty());
    fitDialogHeight(this);
    return problem.isEmpty();
}

void FirstRunDialog::submit()
{
    bool ok = true;
    QLineEdit* firstBad = nullptr;
    for (int i = 0; i < FieldCount; ++i) {
        if (!validate(static_cast<Field>(i))) {
            ok = false;
            if (!firstBad)
                firstBad = m_edits[i];
        }
    }
    if (!ok) {
        firstBad->setFocus();
        return;
    }
    Result<Actor> r = m_users.createFirstAdmin(m_edits[Username]->text().trimmed(), m_edits[FullName]->text().trimmed(),
                                               m_edits[Password]->text());
    if (!r) {
        showInlineError(m_error, r.error().message);
        fitDialogHeight(this);
        return;
    }
    m_actor = *r;
    m_edits[Password]->clear();
    m_edits[Confirm]->clear();
    accept();
}

} // namespace motcua
