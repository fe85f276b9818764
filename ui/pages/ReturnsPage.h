#pragma once

#include "core/Types.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace motcua {

class AppContext;
class DossierListModel;
class FileChooser;
class IntakeOutput;

// Results ready to hand back (Done), newest first, with a search box; Enter (or Ctrl+R)
// opens the return dialog for the selected dossier. Below, the dossier ledger (form 06) for
// a date range, exported as PDF or CSV through a file dialog.
class ReturnsPage : public QWidget
{
    Q_OBJECT
public:
    ReturnsPage(AppContext& context, const Actor& actor, QWidget* parent = nullptr);

    void setFileChooser(FileChooser* chooser);
    void setOutput(IntakeOutput* output);
    DossierListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

    // Opens the return dialog for the selected dossier; true when a return was recorded.
    bool returnCurrent();
    // Asks for a file and writes the ledger of the chosen range; false on cancel or error
    // (the reason shown inline).
    bool exportLedger(bool pdf);
    // Reads the list again (a dossier completed elsewhere).
    void refresh();

Q_SIGNALS:
    void dossierChanged(const QString& code);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateCount();

    AppContext& m_context;
    Actor m_actor;
    FileChooser* m_chooser = nullptr;
    IntakeOutput* m_output = nullptr;
    bool m_loaded = false;

    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLineEdit* m_search = nullptr;
    DossierListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_return = nullptr;
    QPushButton* m_view = nullptr;

    QLabel* m_ledgerTitle = nullptr;
    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_csv = nullptr;
    QLabel* m_ledgerMessage = nullptr;
};

} // namespace motcua
