#include "intake/ApplicantForm.h"

#include "core/CitizenIdQr.h"
#include "service/DossierService.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace motcua {

namespace {
const char* const kDateFormats[] = {"dd/MM/yyyy", "d/M/yyyy",   "ddMMyyyy",  "dd-MM-yyyy",
                                    "d-M-yyyy",   "dd.MM.yyyy", "yyyy-MM-dd"};

// The gender as the ID card prints it: stored as is, shown translated.
const QString kMale = QStringLiteral("Nam");
const QString kFemale = QString::fromUtf8("N\u1eef");

QLabel* errorLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    label->hide();
    return label;
}
} // namespace

ApplicantForm::ApplicantForm(QWidget* parent)
    : QWidget(parent)
{
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("applicant-type"));
    for (ApplicantType t : {ApplicantType::Citizen, ApplicantType::Enterprise, ApplicantType::StateAgency,
                            ApplicantType::OtherOrganisation})
        m_type->addItem(QString(), static_cast<int>(t));

    auto line = [this](const char* name) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        connect(e, &QLineEdit::textChanged, this, &ApplicantForm::changed);
        return e;
    };
    m_name = line("applicant-name");
    m_idNumber = line("applicant-id");
    m_idNumber->setMaxLength(20);
    m_birthDate = line("applicant-birth-date");
    m_birthDate->setMaxLength(10);
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("applicant-gender"));
    m_gender->addItem(QString(), QString());
    m_gender->addItem(QString(), kMale);
    m_gender->addItem(QString(), kFemale);
    m_address = line("applicant-address");
    m_phone = line("applicant-phone");
    // Only what a phone number holds, as it is typed or pasted: digits, a leading +, and the
    // spaces, dots and dashes that group the digits (validate() still checks the number itself).
    static const QRegularExpression phoneChars(QStringLiteral("\\+?[0-9 .-]*"));
    m_phone->setValidator(new QRegularExpressionValidator(phoneChars, m_phone));
    m_phone->setMaxLength(20);
    m_email = line("applicant-email");
    m_representative = line("applicant-representative");

    m_fields[Type] = m_type;
    m_fields[Name] = m_name;
    m_fields[IdNumber] = m_idNumber;
    m_fields[BirthDate] = m_birthDate;
    m_fields[Gender] = m_gender;
    m_fields[Address] = m_address;
    m_fields[Phone] = m_phone;
    m_fields[Email] = m_email;
    m_fields[Representative] = m_representative;

    static const char* const kErrorNames[FieldCount] = {
        "applicant-type-error",       "applicant-name-error",   "applicant-id-error",
        "applicant-birth-date-error", "applicant-gender-error", "applicant-address-error",
        "applicant-phone-error",      "applicant-email-error",  "applicant-representative-error"};

    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setVerticalSpacing(4);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < FieldCount; ++i) {
        m_labels[i] = new QLabel(this);
        m_labels[i]->setBuddy(m_fields[i]);
        m_errors[i] = errorLabel(this, QString::fromLatin1(kErrorNames[i]));
        auto* cell = new QWidget(this);
        auto* v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(1);
        m_fields[i]->setParent(cell);
        m_errors[i]->setParent(cell);
        v->addWidget(m_fields[i]);
        v->addWidget(m_errors[i]);
        m_layout->addRow(m_labels[i], cell);
    }
    // The order of the form is the order of the ID card, then the contact details.
    for (int i = 0; i + 1 < FieldCount; ++i)
        setTabOrder(m_fields[i], m_fields[i + 1]);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateTypeFields();
        Q_EMIT changed();
    });
    connect(m_gender, &QComboBox::currentIndexChanged, this, &ApplicantForm::changed);
    // A field that was wrong is re-checked as soon as it is edited, so a stale error never stays.
    for (int i = 0; i < FieldCount; ++i) {
        if (auto* e = qobject_cast<QLineEdit*>(m_fields[i]))
            connect(e, &QLineEdit::textEdited, this, [this, i] { setError(static_cast<Field>(i), QString()); });
    }
    retranslateUi();
    updateTypeFields();
}

void ApplicantForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ApplicantForm::retranslateUi()
{
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, applicantTypeName(static_cast<ApplicantType>(m_type->itemData(i).toInt())));
    m_gender->setItemText(0, tr("—"));
    m_gender->setItemText(1, tr("Male (Nam)"));
    m_gender->setItemText(2, tr("Female (Nữ)"));
    m_labels[Type]->setText(tr("Applicant t&ype"));
    m_labels[BirthDate]->setText(tr("Date of &birth"));
    m_labels[Gender]->setText(tr("Se&x"));
    m_labels[Address]->setText(tr("A&ddress"));
    m_labels[Phone]->setText(tr("&Phone"));
    m_labels[Email]->setText(tr("E-&mail"));
    m_labels[Representative]->setText(tr("Representati&ve"));
    m_birthDate->setPlaceholderText(tr("dd/mm/yyyy"));
    m_phone->setPlaceholderText(tr("e.g. 0912 345 678"));
    updateTypeFields();
}

bool ApplicantForm::isCitizen() const
{
    return m_type->currentData().toInt() == static_cast<int>(ApplicantType::Citizen);
}

void ApplicantForm::updateTypeFields()
{
    const bool citizen = isCitizen();
    m_labels[Name]->setText(citizen ? tr("Full &name") : tr("Organisation &name"));
    m_labels[IdNumber]->setText(citizen ? tr("&ID number (12 digits)") : tr("Tax or reg&istration number"));
    m_idNumber->setPlaceholderText(citizen ? tr("12 digits, or scan the ID card") : QString());
    m_layout->setRowVisible(BirthDate, citizen);
    m_layout->setRowVisible(Gender, citizen);
    m_layout->setRowVisible(Representative, !citizen);
}

