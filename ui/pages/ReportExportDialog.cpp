#include "pages/ReportExportDialog.h"
#include "core/ErrorText.h"

#include "FileChooser.h"
#include "InlineMessage.h"
#include "core/Clock.h"
#include "core/PrivateFiles.h"
#include "forms/ReportExport.h"
#include "service/AppContext.h"
#include "service/ReportService.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace motcua {

ReportExportDialog::ReportExportDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("report-export-dialog"));
    setWindowTitle(tr("Export the periodic report"));
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("export-preset"));
    m_preset->addItem(tr("Last month"), LastMonth);
    m_preset->addItem(tr("Last quarter"), LastQuarter);
    m_preset->addItem(tr("This year"), ThisYear);
    m_preset->addItem(tr("Last year"), LastYear);
    m_preset->addItem(tr("Other dates"), Custom);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("export-from"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("export-to"));
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("export-grouping"));
    m_grouping->addItem(tr("By department"), static_cast<int>(ReportGrouping::Department));
    m_grouping->addItem(tr("By field of procedures"), static_cast<int>(ReportGrouping::Field));
    // A workstation that follows a center holds every counter's dossiers: the report is the
    // center's unless the supervisor asks for this workstation's own.
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("export-scope"));
    m_scope->addItem(tr("The whole center (every counter's dossiers held here)"), static_cast<int>(ReportScope::All));
    m_scope->addItem(tr("Only the dossiers received at this workstation"), static_cast<int>(ReportScope::Station));
    auto follows = m_context.reports().followsCenter();
    const bool center = follows && *follows;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("export-format"));
    m_format->addItem(tr("PDF (to print)"), static_cast<int>(ReportFormat::Pdf));
    m_format->addItem(tr("Excel workbook (XLSX)"), static_cast<int>(ReportFormat::Xlsx));
    m_format->addItem(tr("CSV (UTF-8)"), static_cast<int>(ReportFormat::Csv));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("export-path"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("export-browse"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_to);
    dates->addStretch(1);

    auto* form = new QFormLayout;
    form->addRow(tr("&Period:"), m_preset);
    // A row of several widgets gets its label made here, with a buddy: QFormLayout's own label
    // for a layout has none, so it would show the "&" instead of underlining the shortcut.
    auto* datesLabel = new QLabel(tr("&Dates:"), this);
    datesLabel->setBuddy(m_from);
    form->addRow(datesLabel, dates);
    form->addRow(tr("&Rows:"), m_grouping);
    if (center)
        form->addRow(tr("&Counting:"), m_scope);
    else
        m_scope->hide();
    form->addRow(tr("F&ormat:"), m_format);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("export-progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_message = makeInlineError(this, QStringLiteral("export-message"));
    auto* buttons = new QDialogButtonBox(this);
    m_run = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("export-run"));
    m_run->setDefault(true);
    QPushButton* close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("export-close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, [this] { exportNow(); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportExportDialog::applyPreset);
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_preset->currentData().toInt() != Custom && m_from->hasFocus())
            m_preset->setCurrentIndex(m_preset->findData(Custom));
        suggestPath();
    });
    connect(m_to, &QDateEdit::dateChanged, this, &ReportExportDialog::suggestPath);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportExportDialog::suggestPath);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ReportExportDialog::suggestPath);
    connect(m_browse, &QPushButton::clicked, this, &ReportExportDialog::browse);
    m_preset->setCurrentIndex(m_preset->findData(LastQuarter));
    applyPreset();
    resize(560, sizeHint().height());
}

std::pair<QDate, QDate> ReportExportDialog::presetRange(Preset preset, const QDate& today)
{
    switch (preset) {
    case LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    case LastQuarter: {
        const int quarterStartMonth = (today.month() - 1) / 3 * 3 + 1;
        const QDate first = QDate(today.year(), quarterStartMonth, 1).addMonths(-3);
        return {first, first.addMonths(3).addDays(-1)};
    }
    case ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case LastYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case Custom:
        break;
    }
    return {today, today};
}

void ReportExportDialog::applyPreset()
{
    const auto preset = static_cast<Preset>(m_preset->currentData().toInt());
    if (preset == Custom)
        return;
    const auto [from, to] = presetRange(preset, toVietnam(m_context.clock().now()).date());
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    suggestPath();
}

// "bao-cao-2026-07-01-2026-09-30.xlsx" in the user's documents, until the user picks a file.
void ReportExportDialog::suggestPath()
{
    const QString suffix = reportFormatKey(static_cast<ReportFormat>(m_format->currentData().toInt()));
    const QString current = m_path->text();
    const QString name =
        QStringLiteral("bao-cao-%1-%2-%3.%4")
            .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate),
                 m_grouping->currentIndex() == 0 ? QStringLiteral("don-vi") : QStringLiteral("linh-vuc"), suffix);
    QString dir = QFileInfo(current).absolutePath();
    if (current.isEmpty())
        dir = FileChooser::startFolder();
    if (current.isEmpty() || QFileInfo(current).fileName().startsWith(QLatin1String("bao-cao-")))
        m_path->setText(QDir(dir).filePath(name));
}

void ReportExportDialog::browse()
{
    const QString path = FileChooser::dialogs().saveFile(this, tr("Save the report"), m_path->text(), QString());
    if (!path.isEmpty())
        m_path->setText(path);
}

bool ReportExportDialog::exportNow()
{
    m_message->hide();
    m_written.clear();
    m_progress->setValue(0);
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        showInlineError(m_message, tr("Choose the file to write."));
        return false;
    }
    ReportRequest request;
    request.from = m_from->date();
    request.to = m_to->date();
    request.grouping = static_cast<ReportGrouping>(m_grouping->currentData().toInt());
    request.departmentId = m_departmentId;
    request.scope = static_cast<ReportScope>(m_scope->currentData().toInt());
    m_run->setEnabled(false);
    m_progress->setValue(10);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    auto report = m_context.reports().periodic(request);
    if (!report) {
        m_run->setEnabled(true);
        showInlineError(m_message, report.error().message);
        return false;
    }
    m_progress->setValue(50);
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    const auto format = static_cast<ReportFormat>(m_format->currentData().toInt());
    auto bytes = ReportExport::render(*report, ReportExport::unitFromSettings(m_context.settings()), format);
    if (!bytes) {
        m_run->setEnabled(true);
        showInlineError(m_message, bytes.error().message);
        return false;
    }
    m_progress->setValue(85);
    // The suggested folder (the user's documents) may not exist yet on a new account.
    const bool folder = QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const bool written =
        folder && file.open(QIODevice::WriteOnly) && file.write(*bytes) == bytes->size() && commitPrivate(file);
    m_run->setEnabled(true);
    if (!written) {
        m_progress->setValue(0);
        showInlineError(m_message, tr("Cannot write %1: %2").arg(path, fileErrorText(file)));
        return false;
    }
    m_progress->setValue(100);
    m_written = path;
    showInlineInfo(m_message, tr("Saved %1: %2 received, %3 processed, %4 pending.")
                                  .arg(QDir::toNativeSeparators(path))
                                  .arg(report->total.received())
                                  .arg(report->total.processed())
                                  .arg(report->total.pending()));
    return true;
}

} // namespace motcua
