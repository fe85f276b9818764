#pragma once

#include "core/Types.h"
#include "core/WorkCalendar.h"

#include <QList>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace motcua {

class AppContext;

// The holiday rows of one year (docs/domain.md#working-time): stored rows an administrator
// confirmed, or, for a year nobody confirmed, the rows proposed from the lunar calendar.
// Administrators edit the rows (add, remove, change date, kind and name) and confirm the
// year with CalendarService::confirmYear; other roles only read.
class HolidayCalendarWidget : public QWidget
{
    Q_OBJECT
public:
    HolidayCalendarWidget(AppContext& context, const Actor& actor, QWidget* parent = nullptr);

    int year() const;
    void setYear(int year);
    // The rows as currently shown, edits included.
    QList<CalendarDay> rows() const;
    // True when the shown year has stored rows (false: the lunar-calendar proposal).
    bool isConfirmed() const { return m_confirmed; }
    bool isModified() const { return m_modified; }

    // Reloads the year from the service, dropping unconfirmed edits.
    void reload();
    void addRow();
    void removeSelectedRow();
    // Stores the shown rows as the year's calendar; the result is shown inline.
    void confirmYear();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum Column { DateColumn, WeekdayColumn, KindColumn, NameColumn, StatusColumn, ColumnCount };
    enum RowState { Confirmed, Proposed, Edited };

    void retranslateUi();
    void insertRow(int row, const CalendarDay& day, RowState state);
    int rowOf(const QWidget* cellWidget, int column) const;
    void rowEdited(int row);
    void updateRowTexts(int row);
    void updateStatus();

    AppContext& m_context;
    Actor m_actor;
    bool m_canEdit = false;
    bool m_confirmed = false;
    bool m_modified = false;
    bool m_filling = false;

    QLabel* m_yearLabel = nullptr;
    QSpinBox* m_year = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_confirm = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace motcua
