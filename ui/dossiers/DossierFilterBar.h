#pragma once

#include "core/Department.h"
#include "core/Procedure.h"
#include "core/Types.h"
#include "store/DossierRepository.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace motcua {

class Clock;

// The filters of the Dossiers page and its one search box. Every change emits the whole
// filter (or the search text) once; typing waits for a short pause so a name typed fast
// is searched once, not per key.
class DossierFilterBar : public QWidget
{
    Q_OBJECT
public:
    DossierFilterBar(const Actor& actor, const Clock& clock, QWidget* parent = nullptr);

    void setCatalogue(const QList<Department>& departments, const QList<Procedure>& procedures);

    // What the widgets say now. `now` is the clock's, for the due today / overdue flags.
    DossierFilter filter() const;
    QString searchText() const;
    // Shows a preset (the dashboard's "overdue in Sở Tư pháp") and emits filterChanged once.
    void setFilter(const DossierFilter& filter);
    void setSearchText(const QString& text);
    // Back to every dossier, no search.
    void clear();

    QLineEdit* searchBox() const { return m_search; }

Q_SIGNALS:
    void filterChanged(const motcua::DossierFilter& filter);
    void searchChanged(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void fillStates();
    void fillChannels();
    void emitFilter();
    void updateSearchHint();

    Actor m_actor;
    const Clock& m_clock;
    bool m_quiet = false; // while a preset is applied: one signal at the end

    QLineEdit* m_search = nullptr;
    QLabel* m_searchHint = nullptr;
    QTimer* m_searchTimer = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_department = nullptr;
    QComboBox* m_procedure = nullptr;
    QComboBox* m_channel = nullptr;
    QCheckBox* m_dates = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_dueToday = nullptr;
    QCheckBox* m_overdue = nullptr;
    QCheckBox* m_mine = nullptr;
    QPushButton* m_clear = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_departmentLabel = nullptr;
    QLabel* m_procedureLabel = nullptr;
    QLabel* m_channelLabel = nullptr;
    QLabel* m_toLabel = nullptr;
};

} // namespace motcua
