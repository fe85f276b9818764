#include "forms/FormData.h"

namespace motcua {

QString formNumber(FormKind kind)
{
    return QStringLiteral("%1").arg(static_cast<int>(kind), 2, 10, QLatin1Char('0'));
}

bool formFromNumber(const QString& number, FormKind* out)
{
    for (FormKind k : {FormKind::Receipt, FormKind::Supplement, FormKind::Refusal}) {
        if (number.trimmed() == formNumber(k) || number.trimmed() == QString::number(static_cast<int>(k))) {
            *out = k;
            return true;
        }
    }
    return false;
}

} // namespace motcua
