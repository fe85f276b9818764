#pragma once

#include "core/Types.h"
#include "store/DossierRepository.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace motcua {

class AppContext;

// Exports the Dossiers page's filtered list to XLSX or CSV (DossierListService,
// forms/DossierListExport): the columns the periodic report counts by, and the applicant's
// columns for supervisors only (the export is then written to the audit log). The file is
// chosen with the path box (Browse… opens the save dialog in the user's documents).
class DossierListExportDialog : public QDialog
{
    Q_OBJECT
public:
    DossierListExportDialog(AppContext& context, const Actor& actor, const DossierFilter& filter,
                            QWidget* parent = nullptr);

    // The list is narrowed by a search: exactly these dossiers, as the page shows them.
    void setShownDossiers(const QList<qint64>& ids);

    // Writes the file with the dialog's values; true when written.
    bool exportNow();
    QLineEdit* pathEdit() const { return m_path; }
    QCheckBox* personalBox() const { return m_personal; }
    QComboBox* formatBox() const { return m_format; }
    QLabel* message() const { return m_message; }

private:
    void browse();
    void suggestPath();

    AppContext& m_context;
    Actor m_actor;
    DossierFilter m_filter;
    std::optional<QList<qint64>> m_shown;
    QLabel* m_intro = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_personal = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_run = nullptr;
};

} // namespace motcua
