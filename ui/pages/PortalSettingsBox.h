#pragma once

#include "core/Types.h"

#include <QGroupBox>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace motcua {

class AppContext;
class FileChooser;

// The central portal on the Settings page: its address, this center's account, the pinned
// certificate (a CA file and/or the SHA-256 of the server's public key) and the secret of
// offline bundles. Administrators edit, others see the address only. The password and the
// bundle secret are never shown: left empty they stay as they are; they are stored sealed
// under the data key (Settings::isSecret).
class PortalSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    PortalSettingsBox(AppContext& context, const Actor& actor, QWidget* parent = nullptr);

    void reload();
    void setFileChooser(FileChooser* chooser) { m_chooser = chooser; }

Q_SIGNALS:
    // The portal settings were saved: the sync engine should look again.
    void portalChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void chooseCaFile();
    void save();

    AppContext& m_context;
    Actor m_actor;
    bool m_canEdit = false;
    FileChooser* m_chooser = nullptr;

    QFormLayout* m_form = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_caFile = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_bundleSecret = nullptr;
    QLabel* m_urlLabel = nullptr;
    QLabel* m_usernameLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_caLabel = nullptr;
    QLabel* m_pinLabel = nullptr;
    QLabel* m_secretLabel = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace motcua
