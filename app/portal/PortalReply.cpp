#include "portal/PortalReply.h"

namespace motcua {

QJsonObject PortalReply::toJson() const
{
    QJsonObject out = fields;
    out.insert(QStringLiteral("error_code"), QString::number(static_cast<int>(code)));
    out.insert(QStringLiteral("error_message"), message);
    // Callers written against the national portal read `message` (docs/domain.md#the-national-portal).
    out.insert(QStringLiteral("message"), message);
    return out;
}

} // namespace motcua
