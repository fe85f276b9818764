#include "pages/ReturnsPage.h"

#include "FileChooser.h"
#include "InlineMessage.h"
#include "core/Clock.h"
#include "core/ErrorText.h"
#include "core/PrivateFiles.h"
#include "dossiers/DossierListModel.h"
#include "dossiers/DossierTable.h"
#include "dossiers/DossierViewDialog.h"
#include "dossiers/ListFollower.h"
#include "dossiers/ReturnDialog.h"
#include "forms/ProcessingForms.h"
#include "pages/PageHeader.h"
#include "service/AppContext.h"
#include "service/DossierService.h"
#include "service/ProcessingService.h"

#include <QDateEdit>
#include <QEvent>
#include <QFile>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace motcua {

namespace {
// The ledger (form 06) of [from, to] as PDF or CSV (UTF-8 with BOM) bytes.
Result<QByteArray> ledgerBytes(AppContext& context, const QDate& from, const QDate& to, bool pdf)
{
    ProcessingForms forms(context);
    return pdf ? forms.ledgerPdf(from, to) : forms.ledgerCsv(from, to);
}
} // namespace

ReturnsPage::ReturnsPage(AppContext& context, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(actor)
    , m_chooser(&FileChooser::dialogs())
{
    buildUi();
    retranslateUi();
    // A dossier completed or returned anywhere (another page or window, a sync pass).
    new ListFollower(
        m_context.changes(), this, m_table, m_model, [this] { return m_loaded; }, [this] { m_model->refresh(); });
}

void ReturnsPage::setFileChooser(FileChooser* chooser)
{
    m_chooser = chooser ? chooser : &FileChooser::dialogs();
}

void ReturnsPage::setOutput(IntakeOutput* output)
{
    m_output = output;
}

void ReturnsPage::buildUi()
{
    m_title = makePageTitle(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("returns-search"));
    m_search->setClearButtonEnabled(true);
    auto* searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, [this] {
        if (m_loaded)
            m_model->setSearchText(m_search->text());
    });

    m_model = makeDossierListModel(m_context, this);
    m_table = makeDossierTable(m_model, QStringLiteral("returns-table"), this);
    // Every row is Done: the state and due columns say nothing here.
    m_table->setColumnHidden(DossierListModel::State, true);
    m_table->setColumnHidden(DossierListModel::Due, true);
    connect(m_table, &QTableView::activated, this, &ReturnsPage::returnCurrent);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("returns-count"));
    m_message = makeInlineError(this, QStringLiteral("returns-message"));
    m_return = new QPushButton(this);
    m_return->setObjectName(QStringLiteral("return-button"));
    connect(m_return, &QPushButton::clicked, this, &ReturnsPage::returnCurrent);
    m_view = new QPushButton(this);
    m_view->setObjectName(QStringLiteral("returns-open-dossier"));
    connect(m_view, &QPushButton::clicked, this, [this] {
        const QString code = m_model->codeAt(m_table->currentIndex().row());
        if (code.isEmpty())
            return;
        DossierViewDialog view(m_context, m_actor, code, m_output, this);
        connect(&view, &DossierViewDialog::dossierChanged, this, &ReturnsPage::dossierChanged);
        view.exec();
        refresh();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
        if (!m_model->lastError().isEmpty())
            showInlineError(m_message, m_model->lastError());
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReturnsPage::updateCount);

    addFindShortcut(this, m_search);

    // The ledger (form 06).
    auto* ledger = new QGroupBox(this);
    ledger->setObjectName(QStringLiteral("ledger-group"));
    m_ledgerTitle = new QLabel(ledger);
    m_fromLabel = new QLabel(ledger);
    m_toLabel = new QLabel(ledger);
    m_from = new QDateEdit(ledger);
    m_from->setObjectName(QStringLiteral("ledger-from"));
    m_to = new QDateEdit(ledger);
    m_to->setObjectName(QStringLiteral("ledger-to"));
    const QDate today = toVietnam(m_context.clock().now()).date();
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(today);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_pdf = new QPushButton(ledger);
    m_pdf->setObjectName(QStringLiteral("ledger-pdf"));
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportLedger(true); });
    m_csv = new QPushButton(ledger);
    m_csv->setObjectName(QStringLiteral("ledger-csv"));
    connect(m_csv, &QPushButton::clicked, this, [this] { exportLedger(false); });
    m_ledgerMessage = makeInlineError(ledger, QStringLiteral("ledger-message"));
    auto* ledgerRow = new QHBoxLayout;
    ledgerRow->addWidget(m_ledgerTitle);
    ledgerRow->addSpacing(12);
    ledgerRow->addWidget(m_fromLabel);
    ledgerRow->addWidget(m_from);
    ledgerRow->addWidget(m_toLabel);
    ledgerRow->addWidget(m_to);
    ledgerRow->addSpacing(12);
    ledgerRow->addWidget(m_pdf);
    ledgerRow->addWidget(m_csv);
    ledgerRow->addStretch(1);
    auto* ledgerLayout = new QVBoxLayout(ledger);
    ledgerLayout->addLayout(ledgerRow);
    ledgerLayout->addWidget(m_ledgerMessage);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_view);
    buttons->addWidget(m_return);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_search);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(ledger);
}

void ReturnsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReturnsPage::retranslateUi()
{
    m_title->setText(tr("Return results"));
    m_intro->setText(tr("Dossiers whose result is ready. Select one and press Enter to record who collected it."));
    m_search->setPlaceholderText(tr("Search: applicant name, dossier code, ID number or phone (Ctrl+F)"));
    m_return->setText(tr("Return the result… (Ctrl+R)"));
    // After setText: a button's text resets its shortcut to the text's mnemonic.
    m_return->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_view->setText(tr("Open the dossier"));
    m_ledgerTitle->setText(tr("<b>Dossier ledger (form 06)</b>"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("T&o:"));
    m_pdf->setText(tr("Export PDF…"));
    m_csv->setText(tr("Export CSV…"));
    updateCount();
}

void ReturnsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        m_loaded = true;
        refresh();
    }
}

void ReturnsPage::refresh()
{
    m_loaded = true;
    DossierFilter f;
    f.states = {DossierState::Done};
    m_model->setFilter(f);
    if (!m_search->text().trimmed().isEmpty())
        m_model->setSearchText(m_search->text());
}

void ReturnsPage::updateCount()
{
    const int n = m_model->rowCount();
    if (m_model->hasMore())
        m_count->setText(tr("%1 results ready to return shown, more as you scroll").arg(QLocale().toString(n)));
    else
        m_count->setText(tr("%n result(s) ready to return", nullptr, n));
}

bool ReturnsPage::returnCurrent()
{
    m_message->hide();
    const QString code = m_model->codeAt(m_table->currentIndex().row());
    if (code.isEmpty()) {
        showInlineError(m_message, tr("Select the dossier whose result is handed back."));
        return false;
    }
    Result<Dossier> d = m_context.dossiers().byCode(code);
    if (!d) {
        showInlineError(m_message, d.error().message);
        return false;
    }
    ReturnDialog dialog(m_context, m_actor, *d, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const int row = m_table->currentIndex().row();
    m_model->refresh();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
    showInlineInfo(m_message, tr("Result of %1 handed to %2.").arg(code, dialog.record().collectorName));
    Q_EMIT dossierChanged(code);
    return true;
}

bool ReturnsPage::exportLedger(bool pdf)
{
    m_ledgerMessage->hide();
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    if (to < from) {
        showInlineError(m_ledgerMessage, tr("The end of the range is before its start."));
        return false;
    }
    const QString suggested =
        QStringLiteral("so-theo-doi-ho-so-%1-%2.%3")
            .arg(from.toString(QStringLiteral("yyyyMMdd")), to.toString(QStringLiteral("yyyyMMdd")),
                 pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString path = m_chooser->saveFile(this, pdf ? tr("Save the ledger as PDF") : tr("Save the ledger as CSV"),
                                             suggested, pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    Result<QByteArray> bytes = ledgerBytes(m_context, from, to, pdf);
    if (!bytes) {
        showInlineError(m_ledgerMessage, bytes.error().message);
        return false;
    }
    // Written whole or not at all: a cancelled or failed write leaves no half ledger behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !commitPrivate(file)) {
        showInlineError(m_ledgerMessage, tr("Cannot write %1: %2").arg(path, fileErrorText(file)));
        return false;
    }
    const Result<QList<LedgerRow>> rows = m_context.processing().ledger(from, to);
    if (Status s = m_context.processing().auditLedgerExport(m_actor, from, to,
                                                            pdf ? QStringLiteral("pdf") : QStringLiteral("csv"),
                                                            rows ? static_cast<int>(rows->size()) : -1);
        !s)
        showInlineError(m_ledgerMessage, s.error().message);
    showInlineInfo(m_ledgerMessage, tr("Ledger saved to %1.").arg(path));
    return true;
}

} // namespace motcua
