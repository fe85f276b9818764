#include "pages/CataloguePage.h"

#include "FileChooser.h"
#include "InlineMessage.h"
#include "core/Procedure.h"
#include "pages/HolidayCalendarWidget.h"
#include "pages/PageHeader.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace motcua {

namespace {
enum Column { CodeColumn, NameColumn, FieldColumn, DepartmentColumn, TimeColumn, FeesColumn, ColumnCount };

QString feesText(const ProcedureChannel& channel)
{
    QStringList parts;
    for (const Fee& fee : channel.fees) {
        // The national catalogue often states fees as text only: show that text then.
        const QString amount = fee.amount ? fee.amount->format() : fee.raw.simplified();
        if (fee.name.isEmpty())
            parts << amount;
        else if (amount.isEmpty())
            parts << fee.name;
        else
            parts << fee.name + QStringLiteral(": ") + amount;
    }
    return parts.join(QStringLiteral("; "));
}

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}
} // namespace

CataloguePage::CataloguePage(AppContext& context, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(actor)
    , m_chooser(&FileChooser::dialogs())
{
    m_title = makePageTitle(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("catalogue-search"));
    m_search->setClearButtonEnabled(true);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_proceduresTab);
        m_search->setFocus();
        m_search->selectAll();
    });

    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("import-catalogue"));
    // Only administrators import (CatalogueService refuses anyone else as well).
    m_import->setVisible(m_actor.atLeast(Role::Admin));
    m_message = makeInlineError(this, QStringLiteral("catalogue-message"));

    m_departmentsLabel = new QLabel(this);
    m_departments = new QListWidget(this);
    m_departments->setObjectName(QStringLiteral("departments"));
    m_departments->setWordWrap(true);
    m_departmentsLabel->setBuddy(m_departments);

    m_procedures = new QTableWidget(0, ColumnCount, this);
    m_procedures->setObjectName(QStringLiteral("procedures"));
    m_procedures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_procedures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_procedures->setSelectionMode(QAbstractItemView::SingleSelection);
    m_procedures->setAlternatingRowColors(true);
    m_procedures->setWordWrap(false);
    m_procedures->verticalHeader()->hide();
    m_procedures->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_procedures->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    // The name matters most: the other columns get modest widths (tooltips carry the rest).
    m_procedures->setColumnWidth(CodeColumn, 90);
    m_procedures->setColumnWidth(FieldColumn, 130);
    m_procedures->setColumnWidth(DepartmentColumn, 150);
    m_procedures->setColumnWidth(TimeColumn, 120);
    m_procedures->setColumnWidth(FeesColumn, 140);
    m_procedures->verticalHeader()->setDefaultSectionSize(m_procedures->fontMetrics().height() + 8);
    m_procedures->horizontalHeader()->setSortIndicator(CodeColumn, Qt::AscendingOrder);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("procedure-count"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_departmentsLabel);
    leftLayout->addWidget(m_departments);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_import);
    rightLayout->addLayout(searchRow);
    rightLayout->addWidget(m_procedures, 1);
    rightLayout->addWidget(m_count);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 800});
    splitter->setChildrenCollapsible(false);

    m_proceduresTab = new QWidget(this);
    auto* tabLayout = new QVBoxLayout(m_proceduresTab);
    tabLayout->addWidget(splitter);

    m_holidays = new HolidayCalendarWidget(m_context, m_actor, this);
    m_holidays->setObjectName(QStringLiteral("holiday-calendar"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("catalogue-tabs"));
    m_tabs->addTab(m_proceduresTab, QString());
    m_tabs->addTab(m_holidays, QString());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(m_search, &QLineEdit::textChanged, this, &CataloguePage::refreshProcedures);
    connect(m_departments, &QListWidget::currentRowChanged, this, &CataloguePage::refreshProcedures);
    connect(m_import, &QPushButton::clicked, this, &CataloguePage::importCatalogue);

    retranslateUi();
    reload();
}

void CataloguePage::setFileChooser(FileChooser* chooser)
{
    m_chooser = chooser ? chooser : &FileChooser::dialogs();
}

void CataloguePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CataloguePage::retranslateUi()
{
    m_title->setText(tr("Procedure catalogue"));
    m_tabs->setTabText(0, tr("Procedures"));
    m_tabs->setTabText(1, tr("Holiday calendar"));
    m_search->setPlaceholderText(tr("Search by code, name or field (diacritics optional)"));
    m_import->setText(tr("Import catalogue…"));
    m_departmentsLabel->setText(tr("&Departments"));
    m_procedures->setHorizontalHeaderLabels(
        {tr("Code"), tr("Procedure"), tr("Field"), tr("Department"), tr("Time at counter"), tr("Fees")});
    if (m_departments->count() > 0)
        m_departments->item(0)->setText(tr("All departments"));
    // Times are shown with translated units: rebuild the rows.
    refreshProcedures();
}

