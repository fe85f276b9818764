#include "pages/HolidayCalendarWidget.h"

#include "InlineMessage.h"
#include "service/AppContext.h"
#include "service/CalendarService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua {

namespace {
constexpr int kStateRole = Qt::UserRole + 1;

// The years CalendarService accepts.
constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2100;

const DayKind kKinds[] = {DayKind::Holiday, DayKind::Compensatory, DayKind::Working};

QString kindName(DayKind kind)
{
    switch (kind) {
    case DayKind::Holiday:
        return HolidayCalendarWidget::tr("Holiday");
    case DayKind::Compensatory:
        return HolidayCalendarWidget::tr("Day off in lieu");
    case DayKind::Working:
        return HolidayCalendarWidget::tr("Extra working day");
    }
    return {};
}
} // namespace

HolidayCalendarWidget::HolidayCalendarWidget(AppContext& context, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(actor)
    // Holidays move every appointment date: administrators only (CalendarService checks too).
    , m_canEdit(actor.atLeast(Role::Admin))
{
    m_yearLabel = new QLabel(this);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("holiday-year"));
    m_year->setRange(kFirstYear, kLastYear);
    m_year->setValue(toVietnam(m_context.clock().now()).date().year());
    m_year->setGroupSeparatorShown(false);
    m_yearLabel->setBuddy(m_year);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("holiday-status"));
    m_status->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("holiday-rows"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(m_canEdit ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(DateColumn, 130);
    m_table->setColumnWidth(WeekdayColumn, 110);
    m_table->setColumnWidth(KindColumn, 190);
    m_table->setColumnWidth(StatusColumn, 220);

    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("holiday-add"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("holiday-remove"));
    m_revert = new QPushButton(this);
    m_revert->setObjectName(QStringLiteral("holiday-revert"));
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("holiday-confirm"));
    for (QPushButton* b : {m_add, m_remove, m_revert, m_confirm})
        b->setVisible(m_canEdit);
    m_message = makeInlineError(this, QStringLiteral("holiday-message"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    top->addSpacing(12);
    top->addWidget(m_status, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_confirm);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_year, &QSpinBox::valueChanged, this, &HolidayCalendarWidget::reload);
    connect(m_add, &QPushButton::clicked, this, &HolidayCalendarWidget::addRow);
    connect(m_remove, &QPushButton::clicked, this, &HolidayCalendarWidget::removeSelectedRow);
    connect(m_revert, &QPushButton::clicked, this, &HolidayCalendarWidget::reload);
    connect(m_confirm, &QPushButton::clicked, this, &HolidayCalendarWidget::confirmYear);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == NameColumn)
            rowEdited(item->row());
    });

    retranslateUi();
    reload();
}

int HolidayCalendarWidget::year() const
{
    return m_year->value();
}

void HolidayCalendarWidget::setYear(int year)
{
    m_year->setValue(year);
}

void HolidayCalendarWidget::reload()
{
    m_message->hide();
    bool confirmed = false;
    Result<QList<CalendarDay>> r = m_context.calendar().holidays(year(), &confirmed);
    m_filling = true;
    m_table->setRowCount(0);
    if (!r) {
        showInlineError(m_message, r.error().message);
    } else {
        for (const CalendarDay& day : *r)
            insertRow(m_table->rowCount(), day, confirmed ? Confirmed : Proposed);
    }
    m_filling = false;
    m_confirmed = r && confirmed;
    m_modified = false;
    updateStatus();
}

void HolidayCalendarWidget::insertRow(int row, const CalendarDay& day, RowState state)
{
    const bool filling = m_filling;
    m_filling = true;
    m_table->insertRow(row);

    auto* date = new QDateEdit(day.date, m_table);
    date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    date->setCalendarPopup(true);
    date->setDateRange(QDate(year(), 1, 1), QDate(year(), 12, 31));
    date->setEnabled(m_canEdit);
    date->setFrame(false);
    m_table->setCellWidget(row, DateColumn, date);
    connect(date, &QDateEdit::dateChanged, this, [this, date] {
        const int r = rowOf(date, DateColumn);
        if (r >= 0)
            rowEdited(r);
    });

    auto* weekday = new QTableWidgetItem;
    weekday->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, WeekdayColumn, weekday);

    auto* kind = new QComboBox(m_table);
    for (DayKind k : kKinds)
        kind->addItem(kindName(k), static_cast<int>(k));
    kind->setCurrentIndex(kind->findData(static_cast<int>(day.kind)));
    kind->setEnabled(m_canEdit);
    kind->setFrame(false);
    m_table->setCellWidget(row, KindColumn, kind);
    connect(kind, &QComboBox::currentIndexChanged, this, [this, kind] {
        const int r = rowOf(kind, KindColumn);
        if (r >= 0)
            rowEdited(r);
    });

    auto* name = new QTableWidgetItem(day.name);
    name->setFlags(m_canEdit ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                             : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, NameColumn, name);

    auto* status = new QTableWidgetItem;
    status->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    status->setData(kStateRole, static_cast<int>(state));
    m_table->setItem(row, StatusColumn, status);

    updateRowTexts(row);
    m_filling = filling;
}

