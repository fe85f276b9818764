#include "pages/UserDialog.h"

#include "InlineMessage.h"
#include "security/PasswordPolicy.h"
#include "security/UserService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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

constexpr Role kRoles[] = {Role::Clerk, Role::Supervisor, Role::Admin};
} // namespace

UserDialog::UserDialog(UserService& users, const Actor& actor, Mode mode, const UserInfo& user, QWidget* parent)
    : QDialog(parent)
    , m_users(users)
    , m_actor(actor)
    , m_mode(mode)
    , m_user(user)
{
    setObjectName(QStringLiteral("user-dialog"));

    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_heading->setFont(f);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("user-dialog-intro"));
    m_intro->setWordWrap(true);

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (Role r : kRoles)
        m_role->addItem(roleName(r), static_cast<int>(r));
    m_roleLabel = new QLabel(this);
    m_roleLabel->setBuddy(m_role);
    m_temporary = new QCheckBox(this);
    m_temporary->setObjectName(QStringLiteral("temporary-password"));
    // The administrator knows the password they typed: by default the user replaces it.
    m_temporary->setChecked(true);

    static const char* const kNames[FieldCount] = {"username", "full-name", "password", "password-confirm"};
    // Label above field above its message: box layouts give wrapped messages the height they
    // need (as in the first-start dialog).
    auto* fields = new QVBoxLayout;
    fields->setSpacing(2);
    for (int i = 0; i < FieldCount; ++i) {
        const auto field = static_cast<Field>(i);
        const QString name = QString::fromLatin1(kNames[i]);
        m_edits[i] = new QLineEdit(this);
        m_edits[i]->setObjectName(name);
        m_labels[i] = new QLabel(this);
        m_labels[i]->setBuddy(m_edits[i]);
        m_errors[i] = makeFieldError(this, name + QStringLiteral("-error"));
        if (!hasField(field)) {
            m_edits[i]->hide();
            m_labels[i]->hide();
            continue;
        }
        if (fields->count() > 0)
            fields->addSpacing(8);
        fields->addWidget(m_labels[i]);
        fields->addWidget(m_edits[i]);
        fields->addWidget(m_errors[i]);
        connect(m_edits[i], &QLineEdit::textEdited, this, [this, field] {
            validate(field);
            // The confirmation depends on the password too.
            if (field == Password && !m_edits[Confirm]->text().isEmpty())
                validate(Confirm);
            m_error->hide();
        });
        if (field == FullName && mode != ResetPassword) {
            fields->addSpacing(8);
            fields->addWidget(m_roleLabel);
            fields->addWidget(m_role);
        }
    }
    if (mode == ResetPassword) {
        m_role->hide();
        m_roleLabel->hide();
    }
    // A department officer: the departments whose queue and steps are theirs.
    m_departmentsLabel = new QLabel(this);
    m_departments = new QListWidget(this);
    m_departments->setObjectName(QStringLiteral("departments"));
    m_departments->setMaximumHeight(110);
    m_departmentsLabel->setBuddy(m_departments);
    m_departmentsLabel->hide();
    m_departments->hide();
    if (mode != ResetPassword) {
        fields->addSpacing(8);
        fields->addWidget(m_departmentsLabel);
        fields->addWidget(m_departments);
    }
    if (mode == Add) {
        fields->addSpacing(8);
        fields->addWidget(m_temporary);
    } else {
        m_temporary->hide();
    }
    m_edits[Username]->setMaxLength(UserService::kUsernameMax);
    m_edits[FullName]->setMaxLength(UserService::kFullNameMax);
    for (Field secret : {Password, Confirm}) {
        m_edits[secret]->setEchoMode(QLineEdit::Password);
        m_edits[secret]->setMaxLength(UserService::kPasswordMax);
    }
    if (mode != Add) {
        m_edits[Username]->setText(user.username);
        m_edits[FullName]->setText(user.fullName);
        m_role->setCurrentIndex(m_role->findData(static_cast<int>(user.role)));
    } else {
        m_role->setCurrentIndex(m_role->findData(static_cast<int>(Role::Clerk)));
    }

    m_error = makeInlineError(this, QStringLiteral("user-dialog-error"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("save-user"));
    m_cancel = layOutFormDialog(this, m_heading, m_intro, fields, m_error, m_save);
    connect(m_save, &QPushButton::clicked, this, &UserDialog::submit);

    // Tab follows the fields as they are laid out (the role and the check box were made before
    // the text fields, so the creation order skipped the role); another mode's hidden fields
    // are skipped.
    const QList<QWidget*> chain{m_edits[Username], m_edits[FullName], m_role,
                                m_edits[Password], m_edits[Confirm],  m_departments,
                                m_temporary,       m_cancel,          m_save};
    for (int i = 0; i + 1 < chain.size(); ++i)
        setTabOrder(chain[i], chain[i + 1]);

    retranslateUi();
    setMinimumWidth(520);
    resize(520, sizeHint().height());
    fitDialogHeight(this);
    (mode == Add ? m_edits[Username] : mode == Edit ? m_edits[FullName] : m_edits[Password])->setFocus();
}

bool UserDialog::hasField(Field field) const
{
    switch (m_mode) {
    case Add:
        return true;
    case Edit:
        return field == FullName;
    case ResetPassword:
        return field == Password || field == Confirm;
    }
    return false;
}

