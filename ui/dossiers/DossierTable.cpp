#include "dossiers/DossierTable.h"

#include "core/DossierState.h"
#include "dossiers/DossierListModel.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>

namespace motcua {

namespace {

// Keeps the state column as wide as the longest state name in the language shown, so
// "Chờ thực hiện nghĩa vụ tài chính" reads whole; where the window is too narrow for that and
// a readable procedure name, the column gives way (the cut name has a tooltip).
class StateColumnFit final : public QObject
{
public:
    explicit StateColumnFit(QTableView* table)
        : QObject(table)
        , m_table(table)
    {
        table->installEventFilter(this);
        fit();
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_table) {
            switch (event->type()) {
            case QEvent::LanguageChange:
            case QEvent::FontChange:
            case QEvent::StyleChange:
            case QEvent::Resize:
            case QEvent::Show:
                // After the event: the viewport takes its new width in the table's own handler.
                if (!m_queued) {
                    m_queued = true;
                    QMetaObject::invokeMethod(
                        this, [this] { fit(); }, Qt::QueuedConnection);
                }
                break;
            default:
                break;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void fit()
    {
        m_queued = false;
        const QStyle* style = m_table->style();
        // An item view's text is inset by the focus frame's margin plus one on each side.
        const int cellPad = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 6;
        int want = 0;
        for (DossierState s : allStates())
            want = qMax(want, m_table->fontMetrics().horizontalAdvance(stateName(s)) + cellPad);
        QHeaderView* h = m_table->horizontalHeader();
        const QString heading = m_table->model()->headerData(DossierListModel::State, Qt::Horizontal).toString();
        want = qMax(want, h->fontMetrics().horizontalAdvance(heading) +
                              2 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h) + 6);
        const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
        int others = 0;
        for (int c = 0; c < h->count(); ++c) {
            if (c != DossierListModel::State && c != DossierListModel::ProcedureName && !h->isSectionHidden(c))
                others += h->sectionSize(c);
        }
        const int room = m_table->viewport()->width() - others - digit * 24; // the procedure keeps ~24 digits
        const int width = m_table->isVisible() ? qBound(digit * 16, room, want) : want;
        if (h->sectionSize(DossierListModel::State) != width)
            m_table->setColumnWidth(DossierListModel::State, width);
    }

    QTableView* m_table;
    bool m_queued = false;
};

} // namespace

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
    table->setColumnWidth(DossierListModel::Due, digit * 12);
    new StateColumnFit(table);
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
