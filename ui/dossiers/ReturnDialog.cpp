#include "dossiers/ReturnDialog.h"

#include "FileChooser.h"
#include "InlineMessage.h"
#include "core/Clock.h"
#include "core/Money.h"
#include "dossiers/ResultFileImport.h"
#include "scan/FileImporter.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"
#include "service/CatalogueService.h"
#include "service/ProcessingService.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace motcua {

ReturnDialog::ReturnDialog(AppContext& context, const Actor& actor, const Dossier& dossier, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_actor(actor)
    , m_dossier(dossier)
{
    setObjectName(QStringLiteral("return-dialog"));
    setWindowTitle(tr("Return the result of %1").arg(dossier.code));
    buildUi();
    resize(620, sizeHint().height());
}

bool ReturnDialog::isValidCollectorId(const QString& text)
{
    static const QRegularExpression id(QStringLiteral("^(\\d{12}|\\d{9}|[A-Za-z]\\d{7,8})$"));
    return id.match(text.trimmed()).hasMatch();
}

void ReturnDialog::buildUi()
{
    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("return-summary"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    summary->setText(tr("%1 — %2\n%3").arg(m_dossier.code, m_dossier.applicant.fullName, m_dossier.procedureName));

    m_applicantInPerson = new QCheckBox(tr("The applicant collects it in person"), this);
    m_applicantInPerson->setObjectName(QStringLiteral("return-applicant"));
    connect(m_applicantInPerson, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            fillFromApplicant();
    });

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("return-collector-name"));
    m_nameError = makeInlineError(this, QStringLiteral("return-collector-name-error"));
    m_idNumber = new QLineEdit(this);
    m_idNumber->setObjectName(QStringLiteral("return-collector-id"));
    m_idNumber->setMaxLength(20);
    m_idError = makeInlineError(this, QStringLiteral("return-collector-id-error"));
    // Checked as typed once the field is left, so the error sits beside the field at once.
    connect(m_idNumber, &QLineEdit::editingFinished, this, [this] {
        if (!m_idNumber->text().trimmed().isEmpty() && !isValidCollectorId(m_idNumber->text()))
            showInlineError(m_idError, tr("An ID number has 12 digits (citizen ID card), 9 digits (old ID card), or "
                                          "is a passport number such as B1234567."));
        else
            m_idError->hide();
    });

    m_collectedAt = new QDateTimeEdit(this);
    m_collectedAt->setObjectName(QStringLiteral("return-collected-at"));
    m_collectedAt->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_collectedAt->setCalendarPopup(true);
    // Vietnam wall-clock time whatever the machine's time zone: shown and read back as such.
    const QDateTime now = toVietnam(m_context.clock().now());
    m_collectedAt->setDateTime(QDateTime(now.date(), now.time()));

    // The result papers: the procedure's results as the catalogue lists them.
    m_papers = new QListWidget(this);
    m_papers->setObjectName(QStringLiteral("return-papers"));
    m_papers->setMaximumHeight(110);
    QStringList results;
    if (auto p = m_context.catalogue().procedureById(m_dossier.procedureId); p)
        results = p->results;
    if (results.isEmpty())
        results.append(tr("Result of the procedure"));
    for (const QString& r : std::as_const(results)) {
        auto* item = new QListWidgetItem(r, m_papers);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(results.size() == 1 ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(r);
    }
    m_papersError = makeInlineError(this, QStringLiteral("return-papers-error"));

    const Money fees = m_dossier.totalFees();
    m_feesSettled = new QCheckBox(this);
    m_feesSettled->setObjectName(QStringLiteral("return-fees-settled"));
    m_feesSettled->setText(fees.toVnd() > 0 ? tr("Fees settled (%1)").arg(fees.format()) : tr("No fees due"));
    m_feesSettled->setChecked(fees.toVnd() == 0);
    m_feesSettled->setEnabled(fees.toVnd() > 0);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("return-note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(60);

    // The result scanned or received as a file, kept with the dossier (the national index counts
    // electronic results): optional.
    m_resultFile = new QLineEdit(this);
    m_resultFile->setObjectName(QStringLiteral("return-result-file"));
    m_resultFile->setPlaceholderText(tr("optional: the result's scan or file (PDF or image)"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("return-result-browse"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, [this] {
        FileChooser& chooser = m_chooser ? *m_chooser : FileChooser::dialogs();
        const QString path = chooser.openFile(this, tr("Result file"), FileImporter::dialogFilter());
        if (!path.isEmpty())
            m_resultFile->setText(path);
    });
    auto* resultRow = new QHBoxLayout;
    resultRow->addWidget(m_resultFile, 1);
    resultRow->addWidget(browse);

    m_error = makeInlineError(this, QStringLiteral("return-error"));

    auto* form = new QFormLayout;
    form->addRow(QString(), m_applicantInPerson);
    form->addRow(tr("Collected by (&name):"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("&ID number:"), m_idNumber);
    form->addRow(QString(), m_idError);
    form->addRow(tr("&When:"), m_collectedAt);
    form->addRow(tr("Result &papers handed over:"), m_papers);
    form->addRow(QString(), m_papersError);
    form->addRow(QString(), m_feesSettled);
    form->addRow(tr("N&ote:"), m_note);
    // A label of its own: the row is a layout, and the mnemonic needs the path box as buddy.
    auto* resultLabel = new QLabel(tr("Result &file:"), this);
    resultLabel->setBuddy(m_resultFile);
    form->addRow(resultLabel, resultRow);

    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Record the return (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("return-confirm"));
    m_confirm->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    QPushButton* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("return-cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReturnDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReturnDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_name->setFocus();
}

void ReturnDialog::fillFromApplicant()
{
    const Applicant& a = m_dossier.applicant;
    // An organisation's result is collected by its representative, who shows their own ID.
    m_name->setText(a.type == ApplicantType::Citizen || a.representative.isEmpty() ? a.fullName : a.representative);
    if (a.type == ApplicantType::Citizen)
        m_idNumber->setText(a.idNumber);
    m_idNumber->setFocus();
}

ReturnRecord ReturnDialog::record() const
{
    ReturnRecord r;
    r.collectorName = m_name->text().simplified();
    r.collectorIdNumber = m_idNumber->text().trimmed();
    const QDateTime wall = m_collectedAt->dateTime();
    r.collectedAt = QDateTime(wall.date(), wall.time(), vietnamZone()).toUTC();
    for (int i = 0; i < m_papers->count(); ++i) {
        if (m_papers->item(i)->checkState() == Qt::Checked)
            r.resultPapers.append(m_papers->item(i)->text());
    }
    r.feesSettled = m_feesSettled->isChecked();
    r.note = m_note->toPlainText().trimmed();
    return r;
}

bool ReturnDialog::validate()
{
    bool ok = true;
    QWidget* first = nullptr;
    if (m_name->text().trimmed().isEmpty()) {
        showInlineError(m_nameError, tr("Type the name of the person who collects the result."));
        first = m_name;
        ok = false;
    } else {
        m_nameError->hide();
    }
    if (!isValidCollectorId(m_idNumber->text())) {
        showInlineError(m_idError, tr("An ID number has 12 digits (citizen ID card), 9 digits (old ID card), or is a "
                                      "passport number such as B1234567."));
        if (!first)
            first = m_idNumber;
        ok = false;
    } else {
        m_idError->hide();
    }
    if (record().resultPapers.isEmpty()) {
        showInlineError(m_papersError, tr("Tick the result papers handed over."));
        if (!first)
            first = m_papers;
        ok = false;
    } else {
        m_papersError->hide();
    }
    if (first)
        first->setFocus();
    return ok;
}

void ReturnDialog::setFileChooser(FileChooser* chooser)
{
    m_chooser = chooser;
}

void ReturnDialog::accept()
{
    m_error->hide();
    if (!validate()) {
        fitDialogHeight(this);
        return;
    }
    // The file first: if it cannot be stored nothing is recorded and the dialog stays open; a
    // return refused afterwards leaves the result attached, which it is.
    const QString resultPath = m_resultFile->text().trimmed();
    if (!resultPath.isEmpty()) {
        auto added = attachResultFile(m_context, m_actor, m_dossier.code, resultPath);
        if (!added) {
            showInlineError(m_error, added.error().message);
            fitDialogHeight(this);
            return;
        }
        m_resultFile->clear();
    }
    Result<Dossier> r = m_context.processing().returnResult(m_actor, m_dossier.code, record());
    if (!r) {
        showInlineError(m_error, r.error().message);
        fitDialogHeight(this);
        return;
    }
    m_dossier = *r;
    QDialog::accept();
}

} // namespace motcua
