#include "pages/SettingsPage.h"
#include "store/SettingKeys.h"

#include "InlineMessage.h"
#include "Language.h"
#include "core/WorkCalendar.h"
#include "pages/CenterJoinBox.h"
#include "pages/PageHeader.h"
#include "pages/PortalSettingsBox.h"
#include "pages/UsersBox.h"
#include "service/AppContext.h"
#include "service/SettingsService.h"
#include "store/Settings.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace motcua {

namespace {
struct CenterField
{
    QLatin1StringView key;
    const char* label;
};

const CenterField kCenterFields[] = {
    {SettingKey::CenterName, QT_TRANSLATE_NOOP("motcua::SettingsPage", "Center name:")},
    {SettingKey::CenterParent, QT_TRANSLATE_NOOP("motcua::SettingsPage", "Governing authority:")},
    {SettingKey::CenterAgencyCode, QT_TRANSLATE_NOOP("motcua::SettingsPage", "Agency code:")},
    {SettingKey::CenterPlace, QT_TRANSLATE_NOOP("motcua::SettingsPage", "Place:")},
    {SettingKey::CenterAddress, QT_TRANSLATE_NOOP("motcua::SettingsPage", "Address:")},
    {SettingKey::CenterPhone, QT_TRANSLATE_NOOP("motcua::SettingsPage", "Telephone:")},
    {SettingKey::CenterLookupUrl, QT_TRANSLATE_NOOP("motcua::SettingsPage", "Dossier lookup address:")},
};
constexpr int kCenterFieldCount = sizeof(kCenterFields) / sizeof(kCenterFields[0]);
} // namespace

SettingsPage::SettingsPage(AppContext& context, const Actor& actor, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(actor)
    // Center details identify every dossier code and printed form: administrators only.
    , m_canEdit(actor.atLeast(Role::Admin))
{
    m_title = makePageTitle(this);

    // Language.
    m_languageBox = new QGroupBox(this);
    m_language = new QComboBox(m_languageBox);
    m_language->setObjectName(QStringLiteral("language"));
    const auto languages = availableLanguages();
    for (const auto& l : languages)
        m_language->addItem(l.nativeName, l.code);
    m_languageLabel = new QLabel(m_languageBox);
    m_languageLabel->setBuddy(m_language);
    m_languageNote = new QLabel(m_languageBox);
    m_languageNote->setWordWrap(true);
    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);
    auto* languageLayout = new QVBoxLayout(m_languageBox);
    languageLayout->addLayout(languageRow);
    languageLayout->addWidget(m_languageNote);

    // Center.
    m_centerBox = new QGroupBox(this);
    m_centerForm = new QFormLayout;
    m_centerForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto& f : kCenterFields) {
        auto* edit = new QLineEdit(m_centerBox);
        edit->setObjectName(QStringLiteral("setting-") + QString(f.key));
        edit->setReadOnly(!m_canEdit);
        SettingInfo info;
        if (Settings::find(QString(f.key), &info))
            edit->setToolTip(info.description);
        auto* label = new QLabel(m_centerBox);
        label->setBuddy(edit);
        m_centerForm->addRow(label, edit);
        m_centerEdits.append(edit);
        m_centerLabels.append(label);
    }
    m_centerNote = new QLabel(m_centerBox);
    m_centerNote->setWordWrap(true);
    m_centerNote->setVisible(!m_canEdit);
    m_centerMessage = makeInlineError(m_centerBox, QStringLiteral("center-message"));
    m_saveCenter = new QPushButton(m_centerBox);
    m_saveCenter->setObjectName(QStringLiteral("save-center"));
    m_saveCenter->setVisible(m_canEdit);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_saveCenter);
    auto* centerLayout = new QVBoxLayout(m_centerBox);
    centerLayout->addLayout(m_centerForm);
    centerLayout->addWidget(m_centerNote);
    centerLayout->addWidget(m_centerMessage);
    centerLayout->addLayout(saveRow);

    // Accounts: administrators manage them; others do not see the section at all.
    if (actor.atLeast(Role::Admin))
        m_usersBox = new UsersBox(context, actor, this);

    // The center's server this workstation joined, then a national-style portal.
    m_joinBox = new CenterJoinBox(context, actor, this);
    connect(m_joinBox, &CenterJoinBox::joined, this, &SettingsPage::portalChanged);
    m_portalBox = new PortalSettingsBox(context, actor, this);
    connect(m_portalBox, &PortalSettingsBox::portalChanged, this, &SettingsPage::portalChanged);

    // Working hours.
    m_hoursBox = new QGroupBox(this);
    m_hoursLabel = new QLabel(m_hoursBox);
    m_hours = new QLabel(m_hoursBox);
    m_hours->setObjectName(QStringLiteral("working-hours"));
    m_weekendLabel = new QLabel(m_hoursBox);
    m_weekend = new QLabel(m_hoursBox);
    m_weekend->setObjectName(QStringLiteral("weekend-days"));
    auto* hoursForm = new QFormLayout(m_hoursBox);
    hoursForm->addRow(m_hoursLabel, m_hours);
    hoursForm->addRow(m_weekendLabel, m_weekend);

    // The page scrolls rather than clipping on a short screen.
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_languageBox);
    contentLayout->addWidget(m_centerBox);
    contentLayout->addWidget(m_joinBox);
    if (m_usersBox)
        contentLayout->addWidget(m_usersBox);
    contentLayout->addWidget(m_portalBox);
    contentLayout->addWidget(m_hoursBox);
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_language, &QComboBox::activated, this, &SettingsPage::languageChosen);
    connect(m_saveCenter, &QPushButton::clicked, this, &SettingsPage::saveCenter);

    reload();
    retranslateUi();
}