int HolidayCalendarWidget::rowOf(const QWidget* cellWidget, int column) const
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->cellWidget(r, column) == cellWidget)
            return r;
    }
    return -1;
}

void HolidayCalendarWidget::rowEdited(int row)
{
    if (m_filling)
        return;
    m_table->item(row, StatusColumn)->setData(kStateRole, static_cast<int>(Edited));
    m_modified = true;
    m_message->hide();
    updateRowTexts(row);
    updateStatus();
}

void HolidayCalendarWidget::updateRowTexts(int row)
{
    const bool filling = m_filling;
    m_filling = true; // setText below emits itemChanged
    const auto* date = qobject_cast<QDateEdit*>(m_table->cellWidget(row, DateColumn));
    const QDate d = date ? date->date() : QDate();
    m_table->item(row, WeekdayColumn)->setText(QLocale().dayName(d.dayOfWeek()));
    QString state;
    switch (static_cast<RowState>(m_table->item(row, StatusColumn)->data(kStateRole).toInt())) {
    case Confirmed:
        state = tr("Confirmed");
        break;
    case Proposed:
        state = tr("Proposed (lunar calendar)");
        break;
    case Edited:
        state = tr("Edited, not confirmed");
        break;
    }
    m_table->item(row, StatusColumn)->setText(state);
    m_filling = filling;
}

QList<CalendarDay> HolidayCalendarWidget::rows() const
{
    QList<CalendarDay> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        CalendarDay day;
        if (const auto* date = qobject_cast<QDateEdit*>(m_table->cellWidget(r, DateColumn)))
            day.date = date->date();
        if (const auto* kind = qobject_cast<QComboBox*>(m_table->cellWidget(r, KindColumn)))
            day.kind = static_cast<DayKind>(kind->currentData().toInt());
        day.name = m_table->item(r, NameColumn)->text().trimmed();
        out.append(day);
    }
    return out;
}

void HolidayCalendarWidget::addRow()
{
    if (!m_canEdit)
        return;
    // The day after the selected (or last) row is the likeliest next entry.
    int after = m_table->currentRow() >= 0 ? m_table->currentRow() : m_table->rowCount() - 1;
    QDate date(year(), 1, 1);
    if (after >= 0) {
        if (const auto* edit = qobject_cast<QDateEdit*>(m_table->cellWidget(after, DateColumn)))
            date = qMin(edit->date().addDays(1), QDate(year(), 12, 31));
    }
    const int row = after + 1;
    insertRow(row, CalendarDay{date, DayKind::Holiday, QString()}, Edited);
    m_modified = true;
    updateStatus();
    m_table->setCurrentCell(row, NameColumn);
    m_table->editItem(m_table->item(row, NameColumn));
}

void HolidayCalendarWidget::removeSelectedRow()
{
    const int row = m_table->currentRow();
    if (!m_canEdit || row < 0)
        return;
    m_table->removeRow(row);
    m_modified = true;
    updateStatus();
}

void HolidayCalendarWidget::confirmYear()
{
    if (!m_canEdit)
        return;
    const QList<CalendarDay> shown = rows();
    for (int r = 0; r < shown.size(); ++r) {
        if (shown[r].name.isEmpty() && shown[r].kind != DayKind::Working) {
            showInlineError(m_message, tr("Row %1 has no name. Name every holiday and day off.").arg(r + 1));
            m_table->setCurrentCell(r, NameColumn);
            return;
        }
    }
    const int y = year();
    if (Status s = m_context.calendar().confirmYear(m_actor, y, shown); !s) {
        showInlineError(m_message, s.error().message);
        return;
    }
    reload();
    showInlineInfo(m_message,
                   tr("The calendar of %1 was confirmed: %n row(s).", nullptr, static_cast<int>(shown.size())).arg(y));
}

void HolidayCalendarWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HolidayCalendarWidget::retranslateUi()
{
    m_yearLabel->setText(tr("&Year:"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Weekday"), tr("Kind"), tr("Name"), tr("Status")});
    m_add->setText(tr("Add row"));
    m_remove->setText(tr("Remove row"));
    m_revert->setText(tr("Discard changes"));
    m_confirm->setText(tr("Confirm year"));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (auto* kind = qobject_cast<QComboBox*>(m_table->cellWidget(r, KindColumn))) {
            for (int i = 0; i < kind->count(); ++i)
                kind->setItemText(i, kindName(static_cast<DayKind>(kind->itemData(i).toInt())));
        }
        updateRowTexts(r);
    }
    updateStatus();
}

void HolidayCalendarWidget::updateStatus()
{
    QString text;
    if (m_modified)
        text = tr("Changed: press “Confirm year” to store these rows.");
    else if (m_confirmed)
        text = tr("Confirmed by an administrator.");
    else
        text = tr("Proposed from the lunar calendar: not confirmed yet.");
    if (!m_canEdit)
        text += QLatin1Char(' ') + tr("Only an administrator can change the calendar.");
    m_status->setText(text);
}

} // namespace motcua
