#pragma once

#include "core/Department.h"
#include "core/Procedure.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace motcua {

class ProcedureListModel;

// Search box over a list of procedures: type a few words without diacritics, Up/Down move
// through the matches without leaving the box, Enter takes the highlighted one (the first
// match when nothing is highlighted). The clerk's most-used procedures are listed first.
// When nothing matches it says so (the procedure may not be received at this center) and
// offers the search by procedure code (Esc goes back to searching by name).
class ProcedurePicker : public QWidget
{
    Q_OBJECT
public:
    explicit ProcedurePicker(QWidget* parent = nullptr);

    void setProcedures(const QList<Procedure>& procedures, const QList<Department>& departments);
    void setFavourites(const QStringList& codes);

    // Selects a procedure by code without emitting procedureChosen (restoring a draft).
    bool select(const QString& code);
    void clearSelection();
    // The chosen procedure; null when none.
    const Procedure* current() const;
    QString departmentName(const QString& code) const;

    QLineEdit* searchBox() const { return m_search; }
    QListView* list() const { return m_list; }
    ProcedureListModel* model() const { return m_model; }
    // Puts the cursor in the search box with its text selected (F3 / Ctrl+F).
    void focusSearch();
    // Empties the box for a procedure code, with a code as the example (the no-match offer).
    void startCodeSearch();
    bool isCodeSearch() const { return m_codeMode; }

Q_SIGNALS:
    void procedureChosen(const QString& code);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void choose(int row);
    void moveCurrent(int delta);
    void retranslateUi();
    void updateChosenLabel();
    void updateCount();

    ProcedureListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_chosen = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_noMatch = nullptr;
    QPushButton* m_codeSearch = nullptr;
    bool m_codeMode = false;
    QString m_code;
};

} // namespace motcua
