#pragma once

#include "core/Department.h"
#include "core/Types.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace motcua {

class AppContext;
class FileChooser;
class HolidayCalendarWidget;
struct Procedure;

// The procedure catalogue: departments and the procedures in force, searched without
// diacritics (CatalogueService::search), plus the holiday calendar. Administrators import a
// catalogue file and confirm holiday years; everyone else reads. The services check roles
// again, so hiding the buttons is a convenience, not the protection.
class CataloguePage : public QWidget
{
    Q_OBJECT
public:
    CataloguePage(AppContext& context, const Actor& actor, QWidget* parent = nullptr);

    // Test seam for "Import catalogue…"; not owned. Default: the real file dialog.
    void setFileChooser(FileChooser* chooser);

    // Re-reads departments and procedures from the service.
    void reload();
    // Runs "Import catalogue…": asks for a file, imports it, shows the counts or the error.
    void importCatalogue();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillDepartments();
    void refreshProcedures();
    void addProcedureRow(int row, const Procedure& p);

    AppContext& m_context;
    Actor m_actor;
    FileChooser* m_chooser = nullptr;
    QHash<QString, QString> m_departmentNames; // code → name

    QLabel* m_title = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_proceduresTab = nullptr;
    QLineEdit* m_search = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_departmentsLabel = nullptr;
    QListWidget* m_departments = nullptr;
    QTableWidget* m_procedures = nullptr;
    QLabel* m_count = nullptr;
    HolidayCalendarWidget* m_holidays = nullptr;
};

} // namespace motcua
