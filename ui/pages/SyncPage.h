#pragma once

#include "core/Types.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace motcua {

class AppContext;
class FileChooser;
class OutboxModel;
class SyncConflictsDialog;
class SyncEngine;

// The Sync page (docs/architecture.md#sync): the link's state and warnings, every outbox item with its state,
// attempts, last error and next retry, and the actions Sync now, Pause/Resume, Retry now and
// the offline export of pending items to a bundle file for a USB stick; open sync conflicts
// are resolved in their own dialog (SyncConflictsDialog).
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    SyncPage(AppContext& context, const Actor& actor, SyncEngine& engine, QWidget* parent = nullptr);

    void setFileChooser(FileChooser* chooser) { m_chooser = chooser; }
    OutboxModel* model() const { return m_model; }
    // Opens the conflicts dialog (the "Resolve conflicts" button, Ctrl+Shift+R); the dialog
    // while it is open.
    SyncConflictsDialog* openConflicts();
    SyncConflictsDialog* conflictsDialog() const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void updateState();
    void togglePause();
    void retry();
    void exportBundle();

    AppContext& m_context;
    Actor m_actor;
    SyncEngine& m_engine;
    FileChooser* m_chooser = nullptr;
    OutboxModel* m_model = nullptr;

    QLabel* m_title = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_alarm = nullptr;
    QLabel* m_warnings = nullptr;
    QPushButton* m_conflicts = nullptr;
    QPointer<SyncConflictsDialog> m_conflictsDialog;
    QLabel* m_counts = nullptr;
    QLabel* m_kinds = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_syncNow = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_export = nullptr;
    QComboBox* m_filter = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace motcua
