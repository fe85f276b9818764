#include "pages/PortalSettingsBox.h"
#include "store/SettingKeys.h"

#include "FileChooser.h"
#include "InlineMessage.h"
#include "service/AppContext.h"
#include "service/SettingsService.h"
#include "store/Settings.h"
#include "sync/PortalConfig.h"

#include <QEvent>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSslCertificate>
#include <QVBoxLayout>

namespace motcua {

PortalSettingsBox::PortalSettingsBox(AppContext& context, const Actor& actor, QWidget* parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_actor(actor)
    // The portal account and the pinned certificate decide whom the center trusts.
    , m_canEdit(actor.atLeast(Role::Admin))
{
    setObjectName(QStringLiteral("portal-settings"));
    auto edit = [this](const QString& key) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QStringLiteral("setting-") + key);
        e->setReadOnly(!m_canEdit);
        SettingInfo info;
        if (Settings::find(key, &info))
            e->setToolTip(info.description);
        return e;
    };
    m_url = edit(SettingKey::PortalUrl);
    m_url->setPlaceholderText(QStringLiteral("https://portal.example.gov.vn:8443"));
    m_username = edit(SettingKey::PortalUsername);
    m_password = edit(SettingKey::PortalPassword);
    m_password->setEchoMode(QLineEdit::Password);
    m_caFile = edit(SettingKey::PortalCaFile);
    m_pin = edit(SettingKey::PortalPinSha256);
    m_bundleSecret = edit(SettingKey::SyncBundleSecret);
    m_bundleSecret->setEchoMode(QLineEdit::Password);
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("portal-ca-browse"));
    m_browse->setVisible(m_canEdit);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);

    m_urlLabel = new QLabel(this);
    m_usernameLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_caLabel = new QLabel(this);
    m_pinLabel = new QLabel(this);
    m_secretLabel = new QLabel(this);
    m_urlLabel->setBuddy(m_url);
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);
    m_caLabel->setBuddy(m_caFile);
    m_pinLabel->setBuddy(m_pin);
    m_secretLabel->setBuddy(m_bundleSecret);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_urlLabel, m_url);
    m_form->addRow(m_usernameLabel, m_username);
    m_form->addRow(m_passwordLabel, m_password);
    m_form->addRow(m_caLabel, caRow);
    m_form->addRow(m_pinLabel, m_pin);
    m_form->addRow(m_secretLabel, m_bundleSecret);
    // Only administrators see the account and the certificate.
    for (QWidget* w : {static_cast<QWidget*>(m_username), static_cast<QWidget*>(m_password),
                       static_cast<QWidget*>(m_pin), static_cast<QWidget*>(m_bundleSecret)})
        m_form->setRowVisible(w, m_canEdit);
    // The CA file field sits in caRow beside its Browse button: that layout is the row's field.
    m_form->setRowVisible(caRow, m_canEdit);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_message = makeInlineError(this, QStringLiteral("portal-message"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("save-portal"));
    m_save->setVisible(m_canEdit);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_note);
    layout->addWidget(m_message);
    layout->addLayout(saveRow);

    connect(m_browse, &QPushButton::clicked, this, &PortalSettingsBox::chooseCaFile);
    connect(m_save, &QPushButton::clicked, this, &PortalSettingsBox::save);
    reload();
    retranslateUi();
}

void PortalSettingsBox::reload()
{
    Settings& s = m_context.settings();
    m_url->setText(s.string(SettingKey::PortalUrl));
    m_username->setText(s.string(SettingKey::PortalUsername));
    m_caFile->setText(s.string(SettingKey::PortalCaFile));
    m_pin->setText(s.string(SettingKey::PortalPinSha256));
    // Secrets are never put back into a field: empty means "keep".
    m_password->clear();
    m_bundleSecret->clear();
    m_password->setProperty("isSet", s.isSet(SettingKey::PortalPassword));
    m_bundleSecret->setProperty("isSet", s.isSet(SettingKey::SyncBundleSecret));
    retranslateUi();
}

void PortalSettingsBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void PortalSettingsBox::retranslateUi()
{
    setTitle(tr("Central portal"));
    m_urlLabel->setText(tr("Portal &address:"));
    m_usernameLabel->setText(tr("Center's &account:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_caLabel->setText(tr("Pinned &CA file:"));
    m_pinLabel->setText(tr("Pinned public &key (SHA-256):"));
    m_secretLabel->setText(tr("Offline &bundle secret:"));
    m_browse->setText(tr("Browse…"));
    m_save->setText(tr("Save portal settings"));
    const QString kept = tr("stored encrypted; leave empty to keep it");
    const QString none = tr("not set");
    m_password->setPlaceholderText(m_password->property("isSet").toBool() ? kept : none);
    m_bundleSecret->setPlaceholderText(m_bundleSecret->property("isSet").toBool() ? kept : none);
    m_note->setText(m_canEdit ? tr("Only a certificate that matches the pinned CA or key is accepted; a mismatch stops "
                                   "synchronisation with an alarm. The password and the bundle secret are stored "
                                   "encrypted and can only be read by a signed-in session.")
                              : tr("Only an administrator can change the portal settings."));
}

void PortalSettingsBox::chooseCaFile()
{
    FileChooser& chooser = m_chooser ? *m_chooser : FileChooser::dialogs();
    const QString path = chooser.openFile(this, tr("Certificate of the portal's CA"),
                                          tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

void PortalSettingsBox::save()
{
    if (!m_canEdit)
        return;
    QList<QPair<QString, QString>> values{{SettingKey::PortalUrl, m_url->text().trimmed()},
                                          {SettingKey::PortalUsername, m_username->text().trimmed()},
                                          {SettingKey::PortalCaFile, m_caFile->text().trimmed()},
                                          {SettingKey::PortalPinSha256, m_pin->text().trimmed()}};
    if (!m_password->text().isEmpty())
        values.append({SettingKey::PortalPassword, m_password->text()});
    if (!m_bundleSecret->text().isEmpty())
        values.append({SettingKey::SyncBundleSecret, m_bundleSecret->text()});
    for (const auto& [key, value] : values) {
        if (Status s = Settings::validate(key, value); !s) {
            showInlineError(m_message, s.error().message);
            return;
        }
    }
    // Checked as the sync engine will read them, before anything is stored: an http:// address,
    // an unreadable CA file or a bad pin is refused here with the reason.
    const QUrl url(values.at(0).second, QUrl::StrictMode);
    if (!values.at(0).second.isEmpty() &&
        (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())) {
        showInlineError(m_message, tr("The portal's address must start with https://."));
        m_url->setFocus();
        return;
    }
    const QString caFile = m_caFile->text().trimmed();
    if (!caFile.isEmpty()) {
        QFile f(caFile);
        if (!f.open(QIODevice::ReadOnly) || QSslCertificate::fromData(f.readAll(), QSsl::Pem).isEmpty()) {
            showInlineError(m_message, tr("The file %1 cannot be read or holds no PEM certificate.").arg(caFile));
            m_caFile->setFocus();
            return;
        }
    }
    const QString pin = m_pin->text().trimmed();
    // A portal is trusted through its own CA or its key, never through whatever authority the
    // operating system happens to trust.
    if (!values.at(0).second.isEmpty() && caFile.isEmpty() && pin.isEmpty()) {
        showInlineError(m_message, tr("Choose the portal's CA file or enter its public key pin: without one the "
                                      "portal cannot be trusted."));
        m_caFile->setFocus();
        return;
    }
    if (!pin.isEmpty() && QByteArray::fromBase64(pin.toLatin1()).size() != 32) {
        showInlineError(m_message, tr("The public key pin must be the base64 SHA-256 of the portal's public key."));
        m_pin->setFocus();
        return;
    }
    if (Status s = m_context.settingsService().change(m_actor, values); !s) {
        showInlineError(m_message, s.error().message);
        return;
    }
    if (auto config = PortalConfig::fromSettings(m_context.settings()); !config) {
        showInlineError(m_message, config.error().message);
        return;
    }
    reload();
    showInlineInfo(m_message, tr("The portal settings were saved."));
    Q_EMIT portalChanged();
}

} // namespace motcua
