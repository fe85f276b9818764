#pragma once

#include "core/IntakeDecision.h"
#include "core/Result.h"
#include "core/Types.h"
#include "forms/FormData.h"

#include <QWidget>

class QTimer;

#include <functional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableWidget;

namespace motcua {

class AppContext;
class CenterFileBar;
class IntakeOutput;

// Dossiers submitted online, waiting for a clerk (OnlineInboxService): the list with the time
// each arrived and its acceptance deadline, late ones first and in red; the selected one's
// applicant, declared papers (ticked when found complete) and files; and the three decisions:
// accept (Ctrl+Enter; the receipt, form 01, is kept and printed on request with Ctrl+P),
// request a supplement (Ctrl+B, form 02) and refuse (Ctrl+T, form 03). It follows the database
// (AppContext::changes): a dossier the center's feed brings or another counter decides shows
// at once.
class OnlineInboxPage : public QWidget
{
    Q_OBJECT
public:
    OnlineInboxPage(AppContext& context, const Actor& actor, QWidget* parent = nullptr);

    void setOutput(IntakeOutput* output);
    // How a file that is only at the center is brought here; empty: the page says it cannot.
    // The Tải về button calls it through requestFileFromCenter().
    void setCenterFileFetcher(std::function<Status(qint64 attachmentId)> fetch);

    QTableWidget* table() const { return m_table; }
    QListWidget* papers() const { return m_papers; }
    QListWidget* files() const { return m_files; }
    QLabel* message() const { return m_message; }
    // The reference of the selected dossier; empty when none.
    QString currentReference() const;
    // Selects the dossier with this reference; false when it is not in the list.
    bool select(const QString& reference);

    // The decisions on the selected dossier. The dialogs collect what they need, then the
    // second forms run. Each returns true when the decision was recorded.
    bool acceptCurrent();
    bool requestSupplementCurrent();
    bool requestSupplement(const QList<SupplementItem>& items);
    bool refuseCurrent();
    bool refuse(const QString& reason);
    // Prints the kept receipt of the dossier accepted last; false when there is none.
    bool printReceipt();
    // The code the last acceptance gave; empty before one.
    QString lastAcceptedCode() const { return m_lastAccepted; }
    // Opens the selected file in the viewer; a file the center keeps is fetched first.
    void openCurrentFile();
    // Brings the selected file from the center: a file listed by the center's feed on a worker
    // thread with its progress (the page stays usable), else through the fetcher set above.
    void requestFileFromCenter();
    CenterFileBar* centerFileBar() const { return m_centerFile; }

    void refresh();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void showDetails();
    void updateFileButtons();
    void showMessage(const QString& text, bool error);
    bool keepAndPrint(const QString& code, FormKind kind, bool print);

    AppContext& m_context;
    Actor m_actor;
    IntakeOutput* m_output = nullptr;
    std::function<Status(qint64)> m_fetch;
    bool m_loaded = false;
    // Fires when the earliest waiting deadline passes, so a late submission turns red and moves
    // up without F5 or a change.
    QTimer* m_lateTimer = nullptr;
    QString m_lastAccepted;
    QString m_lastRead; // the dossier whose opening was last audited

    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_count = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_applicantTitle = nullptr;
    QLabel* m_applicant = nullptr;
    QLabel* m_papersTitle = nullptr;
    QListWidget* m_papers = nullptr;
    QLabel* m_filesTitle = nullptr;
    QListWidget* m_files = nullptr;
    QLabel* m_fileState = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_download = nullptr;
    CenterFileBar* m_centerFile = nullptr; // a file the center keeps: fetched on a worker thread
    QPushButton* m_accept = nullptr;
    QPushButton* m_supplement = nullptr;
    QPushButton* m_refuse = nullptr;
    QPushButton* m_print = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace motcua
