#include "core/TextRules.h"

#include <QCoreApplication>

namespace motcua::TextRules {

bool isForbidden(char32_t c, bool multiline)
{
    if (c < 0x20)
        return !(multiline && (c == u'\t' || c == u'\n' || c == u'\r'));
    if (c >= 0x7F && c <= 0x9F)
        return true;
    if (c >= 0x202A && c <= 0x202E) // LRE, RLE, PDF, LRO, RLO
        return true;
    if (c >= 0x2066 && c <= 0x2069) // LRI, RLI, FSI, PDI
        return true;
    return c == 0x200E || c == 0x200F || c == 0x061C; // LRM, RLM, ALM
}

qsizetype firstForbidden(const QString& text, bool multiline)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
        if (isForbidden(c, multiline))
            return i;
    }
    return -1;
}

QString problem(const QString& text, int maxChars, bool multiline)
{
    if (const qsizetype at = firstForbidden(text, multiline); at >= 0) {
        return QCoreApplication::translate("motcua::TextRules",
                                           "contains an invisible control or text-direction character (U+%1) at "
                                           "position %2; retype it without that character.")
            .arg(QStringLiteral("%1").arg(text.at(at).unicode(), 4, 16, QLatin1Char('0')).toUpper())
            .arg(at + 1);
    }
    const qsizetype n = text.normalized(QString::NormalizationForm_C).toUcs4().size();
    if (n > maxChars)
        return QCoreApplication::translate("motcua::TextRules", "is longer than %n characters.", nullptr, maxChars);
    return {};
}

} // namespace motcua::TextRules
