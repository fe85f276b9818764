#pragma once

#include "core/Types.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace motcua {

class AppContext;
class CenterJoinBox;
class PortalSettingsBox;
class UsersBox;

// Language (applied at once), the center's details (editable by administrators only), the
// local accounts (UsersBox, administrators only), the central portal (PortalSettingsBox) and the
// working hours that appointment dates count in.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(AppContext& context, const Actor& actor, QWidget* parent = nullptr);

    // Re-reads every value from the settings.
    void reload();

Q_SIGNALS:
    // The center's details were saved (the window title shows the center's name).
    void centerChanged();
    // The portal settings were saved.
    void portalChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void languageChosen(int index);
    void saveCenter();
    void showWorkingHours();

    AppContext& m_context;
    Actor m_actor;
    bool m_canEdit = false;

    QLabel* m_title = nullptr;
    QGroupBox* m_languageBox = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;

    QGroupBox* m_centerBox = nullptr;
    QFormLayout* m_centerForm = nullptr;
    QList<QLineEdit*> m_centerEdits;
    QList<QLabel*> m_centerLabels;
    QLabel* m_centerNote = nullptr;
    QLabel* m_centerMessage = nullptr;
    QPushButton* m_saveCenter = nullptr;

    CenterJoinBox* m_joinBox = nullptr;
    PortalSettingsBox* m_portalBox = nullptr;
    UsersBox* m_usersBox = nullptr; // administrators only

    QGroupBox* m_hoursBox = nullptr;
    QLabel* m_hoursLabel = nullptr;
    QLabel* m_hours = nullptr;
    QLabel* m_weekendLabel = nullptr;
    QLabel* m_weekend = nullptr;
};

} // namespace motcua
