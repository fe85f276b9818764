#include "pages/QualityIndexSection.h"

#include "InlineMessage.h"
#include "core/Clock.h"
#include "pages/QualityDossiersDialog.h"
#include "service/AppContext.h"
#include "service/QualityService.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua {

namespace {

enum Column { IndicatorColumn, ValueColumn, DossiersColumn, PointsColumn, ColumnCount };
enum PeriodChoice { LastQuarter, ThisQuarter, LastYear, ThisYear };

QString decimal(double v)
{
    return QLocale().toString(v, 'f', 1);
}

} // namespace

QualityIndexSection::QualityIndexSection(AppContext& context, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(actor)
{
    m_periodLabel = new QLabel(this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("quality-period"));
    for (int i = 0; i < 4; ++i)
        m_period->addItem(QString(), i);
    m_periodLabel->setBuddy(m_period);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("quality-summary"));
    m_error = makeInlineError(this, QStringLiteral("quality-error"));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("quality-table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(IndicatorColumn, QHeaderView::Stretch);
    for (int c = ValueColumn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);

    m_explain = new QLabel(this);
    m_explain->setObjectName(QStringLiteral("quality-explanation"));
    m_explain->setWordWrap(true);
    m_explain->setTextFormat(Qt::RichText);
    m_explain->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explain->setMinimumHeight(60);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("quality-open"));
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("quality-source"));
    m_source->setWordWrap(true);
    m_source->setStyleSheet(QStringLiteral("color: #5b6b7b;"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_periodLabel);
    top->addWidget(m_period);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    auto* explainRow = new QHBoxLayout;
    explainRow->addWidget(m_explain, 1);
    explainRow->addWidget(m_open, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(explainRow);
    layout->addWidget(m_source);

    connect(m_period, &QComboBox::currentIndexChanged, this, &QualityIndexSection::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &QualityIndexSection::showExplanation);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (column == DossiersColumn)
            openDossiers(row);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openDossiers(row); });
    connect(m_open, &QPushButton::clicked, this, [this] { openDossiers(m_table->currentRow()); });
    retranslateUi();
}

void QualityIndexSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QualityIndexSection::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void QualityIndexSection::retranslateUi()
{
    m_periodLabel->setText(tr("Period:"));
    m_period->setItemText(LastQuarter, tr("Last quarter"));
    m_period->setItemText(ThisQuarter, tr("This quarter"));
    m_period->setItemText(LastYear, tr("Last year"));
    m_period->setItemText(ThisYear, tr("This year"));
    m_table->setHorizontalHeaderLabels({tr("Indicator"), tr("Value"), tr("Dossiers counted"), tr("Points")});
    m_open->setText(tr("&List its dossiers…"));
    m_open->setToolTip(tr("The dossiers behind the selected figure; a click on its \"Dossiers counted\" cell does "
                          "the same."));
    m_dirty = true;
    if (isVisible())
        refresh();
}

void QualityIndexSection::setDepartment(std::optional<qint64> departmentId)
{
    if (m_department == departmentId)
        return;
    m_department = departmentId;
    m_dirty = true;
}

void QualityIndexSection::invalidate()
{
    m_dirty = true;
    if (isVisible())
        refresh();
}

void QualityIndexSection::choosePeriod()
{
    const QDate today = toVietnam(m_context.clock().now()).date();
    switch (m_period->currentIndex()) {
    case ThisQuarter:
        m_from = QDate(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1);
        m_to = today;
        break;
    case LastYear:
        m_from = QDate(today.year() - 1, 1, 1);
        m_to = QDate(today.year() - 1, 12, 31);
        break;
    case ThisYear:
        m_from = QDate(today.year(), 1, 1);
        m_to = today;
        break;
    case LastQuarter:
    default:
        std::tie(m_from, m_to) = QualityService::previousQuarter(today);
        break;
    }
}

void QualityIndexSection::refresh()
{
    choosePeriod();
    QualityService service(m_context.db());
    auto report = service.compute(m_from, m_to, m_department);
    m_dirty = false;
    if (!report) {
        showInlineError(m_error, report.error().message);
        m_report = {};
    } else {
        m_error->hide();
        m_report = std::move(report).value();
    }
    showReport();
}

void QualityIndexSection::showReport()
{
    const int selected = qMax(0, m_table->currentRow());
    const QString noData = tr("no data");
    m_table->setRowCount(static_cast<int>(m_report.figures.size()));
    for (int r = 0; r < m_report.figures.size(); ++r) {
        const QualityFigure& f = m_report.figures.at(r);
        auto* name = new QTableWidgetItem(f.def.id + QStringLiteral("  ") + f.def.name);
        name->setToolTip(f.def.formula);
        auto* value = new QTableWidgetItem(f.hasValue ? decimal(f.value) + QStringLiteral(" %") : noData);
        auto* dossiers = new QTableWidgetItem(tr("%1 of %2").arg(f.counted).arg(f.population));
        dossiers->setToolTip(tr("Click to list these dossiers."));
        QFont link = dossiers->font();
        link.setUnderline(true);
        dossiers->setFont(link);
        dossiers->setForeground(QColor(0x1f, 0x4e, 0x79));
        auto* points = new QTableWidgetItem((f.points ? decimal(*f.points) : QStringLiteral("—")) +
                                            QStringLiteral(" / ") + decimal(f.def.maxPoints));
        for (QTableWidgetItem* i : {value, dossiers, points})
            i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (!f.hasValue)
            value->setForeground(QColor(0x6b, 0x6b, 0x6b));
        m_table->setItem(r, IndicatorColumn, name);
        m_table->setItem(r, ValueColumn, value);
        m_table->setItem(r, DossiersColumn, dossiers);
        m_table->setItem(r, PointsColumn, points);
    }
    if (m_report.from.isValid()) {
        m_summary->setText(tr("%1 – %2 · points of the indicators computed here: %3 of %4")
                               .arg(m_report.from.toString(QStringLiteral("dd/MM/yyyy")),
                                    m_report.to.toString(QStringLiteral("dd/MM/yyyy")), decimal(m_report.points()),
                                    decimal(m_report.maxPoints())));
        m_source->setText(tr("Formulas: %1. Source: %2").arg(m_report.definition.decision, m_report.definition.source));
    } else {
        m_summary->clear();
        m_source->clear();
    }
    if (m_table->rowCount() > 0)
        m_table->selectRow(qMin(selected, m_table->rowCount() - 1));
    showExplanation();
}

void QualityIndexSection::showExplanation()
{
    const int row = m_table->currentRow();
    m_open->setEnabled(row >= 0 && row < m_report.figures.size());
    if (!m_open->isEnabled()) {
        m_explain->clear();
        return;
    }
    const QualityFigure& f = m_report.figures.at(row);
    QString text = QStringLiteral("<b>%1 %2</b><br>%3 %4")
                       .arg(f.def.id.toHtmlEscaped(), f.def.name.toHtmlEscaped(), tr("Formula:").toHtmlEscaped(),
                            f.def.formula.toHtmlEscaped());
    if (!f.note.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(f.note.toHtmlEscaped());
    m_explain->setText(text);
}

void QualityIndexSection::openDossiers(int row)
{
    if (row < 0 || row >= m_report.figures.size())
        return;
    // Window-modal but not blocking: the list stays while a dossier opens from it.
    auto* dialog = new QualityDossiersDialog(m_context, m_actor, m_report, m_report.figures.at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace motcua
