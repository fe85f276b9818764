#include "dossiers/DossierTable.h"

#include "dossiers/DossierListModel.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

namespace motcua {

DossierListModel* makeDossierListModel(AppContext& context, QObject* parent)
{
    auto* model = new DossierListModel(context.dossiers(), context.clock(), parent);
    QHash<qint64, QString> names;
    for (const Department& d : context.catalogue().departments())
        names.insert(d.id, d.shortName.isEmpty() ? d.name : d.shortName);
    model->setDepartmentNames(names);
    return model;
}

QTableView* makeDossierTable(DossierListModel* model, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setModel(model);
    QHeaderView* h = table->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(DossierListModel::ProcedureName, QHeaderView::Stretch);
    const int digit = table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    table->setColumnWidth(DossierListModel::Code, digit * 27);
    table->setColumnWidth(DossierListModel::Applicant, digit * 22);
    table->setColumnWidth(DossierListModel::Department, digit * 18);
    table->setColumnWidth(DossierListModel::Received, digit * 17);
    table->setColumnWidth(DossierListModel::Appointment, digit * 17);
    table->setColumnWidth(DossierListModel::State, digit * 16);
    table->setColumnWidth(DossierListModel::Due, digit * 12);
    return table;
}

void addFindShortcut(QWidget* page, QLineEdit* searchBox)
{
    auto* find = new QAction(page);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    // Window-wide, yet only while this page is the one shown (a hidden widget's shortcuts
    // are inactive): Ctrl+F works straight from the navigation.
    find->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(find, &QAction::triggered, page, [searchBox] {
        searchBox->setFocus();
        searchBox->selectAll();
    });
    page->addAction(find);
}

} // namespace motcua