void SettingsPage::reload()
{
    Settings& settings = m_context.settings();
    // The language in effect: normally the stored one, unless this run was started with another.
    const int index = m_language->findData(currentLanguage());
    m_language->setCurrentIndex(index >= 0 ? index : 0);
    for (int i = 0; i < kCenterFieldCount; ++i)
        m_centerEdits[i]->setText(settings.string(QString(kCenterFields[i].key)));
    m_joinBox->reload();
    showWorkingHours();
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslateUi()
{
    m_title->setText(tr("Settings"));
    m_languageBox->setTitle(tr("Language"));
    m_languageLabel->setText(tr("Interface &language:"));
    m_languageNote->setText(tr("The change applies at once and is remembered on this workstation."));
    m_centerBox->setTitle(tr("Service center"));
    for (int i = 0; i < kCenterFieldCount; ++i)
        m_centerLabels[i]->setText(tr(kCenterFields[i].label));
    m_centerNote->setText(tr("Only an administrator can change the center's details."));
    m_saveCenter->setText(tr("Save center details"));
    m_hoursBox->setTitle(tr("Working hours"));
    m_hoursLabel->setText(tr("Working hours:"));
    m_weekendLabel->setText(tr("Days off each week:"));
    showWorkingHours();
}

void SettingsPage::languageChosen(int index)
{
    const QString code = m_language->itemData(index).toString();
    if (Status s = m_context.settingsService().change(m_actor, SettingKey::UiLanguage, code); !s) {
        showInlineError(m_centerMessage, s.error().message);
        return;
    }
    installLanguage(code);
}

void SettingsPage::saveCenter()
{
    if (!m_canEdit)
        return;
    // The service checks the role, validates every field first (nothing is half saved) and
    // writes the audit row.
    QList<QPair<QString, QString>> values;
    for (int i = 0; i < kCenterFieldCount; ++i) {
        const QString key = QString(kCenterFields[i].key);
        const QString value = m_centerEdits[i]->text().trimmed();
        if (Status s = Settings::validate(key, value); !s) {
            showInlineError(m_centerMessage, s.error().message);
            m_centerEdits[i]->setFocus();
            return;
        }
        values.append({key, value});
    }
    if (Status s = m_context.settingsService().change(m_actor, values); !s) {
        showInlineError(m_centerMessage, s.error().message);
        return;
    }
    reload();
    showInlineInfo(m_centerMessage, tr("The center's details were saved."));
    Q_EMIT centerChanged();
}

void SettingsPage::showWorkingHours()
{
    Settings& settings = m_context.settings();
    QList<WorkPeriod> periods;
    if (WorkSchedule::parsePeriods(settings.string(SettingKey::CalendarHours), &periods)) {
        QStringList parts;
        for (const auto& p : periods)
            parts << p.start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
                         p.end.toString(QStringLiteral("HH:mm"));
        m_hours->setText(parts.join(QStringLiteral(", ")));
    } else {
        m_hours->setText(settings.string(SettingKey::CalendarHours));
    }
    QList<int> weekend;
    if (WorkSchedule::parseWeekend(settings.string(SettingKey::CalendarWeekend), &weekend)) {
        QStringList names;
        const QLocale locale;
        for (int day : weekend)
            names << locale.dayName(day);
        m_weekend->setText(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
    }
}

} // namespace motcua