void CataloguePage::reload()
{
    fillDepartments();
    refreshProcedures();
}

void CataloguePage::fillDepartments()
{
    const QString current =
        m_departments->currentItem() ? m_departments->currentItem()->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker block(m_departments);
    m_departments->clear();
    m_departmentNames.clear();
    auto* all = new QListWidgetItem(tr("All departments"), m_departments);
    all->setData(Qt::UserRole, QString());
    int currentRow = 0;
    const QList<Department> departments = m_context.catalogue().departments();
    for (const Department& d : departments) {
        m_departmentNames.insert(d.code, d.name);
        auto* item = new QListWidgetItem(d.name, m_departments);
        item->setData(Qt::UserRole, d.code);
        item->setToolTip(d.name);
        if (d.code == current)
            currentRow = m_departments->count() - 1;
    }
    m_departments->setCurrentRow(currentRow);
}

void CataloguePage::refreshProcedures()
{
    const QString department =
        m_departments->currentItem() ? m_departments->currentItem()->data(Qt::UserRole).toString() : QString();
    const QString text = m_search->text().trimmed();
    CatalogueService& catalogue = m_context.catalogue();
    QList<Procedure> found = text.isEmpty() ? catalogue.procedures(department) : catalogue.search(text);
    if (!text.isEmpty() && !department.isEmpty()) {
        found.erase(std::remove_if(found.begin(), found.end(),
                                   [&](const Procedure& p) { return p.departmentCode != department; }),
                    found.end());
    }

    m_procedures->setSortingEnabled(false);
    m_procedures->clearContents();
    m_procedures->setRowCount(static_cast<int>(found.size()));
    for (int row = 0; row < found.size(); ++row)
        addProcedureRow(row, found[row]);
    m_procedures->setSortingEnabled(true);
    m_count->setText(tr("%n procedure(s)", nullptr, static_cast<int>(found.size())));
}

void CataloguePage::addProcedureRow(int row, const Procedure& p)
{
    // The counter channel is what the clerk quotes; a procedure without one shows its first.
    const ProcedureChannel* channel = p.channel(Channel::Counter);
    if (!channel && !p.channels.isEmpty())
        channel = &p.channels.first();
    QString time;
    QString fees;
    if (channel) {
        time = QLocale().toString(channel->timeValue, 'g', 6) + QLatin1Char(' ') + timeUnitName(channel->timeUnit);
        fees = feesText(*channel);
    }
    m_procedures->setItem(row, CodeColumn, readOnlyItem(p.code));
    m_procedures->setItem(row, NameColumn, readOnlyItem(p.name));
    m_procedures->setItem(row, FieldColumn, readOnlyItem(p.field));
    m_procedures->setItem(row, DepartmentColumn,
                          readOnlyItem(m_departmentNames.value(p.departmentCode, p.departmentCode)));
    m_procedures->setItem(row, TimeColumn, readOnlyItem(time));
    m_procedures->setItem(row, FeesColumn, readOnlyItem(fees.isEmpty() ? tr("none stated") : fees));
}

void CataloguePage::importCatalogue()
{
    if (!m_actor.atLeast(Role::Admin))
        return;
    const QString path = m_chooser->openFile(this, tr("Import procedure catalogue"), tr("Catalogue files (*.json)"));
    if (path.isEmpty())
        return;
    Result<ImportSummary> r = m_context.catalogue().importFile(m_actor, path);
    if (!r) {
        showInlineError(m_message,
                        tr("The catalogue %1 was not imported: %2").arg(QFileInfo(path).fileName(), r.error().message));
        return;
    }
    QString text = tr("Imported %1: %n department(s) (%2 new)", nullptr, r->departments)
                       .arg(QFileInfo(path).fileName())
                       .arg(r->departmentsAdded);
    text += QLatin1Char(' ');
    text += tr("and %n procedure(s) (%1 new, %2 updated), in force from %3.", nullptr, r->procedures)
                .arg(r->proceduresAdded)
                .arg(r->proceduresUpdated)
                .arg(QLocale().toString(r->effectiveFrom, QLocale::ShortFormat));
    if (!r->notes.isEmpty()) {
        // The full list is in the log; a handful is enough to judge the file.
        constexpr int kShown = 5;
        text += QLatin1Char('\n') + tr("Notes:");
        for (int i = 0; i < r->notes.size() && i < kShown; ++i)
            text += QStringLiteral("\n• ") + r->notes[i];
        if (r->notes.size() > kShown)
            text += QLatin1Char('\n') + tr("… and %n more.", nullptr, static_cast<int>(r->notes.size() - kShown));
    }
    showInlineInfo(m_message, text);
    reload();
}

} // namespace motcua