Applicant ApplicantForm::applicant() const
{
    Applicant a;
    a.type = static_cast<ApplicantType>(m_type->currentData().toInt());
    a.fullName = m_name->text().simplified();
    a.idNumber = m_idNumber->text().trimmed();
    a.address = m_address->text().simplified();
    a.phone = m_phone->text().trimmed();
    a.email = m_email->text().trimmed();
    if (a.type == ApplicantType::Citizen) {
        bool ok = false;
        a.birthDate = birthDate(&ok);
        a.gender = m_gender->currentData().toString();
        a.idFromQr = !m_qrIdNumber.isEmpty() && a.idNumber == m_qrIdNumber;
    } else {
        a.representative = m_representative->text().simplified();
    }
    return a;
}

void ApplicantForm::setApplicant(const Applicant& a)
{
    m_type->setCurrentIndex(qMax(0, m_type->findData(static_cast<int>(a.type))));
    m_name->setText(a.fullName);
    m_idNumber->setText(a.idNumber);
    m_birthDate->setText(a.birthDate.isValid() ? a.birthDate.toString(QStringLiteral("dd/MM/yyyy")) : QString());
    m_gender->setCurrentIndex(qMax(0, m_gender->findData(a.gender)));
    m_address->setText(a.address);
    m_phone->setText(a.phone);
    m_email->setText(a.email);
    m_representative->setText(a.representative);
    m_qrIdNumber = a.idFromQr ? a.idNumber.trimmed() : QString();
    for (int i = 0; i < FieldCount; ++i)
        setError(static_cast<Field>(i), QString());
}

void ApplicantForm::clear()
{
    setApplicant(Applicant());
}

QStringList ApplicantForm::fillFromCard(const CitizenIdCard& card)
{
    Applicant a = applicant();
    a.type = ApplicantType::Citizen;
    a.representative.clear();
    QStringList filled;
    a.fullName = card.fullName;
    filled << tr("full name");
    a.idNumber = card.idNumber;
    a.idFromQr = true;
    filled << tr("ID number");
    if (card.birthDate.isValid()) {
        a.birthDate = card.birthDate;
        filled << tr("date of birth");
    }
    if (!card.gender.isEmpty()) {
        a.gender = card.gender;
        filled << tr("sex");
    }
    if (!card.address.isEmpty()) {
        a.address = card.address;
        filled << tr("address");
    }
    // Phone and e-mail are not on the card: whatever the clerk typed stays.
    setApplicant(a);
    return filled;
}

QDate ApplicantForm::birthDate(bool* ok) const
{
    const QString text = m_birthDate->text().trimmed();
    *ok = true;
    if (text.isEmpty())
        return {};
    for (const char* format : kDateFormats) {
        const QDate d = QDate::fromString(text, QString::fromLatin1(format));
        if (d.isValid())
            return d;
    }
    *ok = false;
    return {};
}

void ApplicantForm::setError(Field field, const QString& message)
{
    m_errors[field]->setText(message);
    m_errors[field]->setVisible(!message.isEmpty());
    m_fields[field]->setProperty("invalid", !message.isEmpty());
    m_fields[field]->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("border: 1px solid #b00020;"));
}

bool ApplicantForm::validate(const QDate& today)
{
    const Applicant a = applicant();
    QString errors[FieldCount];
    if (a.fullName.isEmpty())
        errors[Name] =
            isCitizen() ? tr("The applicant's full name is required.") : tr("The organisation's name is required.");
    if (isCitizen()) {
        if (a.idNumber.isEmpty())
            errors[IdNumber] = tr("The ID number is required: type it or scan the ID card.");
        else if (!DossierService::isValidCitizenId(a.idNumber))
            errors[IdNumber] = tr("A citizen ID number has exactly 12 digits (%1 given).").arg(a.idNumber.size());
        bool ok = false;
        const QDate birth = birthDate(&ok);
        if (!ok)
            errors[BirthDate] = tr("Not a date: type it as dd/mm/yyyy.");
        else if (birth.isValid() && today.isValid() && birth > today)
            errors[BirthDate] = tr("The date of birth is in the future.");
        else if (birth.isValid() && birth.year() < 1900)
            errors[BirthDate] = tr("The date of birth is before 1900.");
    } else if (a.idNumber.isEmpty()) {
        errors[IdNumber] = tr("The tax or registration number is required.");
    }
    // The same rules as DossierService, checked here so the clerk sees them beside the field.
    static const QRegularExpression phone(QStringLiteral("^(\\+84|0)[0-9 .-]{8,13}$"));
    if (!a.phone.isEmpty() && !phone.match(a.phone).hasMatch())
        errors[Phone] = tr("Not a Vietnamese phone number (0… or +84…).");
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!a.email.isEmpty() && !email.match(a.email).hasMatch())
        errors[Email] = tr("Not an e-mail address.");
    bool valid = true;
    for (int i = 0; i < FieldCount; ++i) {
        setError(static_cast<Field>(i), errors[i]);
        valid = valid && errors[i].isEmpty();
    }
    return valid;
}

bool ApplicantForm::isEmpty() const
{
    for (const QLineEdit* e : {m_name, m_idNumber, m_birthDate, m_address, m_phone, m_email, m_representative}) {
        if (!e->text().trimmed().isEmpty())
            return false;
    }
    return m_type->currentIndex() == 0 && m_gender->currentIndex() == 0;
}

QWidget* ApplicantForm::firstField() const
{
    return m_type;
}

QWidget* ApplicantForm::startField() const
{
    return m_name;
}

QWidget* ApplicantForm::lastField() const
{
    return m_representative;
}

} // namespace motcua
