#include "pages/DossierListExportDialog.h"

#include "FileChooser.h"
#include "InlineMessage.h"
#include "core/Clock.h"
#include "forms/DossierListExport.h"
#include "service/AppContext.h"
#include "service/DossierListService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace motcua {

DossierListExportDialog::DossierListExportDialog(AppContext& context, const Actor& actor, const DossierFilter& filter,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_actor(actor)
    , m_filter(filter)
{
    setObjectName(QStringLiteral("dossier-list-export"));
    setWindowTitle(tr("Export the dossier list"));
    auto* intro = m_intro =
        new QLabel(tr("The dossiers of the list's current filter, with code, procedure, department, "
                      "channel, national status and the received, appointment, finished and returned "
                      "times."),
                   this);
    intro->setWordWrap(true);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("list-export-format"));
    m_format->addItem(tr("Excel workbook (XLSX)"), static_cast<int>(ListFormat::Xlsx));
    m_format->addItem(tr("CSV (UTF-8)"), static_cast<int>(ListFormat::Csv));
    m_personal = new QCheckBox(tr("Include the applicants' personal data (name, ID number, phone, address)"), this);
    m_personal->setObjectName(QStringLiteral("list-export-personal"));
    const bool supervisor = m_actor.atLeast(Role::Supervisor);
    m_personal->setEnabled(supervisor);
    m_personal->setToolTip(supervisor ? tr("Supervisors only. The export is written to the audit log.")
                                      : tr("Only supervisors and administrators can export personal data."));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("list-export-path"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_personal);
    form->addRow(tr("F&ile:"), pathRow);
    m_message = makeInlineError(this, QStringLiteral("list-export-message"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_run = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("list-export-run"));
    m_run->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (exportNow())
            accept();
    });
    connect(browse, &QPushButton::clicked, this, &DossierListExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &DossierListExportDialog::suggestPath);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
    suggestPath();
}

// "danh-sach-ho-so-2026-12-07.xlsx" in the user's documents, until the user picks a file.
void DossierListExportDialog::suggestPath()
{
    const QString suffix = listFormatKey(static_cast<ListFormat>(m_format->currentData().toInt()));
    const QString current = m_path->text();
    const QString name = QStringLiteral("danh-sach-ho-so-%1.%2")
                             .arg(toVietnam(m_context.clock().now()).date().toString(Qt::ISODate), suffix);
    QString dir = QFileInfo(current).absolutePath();
    if (current.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (current.isEmpty() || QFileInfo(current).fileName().startsWith(QLatin1String("danh-sach-ho-so-")))
        m_path->setText(QDir(dir).filePath(name));
}

void DossierListExportDialog::browse()
{
    const QString path = FileChooser::dialogs().saveFile(this, tr("Save the dossier list"), m_path->text(),
                                                         tr("Spreadsheets (*.xlsx *.csv)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void DossierListExportDialog::setShownDossiers(const QList<qint64>& ids)
{
    m_shown = ids;
    m_intro->setText(tr("The %n dossier(s) the list shows for the search and the current filter, with code, "
                        "procedure, department, channel, national status and the received, appointment, finished "
                        "and returned times.",
                        nullptr, static_cast<int>(ids.size())));
}

bool DossierListExportDialog::exportNow()
{
    m_message->hide();
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        showInlineError(m_message, tr("Choose the file to write."));
        return false;
    }
    const bool personal = m_personal->isEnabled() && m_personal->isChecked();
    DossierListService service(m_context.db(), m_context.clock());
    auto rows = service.list(m_actor, m_filter, personal, m_shown);
    if (!rows) {
        showInlineError(m_message, rows.error().message);
        return false;
    }
    auto bytes = DossierListExport::render(*rows, personal, static_cast<ListFormat>(m_format->currentData().toInt()));
    if (!bytes) {
        showInlineError(m_message, bytes.error().message);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        showInlineError(m_message,
                        tr("The file could not be written: %1. Choose another folder.").arg(file.errorString()));
        return false;
    }
    return true;
}

} // namespace motcua
