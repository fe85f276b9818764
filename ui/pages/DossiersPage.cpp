#include "pages/DossiersPage.h"

#include "InlineMessage.h"
#include "dossiers/DossierFilterBar.h"
#include "dossiers/DossierListModel.h"
#include "dossiers/DossierTable.h"
#include "dossiers/DossierViewDialog.h"
#include "dossiers/ListFollower.h"
#include "pages/DossierListExportDialog.h"
#include "pages/PageHeader.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua {

DossiersPage::DossiersPage(AppContext& context, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(actor)
{
    buildUi();
    retranslateUi();
}

void DossiersPage::buildUi()
{
    m_title = makePageTitle(this);
    m_filters = new DossierFilterBar(m_actor, m_context.clock(), this);
    m_filters->setCatalogue(m_context.catalogue().departments(), m_context.catalogue().procedures());

    m_model = makeDossierListModel(m_context, this);
    m_table = makeDossierTable(m_model, QStringLiteral("dossier-table"), this);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(m_table, &QTableView::activated, this, &DossiersPage::openCurrent);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("dossier-count"));
    m_error = makeInlineError(this, QStringLiteral("dossier-list-error"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("dossier-open"));
    connect(m_open, &QPushButton::clicked, this, &DossiersPage::openCurrent);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("dossier-refresh"));
    connect(m_refresh, &QPushButton::clicked, m_model, &DossierListModel::refresh);
    // The filtered list to a spreadsheet (DossierListExportDialog).
    m_exportList = new QPushButton(this);
    m_exportList->setObjectName(QStringLiteral("dossier-export-list"));
    connect(m_exportList, &QPushButton::clicked, this, [this] {
        DossierListExportDialog dialog(m_context, m_actor, m_filters->filter(), this);
        // A search narrows what the list shows: the export takes the same dossiers.
        if (!m_model->searchText().isEmpty())
            dialog.setShownDossiers(m_model->searchHitIds());
        dialog.exec();
    });

    connect(m_filters, &DossierFilterBar::filterChanged, this, [this](const DossierFilter& f) {
        if (m_loaded)
            m_model->setFilter(f);
    });
    connect(m_filters, &DossierFilterBar::searchChanged, this, [this](const QString& text) {
        if (m_loaded)
            m_model->setSearchText(text);
    });
    connect(m_model, &DossierListModel::loadFailed, this, [this](const QString& m) { showInlineError(m_error, m); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_error->setVisible(!m_model->lastError().isEmpty());
        updateCount();
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DossiersPage::updateCount);

    // Keyboard first: Ctrl+F to the search box, Down from it into the list.
    addFindShortcut(this, m_filters->searchBox());
    auto* toList = new QAction(m_filters->searchBox());
    toList->setShortcut(QKeySequence(Qt::Key_Down));
    toList->setShortcutContext(Qt::WidgetShortcut);
    connect(toList, &QAction::triggered, m_table, qOverload<>(&QWidget::setFocus));
    m_filters->searchBox()->addAction(toList);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_exportList);
    bottom->addWidget(m_refresh);
    bottom->addWidget(m_open);

    // Steps taken anywhere (here, another window, a sync pass) show without F5.
    new ListFollower(
        m_context.changes(), this, m_table, m_model, [this] { return m_loaded; }, [this] { m_model->refresh(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_filters);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
}

void DossiersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DossiersPage::retranslateUi()
{
    m_title->setText(tr("Dossiers"));
    m_open->setText(tr("Open (Enter)"));
    m_refresh->setText(tr("Refresh (F5)"));
    m_exportList->setText(tr("E&xport list…"));
    // After setText: a button's text resets its shortcut to the text's mnemonic.
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    updateCount();
}

void DossiersPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

void DossiersPage::ensureLoaded()
{
    // The list is read when the page is first shown, not at start-up: the desk opens on
    // intake and should not wait for a list nobody looks at yet.
    if (m_loaded)
        return;
    m_loaded = true;
    m_model->setFilter(m_filters->filter());
    if (!m_filters->searchText().isEmpty())
        m_model->setSearchText(m_filters->searchText());
}

void DossiersPage::showFilter(const DossierFilter& filter)
{
    if (!m_filters->searchText().isEmpty())
        m_filters->setSearchText(QString());
    m_filters->setFilter(filter);
    ensureLoaded();
}

void DossiersPage::search(const QString& text)
{
    m_filters->setSearchText(text);
    ensureLoaded();
}

void DossiersPage::setOutput(IntakeOutput* output)
{
    m_output = output;
}

void DossiersPage::updateCount()
{
    if (!m_model)
        return;
    const int n = m_model->rowCount();
    if (!m_model->searchText().isEmpty())
        m_count->setText(tr("%n dossier(s) found", nullptr, n));
    else if (m_model->hasMore())
        m_count->setText(tr("%1 dossiers shown, more as you scroll").arg(QLocale().toString(n)));
    else
        m_count->setText(tr("%n dossier(s)", nullptr, n));
}

void DossiersPage::openCurrent()
{
    const QString code = m_model->codeAt(m_table->currentIndex().row());
    if (!code.isEmpty())
        openDossier(code);
}

void DossiersPage::openDossier(const QString& code)
{
    DossierViewDialog view(m_context, m_actor, code, m_output, this);
    bool changed = false;
    connect(&view, &DossierViewDialog::dossierChanged, this, [this, &changed](const QString& c) {
        changed = true;
        Q_EMIT dossierChanged(c);
    });
    view.exec();
    if (changed) {
        // The list may no longer hold the dossier under this filter: read it again, keep
        // the clerk near where they were.
        const int row = m_table->currentIndex().row();
        m_model->refresh();
        if (row >= 0 && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
    }
}

} // namespace motcua
