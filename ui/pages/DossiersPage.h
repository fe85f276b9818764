#pragma once

#include "core/Types.h"
#include "store/DossierRepository.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace motcua {

class AppContext;
class DossierFilterBar;
class DossierListModel;
class IntakeOutput;

// Every dossier of the workstation, newest first, in a table that scrolls through a million
// rows (DossierListModel pages), with the filters and the one search box above it. Enter or
// a double click opens the dossier view; a step recorded there refreshes the list.
class DossiersPage : public QWidget
{
    Q_OBJECT
public:
    DossiersPage(AppContext& context, const Actor& actor, QWidget* parent = nullptr);

    // Shows the list with this filter (and no search): other pages' way in.
    void showFilter(const DossierFilter& filter);
    void search(const QString& text);
    // Opens the dossier view (modal); returns when it closes.
    void openDossier(const QString& code);
    // The dossier view's print preview; null: the real dialogs (tests pass a recorder).
    void setOutput(IntakeOutput* output);

    DossierListModel* model() const { return m_model; }
    DossierFilterBar* filterBar() const { return m_filters; }
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    // A dossier changed through this page (the Returns page and dashboards refresh).
    void dossierChanged(const QString& code);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void ensureLoaded();
    void updateCount();
    void openCurrent();

    AppContext& m_context;
    Actor m_actor;
    IntakeOutput* m_output = nullptr;
    bool m_loaded = false;

    QLabel* m_title = nullptr;
    DossierFilterBar* m_filters = nullptr;
    DossierListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_exportList = nullptr;
};

} // namespace motcua
