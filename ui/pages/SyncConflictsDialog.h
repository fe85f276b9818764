#pragma once

#include "core/Types.h"
#include "sync/SyncService.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace motcua {

class SyncService;

// Sync conflicts (docs/architecture.md#sync: kept and shown, never overwritten silently): every
// dossier the portal decided while a change made here was still waiting to be sent, with
// both states, the portal's note and time. For the selected row the clerk accepts the
// portal's decision or keeps the local change (SyncService::resolveConflict); the outcome
// shows inline and the list reloads.
class SyncConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        ApplicantColumn,
        LocalColumn,
        PortalColumn,
        NoteColumn,
        DecidedColumn,
        DetectedColumn,
        ColumnCount
    };

    SyncConflictsDialog(SyncService& sync, const Actor& actor, QWidget* parent = nullptr);

    // Reads the open conflicts again.
    void reload();
    int conflictCount() const { return static_cast<int>(m_rows.size()); }

Q_SIGNALS:
    // A conflict was resolved: the Sync page refreshes its warnings and items.
    void resolved();

private:
    void resolveSelected(ConflictResolution how);
    void updateButtons();

    SyncService& m_sync;
    Actor m_actor;
    QList<SyncConflict> m_rows;
    QLabel* m_intro = nullptr;
    QLabel* m_empty = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_acceptPortal = nullptr;
    QPushButton* m_keepLocal = nullptr;
};

} // namespace motcua
