#pragma once

#include <QList>
#include <QString>

namespace motcua {

// The interface languages. Vietnamese is the default, English the second
// (docs/architecture.md#ui). Codes are the values of the "ui.language" setting.
struct LanguageInfo
{
    QString code;       // "vi", "en"
    QString nativeName; // "Tiếng Việt", "English": always shown in its own language
};

QList<LanguageInfo> availableLanguages();
QString defaultLanguage();
bool isKnownLanguage(const QString& code);

// Replaces the application's translators with those of `code` (ours from the resource
// prefix /motcua/i18n, plus Qt's own when installed) and sets the default locale. Qt then
// sends QEvent::LanguageChange to every widget, which retranslates itself. Unknown codes
// fall back to the default language. Returns false when our catalogue could not be loaded.
bool installLanguage(const QString& code);
QString currentLanguage();

} // namespace motcua