QString UserDialog::username() const
{
    return m_mode == Add ? m_edits[Username]->text().trimmed() : m_user.username;
}

void UserDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void UserDialog::retranslateUi()
{
    const QString who = m_user.fullName.isEmpty() ? m_user.username : m_user.fullName;
    switch (m_mode) {
    case Add:
        setWindowTitle(tr("Add user — MotCua Desk"));
        m_heading->setText(tr("Add a user"));
        m_intro->setText(m_joined ? tr("The new account reaches the center at this workstation's next sync and "
                                       "then logs in at any workstation of the center with the user name and "
                                       "password below.")
                                  : tr("The new account logs in on this workstation with the user name and "
                                       "password below."));
        m_save->setText(tr("Add user"));
        break;
    case Edit:
        setWindowTitle(tr("Edit user — MotCua Desk"));
        m_heading->setText(tr("Edit %1").arg(who));
        m_intro->setText(tr("User name: %1. A new role applies from the user's next login.").arg(m_user.username));
        m_save->setText(tr("Save changes"));
        break;
    case ResetPassword:
        setWindowTitle(tr("Reset password — MotCua Desk"));
        m_heading->setText(tr("Reset the password of %1").arg(who));
        m_intro->setText(tr("Give the user this temporary password in person. At the next login they must choose "
                            "their own."));
        m_save->setText(tr("Set temporary password"));
        break;
    }
    m_labels[Username]->setText(tr("&User name:"));
    m_labels[FullName]->setText(tr("&Full name:"));
    m_roleLabel->setText(tr("&Role:"));
    m_departmentsLabel->setText(tr("&Departments (a department officer works on their queue; none for the "
                                   "counter):"));
    m_labels[Password]->setText(m_mode == ResetPassword ? tr("&Temporary password:") : tr("&Password:"));
    m_labels[Confirm]->setText(tr("C&onfirm password:"));
    m_edits[Username]->setPlaceholderText(
        tr("%1–%2 characters").arg(UserService::kUsernameMin).arg(UserService::kUsernameMax));
    m_edits[Password]->setPlaceholderText(
        tr("at least %n characters", nullptr,
           PasswordPolicy::minimumFor(static_cast<Role>(m_role->currentData().toInt()))));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, roleName(static_cast<Role>(m_role->itemData(i).toInt())));
    m_temporary->setText(tr("The user must choose a new password at the first login"));
    m_cancel->setText(tr("Cancel"));
}

bool UserDialog::validate(Field field)
{
    if (!hasField(field))
        return true;
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
        // The rule of the role chosen (an administrator's password is longer: PasswordPolicy).
        if (Status s = UserService::validatePassword(text, static_cast<Role>(m_role->currentData().toInt())); !s)
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

void UserDialog::submit()
{
    QLineEdit* firstBad = nullptr;
    for (int i = 0; i < FieldCount; ++i) {
        if (!validate(static_cast<Field>(i)) && !firstBad)
            firstBad = m_edits[i];
    }
    if (firstBad) {
        firstBad->setFocus();
        return;
    }
    const auto role = static_cast<Role>(m_role->currentData().toInt());
    Status saved;
    switch (m_mode) {
    case Add: {
        Result<Actor> added =
            m_users.addUser(m_actor, m_edits[Username]->text().trimmed(), m_edits[FullName]->text().trimmed(), role,
                            m_edits[Password]->text(), m_temporary->isChecked());
        if (!added)
            saved = added.error();
        break;
    }
    case Edit:
        saved = m_users.updateUser(m_actor, m_user.username, m_edits[FullName]->text().trimmed(), role);
        break;
    case ResetPassword:
        saved = m_users.setPassword(m_actor, m_user.username, m_edits[Password]->text());
        break;
    }
    if (saved && m_mode != ResetPassword && m_departments->count() > 0) {
        QStringList codes;
        for (int i = 0; i < m_departments->count(); ++i) {
            if (m_departments->item(i)->checkState() == Qt::Checked)
                codes.append(m_departments->item(i)->data(Qt::UserRole).toString());
        }
        const QString who = m_mode == Add ? m_edits[Username]->text().trimmed() : m_user.username;
        saved = m_users.setDepartments(m_actor, who, codes);
        // The account exists now: a second save edits it.
        if (!saved && m_mode == Add) {
            m_mode = Edit;
            m_user.username = who;
        }
    }
    if (!saved) {
        showInlineError(m_error, saved.error().message);
        fitDialogHeight(this);
        return;
    }
    m_edits[Password]->clear();
    m_edits[Confirm]->clear();
    accept();
}

void UserDialog::setJoinedToCenter(bool joined)
{
    m_joined = joined;
    retranslateUi();
    fitDialogHeight(this);
}

void UserDialog::setDepartmentChoices(const QList<Department>& departments)
{
    m_departments->clear();
    if (m_mode == ResetPassword || departments.isEmpty())
        return;
    QStringList mine;
    if (m_mode == Edit) {
        if (const Result<QStringList> own = m_users.departments(m_user.username); own)
            mine = *own;
    }
    for (const Department& d : departments) {
        auto* item = new QListWidgetItem(d.name, m_departments);
        item->setData(Qt::UserRole, d.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(mine.contains(d.code) ? Qt::Checked : Qt::Unchecked);
    }
    m_departmentsLabel->show();
    m_departments->show();
    fitDialogHeight(this);
}

} // namespace motcua
