#pragma once

#include "core/Dossier.h"
#include "core/ProcessingRecords.h"
#include "core/Types.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace motcua {

class AppContext;
class FileChooser;

// Hands a result back (Returns page, dossier view): who collected it (name, ID number,
// checked as typed), when, which result papers, whether the fees are settled, and optionally
// the result's scan or file. Accept attaches the file (attachResultFile) and then records the
// return through ProcessingService::returnResult in one transaction; a refusal shows inline and
// the dialog stays open.
class ReturnDialog : public QDialog
{
    Q_OBJECT
public:
    ReturnDialog(AppContext& context, const Actor& actor, const Dossier& dossier, QWidget* parent = nullptr);

    // What the fields say (collectedAt in UTC).
    ReturnRecord record() const;
    // Where "Browse…" for the result file asks (tests answer with a path).
    void setFileChooser(FileChooser* chooser);
    // The result file's path box (optional): a scan or file of the result, attached before the
    // return is recorded.
    QLineEdit* resultFileEdit() const { return m_resultFile; }
    // The dossier after the return (valid once accepted).
    const Dossier& dossier() const { return m_dossier; }

    // 12 digits (citizen ID), 9 digits (old ID card) or a passport number (a letter and 7–8
    // digits); empty text is not valid.
    static bool isValidCollectorId(const QString& text);

public Q_SLOTS:
    void accept() override;

private:
    void buildUi();
    void fillFromApplicant();
    bool validate();

    AppContext& m_context;
    Actor m_actor;
    Dossier m_dossier;

    QCheckBox* m_applicantInPerson = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameError = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QLabel* m_idError = nullptr;
    QDateTimeEdit* m_collectedAt = nullptr;
    QListWidget* m_papers = nullptr;
    QLabel* m_papersError = nullptr;
    QCheckBox* m_feesSettled = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLineEdit* m_resultFile = nullptr;
    FileChooser* m_chooser = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_confirm = nullptr;
};

} // namespace motcua
