#include "core/TextFold.h"

namespace motcua {

QString foldText(const QString& text)
{
    // NFD splits "ặ" into "a" + breve + dot below, so dropping the marks leaves the base
    // letter. đ/Đ have no decomposition (they are letters of their own, not d + mark), so
    // they are mapped by hand; FTS5's remove_diacritics misses them for the same reason.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        if (c.unicode() == 0x0111 || c.unicode() == 0x0110) // đ, Đ
            out.append(QLatin1Char('d'));
        else
            out.append(c.toLower());
    }
    return out;
}

} // namespace motcua
