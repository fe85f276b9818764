#include "Language.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace motcua {

namespace {
QPointer<QTranslator> s_appTranslator;
QPointer<QTranslator> s_qtTranslator;
QString s_current;

void removeTranslator(QPointer<QTranslator>& t)
{
    if (t) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}
} // namespace

QList<LanguageInfo> availableLanguages()
{
    return {{QStringLiteral("vi"), QStringLiteral("Tiếng Việt")}, {QStringLiteral("en"), QStringLiteral("English")}};
}

QString defaultLanguage()
{
    return QStringLiteral("vi");
}

bool isKnownLanguage(const QString& code)
{
    const auto languages = availableLanguages();
    for (const auto& l : languages) {
        if (l.code == code)
            return true;
    }
    return false;
}

bool installLanguage(const QString& requested)
{
    const QString code = isKnownLanguage(requested) ? requested : defaultLanguage();
    auto* app = QCoreApplication::instance();

    removeTranslator(s_qtTranslator);
    removeTranslator(s_appTranslator);

    const QLocale locale(code == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
                         code == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedStates);
    QLocale::setDefault(locale);

    // Qt's own strings (standard buttons, context menus, print and file dialogs): the
    // distribution's catalogue, else the app's own (Qt has none in Vietnamese).
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        qt->load(QStringLiteral(":/motcua/i18n/qtbase_") + code + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(qt);
        s_qtTranslator = qt;
    } else {
        delete qt;
    }

    auto* ours = new QTranslator(app);
    const bool loaded = ours->load(QStringLiteral(":/motcua/i18n/motcua_") + code + QStringLiteral(".qm"));
    if (loaded) {
        // Installing sends QEvent::LanguageChange to every widget.
        QCoreApplication::installTranslator(ours);
        s_appTranslator = ours;
    } else {
        qCWarning(lcUi) << "no translation catalogue for language" << code;
        delete ours;
    }
    s_current = code;
    return loaded;
}

QString currentLanguage()
{
    return s_current.isEmpty() ? defaultLanguage() : s_current;
}

} // namespace motcua
