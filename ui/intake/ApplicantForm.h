#pragma once

#include "core/Dossier.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace motcua {

struct CitizenIdCard;

// The applicant part of the intake form (chủ hồ sơ): a citizen (name, 12-digit ID, date of
// birth, gender, address, phone, e-mail) or an organisation (name, tax or registration
// number, representative, address, phone, e-mail). Each field has its error label right
// below it: errors are shown beside the field, never in a box (docs/architecture.md#ui).
class ApplicantForm : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicantForm(QWidget* parent = nullptr);

    Applicant applicant() const;
    void setApplicant(const Applicant& applicant);
    void clear();
    // Fills the citizen fields from an ID card QR and returns the translated names of the
    // fields it filled ("full name, ID number, …") for the message shown to the clerk.
    QStringList fillFromCard(const CitizenIdCard& card);

    // Checks every field and shows the errors beside them; true when none. `today` bounds
    // the date of birth.
    bool validate(const QDate& today);
    // True when nothing has been typed (a fresh form).
    bool isEmpty() const;

    // The first field of the form, for the tab order and "New".
    QWidget* firstField() const;
    // Where a new applicant starts: the name (the type rarely changes, and a scanner burst
    // typed into the type box would first jumble its choice).
    QWidget* startField() const;
    QWidget* lastField() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum Field { Type, Name, IdNumber, BirthDate, Gender, Address, Phone, Email, Representative, FieldCount };
    void retranslateUi();
    void updateTypeFields();
    void setError(Field field, const QString& message);
    bool isCitizen() const;
    QDate birthDate(bool* ok) const;

    QFormLayout* m_layout = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QComboBox* m_gender = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_representative = nullptr;
    QString m_qrIdNumber; // the ID number the card's QR filled in; the flag holds while it is unchanged
    QLabel* m_labels[FieldCount] = {};
    QLabel* m_errors[FieldCount] = {};
    QWidget* m_fields[FieldCount] = {};
};

} // namespace motcua
